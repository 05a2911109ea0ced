"use client";

import Link from "@/components/ui/link";
import { useState } from "react";
import { saveCheckSettingsAction } from "@/actions/admin";
import { CHECK_CODES, CHECK_LABELS, type CheckCode } from "@/lib/checks/types";
import { Field, inputClass } from "@/components/ui/field";
import { FormFooter } from "@/components/ui/form-footer";
import { ActionNotice } from "@/components/ui/action-notice";
import { useAction } from "@/components/ui/use-action";
import { ClientForm } from "@/components/ui/client-form";

export type CheckSettingsValues = {
  titleMaxLength: number;
  staleDays: number;
  similarityPercent: number;
  severeChecks: CheckCode[];
  /** Shown (and saved) only when the page passes it. */
  urgentHours?: number;
};

/** 稿件检查设置. Numbers are typed as text so a half-typed value is never lost. */
export function CheckSettingsForm({ initial, seenAt }: { initial: CheckSettingsValues; seenAt?: string }) {
  const action = useAction();
  const fieldErrors = action.fieldErrors;
  const [form, setForm] = useState({
    titleMaxLength: String(initial.titleMaxLength),
    staleDays: String(initial.staleDays),
    similarityPercent: String(initial.similarityPercent),
    urgentHours: initial.urgentHours === undefined ? "" : String(initial.urgentHours),
    severeChecks: initial.severeChecks,
  });
  const [version, setVersion] = useState(seenAt);
  const number = (key: "titleMaxLength" | "staleDays" | "similarityPercent" | "urgentHours", label: string, hint: string) => (
    <Field label={label} htmlFor={key} error={fieldErrors[key]} hint={hint}>
      <input id={key} inputMode="numeric" value={form[key]} onChange={(e) => setForm({ ...form, [key]: e.target.value })} className={`${inputClass(fieldErrors[key])} max-w-32`} />
    </Field>
  );

  const save = () => {
    const toNumber = (s: string) => (/^\d+$/.test(s.trim()) ? Number(s.trim()) : Number.NaN);
    action.run(
      () =>
        saveCheckSettingsAction({
          titleMaxLength: toNumber(form.titleMaxLength),
          staleDays: toNumber(form.staleDays),
          similarityPercent: toNumber(form.similarityPercent),
          ...(initial.urgentHours === undefined ? {} : { urgentHours: toNumber(form.urgentHours) }),
          severeChecks: form.severeChecks,
          seenAt: version,
        }),
      { success: "已保存", onSuccess: (data) => setVersion(data.seenAt) },
    );
  };

  return (
    <ClientForm
      noValidate
      aria-label="稿件检查设置"
      className="max-w-3xl space-y-5 rounded border border-stone-200 bg-white p-5"
      onSubmit={(e) => {
        e.preventDefault();
        save();
      }}
    >
      <div className="grid grid-cols-1 md:grid-cols-3 gap-4">
        {number("titleMaxLength", "标题字数上限", "超过即提示“标题过长”")}
        {number("staleDays", "时效天数", "事件日期早于今天这么多天以上即提示")}
        {number("similarityPercent", "相似度阈值（%）", "与已有稿件相似度达到即提示")}
        {initial.urgentHours !== undefined && number("urgentHours", "紧急信息书面报送时限（小时）", "事发后几小时内报送书面信息；改动只对此后报告的紧急情况生效")}
      </div>
      <fieldset>
        <legend className="mb-2 text-sm font-medium">哪些问题必须改正后才能提交（其余只提醒）</legend>
        <div className="grid grid-cols-1 md:grid-cols-3 gap-2 text-sm">
          {CHECK_CODES.filter((c) => c !== "WATCH_PHRASE").map((code) => (
            <label key={code} className="flex items-center gap-2">
              <input
                type="checkbox"
                checked={form.severeChecks.includes(code)}
                onChange={(e) =>
                  setForm({ ...form, severeChecks: e.target.checked ? [...form.severeChecks, code] : form.severeChecks.filter((c) => c !== code) })
                }
              />
              {CHECK_LABELS[code]}
            </label>
          ))}
        </div>
      </fieldset>
      <p className="text-sm text-stone-600">
        需要审核人留意的政治性提法等，在
        <Link className="text-party underline" href="/admin/watch-terms">
          留意表述清单
        </Link>
        里逐条启用、停用和添加。
      </p>
      <FormFooter submitLabel="保存设置" pending={action.pending} notice={<ActionNotice action={action} />} />
    </ClientForm>
  );
}
