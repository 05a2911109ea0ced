"use client";

import { callAction } from "@/components/ui/call-action";
import type { ActionResult } from "@/lib/action-result";
import { useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { createUnitAction, setUnitActiveAction } from "@/actions/admin";
import { UNIT_KIND_LABELS } from "@/lib/units/labels";
import { UNIT_KINDS } from "@/lib/validation/admin";
import { Field, inputClass } from "@/components/ui/field";
import { Button } from "@/components/ui/button";
import { ErrorBox } from "@/components/ui/flash";
import { useRequestKey } from "@/components/ui/request-key";

type UnitRow = { id: string; name: string; kind: keyof typeof UNIT_KIND_LABELS; active: boolean; users: number };

export function UnitsAdmin({ units }: { units: UnitRow[] }) {
  const [requestKey, renewKey] = useRequestKey();
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [name, setName] = useState("");
  const [kind, setKind] = useState("TOWNSHIP");
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [message, setMessage] = useState("");
  const run = (call: () => Promise<ActionResult<unknown>>, onOk?: () => void) =>
    startTransition(async () => {
      const result = await callAction(call);
      if (result.ok) renewKey();
      setMessage(result.ok ? "" : (result.error ?? "操作失败"));
      setErrors(result.ok ? {} : (result.fieldErrors ?? {}));
      if (result.ok) onOk?.();
      router.refresh();
    });

  return (
    <div className="space-y-5">
      <form
        noValidate
        className="flex items-end gap-3 rounded border border-stone-200 bg-white p-4"
        onSubmit={(e) => {
          e.preventDefault();
          run(() => createUnitAction({ requestKey, name, kind: kind as "TOWNSHIP" }), () => setName(""));
        }}
      >
        <div className="w-72">
          <Field label="单位名称" htmlFor="unit-name" error={errors.name}>
            <input id="unit-name" value={name} onChange={(e) => setName(e.target.value)} className={inputClass(errors.name)} />
          </Field>
        </div>
        <Field label="类别" htmlFor="unit-kind" error={errors.kind}>
          <select id="unit-kind" value={kind} onChange={(e) => setKind(e.target.value)} className={inputClass(errors.kind)}>
            {UNIT_KINDS.map((k) => (
              <option key={k} value={k}>
                {UNIT_KIND_LABELS[k]}
              </option>
            ))}
          </select>
        </Field>
        <Button type="submit" disabled={pending}>
          新增单位
        </Button>
      </form>
      <ErrorBox message={message} />
      <table className="w-full rounded border border-stone-200 bg-white text-sm">
        <thead className="bg-stone-50 text-left text-stone-600">
          <tr>
            <th className="px-3 py-2">单位</th>
            <th className="px-3 py-2">类别</th>
            <th className="px-3 py-2">账号数</th>
            <th className="px-3 py-2">状态</th>
            <th className="px-3 py-2">操作</th>
          </tr>
        </thead>
        <tbody>
          {units.map((u) => (
            <tr key={u.id} className="border-t border-stone-100">
              <td className="px-3 py-2">{u.name}</td>
              <td className="px-3 py-2">{UNIT_KIND_LABELS[u.kind]}</td>
              <td className="px-3 py-2">{u.users}</td>
              <td className="px-3 py-2">{u.active ? "正常" : <span className="text-red-600">已停用</span>}</td>
              <td className="px-3 py-2">
                {u.kind !== "COUNTY" && (
                  <button className="text-party hover:underline" disabled={pending} onClick={() => run(() => setUnitActiveAction({ id: u.id, active: !u.active }))}>
                    {u.active ? "停用" : "启用"}
                  </button>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
