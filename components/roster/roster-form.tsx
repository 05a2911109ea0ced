"use client";

import { useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { fileRosterChangeAction } from "@/actions/roster";
import { callAction } from "@/components/ui/call-action";
import { Button } from "@/components/ui/button";
import { ErrorBox } from "@/components/ui/flash";
import { Field, inputClass } from "@/components/ui/field";
import { useRequestKey } from "@/components/ui/request-key";

type Officer = { id: string; name: string; phone: string | null };
const VACANCY = "__vacancy__";

/**
 * 专职信息员变更备案. The page's latest change goes along: if someone filed in between, the
 * server refuses and the typed text stays for a look at the refreshed history.
 */
export function RosterForm({ unitId, officers, latestId, today, maxDay }: { unitId: string; officers: Officer[]; latestId: string | null; today: string; maxDay: string }) {
  const [requestKey, renewKey] = useRequestKey();
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [form, setForm] = useState({ officer: "", phone: "", reason: "", effectiveOn: today });
  const [error, setError] = useState("");
  const [conflict, setConflict] = useState(false);
  const [done, setDone] = useState("");
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  const vacancy = form.officer === VACANCY;

  const pick = (value: string) => {
    const o = officers.find((x) => x.id === value);
    setForm({ ...form, officer: value, phone: o?.phone ?? (value === VACANCY ? "" : form.phone) });
  };

  const save = () =>
    startTransition(async () => {
      setError("");
      setDone("");
      setConflict(false);
      const errors: Record<string, string> = form.officer ? {} : { officerId: "请选择专职信息员，或选“暂缺”" };
      setFieldErrors(errors);
      if (errors.officerId) return;
      const result = await callAction(() =>
        fileRosterChangeAction({
          requestKey,
          unitId,
          officerId: vacancy ? null : form.officer,
          phone: vacancy ? "" : form.phone,
          reason: form.reason,
          effectiveOn: form.effectiveOn,
          expectedLatestId: latestId,
        }),
      );
      if (result.ok) renewKey();
      if (!result.ok) {
        setError(result.error);
        setConflict(!!result.conflict);
        setFieldErrors(result.fieldErrors ?? {});
        return;
      }
      setDone(result.repeated ? "已提交过，只备案了一次，研究室会收到通知。" : "已备案，研究室会收到通知。");
      setForm({ officer: "", phone: "", reason: "", effectiveOn: today });
      router.refresh();
    });

  return (
    <section aria-label="变更备案" className="space-y-3 rounded border border-stone-200 bg-white p-4">
      <h2 className="font-semibold">专职信息员变更备案</h2>
      <p className="text-xs text-stone-500">专职信息员应保持稳定；确需调整的，写明原因报研究室备案。</p>
      <ErrorBox message={error} />
      {conflict && (
        <Button variant="secondary" onClick={() => (setError(""), setConflict(false), router.refresh())}>
          刷新备案记录（已填内容保留）
        </Button>
      )}
      {done && (
        <p role="status" className="text-sm text-emerald-700">
          {done}
        </p>
      )}
      <div className="grid grid-cols-1 md:grid-cols-3 gap-3">
        <Field label="专职信息员" htmlFor="roster-officer" error={fieldErrors.officerId} hint={officers.length === 0 ? "本单位还没有信息员账号，请管理员先开通" : undefined}>
          <select id="roster-officer" value={form.officer} onChange={(e) => pick(e.target.value)} className={inputClass(fieldErrors.officerId)}>
            <option value="">请选择</option>
            {officers.map((o) => (
              <option key={o.id} value={o.id}>
                {o.name}
              </option>
            ))}
            <option value={VACANCY}>暂缺（暂无专职信息员）</option>
          </select>
        </Field>
        <Field label="联系电话" htmlFor="roster-phone" error={fieldErrors.phone}>
          <input id="roster-phone" value={form.phone} disabled={vacancy} title={vacancy ? "暂缺时不填电话" : undefined} onChange={(e) => setForm({ ...form, phone: e.target.value })} className={inputClass(fieldErrors.phone)} />
        </Field>
        <Field label="起始日期" htmlFor="roster-effective" error={fieldErrors.effectiveOn} hint={`最晚可填${maxDay}`}>
          <input id="roster-effective" type="date" max={maxDay} value={form.effectiveOn} onChange={(e) => setForm({ ...form, effectiveOn: e.target.value })} className={inputClass(fieldErrors.effectiveOn)} />
        </Field>
      </div>
      <Field label="变更原因" htmlFor="roster-reason" error={fieldErrors.reason} hint="如：原信息员调任镇党政办，经镇党委研究由XX接任">
        <textarea id="roster-reason" rows={2} value={form.reason} onChange={(e) => setForm({ ...form, reason: e.target.value })} className={inputClass(fieldErrors.reason)} />
      </Field>
      <Button disabled={pending} onClick={save}>
        {pending ? "正在备案…" : "备案"}
      </Button>
    </section>
  );
}
