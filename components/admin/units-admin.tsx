"use client";

import { useState } from "react";
import { createUnitAction, setUnitActiveAction } from "@/actions/admin";
import { isDeskKind, mayAddUnder, unitKindLabel, type DeskKind, type UNIT_KIND_LABELS } from "@/lib/units/labels";
import { UNIT_KINDS } from "@/lib/validation/admin";
import { Field, inputClass } from "@/components/ui/field";
import { Button } from "@/components/ui/button";
import { DataTable } from "@/components/ui/data-table";
import { ActionNotice } from "@/components/ui/action-notice";
import { useAction } from "@/components/ui/use-action";
import { useRequestKey } from "@/components/ui/request-key";
import { ClientForm } from "@/components/ui/client-form";

/** `deskKind`: the level of the 组织部 the unit reports to (an agency is a 县直 or 市直单位 by it); none for the root. */
type UnitRow = { id: string; name: string; kind: keyof typeof UNIT_KIND_LABELS; deskKind: DeskKind | null; active: boolean; users: number };

/** The units of an administrator's node; a lower 组织部 may be added under it, never one at or above its level. */
export function UnitsAdmin({ units, nodeKind }: { units: UnitRow[]; nodeKind: DeskKind }) {
  const [requestKey, renewKey] = useRequestKey();
  const action = useAction();
  const errors = action.fieldErrors;
  const [name, setName] = useState("");
  const [kind, setKind] = useState("TOWNSHIP");

  return (
    <div className="space-y-5">
      <ClientForm
        noValidate
        className="flex flex-col gap-3 rounded border border-stone-200 bg-white p-4 sm:flex-row sm:items-end"
        onSubmit={(e) => {
          e.preventDefault();
          action.run(() => createUnitAction({ requestKey, name, kind: kind as "TOWNSHIP" }), {
            onSuccess: () => {
              renewKey();
              setName("");
            },
          });
        }}
      >
        <div className="sm:w-72">
          <Field label="单位名称" htmlFor="unit-name" error={errors.name}>
            <input id="unit-name" value={name} onChange={(e) => setName(e.target.value)} className={inputClass(errors.name)} />
          </Field>
        </div>
        <Field label="类别" htmlFor="unit-kind" error={errors.kind}>
          <select id="unit-kind" value={kind} onChange={(e) => setKind(e.target.value)} className={inputClass(errors.kind)}>
            {UNIT_KINDS.filter((k) => mayAddUnder(nodeKind, k)).map((k) => (
              <option key={k} value={k}>
                {unitKindLabel(k, nodeKind)}
              </option>
            ))}
          </select>
        </Field>
        <Button type="submit" disabled={action.pending}>
          新增单位
        </Button>
      </ClientForm>
      <ActionNotice action={action} />
      <DataTable
        rows={units}
        rowKey={(u) => u.id}
        empty="没有符合条件的单位"
        columns={[
          { header: "单位", title: true, cell: (u) => u.name },
          { header: "类别", cell: (u) => unitKindLabel(u.kind, u.deskKind ?? nodeKind), className: "whitespace-nowrap" },
          { header: "账号数", cell: (u) => u.users, align: "right" },
          { header: "状态", cell: (u) => (u.active ? "正常" : <span className="text-red-600">已停用</span>), className: "whitespace-nowrap" },
          {
            header: "操作",
            cell: (u) =>
              !isDeskKind(u.kind) && (
                <button
                  className="min-h-11 text-party hover:underline md:min-h-0"
                  disabled={action.pending}
                  onClick={() => action.run(() => setUnitActiveAction({ id: u.id, active: !u.active }))}
                >
                  {u.active ? "停用" : "启用"}
                </button>
              ),
          },
        ]}
      />
    </div>
  );
}
