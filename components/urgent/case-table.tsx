import Link from "next/link";
import { formatLocal } from "@/lib/urgent/clock";
import { CaseStateBadge } from "./case-state-badge";
import { UrgentClock } from "./urgent-clock";

export type CaseRow = {
  id: string;
  title: string;
  eventAt: Date;
  dueAt: Date;
  firstReportAt: Date | null;
  closedAt: Date | null;
  phoneReportedAt: Date | null;
  unit: { name: string };
  _count: { drafts: number };
};

/** The list of cases: the clock runs only while a case waits for its written report. */
export function CaseTable({ rows, now, showUnit }: { rows: CaseRow[]; now: Date; showUnit: boolean }) {
  return (
    <table className="w-full border-collapse bg-white text-sm">
      <thead>
        <tr className="border-b border-stone-200 text-left text-stone-500">
          {showUnit && <th className="p-2">单位</th>}
          <th className="p-2">事件</th>
          <th className="p-2">事发时间</th>
          <th className="p-2">书面报送时限</th>
          <th className="p-2">状态</th>
          <th className="p-2">书面报告</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((c) => (
          <tr key={c.id} className="border-b border-stone-100">
            {showUnit && <td className="p-2">{c.unit.name}</td>}
            <td className="p-2">
              <Link href={`/urgent/${c.id}`} className="text-party hover:underline">
                {c.title}
              </Link>
              {c.phoneReportedAt && <span className="ml-1 text-xs text-stone-500">（已电话报告）</span>}
            </td>
            <td className="p-2">{formatLocal(c.eventAt)}</td>
            <td className="p-2">
              {formatLocal(c.dueAt)}
              {!c.firstReportAt && !c.closedAt && (
                <div className="text-xs">
                  <UrgentClock dueAt={c.dueAt.toISOString()} serverNow={now.toISOString()} />
                </div>
              )}
            </td>
            <td className="p-2">
              <CaseStateBadge c={c} now={now} />
            </td>
            <td className="p-2 text-xs text-stone-600">
              {c.firstReportAt ? `首报于${formatLocal(c.firstReportAt)}` : "尚未报送"}
              {c._count.drafts > 1 && `，续报${c._count.drafts - 1}篇`}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
