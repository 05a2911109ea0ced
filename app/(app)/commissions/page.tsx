import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireUser } from "@/lib/auth/current-user";
import { can, scopeOf } from "@/lib/authz/permissions";
import { listCommissions, listUnitShares } from "@/lib/planning/commissions";
import { isOpen } from "@/lib/planning/answer-status";
import { commissionListSchema, type CommissionFilter } from "@/lib/validation/commission";
import { formatDateTime, formatIsoDate } from "@/lib/time";
import { PageHeader } from "@/components/ui/page-header";
import { SearchForm } from "@/components/ui/search-form";
import { Pagination } from "@/components/ui/pagination";
import { buttonClass } from "@/components/ui/button";
import { AnswerBadge, AnswerCounts } from "@/components/commissions/answer-badge";
import { PlanningTabs } from "@/components/commissions/planning-tabs";
import { WriteLink } from "@/components/commissions/write-link";

export const metadata: Metadata = { title: "约稿" };

const FILTERS: Array<[CommissionFilter | undefined, string]> = [[undefined, "全部"], ["open", "进行中"], ["closed", "已截止"], ["cancelled", "已撤销"]];

export default async function CommissionsPage({ searchParams }: { searchParams: Promise<Record<string, string>> }) {
  const user = await requireUser();
  if (!can(user, "plan.read")) notFound();
  const params = await searchParams;
  const opts = commissionListSchema.parse(params);
  return scopeOf(user, "plan.read") === "all" ? <CountyList user={user} opts={opts} params={params} /> : <UnitList user={user} opts={opts} params={params} />;
}

type Props = { user: Awaited<ReturnType<typeof requireUser>>; opts: ReturnType<typeof commissionListSchema.parse>; params: Record<string, string> };

async function CountyList({ user, opts, params }: Props) {
  const result = await listCommissions(user, opts);
  const tab = (state: CommissionFilter | undefined, label: string) => {
    const q = new URLSearchParams({ ...(state ? { state } : {}), ...(opts.q ? { q: opts.q } : {}) });
    const active = opts.state === state;
    return (
      <Link key={label} href={`/commissions?${q}`} className={`rounded-full px-3 py-1 text-sm ${active ? "bg-party text-white" : "bg-white text-stone-700 hover:bg-stone-50"}`}>
        {label}
      </Link>
    );
  };
  return (
    <div>
      <PageHeader title="约稿">
        <Link href="/topics" className={buttonClass("secondary")}>
          各单位点题
        </Link>
        {can(user, "plan.manage") && (
          <Link href="/commissions/new" className={buttonClass()}>
            发布约稿
          </Link>
        )}
      </PageHeader>
      <div className="mb-4 flex flex-wrap items-center gap-2">
        {FILTERS.map(([s, l]) => tab(s, l))}
        <form className="ml-auto flex gap-2" role="search">
          {opts.state && <input type="hidden" name="state" value={opts.state} />}
          <input name="q" defaultValue={opts.q} placeholder="按约稿题目搜索" aria-label="搜索约稿" className="w-64 rounded border border-stone-300 px-3 py-1.5 text-sm" />
          <button className={buttonClass("secondary")}>搜索</button>
        </form>
      </div>
      <table className="w-full rounded border border-stone-200 bg-white text-sm">
        <thead className="bg-stone-50 text-left text-stone-600">
          <tr>
            <th className="px-3 py-2">约稿题目</th>
            <th className="px-3 py-2">截止日期</th>
            <th className="px-3 py-2">约稿单位</th>
            <th className="px-3 py-2">各单位情况</th>
            <th className="px-3 py-2">发布</th>
          </tr>
        </thead>
        <tbody>
          {result.rows.map((c) => (
            <tr key={c.id} className={`border-t border-stone-100 ${c.cancelledAt ? "text-stone-500" : ""}`}>
              <td className="px-3 py-2">
                <Link href={`/commissions/${c.id}`} className="hover:text-party">
                  {c.title}
                </Link>
                {c.cancelledAt && <span className="ml-2 rounded bg-stone-200 px-1.5 text-xs text-stone-500">已撤销</span>}
              </td>
              <td className="px-3 py-2 whitespace-nowrap">{formatIsoDate(c.dueOn)}</td>
              <td className="px-3 py-2">{c.units}个</td>
              <td className="px-3 py-2">{c.cancelledAt ? <span className="text-xs">撤销原因：{c.cancelReason}</span> : <AnswerCounts counts={c.counts} />}</td>
              <td className="px-3 py-2 text-xs text-stone-500">
                {c.createdBy.name} {formatDateTime(c.createdAt)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {result.rows.length === 0 && <p className="mt-2 rounded border border-dashed border-stone-300 p-8 text-center text-stone-500">{opts.q || opts.state ? "没有符合条件的约稿" : "还没有发布过约稿"}</p>}
      <Pagination page={result.page} pages={result.pages} total={result.total} params={params} basePath="/commissions" />
    </div>
  );
}

async function UnitList({ user, opts, params }: Props) {
  const result = await listUnitShares(user, opts);
  const writer = can(user, "draft.write");
  return (
    <div>
      <PageHeader title={`${user.unitName} · 约稿和点题`} />
      <PlanningTabs current="commissions" />
      <SearchForm q={opts.q} placeholder="按约稿题目搜索" label="搜索约稿" />
      <table className="w-full rounded border border-stone-200 bg-white text-sm">
        <thead className="bg-stone-50 text-left text-stone-600">
          <tr>
            <th className="px-3 py-2">约稿题目</th>
            <th className="px-3 py-2">截止日期</th>
            <th className="px-3 py-2">撰写人</th>
            <th className="px-3 py-2">情况</th>
            <th className="px-3 py-2" />
          </tr>
        </thead>
        <tbody>
          {result.rows.map((t) => {
            const cancelled = !!t.commission.cancelledAt;
            return (
              <tr key={t.id} className={`border-t border-stone-100 ${cancelled ? "text-stone-500" : ""}`}>
                <td className="px-3 py-2">
                  <Link href={`/commissions/${t.commissionId}`} className="hover:text-party">
                    {t.commission.title}
                  </Link>
                </td>
                <td className="px-3 py-2 whitespace-nowrap">{formatIsoDate(t.commission.dueOn)}</td>
                <td className="px-3 py-2">{t.assignee?.name ?? <span className="text-stone-500">未分派</span>}</td>
                <td className="px-3 py-2">
                  <AnswerBadge status={t.status} cancelled={cancelled} late={t.late} />
                </td>
                <td className="px-3 py-2 text-right">
                  {writer && !cancelled && isOpen(t.status) && <WriteLink targetId={t.id} drafts={t.drafts} />}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {result.rows.length === 0 && <p className="mt-2 rounded border border-dashed border-stone-300 p-8 text-center text-stone-500">{opts.q ? "没有符合条件的约稿" : "研究室还没有向本单位约稿"}</p>}
      <Pagination page={result.page} pages={result.pages} total={result.total} params={params} basePath="/commissions" />
    </div>
  );
}
