"use client";

import Link from "next/link";
import { useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { saveCheckSettingsAction } from "@/actions/admin";
import { CHECK_CODES, CHECK_LABELS, type CheckCode } from "@/lib/checks/types";
import { callAction } from "@/components/ui/call-action";
import { Button } from "@/components/ui/button";
import { ErrorBox } from "@/components/ui/flash";
import { Field, inputClass } from "@/components/ui/field";

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
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [form, setForm] = useState({
    titleMaxLength: String(initial.titleMaxLength),
    staleDays: String(initial.staleDays),
    similarityPercent: String(initial.similarityPercent),
    urgentHours: initial.urgentHours === undefined ? "" : String(initial.urgentHours),
    severeChecks: initial.severeChecks,
  });
  const [error, setError] = useState("");
  const [saved, setSaved] = useState(false);
  const [version, setVersion] = useState(seenAt);
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  const number = (key: "titleMaxLength" | "staleDays" | "similarityPercent" | "urgentHours", label: string, hint: string) => (
    <Field label={label} htmlFor={key} error={fieldErrors[key]} hint={hint}>
      <input id={key} inputMode="numeric" value={form[key]} onChange={(e) => setForm({ ...form, [key]: e.target.value })} className={`${inputClass(fieldErrors[key])} max-w-32`} />
    </Field>
  );

  const save = () =>
    startTransition(async () => {
      setError("");
      setSaved(false);
      setFieldErrors({});
      const toNumber = (s: string) => (/^\d+$/.test(s.trim()) ? Number(s.trim()) : Number.NaN);
      const result = await callAction(() =>
        saveCheckSettingsAction({
          titleMaxLength: toNumber(form.titleMaxLength),
          staleDays: toNumber(form.staleDays),
          similarityPercent: toNumber(form.similarityPercent),
          ...(initial.urgentHours === undefined ? {} : { urgentHours: toNumber(form.urgentHours) }),
          severeChecks: form.severeChecks,
          seenAt: version,
        }),
      );
      if (result.ok) {
        setVersion(result.data.seenAt);
        setSaved(true);
        router.refresh();
      } else {
        setError(result.error);
        setFieldErrors(result.fieldErrors ?? {});
      }
    });

  return (
    <div className="max-w-3xl space-y-5 rounded border border-stone-200 bg-white p-5">
      <ErrorBox message={error} />
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
      <div className="flex items-center gap-3">
        <Button disabled={pending} onClick={save}>
          保存设置
        </Button>
        {saved && <span className="text-sm text-emerald-700">已保存</span>}
      </div>
    </div>
  );
}
