import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireUser } from "@/lib/auth/current-user";
import { can } from "@/lib/authz/permissions";
import { listPlans, planPeriodLabel } from "@/lib/planning/plans";
import { planListParamsSchema } from "@/lib/validation/planning";
import { formatChineseDate, shanghaiYear } from "@/lib/time";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";
import { buttonClass } from "@/components/ui/button";

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
        {manager ? "按月或按季度列出围绕全县中心工作的选题，发布后各单位据此写稿。" : "研究室发布的选题计划，点开可看写作要求，并据此写稿。"}
      </p>
      <form className="flex flex-wrap gap-2" role="search">
        <input name="q" defaultValue={q} placeholder="计划名称或选题" aria-label="搜索计划" className="w-64 rounded border border-stone-300 px-3 py-1.5 text-sm" />
        <select name="period" defaultValue={period ?? ""} aria-label="计划期间" className="rounded border border-stone-300 px-3 py-1.5 text-sm">
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
        <button className={buttonClass("secondary")}>查找</button>
      </form>
      <table className="w-full border-collapse bg-white text-sm">
        <thead>
          <tr className="border-b border-stone-200 text-left text-stone-500">
            <th className="p-2">期间</th>
            <th className="p-2">计划</th>
            <th className="p-2 text-right">选题</th>
            <th className="p-2">状态</th>
          </tr>
        </thead>
        <tbody>
          {result.rows.map((p) => (
            <tr key={p.id} className="border-b border-stone-100">
              <td className="p-2 whitespace-nowrap">{planPeriodLabel(p.period)}</td>
              <td className="p-2">
                <Link href={`/plans/${p.id}`} className="text-party hover:underline">
                  {p.title}
                </Link>
              </td>
              <td className="p-2 text-right">{manager ? p._count.topics : "查看"}</td>
              <td className="p-2 whitespace-nowrap">
                {p.publishedAt ? (
                  <span className="text-emerald-700">{formatChineseDate(p.publishedAt)}发布</span>
                ) : (
                  <span className="rounded bg-amber-100 px-2 py-0.5 text-xs text-amber-800">未发布</span>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {result.rows.length === 0 && (
        <p className="rounded border border-dashed border-stone-300 p-8 text-center text-stone-500">
          {q || period ? "没有符合条件的计划" : manager ? "还没有计划，点“新建计划”开始" : "研究室还没有发布与本单位有关的计划"}
        </p>
      )}
      <Pagination page={result.page} pages={result.pages} total={result.total} params={params} basePath="/plans" />
    </div>
  );
}
