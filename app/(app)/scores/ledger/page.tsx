import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { notFound } from "next/navigation";
import { requireUser } from "@/lib/auth/current-user";
import { can } from "@/lib/authz/permissions";
import { ledgerParamsSchema } from "@/lib/validation/score";
import { listLedger } from "@/lib/scores/ledger-rows";
import { DEFAULT_RULES } from "@/lib/scores/rules";
import { parsePeriod, periodLabel } from "@/lib/scores/period";
import { listSubmittingUnits } from "@/lib/admin/units";
import { formatDateTime, shanghaiYear } from "@/lib/time";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";
import { FilterBar, FilterSelect, filterControlClass } from "@/components/ui/filter-bar";
import { DataTable } from "@/components/ui/data-table";

export const metadata: Metadata = { title: "积分台账" };

export default async function LedgerPage({ searchParams }: { searchParams: Promise<Record<string, string>> }) {
  const user = await requireUser();
  if (!can(user, "scores.read")) notFound();
  const params = await searchParams;
  const f = ledgerParamsSchema.parse(params);
  const year = f.year ?? shanghaiYear(new Date());
  const period = f.p ? parsePeriod(f.p) : null;
  const ruleCodes = f.rule?.split(",");
  const [ledger, units] = await Promise.all([listLedger(user, { year, period: period ?? undefined, unitId: f.unit, ruleCodes, via: f.via, page: f.page }), listSubmittingUnits(user)]);
  return (
    <div>
      <PageHeader title={period ? `积分台账 · ${periodLabel(period)}` : "积分台账"} />
      <FilterBar label="筛选台账" resetHref="/scores/ledger">
        <input name="year" defaultValue={year} aria-label="年度" placeholder="年度" inputMode="numeric" className={`${filterControlClass} sm:w-24`} />
        <FilterSelect name="unit" value={f.unit} label="单位" all="全部单位" options={units.map((u) => ({ value: u.id, label: u.name }))} />
        <FilterSelect name="rule" value={f.rule} label="规则" all="全部规则" options={DEFAULT_RULES.map((r) => ({ value: r.code, label: r.label }))} />
      </FilterBar>
      {(period || f.via || (ruleCodes && ruleCodes.length > 1)) && (
        <p className="mb-2 text-sm text-stone-600">
          {period && `只看${periodLabel(period)}发生的记录`}
          {f.via && f.unit && `　${f.via === "own" ? "只看本级得分（不含经下级组织部报上来的稿件）" : `只看经${ledger.through ?? "所辖组织部"}报上来的稿件`}`}
          {ruleCodes && ruleCodes.length > 1 && `　规则：${ruleCodes.map((c) => DEFAULT_RULES.find((r) => r.code === c)?.label ?? c).join("、")}`}
          <Link className="ml-2 text-party underline" href={`/scores/ledger?year=${year}`}>
            看全年全部
          </Link>
        </p>
      )}
      <p className="mb-2 text-sm" data-testid="ledger-sum">
        共 {ledger.total} 条，合计 <span className="font-semibold">{ledger.sum}</span> 分
      </p>
      <DataTable
        rows={ledger.rows}
        rowKey={(r) => r.id}
        empty="没有台账记录"
        columns={[
          { header: "日期", cell: (r) => formatDateTime(r.occurredAt), className: "whitespace-nowrap" },
          { header: "单位", cell: (r) => r.unit.name, className: "whitespace-nowrap" },
          { header: "作者", cell: (r) => r.user?.name ?? "—", phone: false },
          { header: "规则（版本）", cell: (r) => `${r.rule.label}（第${r.rule.version}版）` },
          {
            header: "分值",
            align: "right",
            cell: (r) => (
              <span className={`font-semibold ${r.points < 0 ? "text-red-600" : ""}`}>
                {r.points > 0 ? `+${r.points}` : r.points}
                {r.reversalOfId && <span className="block text-xs font-normal">冲销</span>}
              </span>
            ),
          },
          {
            header: "来源",
            title: true,
            cell: (r) =>
              r.source.href ? (
                <Link className="text-party underline" href={r.source.href}>
                  {r.source.label}
                </Link>
              ) : (
                r.source.label
              ),
          },
          {
            header: "记录人",
            phone: false,
            cell: (r) => (
              <span className="text-xs">
                {r.recordedBy?.name ?? "系统（提醒任务）"}
                <span className="block text-stone-500">{formatDateTime(r.createdAt)}</span>
              </span>
            ),
          },
        ]}
      />
      <Pagination page={ledger.page} pages={ledger.pages} total={ledger.total} params={params} basePath="/scores/ledger" />
    </div>
  );
}
