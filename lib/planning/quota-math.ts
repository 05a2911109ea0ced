/**
 * 报送任务: where a unit stands against its yearly quota on a given day. Pure: no database,
 * no clock of its own; the caller passes the local (Asia/Shanghai) calendar date.
 *
 * The monthly minimum counts the month of the date (本月还差几篇, `remaining`), but whether a
 * unit is behind (落后) on it is prorated by day of the month, as the yearly targets (精品稿件,
 * 采用) are by day of the year: on 1 July about half of those is expected, and on the 1st of a
 * month nothing of the monthly minimum yet (otherwise every unit would be 落后 on the 1st).
 * Expected figures are whole pieces, rounded down (floor), so nobody is "behind" for a
 * fraction; the last day of a month (or year) expects the whole figure. The separate
 * "本月未报送" filter (nothing at all this month) is not prorated.
 */

export type Quota = { monthlyMin: number; flagshipTarget: number; adoptedTarget: number };

/**
 * Defaults chosen for the demo county when the research office has set nothing for a unit
 * and year: two pieces a month, three 精品稿件 a year (the brief's "3-5"), six adopted.
 */
export const DEFAULT_QUOTA: Quota = { monthlyMin: 2, flagshipTarget: 3, adoptedTarget: 6 };

export type QuotaCounts = {
  /** Drafts that reached the county in the date's month. */
  submittedThisMonth: number;
  /** 精品稿件 that reached the county in the date's year. */
  flagshipsThisYear: number;
  /** Drafts adopted (or published) with the decision in the date's year. */
  adoptedThisYear: number;
};

export type MetricProgress = {
  actual: number;
  target: number;
  /** What should be done by the date. */
  expectedByNow: number;
  behind: boolean;
  /** How many short of the whole target (0 once met). */
  remaining: number;
};

export type QuotaProgress = {
  monthly: MetricProgress;
  flagship: MetricProgress;
  adopted: MetricProgress;
  /** Behind on any of the three. */
  behind: boolean;
};

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** 1 for 1 January, 365 (366) for 31 December. */
export function dayOfYear(date: string): { day: number; days: number } {
  const m = DATE.exec(date);
  if (!m) throw new Error(`not a calendar date: ${date}`);
  const year = Number(m[1]);
  const day = (Date.UTC(year, Number(m[2]) - 1, Number(m[3])) - Date.UTC(year, 0, 1)) / 86_400_000 + 1;
  return { day, days: isLeapYear(year) ? 366 : 365 };
}

/** 1 for the 1st, and the number of days of the date's month. */
export function dayOfMonth(date: string): { day: number; days: number } {
  const m = DATE.exec(date);
  if (!m) throw new Error(`not a calendar date: ${date}`);
  const [year, month] = [Number(m[1]), Number(m[2])];
  return { day: Number(m[3]), days: new Date(Date.UTC(year, month, 0)).getUTCDate() };
}

function metric(actual: number, target: number, expectedByNow: number): MetricProgress {
  return { actual, target, expectedByNow, behind: actual < expectedByNow, remaining: Math.max(0, target - actual) };
}

export function quotaProgress(quota: Quota, counts: QuotaCounts, date: string): QuotaProgress {
  const { day, days } = dayOfYear(date);
  const inMonth = dayOfMonth(date);
  // Integer arithmetic: exact, so the last day of the year (month) expects the whole target.
  const prorated = (target: number) => Math.floor((target * day) / days);
  const monthly = metric(counts.submittedThisMonth, quota.monthlyMin, Math.floor((quota.monthlyMin * inMonth.day) / inMonth.days));
  const flagship = metric(counts.flagshipsThisYear, quota.flagshipTarget, prorated(quota.flagshipTarget));
  const adopted = metric(counts.adoptedThisYear, quota.adoptedTarget, prorated(quota.adoptedTarget));
  return { monthly, flagship, adopted, behind: monthly.behind || flagship.behind || adopted.behind };
}

/**
 * The day a year's progress is read on: today for the current year, 31 December for a past
 * year (the year is over), 1 January for a year not yet begun.
 */
export function asOfDate(year: number, today: string): string {
  const current = Number(today.slice(0, 4));
  if (year < current) return `${year}-12-31`;
  if (year > current) return `${year}-01-01`;
  return today;
}
