/**
 * The clock of an urgent event (紧急信息), pure and safe in the browser. Local time is always
 * Asia/Shanghai, which has no daylight saving: UTC+8 all year, so every step is plain
 * millisecond arithmetic on instants. Only UTC getters are used, never local-time ones, so
 * the server's or the browser's own time zone changes nothing.
 *
 * The deadline is inclusive: a written report exactly at the due time is in time, and a case
 * is overdue only once the due time has passed (now > dueAt). Lateness is judged the same way.
 */
import { fromShanghaiWallClock, shanghaiWallClock } from "@/lib/time";

const MINUTE = 60 * 1000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

const LOCAL = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/;

/** A datetime-local value ("2026-11-23T14:30", seconds allowed) read as Shanghai time; null if it is no real time. */
export function parseLocal(value: string): Date | null {
  const m = LOCAL.exec(value.trim());
  if (!m) return null;
  const [y, mo, d, h, mi, s] = m.slice(1).map((x) => (x === undefined ? 0 : Number(x)));
  const utc = Date.UTC(y, mo - 1, d, h, mi, s);
  // Date.UTC rolls 02-30 over into March: a real time reads back unchanged.
  const back = new Date(utc);
  if (back.getUTCFullYear() !== y || back.getUTCMonth() !== mo - 1 || back.getUTCDate() !== d || back.getUTCHours() !== h || back.getUTCMinutes() !== mi) return null;
  return fromShanghaiWallClock(utc);
}

const pad = (n: number) => String(n).padStart(2, "0");
const shifted = shanghaiWallClock;

/** The datetime-local value of an instant in Shanghai time, e.g. "2026-11-23T14:30". */
export function toLocalInput(instant: Date): string {
  const d = shifted(instant);
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}T${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}`;
}

/** "11月23日 14:30" in Shanghai time. */
export function formatLocal(instant: Date): string {
  const d = shifted(instant);
  return `${d.getUTCMonth() + 1}月${d.getUTCDate()}日 ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}`;
}

/** "14:30" in Shanghai time. */
export function formatLocalTime(instant: Date): string {
  const d = shifted(instant);
  return `${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}`;
}

/** The written report is due this many hours after the event. */
export function dueAtOf(eventAt: Date, hours: number): Date {
  return new Date(eventAt.getTime() + hours * HOUR);
}

/** "1天3小时", "1小时20分", "2小时", "35分" for a whole number of minutes. */
export function durationLabel(minutes: number): string {
  const days = Math.floor(minutes / (DAY / MINUTE));
  const hours = Math.floor((minutes % (DAY / MINUTE)) / 60);
  const mins = minutes % 60;
  if (days > 0) return `${days}天${hours ? `${hours}小时` : ""}`;
  if (hours > 0) return `${hours}小时${mins ? `${mins}分` : ""}`;
  return `${mins}分`;
}

export type UrgentClock = { dueAt: Date; remainingMs: number; overdue: boolean; label: string };

/**
 * How a deadline stands at `now`. Time left is rounded up to the minute (59 s left reads
 * "还剩1分", never "还剩0分"); time over is rounded down ("已超时35分" means at least 35
 * minutes), and its first minute reads "刚刚超时".
 */
export function deadlineClock(dueAt: Date, now: Date): UrgentClock {
  const remainingMs = dueAt.getTime() - now.getTime();
  const overdue = remainingMs < 0;
  let label: string;
  if (remainingMs === 0) label = "已到时限";
  else if (!overdue) label = `还剩${durationLabel(Math.ceil(remainingMs / MINUTE))}`;
  else {
    const over = Math.floor(-remainingMs / MINUTE);
    label = over === 0 ? "刚刚超时" : `已超时${durationLabel(over)}`;
  }
  return { dueAt, remainingMs, overdue, label };
}

/** The clock of an event that happened at `eventAt` with `hours` to report it in writing. */
export function urgentClock(eventAt: Date, now: Date, hours: number): UrgentClock {
  return deadlineClock(dueAtOf(eventAt, hours), now);
}

/**
 * Whether a case was (or is) reported late: the clock stops at the first written report, or
 * at 办结 when none came; an open case without one is late once its due time has passed.
 */
export function isLate(c: { dueAt: Date; firstReportAt: Date | null; closedAt: Date | null }, now: Date): boolean {
  return (c.firstReportAt ?? c.closedAt ?? now).getTime() > c.dueAt.getTime();
}

export type CaseState = "CLOSED" | "REPORTED" | "OVERDUE" | "WAITING";

export const CASE_STATE_LABELS: Record<CaseState, string> = {
  WAITING: "待书面报告",
  OVERDUE: "超时未报",
  REPORTED: "已书面报告",
  CLOSED: "已办结",
};

export function caseState(c: { dueAt: Date; firstReportAt: Date | null; closedAt: Date | null }, now: Date): CaseState {
  if (c.closedAt) return "CLOSED";
  if (c.firstReportAt) return "REPORTED";
  return now.getTime() > c.dueAt.getTime() ? "OVERDUE" : "WAITING";
}

/** The year (Shanghai) an instant falls in. */
export function localYear(instant: Date): number {
  return shifted(instant).getUTCFullYear();
}
