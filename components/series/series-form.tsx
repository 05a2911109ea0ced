"use client";

import { useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { saveSeriesAction } from "@/actions/issues";
import { callAction } from "@/components/ui/call-action";
import { Button } from "@/components/ui/button";
import { ErrorBox } from "@/components/ui/flash";
import { Field, inputClass } from "@/components/ui/field";

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
  const [pending, startTransition] = useTransition();
  const [form, setForm] = useState({ ...initial, printCount: initial.printCount?.toString() ?? "" });
  const [error, setError] = useState("");
  const [saved, setSaved] = useState(false);
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  // The settings as this form last read or saved them: a save over someone else's is refused.
  const [version, setVersion] = useState(seenAt);

  const text = (key: TextKey, label: string, hint?: string) => (
    <Field label={label} htmlFor={key} error={fieldErrors[key]} hint={hint}>
      <input
        id={key}
        value={form[key]}
        onChange={(e) => {
          setSaved(false);
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
    if (count && !/^\d+$/.test(count)) {
      setFieldErrors({ printCount: "印数请填整数" });
      return;
    }
    startTransition(async () => {
      setError("");
      setFieldErrors({});
      const result = await callAction(() => saveSeriesAction({ id, seenAt: version, ...form, printCount: count ? Number(count) : null }));
      if (!result.ok) {
        setError(result.error);
        setFieldErrors(result.fieldErrors ?? {});
      } else if (!id) router.push(`/series/${result.data.id}`);
      else {
        setVersion(result.data.seenAt);
        setSaved(true);
        router.refresh();
      }
    });
  };

  return (
    <div className="max-w-2xl space-y-4 rounded border border-stone-200 bg-white p-5">
      <ErrorBox message={error} />
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
      <div className="flex items-center gap-3">
        <Button disabled={pending} onClick={save}>
          {id ? "保存设置" : "创建刊物"}
        </Button>
        {saved && <span className="text-sm text-emerald-700">已保存</span>}
      </div>
    </div>
  );
}
