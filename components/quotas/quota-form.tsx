"use client";

import { useState } from "react";
import { setQuotaAction } from "@/actions/quotas";
import type { Quota } from "@/lib/planning/quota-math";
import { ActionNotice } from "@/components/ui/action-notice";
import { useAction } from "@/components/ui/use-action";
import { Button } from "@/components/ui/button";
import { Field, inputClass } from "@/components/ui/field";

const FIELDS = [
  ["monthlyMin", "每月最少报送（篇）"],
  ["flagshipTarget", "全年精品稿件（篇）"],
  ["adoptedTarget", "全年被采用（篇）"],
] as const;

/** 研究室 sets one unit's quota for a year; inline in the table (`compact`) or on the unit's page. */
export function QuotaForm({ unitId, unitName, year, quota, compact = false }: { unitId: string; unitName: string; year: number; quota: Quota; compact?: boolean }) {
  const action = useAction();
  const fieldErrors = action.fieldErrors;
  const [open, setOpen] = useState(!compact);
  const [form, setForm] = useState({ monthlyMin: String(quota.monthlyMin), flagshipTarget: String(quota.flagshipTarget), adoptedTarget: String(quota.adoptedTarget) });
  if (!open) {
    return (
      <Button variant="secondary" className="px-2 py-1 text-xs" aria-label={`调整任务（${unitName}）`} onClick={() => setOpen(true)}>
        调整任务
      </Button>
    );
  }
  const save = () =>
    action.run(() => setQuotaAction({ unitId, year, monthlyMin: form.monthlyMin, flagshipTarget: form.flagshipTarget, adoptedTarget: form.adoptedTarget }), {
      success: "已保存",
      onSuccess: () => {
        if (compact) setOpen(false);
      },
    });
  return (
    <div className={compact ? "space-y-1" : "space-y-3 rounded border border-stone-200 bg-white p-4"} aria-label={`${unitName}${year}年报送任务`}>
      {!compact && <h2 className="font-semibold">调整{year}年报送任务</h2>}
      <div className={compact ? "flex flex-wrap gap-1" : "grid grid-cols-1 md:grid-cols-3 gap-3"}>
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
      <ActionNotice action={action} compact={compact} />
      <span className="flex gap-1">
        <Button disabled={action.pending} className={compact ? "px-2 py-1 text-xs" : ""} onClick={save}>
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
