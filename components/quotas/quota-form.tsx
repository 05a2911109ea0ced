"use client";

import { useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { setQuotaAction } from "@/actions/quotas";
import type { Quota } from "@/lib/planning/quota";
import { callAction } from "@/components/ui/call-action";
import { Button } from "@/components/ui/button";
import { Field, inputClass } from "@/components/ui/field";

const FIELDS = [
  ["monthlyMin", "每月最少报送（篇）"],
  ["flagshipTarget", "全年精品稿件（篇）"],
  ["adoptedTarget", "全年被采用（篇）"],
] as const;

/** 研究室 sets one unit's quota for a year; inline in the table (`compact`) or on the unit's page. */
export function QuotaForm({ unitId, unitName, year, quota, compact = false }: { unitId: string; unitName: string; year: number; quota: Quota; compact?: boolean }) {
  const router = useRouter();
  const [open, setOpen] = useState(!compact);
  const [form, setForm] = useState({ monthlyMin: String(quota.monthlyMin), flagshipTarget: String(quota.flagshipTarget), adoptedTarget: String(quota.adoptedTarget) });
  const [error, setError] = useState("");
  const [done, setDone] = useState("");
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  const [pending, startTransition] = useTransition();
  if (!open) {
    return (
      <Button variant="secondary" className="px-2 py-1 text-xs" aria-label={`调整任务（${unitName}）`} onClick={() => setOpen(true)}>
        调整任务
      </Button>
    );
  }
  const save = () =>
    startTransition(async () => {
      setError("");
      setDone("");
      setFieldErrors({});
      const result = await callAction(() => setQuotaAction({ unitId, year, monthlyMin: form.monthlyMin, flagshipTarget: form.flagshipTarget, adoptedTarget: form.adoptedTarget }));
      if (!result.ok) {
        setError(result.error);
        setFieldErrors(result.fieldErrors ?? {});
        return;
      }
      setDone("已保存");
      if (compact) setOpen(false);
      router.refresh();
    });
  return (
    <div className={compact ? "space-y-1" : "space-y-3 rounded border border-stone-200 bg-white p-4"} aria-label={`${unitName}${year}年报送任务`}>
      {!compact && <h2 className="font-semibold">调整{year}年报送任务</h2>}
      <div className={compact ? "flex gap-1" : "grid grid-cols-1 md:grid-cols-3 gap-3"}>
        {FIELDS.map(([key, label]) => {
          const id = `${unitId}-${key}`;
          const input = (
            <input
              id={id}
              type="number"
              min={0}
              inputMode="numeric"
              aria-label={compact ? label : undefined}
              title={label}
              value={form[key]}
              onChange={(e) => setForm({ ...form, [key]: e.target.value })}
              className={compact ? `w-16 rounded border px-1 py-0.5 text-sm ${fieldErrors[key] ? "border-red-500" : "border-stone-300"}` : inputClass(fieldErrors[key])}
            />
          );
          return compact ? (
            <span key={key}>{input}</span>
          ) : (
            <Field key={key} label={label} htmlFor={id} error={fieldErrors[key]}>
              {input}
            </Field>
          );
        })}
      </div>
      {(error || (compact && Object.keys(fieldErrors).length > 0)) && (
        <p role="alert" className="text-sm text-red-600">
          {compact ? Object.values(fieldErrors)[0] ?? error : error}
        </p>
      )}
      {done && (
        <p role="status" className="text-sm text-emerald-700">
          {done}
        </p>
      )}
      <span className="flex gap-1">
        <Button disabled={pending} className={compact ? "px-2 py-1 text-xs" : ""} onClick={save}>
          保存
        </Button>
        {compact && (
          <Button variant="secondary" className="px-2 py-1 text-xs" onClick={() => setOpen(false)}>
            取消
          </Button>
        )}
      </span>
    </div>
  );
}
