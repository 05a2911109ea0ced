import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { requireUser } from "@/lib/auth/current-user";
import { can } from "@/lib/authz/permissions";
import { listUnitDrafts } from "@/lib/drafts/queries";
import { loadOr404 } from "@/lib/load-or-404";
import { DRAFT_STATUSES, statusLabel } from "@/lib/drafts/workflow";
import { LEVEL_WORDS } from "@/lib/units/labels";
import { draftFilterSchema } from "@/lib/validation/draft";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";
import { DraftTable } from "@/components/drafts/draft-table";
import { buttonClass } from "@/components/ui/button";
import { FilterBar, FilterSearch } from "@/components/ui/filter-bar";

export const metadata: Metadata = { title: "本单位稿件" };

export default async function UnitDraftsPage({ searchParams }: { searchParams: Promise<Record<string, string>> }) {
  const user = await requireUser();
  const params = await searchParams;
  const filter = draftFilterSchema.parse(params);
  const { rows, counts, total, page, pages } = await loadOr404(() => listUnitDrafts(user, filter));
  const all = Object.values(counts).reduce((a, b) => a + (b ?? 0), 0);
  const tab = (status: string | undefined, label: string, n: number) => {
    const active = (filter.status ?? "") === (status ?? "");
    const q = new URLSearchParams({ ...(status ? { status } : {}), ...(filter.q ? { q: filter.q } : {}) });
    return (
      <Link
        key={label}
        href={`/drafts?${q}`}
        className={`rounded-full px-3 py-1 text-sm ${active ? "bg-party text-white" : "bg-white text-stone-700 hover:bg-stone-50"}`}
      >
        {label} <span className="opacity-70">{n}</span>
      </Link>
    );
  };

  return (
    <div>
      <PageHeader title={`${user.unitName} · 稿件`}>
        {can(user, "draft.write") && (
          <Link href="/drafts/new" className={buttonClass()}>
            写新稿件
          </Link>
        )}
      </PageHeader>
      {params.deleted !== undefined && (
        <p role="status" className="mb-4 rounded border border-emerald-200 bg-emerald-50 px-4 py-3 text-sm text-emerald-900">
          草稿已删除。
        </p>
      )}
      <div className="mb-4 flex flex-wrap gap-2">
        {tab(undefined, "全部", all)}
        {DRAFT_STATUSES.map((s) => tab(s, statusLabel(s, LEVEL_WORDS[user.nodeKind]), counts[s] ?? 0))}
      </div>
      <FilterBar label="查找本单位稿件" keep={{ status: filter.status }} resetHref="/drafts">
        <FilterSearch value={filter.q} placeholder="搜索标题或正文" label="搜索" />
      </FilterBar>
      <DraftTable rows={rows} view="unit" level={LEVEL_WORDS[user.nodeKind]} />
      <Pagination page={page} pages={pages} total={total} params={params} basePath="/drafts" />
    </div>
  );
}
