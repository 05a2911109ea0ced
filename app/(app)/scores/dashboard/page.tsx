import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { notFound } from "next/navigation";
import { requireUser } from "@/lib/auth/current-user";
import { LEVEL_WORDS, rankGroupLabel, RANK_GROUPS, type DeskKind } from "@/lib/units/labels";
import { adoptionColumns } from "@/lib/scores/adoption-columns";
import { can } from "@/lib/authz/permissions";
import { parsePeriod, periodLabel, type Period, type PeriodKind } from "@/lib/scores/period";
import type { PeriodRow } from "@/lib/scores/period-table";
import { ledgerHref, submittedHref } from "@/lib/scores/links";
import { LOW_SUBMISSIONS, getDashboard } from "@/lib/scores/dashboard";
import {
  TREND_TOP,
  compareYears,
  dashboardHref,
  hasBegun,
  hasData,
  monthAt,
  shiftPeriod,
  switchKind,
  trendSeries,
  type YearCompareRow,
} from "@/lib/scores/dashboard-view";
import { shanghaiYear } from "@/lib/time";
import { PageHeader } from "@/components/ui/page-header";
import { ScrollTable, stickyCell, stickyHead } from "@/components/ui/data-table";
import { CategoryChart, RankingChart, TrendChart, YearCompareChart } from "@/components/scores/dashboard-charts";
import { categoryShares } from "@/lib/scores/category-shares";

export const metadata: Metadata = { title: "积分看板" };

const KIND_LABELS: Record<PeriodKind, { tab: string; unit: string }> = {
  MONTH: { tab: "月", unit: "月" },
  QUARTER: { tab: "季", unit: "季度" },
  YEAR: { tab: "年", unit: "年" },
};

const th = "px-2 py-2 font-medium whitespace-nowrap";
const td = "px-2 py-1.5";
const rate = (r: number | null) => (r === null ? "—" : `${(r * 100).toFixed(1)}%`);
const signed = (n: number) => (n > 0 ? `+${n}` : String(n));

function NoData() {
  return <p className="flex h-40 items-center justify-center rounded border border-dashed border-stone-300 text-stone-500">本期暂无数据</p>;
}

function Section({ id, title, note, children }: { id: string; title: string; note?: string; children: React.ReactNode }) {
  return (
    <section aria-labelledby={id} className="mb-6 rounded border border-stone-200 bg-white p-4">
      <h2 id={id} className="font-semibold text-stone-900">
        {title}
      </h2>
      {note && <p className="mt-1 text-xs text-stone-500">{note}</p>}
      <div className="mt-3">{children}</div>
    </section>
  );
}

function PeriodSwitch({ period, now }: { period: Period; now: Date }) {
  const previous = shiftPeriod(period, -1);
  const next = shiftPeriod(period, 1);
  const unit = KIND_LABELS[period.kind].unit;
  const link = "rounded px-2 py-1 text-sm text-party hover:bg-party/10";
  return (
    <nav aria-label="统计期间" className="mb-5 flex flex-wrap items-center gap-3 rounded border border-stone-200 bg-white px-4 py-3">
      <span className="text-lg font-semibold text-stone-900" data-testid="dashboard-period">
        {periodLabel(period)}
      </span>
      <div className="inline-flex overflow-hidden rounded border border-stone-300 text-sm">
        {(["MONTH", "QUARTER", "YEAR"] as const).map((kind) => {
          const active = kind === period.kind;
          return (
            <Link
              key={kind}
             
              href={dashboardHref(active ? period : switchKind(period, kind, now))}
              aria-current={active ? "page" : undefined}
              className={`px-3 py-1 ${active ? "bg-party text-white" : "bg-white text-stone-700 hover:bg-stone-50"}`}
            >
              {KIND_LABELS[kind].tab}
            </Link>
          );
        })}
      </div>
      <Link className={link} href={dashboardHref(previous)}>
        ← 上一{unit}
      </Link>
      {hasBegun(next, now) && (
        <Link className={link} href={dashboardHref(next)}>
          下一{unit} →
        </Link>
      )}
    </nav>
  );
}

const figureLink = "underline decoration-dotted hover:text-party";

/** Every figure links to what it counts: the drafts for 报送数, the ledger rows for the rest. */
function RankingTable({ rows, period, nodeKind }: { rows: PeriodRow[]; period: Period; nodeKind: DeskKind }) {
  return (
    <ScrollTable label="得分排名表" className="border-0">
      <table className="w-full text-sm">
        <thead className="bg-stone-50 text-stone-600">
          <tr>
            <th className={`${th} text-center`}>排名</th>
            <th className={`${th} text-left ${stickyHead}`}>单位</th>
            <th className={`${th} text-right`}>报送数</th>
            {adoptionColumns(nodeKind).map((c) => (
              <th key={c.header} className={`${th} text-right`}>
                {c.header}
              </th>
            ))}
            <th className={`${th} text-right`}>采用率</th>
            <th className={`${th} text-right`}>得分</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.unitId} className="border-t border-stone-100" data-testid={`dashboard-score-${r.name}`}>
              <td className={`${td} text-center font-semibold`}>{r.rank}</td>
              <td className={`${td} whitespace-nowrap ${stickyCell}`}>{r.name}</td>
              <td className={`${td} text-right`}>
                <Link className={figureLink} href={submittedHref(period, r.unitId)} title="查看这些稿件">
                  {r.submitted}
                </Link>
              </td>
              {adoptionColumns(nodeKind).map((c) => (
                <td key={c.header} className={`${td} text-right`}>
                  <Link className={figureLink} href={ledgerHref(period, r.unitId, c.codes)}>
                    {c.of(r)}
                  </Link>
                </td>
              ))}
              <td className={`${td} text-right`}>{rate(r.rate)}</td>
              <td className={`${td} text-right font-semibold`}>
                <Link className={figureLink} href={ledgerHref(period, r.unitId)} title="查看积分台账">
                  {r.points}
                </Link>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollTable>
  );
}

function CompareTable({ rows, currentLabel, previousLabel }: { rows: YearCompareRow[]; currentLabel: string; previousLabel: string }) {
  return (
    <table className="w-full text-sm">
      <thead className="bg-stone-50 text-stone-600">
        <tr>
          <th className={`${th} text-left`}>单位</th>
          <th className={`${th} text-right`}>{currentLabel}</th>
          <th className={`${th} text-right`}>{previousLabel}</th>
          <th className={`${th} text-right`}>增减</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.unitId} className="border-t border-stone-100">
            <td className={td}>{r.name}</td>
            <td className={`${td} text-right`}>{r.current}</td>
            <td className={`${td} text-right`}>{r.previous}</td>
            <td className={`${td} text-right ${r.change > 0 ? "text-emerald-700" : r.change < 0 ? "text-red-700" : "text-stone-500"}`}>{signed(r.change)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export default async function ScoreDashboardPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requireUser();
  if (!can(user, "scores.read")) notFound();
  const now = new Date();
  const { p } = await searchParams;
  const parsed = typeof p === "string" ? parsePeriod(p) : null;
  const period = parsed && parsed.year >= 2000 && parsed.year <= shanghaiYear(now) + 1 ? parsed : monthAt(now);
  const d = await getDashboard(user, period, now);

  const label = periodLabel(period);
  const lastYearLabel = periodLabel(d.lastYear.period);
  const trend = trendSeries(d.trend.rows, d.trend.lastMonth);
  const composition = categoryShares(d.byCategory);
  const compare = compareYears(d.table, d.lastYear.rows);
  const lowMonth = periodLabel(d.lowSubmitters.month);
  const lowIsThisMonth = d.lowSubmitters.month.year === monthAt(now).year && d.lowSubmitters.month.index === monthAt(now).index;
  const none = d.lowSubmitters.units.filter((u) => u.submitted === 0);
  const few = d.lowSubmitters.units.filter((u) => u.submitted > 0);
  const totals = {
    points: Math.round(d.table.reduce((s, r) => s + r.points, 0) * 100) / 100,
    submitted: d.table.reduce((s, r) => s + r.submitted, 0),
    adopted: d.table.reduce((s, r) => s + r.adoptedCounty + r.adoptedCity + r.adoptedProvincePlus, 0),
  };

  return (
    <div>
      <PageHeader title="积分看板">
        <Link className="text-sm text-party underline" href={`/scores?year=${period.year}`}>
          年度积分排名
        </Link>
        <Link className="text-sm text-party underline" href={`/scores/ledger?year=${period.year}`}>
          积分台账
        </Link>
      </PageHeader>
      <PeriodSwitch period={period} now={now} />

      <dl className="mb-6 grid grid-cols-2 gap-3 lg:grid-cols-4">
        {[
          ["本期得分合计", `${totals.points} 分`, ledgerHref(period)],
          ["本期报送稿件", `${totals.submitted} 篇`, null],
          ["本期各级采用", `${totals.adopted} 篇`, ledgerHref(period, undefined, ["ADOPTION_COUNTY", "ADOPTION_CITY", "ADOPTION_PROVINCE", "ADOPTION_CENTRAL"])],
          [`${lowMonth}报送不足${LOW_SUBMISSIONS}篇`, `${d.lowSubmitters.units.length} 个单位`, "#low"],
        ].map(([k, v, href]) => (
          <div key={k} className="rounded border border-stone-200 bg-white px-4 py-3">
            <dt className="text-xs text-stone-500">{k}</dt>
            <dd className="mt-1 text-xl font-semibold text-stone-900">
              {href ? (
                <Link className="hover:text-party hover:underline" href={href}>
                  {v}
                </Link>
              ) : (
                v
              )}
            </dd>
          </div>
        ))}
      </dl>

      <Section id="ranking" title={`${label}积分排名`} note="得分为本期记入积分台账的分值之和，并列者名次相同；点任一数字可查看它背后的稿件或台账记录。">
        {RANK_GROUPS.map(({ group: g }) => {
          const rows = d.table.filter((r) => r.group === g);
          if (rows.length === 0) return null;
          return (
            <div key={g} className="mb-5 last:mb-0" data-testid={`ranking-${g}`}>
              <h3 className="mb-2 text-sm font-semibold text-stone-700">{rankGroupLabel(g, user.nodeKind)}</h3>
              <div className="grid gap-4 xl:grid-cols-[minmax(0,2fr)_minmax(0,3fr)]">
                <div>{hasData(rows.map((r) => r.points)) ? <RankingChart rows={rows} title={`${label}${rankGroupLabel(g, user.nodeKind)}得分排名`} /> : <NoData />}</div>
                <RankingTable rows={rows} period={period} nodeKind={user.nodeKind} />
              </div>
            </div>
          );
        })}
        {d.table.length === 0 && <NoData />}
      </Section>

      <Section id="trend" title={`${d.trend.year}年逐月得分走势`} note={`${d.trend.year}年1月至${d.trend.lastMonth}月，取这段时间累计得分前${TREND_TOP}名的单位。`}>
        {trend.series.length > 0 ? (
          <>
            <TrendChart months={trend.months} series={trend.series} title={`${d.trend.year}年各单位逐月得分走势`} />
            <ScrollTable label="逐月得分表" className="mt-3 border-0">
              <table className="w-full text-sm">
                <thead className="bg-stone-50 text-stone-600">
                  <tr>
                    <th className={`${th} text-left ${stickyHead}`}>单位</th>
                    {trend.months.map((m) => (
                      <th key={m} className={`${th} text-right`}>
                        {m}
                      </th>
                    ))}
                    <th className={`${th} text-right`}>合计</th>
                  </tr>
                </thead>
                <tbody>
                  {trend.series.map((s) => (
                    <tr key={s.unitId} className="border-t border-stone-100">
                      <td className={`${td} whitespace-nowrap ${stickyCell}`}>{s.name}</td>
                      {s.data.map((v, i) => (
                        <td key={i} className={`${td} text-right ${v === 0 ? "text-stone-300" : ""}`}>
                          {v}
                        </td>
                      ))}
                      <td className={`${td} text-right font-semibold`}>{s.total}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </ScrollTable>
          </>
        ) : (
          <NoData />
        )}
      </Section>

      <div className="grid gap-6 xl:grid-cols-2">
        <Section id="category" title={`${label}得分构成`} note="按积分规则类别汇总本期台账分值。">
          {d.byCategory.length > 0 ? (
            <div className="grid gap-4 lg:grid-cols-[minmax(0,1fr)_minmax(0,1fr)] xl:grid-cols-1 2xl:grid-cols-[minmax(0,1fr)_minmax(0,1fr)]">
              {hasData(d.byCategory.filter((r) => r.points > 0).map((r) => r.points)) ? <CategoryChart rows={d.byCategory} title={`${label}得分构成`} /> : <NoData />}
              <table className="w-full self-start text-sm">
                <thead className="bg-stone-50 text-stone-600">
                  <tr>
                    <th className={`${th} text-left`}>类别</th>
                    <th className={`${th} text-right`}>得分</th>
                    <th className={`${th} text-right`} title="占加分合计的比例；扣分单列，不计比例">占加分比例</th>
                  </tr>
                </thead>
                <tbody>
                  {composition.rows.map((r) => (
                    <tr key={r.code} className="border-t border-stone-100">
                      <td className={td}>
                        <Link className="hover:text-party hover:underline" href={`/scores/ledger?year=${period.year}&rule=${r.code}`}>
                          {r.label}
                        </Link>
                      </td>
                      <td className={`${td} text-right`}>{r.points}</td>
                      <td className={`${td} text-right`}>{r.share === null ? (r.points < 0 ? "扣分" : "—") : `${(r.share * 100).toFixed(1)}%`}</td>
                    </tr>
                  ))}
                  {composition.deducted < 0 && (
                    <>
                      <tr className="border-t border-stone-200">
                        <td className={td}>加分合计</td>
                        <td className={`${td} text-right`}>{composition.earned}</td>
                        <td className={td} />
                      </tr>
                      <tr className="border-t border-stone-100">
                        <td className={td}>扣分合计</td>
                        <td className={`${td} text-right`}>{composition.deducted}</td>
                        <td className={td} />
                      </tr>
                    </>
                  )}
                  <tr className="border-t border-stone-200 font-semibold">
                    <td className={td}>合计</td>
                    <td className={`${td} text-right`}>{composition.net}</td>
                    <td className={td} />
                  </tr>
                </tbody>
              </table>
            </div>
          ) : (
            <NoData />
          )}
        </Section>

        <Section
          id="low"
          title={`${lowMonth}报送不足${LOW_SUBMISSIONS}篇的单位`}
          note={`报送数为本月报送到${LEVEL_WORDS[user.nodeKind]}委组织部的稿件数${lowIsThisMonth ? "（本月截至今天）" : ""}；已停用的单位不列。`}
        >
          {d.lowSubmitters.units.length === 0 ? (
            <p className="rounded bg-emerald-50 px-3 py-2 text-sm text-emerald-800">各单位本月报送均已达到{LOW_SUBMISSIONS}篇。</p>
          ) : (
            <div className="space-y-4" data-testid="low-submitters">
              {none.length > 0 && (
                <div>
                  <h3 className="mb-2 text-sm font-semibold text-red-700">未报送（{none.length} 个单位）</h3>
                  <ul className="flex flex-wrap gap-2">
                    {none.map((u) => (
                      <li key={u.unitId} className="rounded border border-red-200 bg-red-50 px-2.5 py-1 text-sm text-red-800">
                        {u.name}
                        <span className="ml-1 text-xs text-red-600">0 篇</span>
                      </li>
                    ))}
                  </ul>
                </div>
              )}
              {few.length > 0 && (
                <div>
                  <h3 className="mb-2 text-sm font-semibold text-amber-700">
                    报送 1–{LOW_SUBMISSIONS - 1} 篇（{few.length} 个单位）
                  </h3>
                  <ul className="flex flex-wrap gap-2">
                    {few.map((u) => (
                      <li key={u.unitId} className="rounded border border-amber-200 bg-amber-50 px-2.5 py-1 text-sm text-amber-900">
                        {u.name}
                        <span className="ml-1 text-xs text-amber-700">{u.submitted} 篇</span>
                      </li>
                    ))}
                  </ul>
                </div>
              )}
            </div>
          )}
        </Section>
      </div>

      <Section id="compare" title={`${label}与去年同期对比`} note={`各单位${label}得分与${lastYearLabel}得分。`}>
        {hasData(compare.flatMap((r) => [r.current, r.previous])) ? (
          <>
            <YearCompareChart rows={compare} currentLabel={label} previousLabel={lastYearLabel} title={`${label}与${lastYearLabel}各单位得分对比`} />
            <div className="mt-3 grid gap-4 lg:grid-cols-2">
              {RANK_GROUPS.map(({ group: g }) => {
                const rows = compare.filter((r) => r.group === g);
                return rows.length > 0 ? (
                  <div key={g}>
                    <h3 className="mb-1 text-sm font-semibold text-stone-700">{rankGroupLabel(g, user.nodeKind)}</h3>
                    <CompareTable rows={rows} currentLabel={label} previousLabel={lastYearLabel} />
                  </div>
                ) : null;
              })}
            </div>
          </>
        ) : (
          <NoData />
        )}
      </Section>
    </div>
  );
}
