/**
 * The pure half of the 积分看板 (lib/scores/dashboard.ts reads the database): which months a
 * period shows, moving between periods, and the rows shaped for its charts and tables.
 */
import type { PeriodRow } from "./period-table";
import { periodKey, periodRange, type Period, type PeriodKind } from "./period";
import { DEFAULT_RULES, ruleLabel } from "./rules";
import { shanghaiMonth } from "@/lib/time";

/** How many units the monthly trend shows. */
export const TREND_TOP = 8;

type Group = PeriodRow["group"];
export type TrendRow = { unitId: string; name: string; month: number; points: number };
export type CategoryRow = { code: string; label: string; points: number };
export type UnitPoints = { unitId: string; name: string; group: Group; points: number };

/** Points have two decimals: sums made here stay exact to them. */
export const round2 = (n: number) => Math.round(n * 100) / 100;

/** The local month containing an instant, as a period. */
export function monthAt(now: Date): Period {
  const { year, month } = shanghaiMonth(now);
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
  const { year, month } = shanghaiMonth(now);
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
    .map((r) => ({ code: r.code, label: ruleLabel(r.code), points: r.points }))
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
