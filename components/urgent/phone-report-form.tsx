"use client";

import { useState } from "react";
import { addPhoneReportAction, logPhoneReportAction } from "@/actions/urgent";
import { Field, inputClass } from "@/components/ui/field";
import { FormFooter } from "@/components/ui/form-footer";
import { ActionNotice } from "@/components/ui/action-notice";
import { useAction } from "@/components/ui/use-action";
import { useRequestKey } from "@/components/ui/request-key";
import { quote } from "@/lib/quote";
import { ClientForm } from "@/components/ui/client-form";

type Props =
  /** 登记电话报告: a new case for the chosen unit. */
  | { units: Array<{ id: string; name: string }>; now: string; caseId?: undefined }
  /** 补登电话报告 on a case the unit opened itself. */
  | { caseId: string; now: string; units?: undefined };

const EMPTY = { unitId: "", title: "", eventAt: "", reporter: "", reportedAt: "", summary: "" };

/** The research office writes down a unit's phone call. Typed text stays after an error. */
export function PhoneReportForm(props: Props) {
  const [requestKey, renewKey] = useRequestKey();
  const action = useAction();
  const fieldErrors = action.fieldErrors;
  const [form, setForm] = useState({ ...EMPTY, reportedAt: props.now });
  const set = (key: keyof typeof form) => (e: React.ChangeEvent<HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement>) => setForm({ ...form, [key]: e.target.value });
  const isNew = !props.caseId;
  const input = (key: keyof typeof form, label: string, type = "text", hint?: string) => (
    <Field label={label} htmlFor={`phone-${key}`} error={fieldErrors[key]} hint={hint}>
      <input id={`phone-${key}`} type={type} value={form[key]} onChange={set(key)} className={inputClass(fieldErrors[key])} />
    </Field>
  );

  const save = () => {
    const phone = { reporter: form.reporter, reportedAt: form.reportedAt, summary: form.summary };
    action.run<unknown>(
      () =>
        props.caseId
          ? addPhoneReportAction({ requestKey, caseId: props.caseId, ...phone })
          : logPhoneReportAction({ requestKey, unitId: form.unitId, title: form.title, eventAt: form.eventAt, ...phone }),
      {
        success: (_, repeated) => (isNew ? `${repeated ? "已提交过，只登记了一次：" : ""}已登记${quote(form.title)}，已通知该单位按时报送书面信息` : undefined),
        onSuccess: () => {
          renewKey();
          if (isNew) setForm({ ...EMPTY, reportedAt: props.now });
        },
      },
    );
  };

  return (
    <ClientForm
      noValidate
      aria-label={isNew ? "登记电话报告" : "补登电话报告"}
      className="space-y-3 rounded border border-stone-200 bg-white p-4"
      onSubmit={(e) => {
        e.preventDefault();
        save();
      }}
    >
      <h2 className="font-semibold">{isNew ? "登记电话报告" : "补登电话报告"}</h2>
      {props.units && (
        <div className="grid grid-cols-1 md:grid-cols-[12rem_1fr_14rem] gap-3">
          <Field label="报告单位" htmlFor="phone-unitId" error={fieldErrors.unitId}>
            <select id="phone-unitId" value={form.unitId} onChange={set("unitId")} className={inputClass(fieldErrors.unitId)}>
              <option value="">请选择</option>
              {props.units.map((u) => (
                <option key={u.id} value={u.id}>
                  {u.name}
                </option>
              ))}
            </select>
          </Field>
          {input("title", "事件简题")}
          {input("eventAt", "事发时间", "datetime-local")}
        </div>
      )}
      <div className="grid grid-cols-1 md:grid-cols-[12rem_14rem] gap-3">
        {input("reporter", "报告人", "text", "姓名和职务，如：张三（党委委员）")}
        {input("reportedAt", "报告时间", "datetime-local")}
      </div>
      <Field label="简要情况" htmlFor="phone-summary" error={fieldErrors.summary}>
        <textarea id="phone-summary" rows={3} value={form.summary} onChange={set("summary")} className={inputClass(fieldErrors.summary)} />
      </Field>
      <FormFooter submitLabel={isNew ? "登记并通知单位" : "保存电话报告"} pending={action.pending} notice={<ActionNotice action={action} />} />
    </ClientForm>
  );
}
