/** Reporting periods in local (Asia/Shanghai) time: a month, a quarter or a year. No Prisma. */
import { shanghaiMonthStart } from "@/lib/time";

export const PERIOD_KINDS = ["MONTH", "QUARTER", "YEAR"] as const;
export type PeriodKind = (typeof PERIOD_KINDS)[number];
export type Period = { kind: PeriodKind; year: number; index: number };

/** How many periods of a kind a year has: `index` runs from 1 to this. */
export const PERIODS_PER_YEAR: Record<PeriodKind, number> = { MONTH: 12, QUARTER: 4, YEAR: 1 };
/** The years a reporting period may lie in. */
export const PERIOD_YEARS = { min: 2000, max: 2100 } as const;

/** A period whose year and index exist (the form, the query string and the use cases all ask this). */
export function isValidPeriod(p: Period): boolean {
  const { year, index } = p;
  return Number.isInteger(year) && year >= PERIOD_YEARS.min && year <= PERIOD_YEARS.max && Number.isInteger(index) && index >= 1 && index <= PERIODS_PER_YEAR[p.kind];
}

const localStart = (year: number, month0: number) => shanghaiMonthStart(year, month0 + 1);

/** [from, to) instants of a period. */
export function periodRange(p: Period): { from: Date; to: Date } {
  if (p.kind === "YEAR") return { from: localStart(p.year, 0), to: localStart(p.year + 1, 0) };
  const startMonth = p.kind === "MONTH" ? p.index - 1 : (p.index - 1) * 3;
  const months = p.kind === "MONTH" ? 1 : 3;
  return { from: localStart(p.year, startMonth), to: localStart(p.year, startMonth + months) };
}

export function periodLabel(p: Period): string {
  if (p.kind === "YEAR") return `${p.year}年`;
  if (p.kind === "QUARTER") return `${p.year}年第${"一二三四"[p.index - 1]}季度`;
  return `${p.year}年${p.index}月`;
}

/** "2026", "2026-Q4", "2026-11" → a period; anything else → null. */
export function parsePeriod(text: string): Period | null {
  const m = text.match(/^(\d{4})(?:-(Q(\d)|(\d{1,2})))?$/);
  if (!m) return null;
  const year = Number(m[1]);
  const p: Period = m[3] ? { kind: "QUARTER", year, index: Number(m[3]) } : m[4] ? { kind: "MONTH", year, index: Number(m[4]) } : { kind: "YEAR", year, index: 1 };
  return isValidPeriod(p) ? p : null;
}

export function periodKey(p: Period): string {
  if (p.kind === "YEAR") return String(p.year);
  return p.kind === "QUARTER" ? `${p.year}-Q${p.index}` : `${p.year}-${String(p.index).padStart(2, "0")}`;
}

/** What a period picker offers: this year's and last year's year, quarters and months, newest first, none after the given month. */
export function recentPeriods(year: number, month: number): Period[] {
  const out: Period[] = [];
  for (const y of [year, year - 1]) {
    const last = y === year ? month : 12;
    out.push({ kind: "YEAR", year: y, index: 1 });
    for (let q = Math.ceil(last / 3); q >= 1; q--) out.push({ kind: "QUARTER", year: y, index: q });
    for (let m = last; m >= 1; m--) out.push({ kind: "MONTH", year: y, index: m });
  }
  return out;
}
