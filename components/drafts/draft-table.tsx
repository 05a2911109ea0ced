"use client";
/**
 * A client component, though it only renders: a server component's rows go to the browser as
 * their whole element tree (every cell, class and link, in the page's RSC data as well as its
 * HTML), this one's as the row data alone. On 本单位稿件 that made the page a quarter smaller and
 * served about a quarter more requests under load. The same holds for any long list; the short
 * ones are not worth the script.
 */
import Link from "@/components/ui/link";
import { KIND_LABELS, type DraftKind } from "@/lib/drafts/kinds";
import type { DraftStatus } from "@/lib/drafts/workflow";
import { formatDateTime, formatIsoDate } from "@/lib/time";
import { StatusBadge } from "@/components/drafts/status-badge";
import type { UnitKind } from "@/lib/generated/prisma/enums";
import { isDeskKind, LEVEL_WORDS } from "@/lib/units/labels";
import { DataTable, type Column } from "@/components/ui/data-table";

export type DraftRow = {
  id: string;
  title: string;
  kind: DraftKind;
  status: DraftStatus;
  eventDate: Date;
  isFlagship: boolean;
  updatedAt: Date;
  forwardedAt: Date | null;
  unit: { name: string; desk?: { kind: UnitKind } | null };
  author: { name: string };
};

/** The level of the desk a row's draft is reported to; `fallback` when the row does not say. */
const levelOf = (d: DraftRow, fallback: string) => (d.unit.desk && isDeskKind(d.unit.desk.kind) ? LEVEL_WORDS[d.unit.desk.kind] : fallback);

/** A list of drafts: the unit's own list shows authors and last changes, the county's shows units and 报送时间. */
export function DraftTable({ rows, view, level }: { rows: DraftRow[]; view: "unit" | "county"; level: string }) {
  const county = view === "county";
  const columns: Column<DraftRow>[] = [
    {
      header: "标题",
      title: true,
      cell: (d) => (
        <>
          <Link href={`/drafts/${d.id}`} className="text-stone-900 hover:text-party">
            {d.title}
          </Link>
          {d.isFlagship && <span className="ml-2 whitespace-nowrap rounded bg-amber-50 px-1.5 text-xs text-amber-700">精品</span>}
        </>
      ),
    },
    { header: county ? "单位" : "作者", cell: (d) => (county ? d.unit.name : d.author.name), className: "whitespace-nowrap" },
    { header: "类别", cell: (d) => KIND_LABELS[d.kind], className: "whitespace-nowrap" },
    { header: "事件日期", cell: (d) => formatIsoDate(d.eventDate), className: "whitespace-nowrap" },
    {
      header: county ? "报送时间" : "最后修改",
      cell: (d) => {
        const when = county ? d.forwardedAt : d.updatedAt;
        return <span className="text-stone-500">{when ? formatDateTime(when) : ""}</span>;
      },
      className: "whitespace-nowrap",
      phone: false,
    },
    { header: "状态", cell: (d) => <StatusBadge status={d.status} level={levelOf(d, level)} />, className: "whitespace-nowrap" },
  ];
  return <DataTable rows={rows} columns={columns} rowKey={(d) => d.id} empty="没有符合条件的稿件" />;
}
