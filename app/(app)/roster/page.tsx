import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { notFound, redirect } from "next/navigation";
import { requireUser } from "@/lib/auth/current-user";
import { can, isNodeWide } from "@/lib/authz/permissions";
import { listRoster, pendingText } from "@/lib/planning/roster";
import { listParamsSchema } from "@/lib/validation/list";
import { formatIsoDate } from "@/lib/time";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";
import { TraineeTable } from "@/components/training/trainee-table";
import { listTrainees } from "@/lib/training/people";
import { FilterBar, FilterSearch } from "@/components/ui/filter-bar";
import { DataTable } from "@/components/ui/data-table";

export const metadata: Metadata = { title: "信息员名册" };

/** The office's roster of 专职信息员; a unit's own people go straight to their unit's page. */
export default async function RosterPage({ searchParams }: { searchParams: Promise<Record<string, string>> }) {
  const user = await requireUser();
  if (!can(user, "roster.read")) notFound();
  if (!isNodeWide(user, "roster.read")) redirect(`/roster/${user.unitId}`);
  const params = await searchParams;
  const { q, page } = listParamsSchema.parse(params);
  const missingOnly = params.missing === "1";
  const untrained = params.view === "untrained" && can(user, "training.read");
  const tabs = (
    <nav aria-label="名册视图" className="flex flex-wrap gap-2">
      {[
        { href: "/roster", label: "各单位专职信息员", active: !untrained },
        { href: "/roster?view=untrained", label: "今年未参加培训", active: untrained },
      ].map(({ href, label, active }) => (
        <Link key={href} href={href} aria-current={active ? "page" : undefined} className={`rounded-full px-3 py-1 text-sm ${active ? "bg-party text-white" : "bg-white text-stone-700 hover:bg-stone-50"}`}>
          {label}
        </Link>
      ))}
    </nav>
  );
  if (untrained) {
    const people = await listTrainees(user, { q, page, untrainedOnly: true });
    return (
      <div className="space-y-4">
        <PageHeader title="专职信息员名册" />
        {tabs}
        <p className="text-sm text-stone-600">{people.year}年还没有参加过培训的信息员和组织委员（共{people.total}人），安排下一次培训时可优先通知。</p>
        <FilterBar label="查找人员" keep={{ view: "untrained" }} resetHref="/roster?view=untrained" className="">
          <FilterSearch value={q} placeholder="姓名或单位" label="搜索人员" />
        </FilterBar>
        <TraineeTable rows={people.rows} empty={`${people.year}年大家都参加过培训了`} />
        <Pagination page={people.page} pages={people.pages} total={people.total} params={params} basePath="/roster" />
      </div>
    );
  }
  const result = await listRoster(user, { q, page, missingOnly });
  return (
    <div className="space-y-4">
      <PageHeader title="专职信息员名册" />
      {can(user, "training.read") && tabs}
      {result.missing.length > 0 ? (
        <section aria-label="未明确专职信息员" className="rounded border border-red-200 bg-red-50 px-4 py-3 text-sm">
          <h2 className="font-semibold text-red-800">未明确专职信息员（{result.missing.length}个单位）</h2>
          <ul className="mt-2 flex flex-wrap gap-2">
            {result.missing.map((u) => (
              <li key={u.unitId}>
                <Link href={`/roster/${u.unitId}`} className="rounded border border-red-200 bg-white px-2 py-0.5 text-red-800 hover:underline">
                  {u.name}
                </Link>
              </li>
            ))}
          </ul>
        </section>
      ) : (
        <p className="rounded bg-emerald-50 px-3 py-2 text-sm text-emerald-800">各单位都已明确专职信息员。</p>
      )}
      <div className="flex flex-wrap items-center gap-3">
        <FilterBar label="查找单位" keep={{ missing: missingOnly ? "1" : undefined }} resetHref="/roster" className="">
          <FilterSearch value={q} placeholder="单位名称" label="搜索单位" />
        </FilterBar>
        <Link className="text-sm text-party underline" href={missingOnly ? `/roster${q ? `?q=${encodeURIComponent(q)}` : ""}` : `/roster?missing=1${q ? `&q=${encodeURIComponent(q)}` : ""}`}>
          {missingOnly ? "看全部单位" : "只看未明确的单位"}
        </Link>
      </div>
      <DataTable
        rows={result.rows}
        rowKey={(r) => r.unitId}
        rowTestId={(r) => `roster-${r.name}`}
        empty="没有符合条件的单位"
        columns={[
          { header: "单位", title: true, cell: (r) => r.name },
          {
            header: "专职信息员",
            cell: (r) => (
              <>
                {r.named ? (
                  r.current!.officerName
                ) : (
                  <span className="whitespace-nowrap rounded bg-red-100 px-1.5 py-0.5 text-xs font-medium text-red-700">{r.current ? "暂缺" : r.pending ? "未到任" : "未备案"}</span>
                )}
                {r.pending && <div className="mt-0.5 text-xs text-amber-800">{pendingText(r.pending)}</div>}
              </>
            ),
          },
          { header: "联系电话", cell: (r) => (r.named ? r.current!.phone : ""), className: "whitespace-nowrap" },
          { header: "起始日期", cell: (r) => (r.current ? formatIsoDate(r.current.effectiveOn) : "—"), className: "whitespace-nowrap" },
          {
            header: "",
            cell: (r) => (
              <Link href={`/roster/${r.unitId}`} className="text-party hover:underline">
                {can(user, "roster.file") ? "变更记录、备案" : "变更记录"}
              </Link>
            ),
          },
        ]}
      />
      <Pagination page={result.page} pages={result.pages} total={result.total} params={params} basePath="/roster" />
    </div>
  );
}
