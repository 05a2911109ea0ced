import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { notFound } from "next/navigation";
import { requireUser } from "@/lib/auth/current-user";
import { can, isNodeWide } from "@/lib/authz/permissions";
import { listCommissions, listUnitShares } from "@/lib/planning/commissions";
import { isOpen } from "@/lib/planning/answer-status";
import { commissionListSchema, type CommissionFilter } from "@/lib/validation/commission";
import { formatDateTime, formatIsoDate } from "@/lib/time";
import { PageHeader } from "@/components/ui/page-header";
import { FilterBar, FilterSearch } from "@/components/ui/filter-bar";
import { DataTable, type Column } from "@/components/ui/data-table";
import { Pagination } from "@/components/ui/pagination";
import { buttonClass } from "@/components/ui/button";
import { AnswerBadge, AnswerCounts } from "@/components/commissions/answer-badge";
import { PlanningTabs } from "@/components/commissions/planning-tabs";
import { WriteLink } from "@/components/commissions/write-link";

export const metadata: Metadata = { title: "约稿" };

const FILTERS: Array<[CommissionFilter | undefined, string]> = [[undefined, "全部"], ["open", "进行中"], ["closed", "已截止"], ["cancelled", "已撤销"]];

export default async function CommissionsPage({ searchParams }: { searchParams: Promise<Record<string, string>> }) {
  const user = await requireUser();
  if (!can(user, "commission.read")) notFound();
  const params = await searchParams;
  const opts = commissionListSchema.parse(params);
  return isNodeWide(user, "commission.read") ? <CountyList user={user} opts={opts} params={params} /> : <UnitList user={user} opts={opts} params={params} />;
}

type Props = { user: Awaited<ReturnType<typeof requireUser>>; opts: ReturnType<typeof commissionListSchema.parse>; params: Record<string, string> };

async function CountyList({ user, opts, params }: Props) {
  const [result, fromAbove] = await Promise.all([listCommissions(user, opts), listUnitShares(user, { page: 1 })]);
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
        {can(user, "commission.manage") && (
          <Link href="/commissions/new" className={buttonClass()}>
            发布约稿
          </Link>
        )}
      </PageHeader>
      <div className="mb-4 flex flex-wrap items-center gap-2">
        {FILTERS.map(([s, l]) => tab(s, l))}
      </div>
      <FilterBar label="查找约稿" keep={{ state: opts.state }} resetHref="/commissions">
        <FilterSearch value={opts.q} placeholder="按约稿题目搜索" label="搜索约稿" />
      </FilterBar>
      <DataTable
        rows={result.rows}
        rowKey={(c) => c.id}
        rowClassName={(c) => (c.cancelledAt ? "text-stone-500" : "")}
        empty={opts.q || opts.state ? "没有符合条件的约稿" : "还没有发布过约稿"}
        columns={[
          {
            header: "约稿题目",
            title: true,
            cell: (c) => (
              <>
                <Link href={`/commissions/${c.id}`} className="hover:text-party">
                  {c.title}
                </Link>
                {c.cancelledAt && <span className="ml-2 whitespace-nowrap rounded bg-stone-200 px-1.5 text-xs text-stone-500">已撤销</span>}
              </>
            ),
          },
          { header: "截止日期", cell: (c) => formatIsoDate(c.dueOn), className: "whitespace-nowrap" },
          { header: "约稿单位", cell: (c) => `${c.units}个`, className: "whitespace-nowrap" },
          { header: "各单位情况", cell: (c) => (c.cancelledAt ? <span className="text-xs">撤销原因：{c.cancelReason}</span> : <AnswerCounts counts={c.counts} />) },
          {
            header: "发布",
            phone: false,
            cell: (c) => (
              <span className="text-xs text-stone-500">
                {c.createdBy.name} {formatDateTime(c.createdAt)}
              </span>
            ),
          },
        ]}
      />
      <Pagination page={result.page} pages={result.pages} total={result.total} params={params} basePath="/commissions" />
      {fromAbove.total > 0 && <AboveList shares={fromAbove.rows} total={fromAbove.total} />}
    </div>
  );
}

type Share = Awaited<ReturnType<typeof listUnitShares>>["rows"][number];

/** A unit's share of a 约稿, wherever it is listed: its title, deadline and where it stands. */
const SHARE_COLUMNS = {
  title: {
    header: "约稿题目",
    title: true,
    cell: (t) => (
      <Link href={`/commissions/${t.commissionId}`} className="hover:text-party">
        {t.commission.title}
      </Link>
    ),
  },
  due: { header: "截止日期", cell: (t) => formatIsoDate(t.commission.dueOn), className: "whitespace-nowrap" },
  state: { header: "情况", cell: (t) => <AnswerBadge status={t.status} cancelled={!!t.commission.cancelledAt} late={t.late} /> },
} satisfies Record<string, Column<Share>>;

/** 上级约稿: what the desk above asked of the node's own 组织部, newest first. */
function AboveList({ shares, total }: { shares: Share[]; total: number }) {
  return (
    <section className="mt-6" aria-label="上级约稿">
      <h2 className="mb-2 font-semibold">上级约稿{total > shares.length && <span className="ml-2 text-xs font-normal text-stone-500">最近{shares.length}个，共{total}个</span>}</h2>
      <DataTable
        rows={shares}
        rowKey={(t) => t.id}
        rowClassName={(t) => (t.commission.cancelledAt ? "text-stone-500" : "")}
        columns={[
          SHARE_COLUMNS.title,
          { header: "约稿单位", cell: (t) => t.commission.node.name },
          SHARE_COLUMNS.due,
          SHARE_COLUMNS.state,
        ]}
      />
    </section>
  );
}

async function UnitList({ user, opts, params }: Props) {
  const result = await listUnitShares(user, opts);
  const writer = can(user, "draft.write");
  return (
    <div>
      <PageHeader title={`${user.unitName} · 约稿和点题`} />
      <PlanningTabs current="commissions" />
      <FilterBar label="查找约稿" resetHref="/commissions">
        <FilterSearch value={opts.q} placeholder="按约稿题目搜索" label="搜索约稿" />
      </FilterBar>
      <DataTable
        rows={result.rows}
        rowKey={(t) => t.id}
        rowClassName={(t) => (t.commission.cancelledAt ? "text-stone-500" : "")}
        empty={opts.q ? "没有符合条件的约稿" : "研究室还没有向本单位约稿"}
        columns={[
          SHARE_COLUMNS.title,
          SHARE_COLUMNS.due,
          { header: "撰写人", cell: (t) => t.assignee?.name ?? <span className="text-stone-500">未分派</span> },
          SHARE_COLUMNS.state,
          {
            header: "",
            align: "right",
            cell: (t) => writer && !t.commission.cancelledAt && isOpen(t.status) && <WriteLink targetId={t.id} drafts={t.drafts} />,
          },
        ]}
      />
      <Pagination page={result.page} pages={result.pages} total={result.total} params={params} basePath="/commissions" />
    </div>
  );
}
