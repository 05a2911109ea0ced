import Link from "@/components/ui/link";
import { deadlineClock, formatLocal } from "@/lib/urgent/clock";

export type OverdueRow = { id: string; title: string; eventAt: Date; dueAt: Date; unit: { name: string } };

/** At the desk a table; on a phone each case reads as one wrapped line. */
function OverdueTable({ rows, now, withHead }: { rows: OverdueRow[]; now: Date; withHead: boolean }) {
  return (
    <table className="w-full border-collapse max-md:block">
      {withHead && (
        <thead className="max-md:hidden">
          <tr className="text-left text-red-700/80">
            <th className="py-1 pr-3">单位</th>
            <th className="py-1 pr-3">事件</th>
            <th className="py-1 pr-3">事发</th>
            <th className="py-1 pr-3">时限</th>
            <th className="py-1">超时</th>
          </tr>
        </thead>
      )}
      <tbody className="max-md:block">
        {rows.map((c) => (
          <tr key={c.id} className="border-t border-red-200 max-md:block max-md:py-1">
            <td className="py-1 pr-3 font-medium max-md:inline">{c.unit.name}</td>
            <td className="py-1 pr-3 max-md:inline">
              <Link href={`/urgent/${c.id}`} className="underline">
                {c.title}
              </Link>
            </td>
            <td className="py-1 pr-3 max-md:inline">事发{formatLocal(c.eventAt)}</td>
            <td className="py-1 pr-3 max-md:inline">时限{formatLocal(c.dueAt)}</td>
            <td className="py-1 font-semibold max-md:inline">{deadlineClock(c.dueAt, now).label}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/**
 * Cases past their due time without a written report (研究室、部领导): the full red block on
 * /urgent, and one compact line on every other page that opens to the same table.
 */
export function OverdueList({ rows, now, total, compact = false }: { rows: OverdueRow[]; now: Date; total: number; compact?: boolean }) {
  if (rows.length === 0) return null;
  const more = total > rows.length && <p className="mt-2 text-xs">另有{total - rows.length}件，见紧急信息页。</p>;
  if (compact) {
    return (
      <details role="alert" aria-label="紧急信息超时未报" data-testid="urgent-escalation" className="rounded border border-red-300 bg-red-50 px-3 py-2 text-sm text-red-900">
        <summary className="cursor-pointer truncate">
          <b className="text-red-700">紧急信息超时未报{total}件</b>：{rows[0].unit.name}“{rows[0].title}”{total > 1 ? "等" : ""}
          <span className="ml-2 text-xs text-red-700 underline">展开</span>
        </summary>
        <div className="mt-2">
          <OverdueTable rows={rows} now={now} withHead={false} />
          {more}
          <Link href="/urgent" className="mt-2 inline-block text-xs text-red-700 underline">
            查看紧急信息
          </Link>
        </div>
      </details>
    );
  }
  return (
    <section role="alert" aria-label="紧急信息超时未报" data-testid="urgent-escalation" className="rounded border border-red-300 bg-red-50 p-4 text-sm text-red-900">
      <h2 className="mb-2 font-semibold text-red-700">紧急信息超时未报（{total}件）</h2>
      <OverdueTable rows={rows} now={now} withHead />
      {more}
    </section>
  );
}
