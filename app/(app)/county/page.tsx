import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireUser } from "@/lib/auth/current-user";
import { scopeOf } from "@/lib/authz/permissions";
import { listCountyDrafts } from "@/lib/drafts/queries";
import { listUnits } from "@/lib/admin/units";
import { STATUS_LABELS } from "@/lib/drafts/workflow";
import { DRAFT_KINDS, KIND_LABELS } from "@/lib/drafts/kinds";
import { draftFilterSchema } from "@/lib/validation/draft";
import { formatDateTime, formatIsoDate } from "@/lib/time";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";
import { StatusBadge } from "@/components/ui/status-badge";
import { buttonClass } from "@/components/ui/button";

export const metadata: Metadata = { title: "县级稿件池" };

const COUNTY_STATUSES = ["FORWARDED", "EDITING", "ADOPTED", "NOT_ADOPTED", "PUBLISHED", "RETURNED"] as const;
const select = "rounded border border-stone-300 bg-white px-2 py-1.5 text-sm";

export default async function CountyDraftsPage({ searchParams }: { searchParams: Promise<Record<string, string>> }) {
  const user = await requireUser();
  if (scopeOf(user, "draft.read") !== "all") notFound();
  const params = await searchParams;
  const filter = draftFilterSchema.parse(params);
  const [{ rows, total, page, pages }, units] = await Promise.all([listCountyDrafts(user, filter), listUnits()]);

  return (
    <div>
      <PageHeader title="县级稿件池" />
      <form className="mb-4 flex flex-wrap items-end gap-2 rounded border border-stone-200 bg-white p-3 text-sm">
        <select name="unitId" defaultValue={filter.unitId ?? ""} className={select} aria-label="单位">
          <option value="">全部单位</option>
          {units
            .filter((u) => u.kind !== "COUNTY")
            .map((u) => (
              <option key={u.id} value={u.id}>
                {u.name}
              </option>
            ))}
        </select>
        <select name="kind" defaultValue={filter.kind ?? ""} className={select} aria-label="类别">
          <option value="">全部类别</option>
          {DRAFT_KINDS.map((k) => (
            <option key={k} value={k}>
              {KIND_LABELS[k]}
            </option>
          ))}
        </select>
        <select name="status" defaultValue={filter.status ?? ""} className={select} aria-label="状态">
          <option value="">待处理（待县审核、县编辑中）</option>
          <option value="ALL">全部状态</option>
          {COUNTY_STATUSES.map((s) => (
            <option key={s} value={s}>
              {STATUS_LABELS[s]}
            </option>
          ))}
        </select>
        <label className="flex items-center gap-1">
          报送日期
          <input type="date" name="from" defaultValue={filter.from} className={select} aria-label="起始日期" />至
          <input type="date" name="to" defaultValue={filter.to} className={select} aria-label="截止日期" />
        </label>
        <input name="q" defaultValue={filter.q} placeholder="标题或正文关键词" className={`${select} w-48`} />
        <button className={buttonClass("secondary")}>筛选</button>
      </form>
      <table className="w-full rounded border border-stone-200 bg-white text-sm">
        <thead className="bg-stone-50 text-left text-stone-600">
          <tr>
            <th className="px-3 py-2">标题</th>
            <th className="px-3 py-2">单位</th>
            <th className="px-3 py-2">类别</th>
            <th className="px-3 py-2">事件日期</th>
            <th className="px-3 py-2">报送时间</th>
            <th className="px-3 py-2">状态</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((d) => (
            <tr key={d.id} className="border-t border-stone-100 hover:bg-stone-50">
              <td className="px-3 py-2">
                <Link href={`/drafts/${d.id}`} className="hover:text-party">
                  {d.title}
                </Link>
                {d.isFlagship && <span className="ml-2 rounded bg-amber-50 px-1.5 text-xs text-amber-700">精品</span>}
              </td>
              <td className="px-3 py-2">{d.unit.name}</td>
              <td className="px-3 py-2">{KIND_LABELS[d.kind]}</td>
              <td className="px-3 py-2">{formatIsoDate(d.eventDate)}</td>
              <td className="px-3 py-2 text-stone-500">{d.forwardedAt ? formatDateTime(d.forwardedAt) : ""}</td>
              <td className="px-3 py-2">
                <StatusBadge status={d.status} />
              </td>
            </tr>
          ))}
          {rows.length === 0 && (
            <tr>
              <td colSpan={6} className="px-3 py-8 text-center text-stone-500">
                没有符合条件的稿件
              </td>
            </tr>
          )}
        </tbody>
      </table>
      <Pagination page={page} pages={pages} total={total} params={params} basePath="/county" />
    </div>
  );
}
