"use client";

import { useState } from "react";
import { fileRosterChangeAction } from "@/actions/roster";
import { Field, inputClass } from "@/components/ui/field";
import { FormFooter } from "@/components/ui/form-footer";
import { ActionNotice } from "@/components/ui/action-notice";
import { useAction } from "@/components/ui/use-action";
import { useRequestKey } from "@/components/ui/request-key";
import { ClientForm } from "@/components/ui/client-form";

type Officer = { id: string; name: string; phone: string | null };
const VACANCY = "__vacancy__";

/**
 * 专职信息员变更备案. The page's latest change goes along: if someone filed in between, the
 * server refuses and the typed text stays for a look at the refreshed history.
 */
export function RosterForm({ unitId, officers, latestId, today, maxDay }: { unitId: string; officers: Officer[]; latestId: string | null; today: string; maxDay: string }) {
  const [requestKey, renewKey] = useRequestKey();
  const action = useAction();
  const fieldErrors = action.fieldErrors;
  const [form, setForm] = useState({ officer: "", phone: "", reason: "", effectiveOn: today });
  const vacancy = form.officer === VACANCY;

  const pick = (value: string) => {
    const o = officers.find((x) => x.id === value);
    setForm({ ...form, officer: value, phone: o?.phone ?? (value === VACANCY ? "" : form.phone) });
  };

  const save = () => {
    if (!form.officer) return action.fail("请选择专职信息员，或选“暂缺”", { officerId: "请选择专职信息员，或选“暂缺”" });
    // A conflict (someone filed in between) offers 刷新, which keeps what was typed here.
    action.run(
      () =>
        fileRosterChangeAction({
          requestKey,
          unitId,
          officerId: vacancy ? null : form.officer,
          phone: vacancy ? "" : form.phone,
          reason: form.reason,
          effectiveOn: form.effectiveOn,
          expectedLatestId: latestId,
        }),
      {
        success: (_, repeated) => (repeated ? "已提交过，只备案了一次，研究室会收到通知。" : "已备案，研究室会收到通知。"),
        onSuccess: () => {
          renewKey();
          setForm({ officer: "", phone: "", reason: "", effectiveOn: today });
        },
      },
    );
  };

  return (
    <ClientForm
      noValidate
      aria-label="变更备案"
      className="space-y-3 rounded border border-stone-200 bg-white p-4"
      onSubmit={(e) => {
        e.preventDefault();
        save();
      }}
    >
      <h2 className="font-semibold">专职信息员变更备案</h2>
      <p className="text-xs text-stone-500">专职信息员应保持稳定；确需调整的，写明原因报研究室备案。</p>
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
      <FormFooter submitLabel="备案" pendingLabel="正在备案…" pending={action.pending} notice={<ActionNotice action={action} />} />
    </ClientForm>
  );
}
