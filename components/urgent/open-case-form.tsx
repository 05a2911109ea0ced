"use client";

import { useState } from "react";
import { useRouter } from "next/navigation";
import { openUrgentCaseAction } from "@/actions/urgent";
import { Field, inputClass } from "@/components/ui/field";
import { FormFooter } from "@/components/ui/form-footer";
import { ActionNotice } from "@/components/ui/action-notice";
import { useAction } from "@/components/ui/use-action";
import { useRequestKey } from "@/components/ui/request-key";
import { ClientForm } from "@/components/ui/client-form";

/** 报告紧急情况: opens the case and goes on to write the 首报. */
export function OpenCaseForm({ now, hours }: { now: string; hours: number }) {
  const [requestKey, renewKey] = useRequestKey();
  const router = useRouter();
  const action = useAction();
  const fieldErrors = action.fieldErrors;
  const [form, setForm] = useState({ title: "", eventAt: now });

  return (
    <ClientForm
      noValidate
      aria-label="报告紧急情况"
      className="space-y-3 rounded border border-red-200 bg-white p-4"
      onSubmit={(e) => {
        e.preventDefault();
        action.run(() => openUrgentCaseAction({ ...form, requestKey }), {
          refresh: false,
          onSuccess: (data) => {
            renewKey();
            router.push(data.next);
          },
        });
      }}
    >
      <h2 className="font-semibold text-party">报告紧急情况</h2>
      <p className="text-sm text-stone-600">发生突发事件、重要紧急情况，先在这里报告，系统从事发时间起计时，须在{hours}小时内报送书面信息（首报），后续情况写续报。</p>
      <div className="grid grid-cols-1 md:grid-cols-[1fr_14rem] gap-3">
        <Field label="事件简题" htmlFor="urgent-title" error={fieldErrors.title} hint="如：某村突发山体滑坡">
          <input id="urgent-title" value={form.title} onChange={(e) => setForm({ ...form, title: e.target.value })} className={inputClass(fieldErrors.title)} />
        </Field>
        <Field label="事发时间" htmlFor="urgent-eventAt" error={fieldErrors.eventAt}>
          <input id="urgent-eventAt" type="datetime-local" value={form.eventAt} onChange={(e) => setForm({ ...form, eventAt: e.target.value })} className={inputClass(fieldErrors.eventAt)} />
        </Field>
      </div>
      <FormFooter submitLabel="报告并写首报" pending={action.pending} notice={<ActionNotice action={action} />} />
    </ClientForm>
  );
}
