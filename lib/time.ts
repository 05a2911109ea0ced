/** China has no daylight saving: local time is always UTC+8. */
const SHANGHAI_OFFSET_MS = 8 * 60 * 60 * 1000;

/**
 * The Shanghai wall clock of an instant, as a Date whose UTC fields (getUTCHours() ...) read the
 * local time. The one way local dates and times are taken apart here.
 */
export function shanghaiWallClock(instant: Date): Date {
  return new Date(instant.getTime() + SHANGHAI_OFFSET_MS);
}

/** The instant at which the Shanghai wall clock shows the given UTC-field time (Date.UTC(...) of local parts). */
export function fromShanghaiWallClock(wallClockMs: number): Date {
  return new Date(wallClockMs - SHANGHAI_OFFSET_MS);
}

export function shanghaiYear(date: Date): number {
  return new Date(date.getTime() + SHANGHAI_OFFSET_MS).getUTCFullYear();
}

/** The instant that starts the given local (Asia/Shanghai) year. */
export function shanghaiYearStart(year: number): Date {
  return shanghaiMonthStart(year, 1);
}

/** The instant that starts a local month (1–12; 13 is January of the next year). */
export function shanghaiMonthStart(year: number, month: number): Date {
  return fromShanghaiWallClock(Date.UTC(year, month - 1, 1));
}

/** The local (Asia/Shanghai) year and month (1–12) of an instant. */
export function shanghaiMonth(date: Date): { year: number; month: number } {
  const d = new Date(date.getTime() + SHANGHAI_OFFSET_MS);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1 };
}

/** "2026年11月23日" for a local date. */
export function formatChineseDate(date: Date): string {
  const d = new Date(date.getTime() + SHANGHAI_OFFSET_MS);
  return `${d.getUTCFullYear()}年${d.getUTCMonth() + 1}月${d.getUTCDate()}日`;
}

/** A calendar date (stored as @db.Date, midnight UTC) shown as 2026-11-23. */
export function formatIsoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** "2026-11-23 09:05" in local time; with seconds where the order of events matters (操作日志). */
export function formatDateTime(date: Date, opts: { seconds?: boolean } = {}): string {
  const d = new Date(date.getTime() + SHANGHAI_OFFSET_MS);
  const pad = (n: number) => String(n).padStart(2, "0");
  const minute = `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}`;
  return opts.seconds ? `${minute}:${pad(d.getUTCSeconds())}` : minute;
}

/** Today's local (Asia/Shanghai) calendar date as 2026-11-23. */
export function shanghaiDate(date: Date): string {
  return new Date(date.getTime() + SHANGHAI_OFFSET_MS).toISOString().slice(0, 10);
}

/** "11月30日" for a calendar date "2026-11-30" (or a @db.Date). */
export function formatMonthDay(date: string | Date): string {
  const iso = typeof date === "string" ? date : formatIsoDate(date);
  return iso.replace(/^(\d+)-0?(\d+)-0?(\d+)$/, "$2月$3日");
}

/** The instant a local (Asia/Shanghai) calendar day "2026-11-23" starts. */
export function shanghaiDayStart(date: string): Date {
  return new Date(Date.parse(`${date}T00:00:00Z`) - SHANGHAI_OFFSET_MS);
}
