import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { requireUser } from "@/lib/auth/current-user";
import { archiveParamsSchema } from "@/lib/validation/bulletin";
import { archiveYears, listArchive, listReadableSeries } from "@/lib/bulletins/queries";
import { formatChineseDate } from "@/lib/time";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";
import { FilterBar, FilterSearch, FilterSelect } from "@/components/ui/filter-bar";

export const metadata: Metadata = { title: "期刊档案" };

export default async function ArchivePage({ searchParams }: { searchParams: Promise<Record<string, string>> }) {
  const user = await requireUser();
  const params = await searchParams;
  const { q, series, year, page } = archiveParamsSchema.parse(params);
  const [result, allSeries, years] = await Promise.all([
    listArchive(user, { q, seriesId: series, year, page }),
    listReadableSeries(user),
    archiveYears(user),
  ]);
  return (
    <div>
      <PageHeader title="期刊档案" />
      <FilterBar label="查找期刊" resetHref="/issues">
        <FilterSelect name="series" value={series} label="刊物" all="本级全部刊物" options={allSeries.map((s) => ({ value: s.id, label: s.name }))} />
        <FilterSelect name="year" value={year === undefined ? undefined : String(year)} label="年度" all="全部年度" options={years.map((y) => ({ value: String(y), label: `${y}年` }))} />
        <FilterSearch value={q} placeholder="搜索标题和正文，如“党建”" label="搜索" />
      </FilterBar>
      <div className="grid gap-3">
        {result.rows.map((i) => (
          <Link key={i.id} href={`/issues/${i.id}`} className="block rounded border border-stone-200 bg-white p-4 hover:border-party">
            <div className="flex items-center justify-between">
              <span className="font-semibold">
                《{i.series.name}》{i.year}年第{i.number}期（总第{i.totalNumber}期）
                {i.status === "VOIDED" && <span className="ml-2 rounded border border-red-400 px-1 text-sm text-red-600">作废</span>}
              </span>
              <span className="text-sm text-stone-500">{i.publishedAt && formatChineseDate(i.publishedAt)}</span>
            </div>
            <ul className="mt-2 list-inside list-disc text-sm text-stone-700">
              {i.items.map((it) => (
                <li key={it.id}>
                  {it.title} <span className="text-stone-500">（{it.draft.unit.name}）</span>
                </li>
              ))}
            </ul>
          </Link>
        ))}
        {result.rows.length === 0 && (
          <p className="rounded border border-dashed border-stone-300 p-8 text-center text-stone-500">
            {q || series || year ? "没有符合条件的期刊，换个关键词试试" : "还没有发布的期刊"}
          </p>
        )}
      </div>
      <Pagination page={result.page} pages={result.pages} total={result.total} params={params} basePath="/issues" />
    </div>
  );
}
