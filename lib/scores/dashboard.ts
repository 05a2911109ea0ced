/**
 * 积分看板: the figures behind the dashboard charts of a month, quarter or year — the period
 * table, each unit's points month by month, points by rule, the units that submitted little
 * this month, and the same period a year before. Everything is summed from the rollups
 * (rollups.ts); the pure helpers of dashboard-view.ts only shape the rows for charts and tables.
 */
import { requirePermission, type Actor } from "@/lib/authz/permissions";
import { getPeriodTable, type PeriodRow } from "./period-table";
import type { Period } from "./period";
import {
  categoryLabels,
  currentMonthOf,
  round2,
  sameTimeLastYear,
  trendLastMonth,
  type CategoryRow,
  type TrendRow,
  type UnitPoints,
} from "./dashboard-view";
import { lowSubmitters, periodMonths, pointsByUnitMonth, pointsByUnitRule } from "./rollups";

/** Units with fewer submissions than this in the month are listed (0, or 1–9). */
export const LOW_SUBMISSIONS = 10;

type Group = PeriodRow["group"];
export type LowSubmitter = { unitId: string; name: string; group: Group; submitted: number };

export type Dashboard = {
  period: Period;
  table: PeriodRow[];
  /** Points per unit per local month of the period's year, January up to the period's last month (or this month). */
  trend: { year: number; lastMonth: number; rows: TrendRow[] };
  byCategory: CategoryRow[];
  /** The month looked at ("this month" of the period) and its units with fewer than LOW_SUBMISSIONS submissions. */
  lowSubmitters: { month: Period; units: LowSubmitter[] };
  /** The same period of the previous year. */
  lastYear: { period: Period; rows: UnitPoints[] };
};

export async function getDashboard(actor: Actor, period: Period, now = new Date()): Promise<Dashboard> {
  requirePermission(actor, "scores.read");
  const months = periodMonths(period);
  const month = currentMonthOf(period, now);
  const lastYearPeriod = sameTimeLastYear(period);

  const [table, trendRows, ruleRows, low, lastYearTable] = await Promise.all([
    getPeriodTable(actor, period),
    pointsByUnitMonth(actor.nodeId, periodMonths({ kind: "YEAR", year: period.year, index: 1 }).from, months.to),
    pointsByUnitRule(actor.nodeId, months.from, months.to),
    lowSubmitters(actor.nodeId, periodMonths(month).from, LOW_SUBMISSIONS),
    getPeriodTable(actor, lastYearPeriod),
  ]);
  const byCode = new Map<string, number>();
  for (const r of ruleRows) byCode.set(r.code, round2((byCode.get(r.code) ?? 0) + r.points));

  return {
    period,
    table,
    trend: { year: period.year, lastMonth: trendLastMonth(period, now), rows: trendRows },
    byCategory: categoryLabels([...byCode].map(([code, points]) => ({ code, points }))),
    lowSubmitters: { month, units: low },
    lastYear: { period: lastYearPeriod, rows: lastYearTable.map((r) => ({ unitId: r.unitId, name: r.name, group: r.group, points: r.points })) },
  };
}
