import Link from "@/components/ui/link";
import { formatLocal } from "@/lib/urgent/clock";
import { CaseStateBadge } from "./case-state-badge";
import { UrgentClock } from "./urgent-clock";
import { DataTable, type Column } from "@/components/ui/data-table";

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
export function CaseTable({ rows, now, showUnit, empty }: { rows: CaseRow[]; now: Date; showUnit: boolean; empty: string }) {
  const columns: Column<CaseRow>[] = [
    ...(showUnit ? [{ header: "单位", cell: (c: CaseRow) => c.unit.name, className: "whitespace-nowrap" }] : []),
    {
      header: "事件",
      title: true,
      cell: (c) => (
        <>
          <Link href={`/urgent/${c.id}`} className="text-party hover:underline">
            {c.title}
          </Link>
          {c.phoneReportedAt && <span className="ml-1 whitespace-nowrap text-xs text-stone-500">（已电话报告）</span>}
        </>
      ),
    },
    { header: "事发时间", cell: (c) => formatLocal(c.eventAt), className: "whitespace-nowrap" },
    {
      header: "书面报送时限",
      className: "whitespace-nowrap",
      cell: (c) => (
        <>
          {formatLocal(c.dueAt)}
          {!c.firstReportAt && !c.closedAt && (
            <div className="text-xs">
              <UrgentClock dueAt={c.dueAt.toISOString()} serverNow={now.toISOString()} />
            </div>
          )}
        </>
      ),
    },
    { header: "状态", cell: (c) => <CaseStateBadge c={c} now={now} /> },
    {
      header: "书面报告",
      cell: (c) => (
        <span className="text-xs text-stone-600">
          {c.firstReportAt ? `首报于${formatLocal(c.firstReportAt)}` : "尚未报送"}
          {c._count.drafts > 1 && `，续报${c._count.drafts - 1}篇`}
        </span>
      ),
    },
  ];
  return <DataTable rows={rows} columns={columns} rowKey={(c) => c.id} empty={empty} />;
}
