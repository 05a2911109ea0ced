import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { requireUser } from "@/lib/auth/current-user";
import { loadOr404 } from "@/lib/load-or-404";
import { listParamsSchema } from "@/lib/validation/list";
import { listUnitPublishedItems } from "@/lib/bulletins/queries";
import { formatChineseDate } from "@/lib/time";
import { PageHeader } from "@/components/ui/page-header";
import { FilterBar, FilterSearch } from "@/components/ui/filter-bar";
import { DataTable } from "@/components/ui/data-table";
import { Pagination } from "@/components/ui/pagination";

export const metadata: Metadata = { title: "本单位刊发" };

export default async function MinePage({ searchParams }: { searchParams: Promise<Record<string, string>> }) {
  const user = await requireUser();
  const params = await searchParams;
  const { q, page } = listParamsSchema.parse(params);
  const result = await loadOr404(() => listUnitPublishedItems(user, { q, page }));
  return (
    <div>
      <PageHeader title="本单位刊发的稿件" />
      <FilterBar label="查找本单位刊发" resetHref="/issues/mine">
        <FilterSearch value={q} placeholder="搜索标题和正文" label="搜索" />
      </FilterBar>
      <DataTable
        rows={result.rows}
        rowKey={(r) => r.id}
        empty={q ? "没有符合条件的稿件" : "本单位还没有稿件被刊发"}
        columns={[
          {
            header: "标题",
            title: true,
            cell: (r) => (
              <Link className="hover:text-party" href={`/drafts/${r.draft.id}`}>
                {r.title}
              </Link>
            ),
          },
          { header: "作者", cell: (r) => r.draft.author.name, className: "whitespace-nowrap" },
          {
            header: "刊于",
            cell: (r) => (
              <>
                <Link className="text-party underline" href={`/issues/${r.issue.id}`}>
                  《{r.issue.series.name}》{r.issue.year}年第{r.issue.number}期
                </Link>
                {r.issue.status === "VOIDED" && <span className="ml-1 text-red-600">（已作废）</span>}
              </>
            ),
          },
          { header: "日期", cell: (r) => <span className="text-stone-500">{r.issue.publishedAt && formatChineseDate(r.issue.publishedAt)}</span>, className: "whitespace-nowrap" },
        ]}
      />
      <Pagination page={result.page} pages={result.pages} total={result.total} params={params} basePath="/issues/mine" />
    </div>
  );
}
