"use client";

import { useState } from "react";
import { issueNoticeAction, previewNoticeAction } from "@/actions/score-notices";
import { periodKey, type Period, type PeriodKind } from "@/lib/scores/period";
import { NoticePreview, type Preview } from "./notice-preview";
import { Button } from "@/components/ui/button";
import { ActionNotice } from "@/components/ui/action-notice";
import { useAction } from "@/components/ui/use-action";
import { Field, inputClass } from "@/components/ui/field";
import { useRequestKey } from "@/components/ui/request-key";

const KIND_LABELS: Record<PeriodKind, string> = { MONTH: "月度通报", QUARTER: "季度通报", YEAR: "年度通报" };
const QUARTERS = ["第一季度", "第二季度", "第三季度", "第四季度"];

/** 发通报: choose a month, quarter or year; the figures are frozen into a Word and an Excel file. */
export function IssueNoticeForm({ defaultPeriod, years }: { defaultPeriod: Period; years: number[] }) {
  const [requestKey, renewKey] = useRequestKey();
  const action = useAction();
  const { pending, fieldErrors } = action;
  const [form, setForm] = useState(defaultPeriod);
  const [preview, setPreview] = useState<(Preview & { period: Period }) | null>(null);
  const periodError = fieldErrors.period ?? fieldErrors.year ?? fieldErrors.index ?? fieldErrors.kind;

  // Any change of the period drops a preview: what is confirmed is always what is on screen.
  const choose = (next: Period) => {
    setForm(next);
    setPreview(null);
  };
  const changeKind = (kind: PeriodKind) => {
    const month = defaultPeriod.kind === "MONTH" ? defaultPeriod.index : 12;
    choose({ ...form, kind, index: kind === "MONTH" ? month : kind === "QUARTER" ? Math.ceil(month / 3) : 1 });
  };

  const showPreview = () => action.run(() => previewNoticeAction(form), { refresh: false, onSuccess: (data) => setPreview({ ...data, period: form }) });

  const issue = (shown: Preview & { period: Period }) =>
    action.run(() => issueNoticeAction({ period: shown.period, digest: shown.digest, requestKey }), {
      success: (data, repeated) => `${repeated ? "已提交过，只发布了一次：" : ""}已发布《${data.title}》，可在下方列表下载Word和Excel文件`,
      onSuccess: () => {
        renewKey();
        setPreview(null);
      },
      // The figures moved since the preview: show them afresh before anything is issued.
      onFailure: (outcome) => {
        if (outcome.kind === "conflict") setPreview(null);
      },
    });

  const describedBy = periodError ? "period-error" : undefined;
  return (
    <section aria-label="发布通报" className="space-y-3 rounded border border-stone-200 bg-white p-4">
      <h2 className="font-semibold">发布通报</h2>
      <p className="text-sm text-stone-600">按所选时段的报送、采用和积分情况生成通报（Word和Excel各一份），先预览，核对无误再确认发布。发布后数字即固定，之后的登记或冲销不再改变这份通报；如需更正，可对同一时段再次发布，各份通报都会保留。</p>
      {!periodError && <ActionNotice action={action} />}
      <div className="flex flex-wrap items-end gap-3">
        <div className="w-36">
          <Field label="通报类型" htmlFor="notice-kind">
            <select id="notice-kind" value={form.kind} onChange={(e) => changeKind(e.target.value as PeriodKind)} className={inputClass(periodError)} aria-describedby={describedBy}>
              {(Object.keys(KIND_LABELS) as PeriodKind[]).map((k) => (
                <option key={k} value={k}>
                  {KIND_LABELS[k]}
                </option>
              ))}
            </select>
          </Field>
        </div>
        <div className="w-32">
          <Field label="年份" htmlFor="notice-year">
            <select id="notice-year" value={form.year} onChange={(e) => choose({ ...form, year: Number(e.target.value) })} className={inputClass(periodError)} aria-describedby={describedBy}>
              {years.map((y) => (
                <option key={y} value={y}>
                  {y}年
                </option>
              ))}
            </select>
          </Field>
        </div>
        {form.kind === "MONTH" && (
          <div className="w-28">
            <Field label="月份" htmlFor="notice-month">
              <select id="notice-month" value={form.index} onChange={(e) => choose({ ...form, index: Number(e.target.value) })} className={inputClass(periodError)} aria-describedby={describedBy}>
                {Array.from({ length: 12 }, (_, i) => (
                  <option key={i + 1} value={i + 1}>
                    {i + 1}月
                  </option>
                ))}
              </select>
            </Field>
          </div>
        )}
        {form.kind === "QUARTER" && (
          <div className="w-32">
            <Field label="季度" htmlFor="notice-quarter">
              <select id="notice-quarter" value={form.index} onChange={(e) => choose({ ...form, index: Number(e.target.value) })} className={inputClass(periodError)} aria-describedby={describedBy}>
                {QUARTERS.map((q, i) => (
                  <option key={q} value={i + 1}>
                    {q}
                  </option>
                ))}
              </select>
            </Field>
          </div>
        )}
        <Button disabled={pending} onClick={showPreview} aria-busy={pending}>
          {pending && !preview ? "正在生成预览…" : "预览通报"}
        </Button>
      </div>
      {periodError && (
        <p id="period-error" role="alert" className="text-sm text-red-600">
          {periodError}
        </p>
      )}
      {preview && (
        <NoticePreview
          preview={preview}
          periodParam={periodKey(preview.period)}
          pending={pending}
          onConfirm={() => issue(preview)}
          onCancel={() => setPreview(null)}
        />
      )}
    </section>
  );
}
