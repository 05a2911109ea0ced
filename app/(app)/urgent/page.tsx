import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { notFound } from "next/navigation";
import { requireUser } from "@/lib/auth/current-user";
import { can, isNodeWide } from "@/lib/authz/permissions";
import { listSubmittingUnits } from "@/lib/admin/units";
import { localYear, toLocalInput } from "@/lib/urgent/clock";
import { readCheckSettings } from "@/lib/admin/check-settings";
import { countOverdue, lateCounts, listCases, overdueCases } from "@/lib/urgent/queries";
import { CASE_FILTERS, caseListSchema, type CaseFilter } from "@/lib/urgent/schemas";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";
import { FilterBar, FilterSearch } from "@/components/ui/filter-bar";
import { CaseTable } from "@/components/urgent/case-table";
import { LateCountTable } from "@/components/urgent/late-count-table";
import { OpenCaseForm } from "@/components/urgent/open-case-form";
import { OverdueList } from "@/components/urgent/overdue-list";
import { PhoneReportForm } from "@/components/urgent/phone-report-form";

export const metadata: Metadata = { title: "紧急信息" };

export default async function UrgentPage({ searchParams }: { searchParams: Promise<Record<string, string>> }) {
  const user = await requireUser();
  if (!can(user, "urgent.read")) notFound();
  const params = await searchParams;
  const { q, page, filter, year: askedYear } = caseListSchema.parse(params);
  const now = new Date();
  const year = askedYear ?? localYear(now);
  const county = isNodeWide(user, "urgent.read");
  const [result, counts, overdue, overdueTotal, hours, units] = await Promise.all([
    listCases(user, { page, q, filter, now }),
    lateCounts(user, { year, now }),
    overdueCases(user, now),
    countOverdue(user, now),
    readCheckSettings().then((s) => s.urgentHours),
    can(user, "urgent.manage") ? listSubmittingUnits(user) : [],
  ]);
  const filterHref = (f?: CaseFilter) => `/urgent?${new URLSearchParams({ ...(q ? { q } : {}), ...(f ? { filter: f } : {}) })}`;
  return (
    <div className="space-y-4">
      <PageHeader title="紧急信息" />
      {county && <OverdueList rows={overdue} now={now} total={overdueTotal} />}
      {!county && can(user, "urgent.report") && <OpenCaseForm now={toLocalInput(now)} hours={hours} />}
      {can(user, "urgent.manage") && <PhoneReportForm units={units.filter((u) => u.active)} now={toLocalInput(now)} />}
      <div className="flex flex-wrap items-center justify-between gap-3">
        <nav aria-label="按状态筛选" className="flex flex-wrap gap-1 text-sm">
          {([undefined, ...Object.keys(CASE_FILTERS)] as Array<CaseFilter | undefined>).map((f) => (
            <Link key={f ?? "all"} href={filterHref(f)} aria-current={f === filter ? "page" : undefined} className={`rounded px-3 py-1 ${f === filter ? "bg-party text-white" : "border border-stone-300 bg-white hover:bg-stone-50"}`}>
              {f ? CASE_FILTERS[f] : "全部"}
            </Link>
          ))}
        </nav>
        <FilterBar label="查找紧急信息" keep={{ filter }} resetHref="/urgent" className="max-sm:w-full">
          <FilterSearch value={q} placeholder={county ? "事件或单位" : "事件名称"} label="搜索紧急信息" />
        </FilterBar>
      </div>
      <CaseTable rows={result.rows} now={now} showUnit={county} empty={q || filter ? "没有符合条件的紧急信息" : "还没有紧急信息"} />
      <Pagination page={result.page} pages={result.pages} total={result.total} params={params} basePath="/urgent" />
      <LateCountTable rows={counts} year={year} county={county} />
    </div>
  );
}
