import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { notFound } from "next/navigation";
import { requireUser } from "@/lib/auth/current-user";
import { can, isNodeWide } from "@/lib/authz/permissions";
import { getOwnNodeQuotaProgress, getUnitQuotaProgress, listQuotaProgress } from "@/lib/planning/quotas";
import { loadOr404 } from "@/lib/load-or-404";
import { quotaListParamsSchema } from "@/lib/validation/planning";
import { shanghaiYear } from "@/lib/time";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";
import { FilterBar, FilterSearch } from "@/components/ui/filter-bar";
import { DataTable, type Column } from "@/components/ui/data-table";
import { ProgressMeter } from "@/components/quotas/progress-meter";
import { QuotaProgressCard } from "@/components/quotas/progress-card";
import { LEVEL_WORDS } from "@/lib/units/labels";
import { QuotaForm } from "@/components/quotas/quota-form";
import { YearSwitch } from "./year-switch";

export const metadata: Metadata = { title: "报送任务" };

const SHOW = [
  [undefined, "全部单位"],
  ["behind", "只看落后"],
  ["none", "本月未报送"],
] as const;

export default async function QuotasPage({ searchParams }: { searchParams: Promise<Record<string, string>> }) {
  const user = await requireUser();
  if (!can(user, "quota.read")) notFound();
  const params = await searchParams;
  const { q, show, page, year: asked } = quotaListParamsSchema.parse(params);
  const current = shanghaiYear(new Date());
  const year = asked && Math.abs(asked - current) <= 1 ? asked : current;

  if (!isNodeWide(user, "quota.read")) {
    const { date, row } = await loadOr404(() => getUnitQuotaProgress(user, user.unitId, year));
    return (
      <div className="space-y-4">
        <PageHeader title={`${user.unitName} · ${year}年报送任务`}>
          <YearSwitch year={year} current={current} href={(y) => `/quotas?year=${y}`} />
        </PageHeader>
        <QuotaProgressCard row={row} date={date} level={LEVEL_WORDS[user.nodeKind]} />
      </div>
    );
  }

  const [result, own] = await Promise.all([listQuotaProgress(user, { year, q, show, page }), getOwnNodeQuotaProgress(user, year)]);
  const editor = can(user, "quota.manage");
  const month = Number(result.date.slice(5, 7));
  const link = (over: Record<string, string | undefined>) => {
    const s = new URLSearchParams();
    for (const [k, v] of Object.entries({ year: String(year), q, show, ...over })) if (v) s.set(k, v);
    return `/quotas?${s.toString()}`;
  };
  return (
    <div className="space-y-4">
      <PageHeader title={`${year}年报送任务`}>
        <YearSwitch year={year} current={current} href={(y) => link({ year: String(y), page: undefined })} />
      </PageHeader>
      {own && (
        <section aria-label="上级下达给本组织部的任务" className="space-y-2">
          <h2 className="font-semibold">{LEVEL_WORDS[own.deskKind]}委组织部下达给{user.unitName}的任务</h2>
          <QuotaProgressCard row={own.row} date={own.date} level={LEVEL_WORDS[own.deskKind]} />
        </section>
      )}
      <dl className="grid grid-cols-1 md:grid-cols-3 gap-3">
        {[
          ["报送单位", `${result.unitCount} 个`, link({ show: undefined })],
          [`截至${month}月${Number(result.date.slice(8))}日进度落后`, `${result.behindCount} 个单位`, link({ show: "behind" })],
          [`${month}月还没有报送`, `${result.noneCount} 个单位`, link({ show: "none" })],
        ].map(([k, v, href]) => (
          <div key={k} className="rounded border border-stone-200 bg-white px-4 py-3">
            <dt className="text-xs text-stone-500">{k}</dt>
            <dd className="mt-1 text-xl font-semibold">
              <Link href={href} className="hover:text-party hover:underline">
                {v}
              </Link>
            </dd>
          </div>
        ))}
      </dl>
      <div className="flex flex-wrap items-center gap-3">
        <nav aria-label="筛选" className="inline-flex overflow-hidden rounded border border-stone-300 text-sm">
          {SHOW.map(([value, label]) => (
            <Link key={label} href={link({ show: value, page: undefined })} aria-current={show === value ? "page" : undefined} className={`px-3 py-1 ${show === value ? "bg-party text-white" : "bg-white hover:bg-stone-50"}`}>
              {label}
            </Link>
          ))}
        </nav>
        <FilterBar label="查找单位" keep={{ year: String(year), show }} resetHref={`/quotas?year=${year}`} className="">
          <FilterSearch value={q} placeholder="单位名称" label="搜索单位" />
        </FilterBar>
      </div>
      <p className="text-xs text-stone-500">
        报送数以稿件报送到{LEVEL_WORDS[user.nodeKind]}委组织部的时间计；精品稿件、被采用按全年任务折算到今天（竖线为按进度应完成的篇数）。没有单独确定任务的单位按默认任务：每月2篇、精品稿件3篇、采用6篇。
      </p>
      <DataTable
        rows={result.rows}
        rowKey={(r) => r.unitId}
        rowTestId={(r) => `quota-${r.name}`}
        empty={q || show ? "没有符合条件的单位" : "还没有报送单位"}
        columns={[
          {
            header: "单位",
            title: true,
            className: "whitespace-nowrap",
            cell: (r) => (
              <Link href={`/quotas/${r.unitId}?year=${year}`} className="hover:text-party hover:underline">
                {r.name}
              </Link>
            ),
          },
          { header: `${month}月报送`, cell: (r) => <ProgressMeter compact metric={r.progress.monthly} label={`${r.name}${month}月报送`} /> },
          {
            header: "精品稿件",
            cell: (r) => <ProgressMeter compact metric={r.progress.flagship} label={`${r.name}精品稿件`} expectedLabel={`应有${r.progress.flagship.expectedByNow}篇`} />,
          },
          {
            header: "被采用",
            cell: (r) => <ProgressMeter compact metric={r.progress.adopted} label={`${r.name}被采用`} expectedLabel={`应有${r.progress.adopted.expectedByNow}篇`} />,
          },
          {
            header: "情况",
            className: "whitespace-nowrap",
            cell: (r) => (
              <>
                {r.counts.submittedThisMonth === 0 && <span className="mr-1 rounded bg-red-600 px-1.5 py-0.5 text-xs text-white">本月未报送</span>}
                {r.progress.behind ? <span className="rounded bg-red-100 px-1.5 py-0.5 text-xs font-medium text-red-700">落后</span> : <span className="text-xs text-emerald-700">正常</span>}
              </>
            ),
          },
          ...(editor
            ? [
                {
                  header: "任务",
                  cell: (r) => (
                    <>
                      <QuotaForm compact unitId={r.unitId} unitName={r.name} year={year} quota={r.quota} />
                      {!r.custom && <div className="mt-1 text-xs text-stone-500">默认</div>}
                    </>
                  ),
                } satisfies Column<(typeof result.rows)[number]>,
              ]
            : []),
        ]}
      />
      <Pagination page={result.page} pages={result.pages} total={result.total} params={{ ...params, year: String(year) }} basePath="/quotas" />
    </div>
  );
}
