import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { requireUser } from "@/lib/auth/current-user";
import { scopeOf } from "@/lib/authz/permissions";
import { listCountyDrafts } from "@/lib/drafts/queries";
import { listSubmittingUnits } from "@/lib/admin/units";
import { STATUS_LABELS } from "@/lib/drafts/workflow";
import { DRAFT_KINDS, KIND_LABELS } from "@/lib/drafts/kinds";
import { draftFilterSchema } from "@/lib/validation/draft";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";
import { DraftTable } from "@/components/drafts/draft-table";
import { buttonClass } from "@/components/ui/button";

export const metadata: Metadata = { title: "县级稿件池" };

const COUNTY_STATUSES = ["FORWARDED", "EDITING", "ADOPTED", "NOT_ADOPTED", "PUBLISHED", "RETURNED"] as const;
const select = "rounded border border-stone-300 bg-white px-2 py-1.5 text-sm";

export default async function CountyDraftsPage({ searchParams }: { searchParams: Promise<Record<string, string>> }) {
  const user = await requireUser();
  if (scopeOf(user, "draft.read") !== "all") notFound();
  const params = await searchParams;
  const filter = draftFilterSchema.parse(params);
  const [{ rows, total, page, pages }, units] = await Promise.all([listCountyDrafts(user, filter), listSubmittingUnits()]);

  return (
    <div>
      <PageHeader title="县级稿件池" />
      <form className="mb-4 flex flex-wrap items-end gap-2 rounded border border-stone-200 bg-white p-3 text-sm">
        <select name="unitId" defaultValue={filter.unitId ?? ""} className={select} aria-label="单位">
          <option value="">全部单位</option>
          {units.map((u) => (
            <option key={u.id} value={u.id}>
              {u.name}
              {u.active ? "" : "（已停用）"}
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
      <DraftTable rows={rows} view="county" />
      <Pagination page={page} pages={pages} total={total} params={params} basePath="/county" />
    </div>
  );
}
