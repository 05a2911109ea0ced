/**
 * 积分看板: the figures behind the dashboard charts of a month, quarter or year — the period
 * table, each unit's points month by month, points by rule, the units that submitted little
 * this month, and the same period a year before. Everything is summed from the rollups
 * (rollups.ts); the pure helpers below only shape the rows for charts and tables.
 */
import { requirePermission, type Actor } from "@/lib/authz/permissions";
import { getPeriodTable, type PeriodRow } from "./period-table";
import { periodKey, periodRange, type Period, type PeriodKind } from "./period";
import { DEFAULT_RULES } from "./rules";
import { lowSubmitters, periodMonths, pointsByUnitMonth, pointsByUnitRule } from "./rollups";

/** Units with fewer submissions than this in the month are listed (0, or 1–9). */
export const LOW_SUBMISSIONS = 10;
/** How many units the monthly trend shows. */
export const TREND_TOP = 8;

type Group = PeriodRow["group"];
export type TrendRow = { unitId: string; name: string; month: number; points: number };
export type CategoryRow = { code: string; label: string; points: number };
export type LowSubmitter = { unitId: string; name: string; group: Group; submitted: number };
export type UnitPoints = { unitId: string; name: string; group: Group; points: number };

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
    pointsByUnitMonth(periodMonths({ kind: "YEAR", year: period.year, index: 1 }).from, months.to),
    pointsByUnitRule(months.from, months.to),
    lowSubmitters(periodMonths(month).from, LOW_SUBMISSIONS),
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

// ---------------------------------------------------------------- pure helpers

const SHANGHAI_MS = 8 * 60 * 60 * 1000;
/** Points have two decimals: sums made here stay exact to them. */
const round2 = (n: number) => Math.round(n * 100) / 100;
const localMonth = (d: Date) => {
  const x = new Date(d.getTime() + SHANGHAI_MS);
  return { year: x.getUTCFullYear(), month: x.getUTCMonth() + 1 };
};

/** The local month containing an instant, as a period. */
export function monthAt(now: Date): Period {
  const { year, month } = localMonth(now);
  return { kind: "MONTH", year, index: month };
}

const firstMonth = (p: Period) => (p.kind === "MONTH" ? p.index : p.kind === "QUARTER" ? (p.index - 1) * 3 + 1 : 1);
const lastMonth = (p: Period) => (p.kind === "MONTH" ? p.index : p.kind === "QUARTER" ? p.index * 3 : 12);

/** "This month" of a period: the month we are in if the period contains it, else its last (or, for a future period, first) month. */
export function currentMonthOf(p: Period, now: Date): Period {
  const { from, to } = periodRange(p);
  if (now >= from && now < to) return monthAt(now);
  return { kind: "MONTH", year: p.year, index: now < from ? firstMonth(p) : lastMonth(p) };
}

/** The last month the trend shows: the period's last month, but not past this month. */
export function trendLastMonth(p: Period, now: Date): number {
  const { year, month } = localMonth(now);
  const end = lastMonth(p);
  if (p.year < year) return end;
  if (p.year > year) return firstMonth(p);
  return Math.max(firstMonth(p), Math.min(end, month));
}

export function sameTimeLastYear(p: Period): Period {
  return { ...p, year: p.year - 1 };
}

/** The period `delta` months, quarters or years away. */
export function shiftPeriod(p: Period, delta: number): Period {
  if (p.kind === "YEAR") return { ...p, year: p.year + delta };
  const per = p.kind === "MONTH" ? 12 : 4;
  const n = p.year * per + (p.index - 1) + delta;
  return { kind: p.kind, year: Math.floor(n / per), index: (n % per) + 1 };
}

/** The 月/季/年 switch: the month, quarter or year around "this month" of the period shown. */
export function switchKind(p: Period, kind: PeriodKind, now: Date): Period {
  if (kind === "YEAR") return { kind, year: p.year, index: 1 };
  const month = currentMonthOf(p, now);
  return kind === "MONTH" ? month : { kind, year: month.year, index: Math.ceil(month.index / 3) };
}

/** Whether a period has begun (a later one has nothing to show). */
export function hasBegun(p: Period, now: Date): boolean {
  return periodRange(p).from <= now;
}

/** Rule labels from the default rules, in their order; categories that net to nothing are left out. */
export function categoryLabels(rows: ReadonlyArray<{ code: string; points: number }>): CategoryRow[] {
  const order = (code: string) => {
    const i = DEFAULT_RULES.findIndex((r) => r.code === code);
    return i < 0 ? DEFAULT_RULES.length : i;
  };
  return rows
    .filter((r) => r.points !== 0)
    .map((r) => ({ code: r.code, label: DEFAULT_RULES.find((d) => d.code === r.code)?.label ?? r.code, points: r.points }))
    .sort((a, b) => order(a.code) - order(b.code) || a.code.localeCompare(b.code));
}

/** The first `n` items by score (highest first), ties by name in Chinese order. */
export function pickTop<T>(items: readonly T[], n: number, score: (t: T) => number, name: (t: T) => string): T[] {
  return [...items].sort((a, b) => score(b) - score(a) || name(a).localeCompare(name(b), "zh-CN")).slice(0, n);
}

export type TrendSeries = { unitId: string; name: string; data: number[]; total: number };

/**
 * Trend rows → one series per unit with a value for every month 1..lastMonth (zero where
 * nothing was earned), the `top` units with the most points over those months, units with
 * nothing at all left out.
 */
export function trendSeries(rows: readonly TrendRow[], lastMonth: number, top = TREND_TOP): { months: string[]; series: TrendSeries[] } {
  const months = Array.from({ length: lastMonth }, (_, i) => `${i + 1}月`);
  const byUnit = new Map<string, TrendSeries>();
  for (const r of rows) {
    if (r.month < 1 || r.month > lastMonth) continue;
    const s = byUnit.get(r.unitId) ?? { unitId: r.unitId, name: r.name, data: months.map(() => 0), total: 0 };
    s.data[r.month - 1] = round2(s.data[r.month - 1] + r.points);
    s.total = round2(s.total + r.points);
    byUnit.set(r.unitId, s);
  }
  const active = [...byUnit.values()].filter((s) => s.data.some((v) => v !== 0));
  return { months, series: pickTop(active, top, (s) => s.total, (s) => s.name) };
}

export type YearCompareRow = { unitId: string; name: string; group: Group; current: number; previous: number; change: number };

/** This period against the same period a year before, unit by unit, in the order of the table; units only seen last year at the end. */
export function compareYears(table: readonly UnitPoints[], lastYear: readonly UnitPoints[]): YearCompareRow[] {
  const previous = new Map(lastYear.map((r) => [r.unitId, r.points]));
  const rows = table.map((r) => ({ unitId: r.unitId, name: r.name, group: r.group, current: r.points, previous: previous.get(r.unitId) ?? 0 }));
  const seen = new Set(table.map((r) => r.unitId));
  const gone = lastYear.filter((r) => !seen.has(r.unitId)).map((r) => ({ unitId: r.unitId, name: r.name, group: r.group, current: 0, previous: r.points }));
  return [...rows, ...gone].map((r) => ({ ...r, change: round2(r.current - r.previous) }));
}

/** A chart is drawn only when at least one of its numbers is not zero. */
export function hasData(values: Iterable<number>): boolean {
  for (const v of values) if (v !== 0) return true;
  return false;
}

/** The link target of a dashboard period. */
export function dashboardHref(p: Period): string {
  return `/scores/dashboard?p=${periodKey(p)}`;
}
