"use client";

import type { PeriodRow } from "@/lib/scores/period-table";
import { RANK_GROUPS } from "@/lib/units/labels";
import { Button } from "@/components/ui/button";
import { ScrollTable, stickyCell, stickyHead } from "@/components/ui/data-table";

export type Preview = { title: string; periodLabel: string; summary: string[]; rows: PeriodRow[]; digest: string };


/** Exactly what 确认发布 will freeze: the text, the figures and both files, before anything is stored. */
export function NoticePreview({
  preview,
  periodParam,
  pending,
  onConfirm,
  onCancel,
}: {
  preview: Preview;
  periodParam: string;
  pending: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  const file = (kind: "docx" | "xlsx") => `/scores/notices/preview/${kind}?period=${encodeURIComponent(periodParam)}`;
  return (
    <section aria-label="通报预览" className="space-y-3 rounded border border-amber-300 bg-amber-50/40 p-4">
      <h3 className="text-center text-lg font-bold">{preview.title}（预览，尚未发布）</h3>
      <div className="space-y-2 font-serif leading-7">
        {preview.summary.map((p) => (
          <p key={p} className="indent-8">
            {p}
          </p>
        ))}
      </div>
      {RANK_GROUPS.map(({ group, label }) => {
        const rows = preview.rows.filter((r) => r.group === group);
        if (rows.length === 0) return null;
        return (
          <ScrollTable key={group} label={label}>
          <table className="w-full whitespace-nowrap bg-white text-sm">
            <caption className="py-1 text-left font-semibold">{label}</caption>
            <thead className="bg-stone-50 text-stone-600">
              <tr>
                {["单位", "报送数", "县级采用", "市级采用", "省级及以上", "得分", "排名"].map((h) => (
                  <th key={h} className={`px-2 py-1 text-right first:text-left ${h === "单位" ? stickyHead : ""}`}>
                    {h}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.unitId} className="border-t border-stone-100">
                  <td className={`px-2 py-1 ${stickyCell}`}>{r.name}</td>
                  <td className="px-2 py-1 text-right">{r.submitted}</td>
                  <td className="px-2 py-1 text-right">{r.adoptedCounty}</td>
                  <td className="px-2 py-1 text-right">{r.adoptedCity}</td>
                  <td className="px-2 py-1 text-right">{r.adoptedProvincePlus}</td>
                  <td className="px-2 py-1 text-right">{r.points}</td>
                  <td className="px-2 py-1 text-right">{r.rank}</td>
                </tr>
              ))}
            </tbody>
          </table>
          </ScrollTable>
        );
      })}
      <p className="text-sm">
        发布后的文件与预览相同：
        <a className="mx-1 text-party underline" href={file("docx")}>
          下载预览 Word
        </a>
        <a className="mx-1 text-party underline" href={file("xlsx")}>
          下载预览 Excel
        </a>
      </p>
      <div className="flex flex-wrap gap-2">
        <Button disabled={pending} onClick={onConfirm}>
          {pending ? "正在发布…" : "确认发布"}
        </Button>
        <Button variant="secondary" disabled={pending} onClick={onCancel}>
          返回修改
        </Button>
      </div>
    </section>
  );
}
