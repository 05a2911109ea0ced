import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { requireUser } from "@/lib/auth/current-user";
import { can, isNodeWide } from "@/lib/authz/permissions";
import { loadOr404 } from "@/lib/load-or-404";
import { listPlacements } from "@/lib/placements/queries";
import { levelLabel, PLACEMENT_KIND_LABELS } from "@/lib/placements/labels";
import { PLACEMENT_STATUS_LABELS, PLACEMENT_STATUSES } from "@/lib/placements/workflow";
import { placementListSchema } from "@/lib/validation/placement";
import { formatIsoDate } from "@/lib/time";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";
import { FilterBar, FilterSearch } from "@/components/ui/filter-bar";
import { DataTable } from "@/components/ui/data-table";
import { buttonClass } from "@/components/ui/button";
import { PlacementStatusBadge } from "@/components/placements/placement-status";

export const metadata: Metadata = { title: "媒体发稿和网评" };

export default async function PlacementsPage({ searchParams }: { searchParams: Promise<Record<string, string>> }) {
  const user = await requireUser();
  const params = await searchParams;
  const filter = placementListSchema.parse(params);
  const result = await loadOr404(() => listPlacements(user, filter));
  const county = isNodeWide(user, "placement.read");
  // The county never sees a report before the unit confirmed it.
  const statuses = county ? PLACEMENT_STATUSES.filter((s) => s !== "REPORTED" && s !== "RETURNED") : PLACEMENT_STATUSES;
  const tab = (status: string | undefined, label: string) => {
    const q = new URLSearchParams({ ...(status ? { status } : {}), ...(filter.q ? { q: filter.q } : {}) });
    const active = (filter.status ?? "") === (status ?? "");
    return (
      <Link key={label} href={`/placements?${q}`} className={`rounded-full px-3 py-1 text-sm ${active ? "bg-party text-white" : "bg-white text-stone-700 hover:bg-stone-50"}`}>
        {label}
      </Link>
    );
  };
  return (
    <div>
      <PageHeader title={county ? "媒体发稿和网评核实" : `${user.unitName} · 媒体发稿和网评`}>
        {can(user, "placement.report") && (
          <Link href="/placements/new" className={buttonClass()}>
            报送发稿
          </Link>
        )}
      </PageHeader>
      <p className="mb-3 text-sm text-stone-600">
        {county
          ? "各单位组织委员确认后报来的上级媒体发稿和网评文章。核实无误的按年度积分规则记分（媒体级别、头版或重要版面、篇幅分别计分），不予记分的写明原因，单位能看到。"
          : "本单位在上级媒体刊发的稿件和网评文章，在这里报送；组织委员确认后报研究室核实记分。"}
      </p>
      <div className="mb-3 flex flex-wrap gap-2">
        {tab(undefined, "全部")}
        {statuses.map((s) => tab(s, PLACEMENT_STATUS_LABELS[s]))}
      </div>
      <FilterBar label="查找报送" keep={{ status: filter.status }} resetHref="/placements">
        <FilterSearch value={filter.q} placeholder={county ? "标题、媒体或单位" : "标题或媒体"} label="搜索报送" />
      </FilterBar>
      <DataTable
        rows={result.rows}
        rowKey={(p) => p.id}
        empty={filter.q || filter.status ? "没有符合条件的报送" : "还没有报送"}
        columns={[
          {
            header: "标题",
            title: true,
            cell: (p) => (
              <>
                <Link href={`/placements/${p.id}`} className="text-stone-900 hover:text-party">
                  {p.title}
                </Link>
                <span className="ml-2 whitespace-nowrap rounded bg-stone-100 px-1.5 text-xs text-stone-600">{PLACEMENT_KIND_LABELS[p.kind]}</span>
              </>
            ),
          },
          { header: county ? "单位" : "报送人", cell: (p) => (county ? p.unit.name : p.reportedBy.name), className: "whitespace-nowrap" },
          { header: "媒体或平台", cell: (p) => p.medium },
          { header: "级别", cell: (p) => `${levelLabel(p.kind, p.level)}${p.frontPage ? " · 头版" : p.keyPage ? " · 重要版面" : ""}` },
          { header: "刊发日期", cell: (p) => formatIsoDate(p.publishedOn), className: "whitespace-nowrap" },
          { header: "状态", cell: (p) => <PlacementStatusBadge status={p.status} />, className: "whitespace-nowrap" },
        ]}
      />
      <Pagination page={result.page} pages={result.pages} total={result.total} params={params} basePath="/placements" />
    </div>
  );
}
