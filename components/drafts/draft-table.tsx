import Link from "next/link";
import { KIND_LABELS, type DraftKind } from "@/lib/drafts/kinds";
import type { DraftStatus } from "@/lib/drafts/workflow";
import { formatDateTime, formatIsoDate } from "@/lib/time";
import { StatusBadge } from "@/components/drafts/status-badge";

export type DraftRow = {
  id: string;
  title: string;
  kind: DraftKind;
  status: DraftStatus;
  eventDate: Date;
  isFlagship: boolean;
  updatedAt: Date;
  forwardedAt: Date | null;
  unit: { name: string };
  author: { name: string };
};

/** A list of drafts: the unit's own list shows authors and last changes, the county's shows units and 报送时间. */
export function DraftTable({ rows, view }: { rows: DraftRow[]; view: "unit" | "county" }) {
  const county = view === "county";
  const headings = ["标题", county ? "单位" : "作者", "类别", "事件日期", county ? "报送时间" : "最后修改", "状态"];
  return (
    <table className="cards w-full rounded border border-stone-200 bg-white text-sm">
      <thead className="bg-stone-50 text-left text-stone-600">
        <tr>
          {headings.map((h) => (
            <th key={h} className="px-3 py-2">
              {h}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((d) => {
          const when = county ? d.forwardedAt : d.updatedAt;
          return (
            <tr key={d.id} className="border-t border-stone-100 hover:bg-stone-50">
              <td className="px-3 py-2">
                <Link href={`/drafts/${d.id}`} className="text-stone-900 hover:text-party">
                  {d.title}
                </Link>
                {d.isFlagship && <span className="ml-2 rounded bg-amber-50 px-1.5 text-xs text-amber-700">精品</span>}
              </td>
              <td data-label={headings[1]} className="px-3 py-2">{county ? d.unit.name : d.author.name}</td>
              <td data-label={headings[2]} className="px-3 py-2">{KIND_LABELS[d.kind]}</td>
              <td data-label={headings[3]} className="px-3 py-2">{formatIsoDate(d.eventDate)}</td>
              <td data-label={headings[4]} className="px-3 py-2 text-stone-500">{when ? formatDateTime(when) : ""}</td>
              <td data-label={headings[5]} className="px-3 py-2">
                <StatusBadge status={d.status} />
              </td>
            </tr>
          );
        })}
        {rows.length === 0 && (
          <tr>
            <td colSpan={headings.length} className="px-3 py-8 text-center text-stone-500">
              没有符合条件的稿件
            </td>
          </tr>
        )}
      </tbody>
    </table>
  );
}
