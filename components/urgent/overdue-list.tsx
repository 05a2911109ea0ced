import Link from "next/link";
import { deadlineClock, formatLocal } from "@/lib/urgent/clock";

export type OverdueRow = { id: string; title: string; eventAt: Date; dueAt: Date; unit: { name: string } };

/** The red block of cases past their due time without a written report (研究室、部领导). */
export function OverdueList({ rows, now, total, compact = false }: { rows: OverdueRow[]; now: Date; total: number; compact?: boolean }) {
  if (rows.length === 0) return null;
  return (
    <section role="alert" aria-label="紧急信息超时未报" data-testid="urgent-escalation" className="rounded border border-red-300 bg-red-50 p-4 text-sm text-red-900">
      <h2 className="mb-2 font-semibold text-red-700">
        紧急信息超时未报（{total}件）
        {compact && (
          <Link href="/urgent" className="ml-3 text-xs font-normal text-red-700 underline">
            查看紧急信息
          </Link>
        )}
      </h2>
      <table className="w-full border-collapse">
        {!compact && (
          <thead>
            <tr className="text-left text-red-700/80">
              <th className="py-1 pr-3">单位</th>
              <th className="py-1 pr-3">事件</th>
              <th className="py-1 pr-3">事发</th>
              <th className="py-1 pr-3">时限</th>
              <th className="py-1">超时</th>
            </tr>
          </thead>
        )}
        <tbody>
          {rows.map((c) => (
            <tr key={c.id} className="border-t border-red-200">
              <td className="py-1 pr-3 font-medium">{c.unit.name}</td>
              <td className="py-1 pr-3">
                <Link href={`/urgent/${c.id}`} className="underline">
                  {c.title}
                </Link>
              </td>
              <td className="py-1 pr-3">事发{formatLocal(c.eventAt)}</td>
              <td className="py-1 pr-3">时限{formatLocal(c.dueAt)}</td>
              <td className="py-1 font-semibold">{deadlineClock(c.dueAt, now).label}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {total > rows.length && <p className="mt-2 text-xs">另有{total - rows.length}件，见紧急信息页。</p>}
    </section>
  );
}
