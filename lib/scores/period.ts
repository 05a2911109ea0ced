/** Reporting periods in local (Asia/Shanghai) time: a month, a quarter or a year. No Prisma. */
import { shanghaiMonthStart } from "@/lib/time";

export type PeriodKind = "MONTH" | "QUARTER" | "YEAR";
export type Period = { kind: PeriodKind; year: number; index: number };

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
  const m = text.match(/^(\d{4})(?:-(Q([1-4])|(\d{1,2})))?$/);
  if (!m) return null;
  const year = Number(m[1]);
  if (m[3]) return { kind: "QUARTER", year, index: Number(m[3]) };
  if (m[4]) {
    const month = Number(m[4]);
    return month >= 1 && month <= 12 ? { kind: "MONTH", year, index: month } : null;
  }
  return { kind: "YEAR", year, index: 1 };
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
