"use client";

import { useState } from "react";
import { useRouter } from "next/navigation";
import { saveSeriesAction } from "@/actions/issues";
import { Field, inputClass } from "@/components/ui/field";
import { FormFooter } from "@/components/ui/form-footer";
import { ActionNotice } from "@/components/ui/action-notice";
import { useAction } from "@/components/ui/use-action";
import { ClientForm } from "@/components/ui/client-form";

export type SeriesValues = {
  name: string;
  mastheadTitle: string;
  issuingBody: string;
  showTotalNumber: boolean;
  requiresSignOff: boolean;
  distributionReport: string;
  distributionSend: string;
  distributionIssue: string;
  printCount: number | null;
  active: boolean;
};

type TextKey = "name" | "mastheadTitle" | "issuingBody" | "distributionReport" | "distributionSend" | "distributionIssue";

/** 刊物设置: one form for a new series and for changing one. What was typed survives errors. */
export function SeriesForm({ id, initial, seenAt, canSetSignOff }: { id: string | null; initial: SeriesValues; seenAt?: string; canSetSignOff: boolean }) {
  const router = useRouter();
  const action = useAction();
  const fieldErrors = action.fieldErrors;
  const [form, setForm] = useState({ ...initial, printCount: initial.printCount?.toString() ?? "" });
  // The settings as this form last read or saved them: a save over someone else's is refused.
  const [version, setVersion] = useState(seenAt);

  const text = (key: TextKey, label: string, hint?: string) => (
    <Field label={label} htmlFor={key} error={fieldErrors[key]} hint={hint}>
      <input
        id={key}
        value={form[key]}
        onChange={(e) => {
          if (action.outcome?.kind === "success") action.reset();
          setForm({ ...form, [key]: e.target.value });
        }}
        className={inputClass(fieldErrors[key])}
      />
    </Field>
  );
  const check = (key: "showTotalNumber" | "requiresSignOff" | "active", label: string, disabled = false) => (
    <label className={`flex items-center gap-2 text-sm ${disabled ? "text-stone-500" : ""}`} title={disabled ? "只能由系统管理员设置" : undefined}>
      <input type="checkbox" disabled={disabled} checked={form[key]} onChange={(e) => setForm({ ...form, [key]: e.target.checked })} />
      {label}
    </label>
  );

  const save = () => {
    const count = form.printCount.trim();
    if (count && !/^\d+$/.test(count)) return action.fail("印数请填整数", { printCount: "印数请填整数" });
    action.run(() => saveSeriesAction({ id, seenAt: version, ...form, printCount: count ? Number(count) : null }), {
      refresh: !!id,
      success: id ? "已保存" : undefined,
      onSuccess: (data) => {
        if (!id) router.push(`/series/${data.id}`);
        else setVersion(data.seenAt);
      },
    });
  };

  return (
    <ClientForm
      noValidate
      aria-label="刊物设置"
      className="max-w-2xl space-y-4 rounded border border-stone-200 bg-white p-5"
      onSubmit={(e) => {
        e.preventDefault();
        save();
      }}
    >
      {text("name", "刊物名称", "如“示例县组工信息”“示例县组工信息·专报”，各刊物分别编号")}
      {text("mastheadTitle", "报头文字", "印在首页顶部的红色大字")}
      {text("issuingBody", "编印单位", "报头下方左侧，印为“××编”")}
      <div className="flex flex-wrap gap-6">
        {check("showTotalNumber", "报头显示“总第N期”")}
        {check("requiresSignOff", "发布前须经部领导签发", !canSetSignOff)}
        {check("active", "启用")}
      </div>
      <fieldset className="space-y-3 rounded border border-stone-200 p-3">
        <legend className="px-1 text-sm font-medium">版记默认内容（新建一期时带入，可在编排时修改）</legend>
        {text("distributionReport", "报：")}
        {text("distributionSend", "送：")}
        {text("distributionIssue", "发：")}
        <Field label="印数（份）" htmlFor="printCount" error={fieldErrors.printCount}>
          <input
            id="printCount"
            inputMode="numeric"
            value={form.printCount}
            onChange={(e) => setForm({ ...form, printCount: e.target.value })}
            className={`${inputClass(fieldErrors.printCount)} max-w-32`}
          />
        </Field>
      </fieldset>
      <FormFooter submitLabel={id ? "保存设置" : "创建刊物"} pending={action.pending} notice={<ActionNotice action={action} />} />
    </ClientForm>
  );
}
