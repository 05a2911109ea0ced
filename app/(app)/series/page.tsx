import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { requireUser } from "@/lib/auth/current-user";
import { listParamsSchema } from "@/lib/validation/list";
import { listSeries } from "@/lib/bulletins/series";
import { loadOr404 } from "@/lib/load-or-404";
import { PageHeader } from "@/components/ui/page-header";
import { FilterBar, FilterSearch } from "@/components/ui/filter-bar";
import { DataTable } from "@/components/ui/data-table";
import { Pagination } from "@/components/ui/pagination";
import { buttonClass } from "@/components/ui/button";

export const metadata: Metadata = { title: "刊物设置" };

export default async function SeriesListPage({ searchParams }: { searchParams: Promise<Record<string, string>> }) {
  const user = await requireUser();
  const params = await searchParams;
  const { q, page } = listParamsSchema.parse(params);
  const result = await loadOr404(() => listSeries(user, { q, page }));
  return (
    <div>
      <PageHeader title="刊物设置">
        <Link className={buttonClass()} href="/series/new">
          新增刊物
        </Link>
      </PageHeader>
      <FilterBar label="查找刊物" resetHref="/series">
        <FilterSearch value={q} placeholder="刊物名称" label="搜索刊物" />
      </FilterBar>
      <DataTable
        rows={result.rows}
        rowKey={(s) => s.id}
        empty="没有符合条件的刊物"
        columns={[
          {
            header: "刊物",
            title: true,
            cell: (s) => (
              <Link className="font-medium text-party underline" href={`/series/${s.id}`}>
                {s.name}
              </Link>
            ),
          },
          { header: "编印单位", cell: (s) => s.issuingBody },
          { header: "签发", cell: (s) => (s.requiresSignOff ? "须领导签发" : "不需签发"), className: "whitespace-nowrap" },
          { header: "总期数", cell: (s) => s.totalCount, align: "right" },
          { header: "状态", cell: (s) => (s.active ? "启用" : <span className="text-stone-500">停用</span>), className: "whitespace-nowrap" },
        ]}
      />
      <Pagination page={result.page} pages={result.pages} total={result.total} params={params} basePath="/series" />
    </div>
  );
}
