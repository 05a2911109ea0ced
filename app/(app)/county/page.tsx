import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { requireUser } from "@/lib/auth/current-user";
import { isNodeWide } from "@/lib/authz/permissions";
import { listCountyDrafts, ownPiecesReader } from "@/lib/drafts/queries";
import { listSubmittingUnits } from "@/lib/admin/units";
import { statusLabel } from "@/lib/drafts/workflow";
import { LEVEL_WORDS, poolLabel } from "@/lib/units/labels";
import { DRAFT_KINDS, KIND_LABELS } from "@/lib/drafts/kinds";
import { draftFilterSchema } from "@/lib/validation/draft";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";
import { DraftTable } from "@/components/drafts/draft-table";
import { FilterBar, FilterSearch, FilterSelect, filterControlClass } from "@/components/ui/filter-bar";

export async function generateMetadata(): Promise<Metadata> {
  return { title: poolLabel((await requireUser()).nodeKind) };
}

const COUNTY_STATUSES = ["FORWARDED", "EDITING", "ADOPTED", "NOT_ADOPTED", "PUBLISHED", "RETURNED"] as const;

export default async function CountyDraftsPage({ searchParams }: { searchParams: Promise<Record<string, string>> }) {
  const user = await requireUser();
  if (!isNodeWide(user, "draft.read")) notFound();
  const params = await searchParams;
  const filter = draftFilterSchema.parse(params);
  const [{ rows, total, page, pages }, units, ownFor] = await Promise.all([listCountyDrafts(user, filter), listSubmittingUnits(user), ownPiecesReader(user)]);

  const level = LEVEL_WORDS[user.nodeKind];
  return (
    <div>
      <PageHeader title={poolLabel(user.nodeKind)} />
      <FilterBar label="筛选稿件" resetHref="/county">
        <FilterSelect name="unitId" value={filter.unitId} label="单位" all="全部单位" options={units.map((u) => ({ value: u.id, label: `${u.name}${u.active ? "" : "（已停用）"}` }))} />
        <FilterSelect name="kind" value={filter.kind} label="类别" all="全部类别" options={DRAFT_KINDS.map((k) => ({ value: k, label: KIND_LABELS[k] }))} />
        <select name="status" defaultValue={filter.status ?? ""} className={filterControlClass} aria-label="状态">
          <option value="">待处理（{statusLabel("FORWARDED", level)}、{statusLabel("EDITING", level)}）</option>
          <option value="ALL">全部状态</option>
          {ownFor && <option value="OWN">本部门自写稿件</option>}
          {COUNTY_STATUSES.map((s) => (
            <option key={s} value={s}>
              {statusLabel(s, level)}
            </option>
          ))}
        </select>
        <span className="flex items-center gap-1 text-sm text-stone-600">
          <span className="whitespace-nowrap">报送日期</span>
          <input type="date" name="from" defaultValue={filter.from} className={`${filterControlClass} min-w-0`} aria-label="起始日期" />至
          <input type="date" name="to" defaultValue={filter.to} className={`${filterControlClass} min-w-0`} aria-label="截止日期" />
        </span>
        <FilterSearch value={filter.q} placeholder="标题或正文关键词" label="关键词" />
      </FilterBar>
      <DraftTable rows={rows} view="county" level={level} />
      <Pagination page={page} pages={pages} total={total} params={params} basePath="/county" />
    </div>
  );
}
