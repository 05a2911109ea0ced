import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { notFound } from "next/navigation";
import { requireUser } from "@/lib/auth/current-user";
import { can } from "@/lib/authz/permissions";
import { listPlans, planPeriodLabel } from "@/lib/planning/plans";
import { planListParamsSchema } from "@/lib/validation/planning";
import { formatChineseDate, shanghaiYear } from "@/lib/time";
import { LEVEL_WORDS } from "@/lib/units/labels";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";
import { buttonClass } from "@/components/ui/button";
import { FilterBar, FilterSearch, filterControlClass } from "@/components/ui/filter-bar";
import { DataTable } from "@/components/ui/data-table";

export const metadata: Metadata = { title: "信息计划" };

const QUARTERS = ["一", "二", "三", "四"];

/** Years, quarters and months of this year and last, for the period filter. */
function periodOptions(now: Date) {
  const year = shanghaiYear(now);
  return [year + 1, year, year - 1].map((y) => ({
    year: y,
    options: [
      { value: String(y), label: `${y}年全年` },
      ...[1, 2, 3, 4].map((q) => ({ value: `${y}-Q${q}`, label: `${y}年第${QUARTERS[q - 1]}季度` })),
      ...Array.from({ length: 12 }, (_, i) => ({ value: `${y}-${String(i + 1).padStart(2, "0")}`, label: `${y}年${i + 1}月` })),
    ],
  }));
}

export default async function PlansPage({ searchParams }: { searchParams: Promise<Record<string, string>> }) {
  const user = await requireUser();
  if (!can(user, "plan.read")) notFound();
  const params = await searchParams;
  const { q, period, page } = planListParamsSchema.parse(params);
  const result = await listPlans(user, { q, period, page });
  const manager = can(user, "plan.manage");
  return (
    <div className="space-y-4">
      <PageHeader title="信息计划">
        {manager && (
          <Link href="/plans/new" className={buttonClass()}>
            新建计划
          </Link>
        )}
      </PageHeader>
      <p className="text-sm text-stone-600">
        {manager ? `按月或按季度列出围绕全${LEVEL_WORDS[user.nodeKind]}中心工作的选题，发布后各单位据此写稿。` : "研究室发布的选题计划，点开可看写作要求，并据此写稿。"}
      </p>
      <FilterBar label="查找计划" resetHref="/plans" className="">
        <FilterSearch value={q} placeholder="计划名称或选题" label="搜索计划" />
        <select name="period" defaultValue={period ?? ""} aria-label="计划期间" className={filterControlClass}>
          <option value="">全部期间</option>
          {periodOptions(new Date()).map((g) => (
            <optgroup key={g.year} label={`${g.year}年`}>
              {g.options.map((o) => (
                <option key={o.value} value={o.value}>
                  {o.label}
                </option>
              ))}
            </optgroup>
          ))}
        </select>
      </FilterBar>
      <DataTable
        rows={result.rows}
        rowKey={(p) => p.id}
        empty={q || period ? "没有符合条件的计划" : manager ? "还没有计划，点“新建计划”开始" : "研究室还没有发布与本单位有关的计划"}
        columns={[
          { header: "期间", cell: (p) => planPeriodLabel(p.period), className: "whitespace-nowrap" },
          {
            header: "计划",
            title: true,
            cell: (p) => (
              <Link href={`/plans/${p.id}`} className="text-party hover:underline">
                {p.title}
              </Link>
            ),
          },
          { header: "选题", align: "right", cell: (p) => (manager ? p._count.topics : "查看"), phone: manager },
          {
            header: "状态",
            className: "whitespace-nowrap",
            cell: (p) =>
              p.publishedAt ? (
                <span className="text-emerald-700">{formatChineseDate(p.publishedAt)}发布</span>
              ) : (
                <span className="rounded bg-amber-100 px-2 py-0.5 text-xs text-amber-800">未发布</span>
              ),
          },
        ]}
      />
      <Pagination page={result.page} pages={result.pages} total={result.total} params={params} basePath="/plans" />
    </div>
  );
}
