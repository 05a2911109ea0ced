import { describe, expect, it } from "vitest";
import { DEFAULT_QUOTA, asOfDate, dayOfMonth, dayOfYear, quotaProgress, type QuotaCounts } from "./quota-math";

const counts = (submittedThisMonth: number, flagshipsThisYear: number, adoptedThisYear: number): QuotaCounts => ({
  submittedThisMonth,
  flagshipsThisYear,
  adoptedThisYear,
});

describe("quota progress for a date", () => {
  it("uses the demo county's defaults: 2 a month, 3 精品稿件, 6 adopted", () => {
    expect(DEFAULT_QUOTA).toEqual({ monthlyMin: 2, flagshipTarget: 3, adoptedTarget: 6 });
  });

  it("expects nothing on 1 January: no unit is 落后 on the first day, though the month's minimum is still to do", () => {
    const p = quotaProgress(DEFAULT_QUOTA, counts(0, 0, 0), "2026-01-01");
    expect(p.flagship).toMatchObject({ actual: 0, target: 3, expectedByNow: 0, behind: false, remaining: 3 });
    expect(p.adopted).toMatchObject({ expectedByNow: 0, behind: false });
    expect(p.monthly).toMatchObject({ actual: 0, target: 2, expectedByNow: 0, behind: false, remaining: 2 });
    expect(p.behind).toBe(false);
  });

  it("prorates the monthly minimum by day of the month, rounding down to whole pieces", () => {
    // Any 1st of a month: nothing expected yet.
    expect(quotaProgress(DEFAULT_QUOTA, counts(0, 0, 0), "2026-03-01").monthly).toMatchObject({ expectedByNow: 0, behind: false, remaining: 2 });
    // 15 March: 2 × 15 / 31 = 0.97 → 0; 16 March: 2 × 16 / 31 = 1.03 → 1.
    expect(quotaProgress(DEFAULT_QUOTA, counts(0, 0, 0), "2026-03-15").monthly).toMatchObject({ expectedByNow: 0, behind: false });
    expect(quotaProgress(DEFAULT_QUOTA, counts(0, 0, 0), "2026-03-16").monthly).toMatchObject({ expectedByNow: 1, behind: true });
    expect(quotaProgress(DEFAULT_QUOTA, counts(1, 0, 0), "2026-03-16").monthly.behind).toBe(false);
    // 15 November (30 days): exactly half.
    expect(quotaProgress(DEFAULT_QUOTA, counts(0, 0, 0), "2026-11-15").monthly).toMatchObject({ expectedByNow: 1, behind: true });
    // February's length, leap year or not.
    expect(dayOfMonth("2026-02-14")).toEqual({ day: 14, days: 28 });
    expect(dayOfMonth("2028-02-14")).toEqual({ day: 14, days: 29 });
    expect(quotaProgress(DEFAULT_QUOTA, counts(0, 0, 0), "2026-02-14").monthly.expectedByNow).toBe(1);
    expect(quotaProgress(DEFAULT_QUOTA, counts(0, 0, 0), "2028-02-14").monthly.expectedByNow).toBe(0);
  });

  it("is not behind once the month's minimum is reached, early or late in the month; the last day expects all of it", () => {
    expect(quotaProgress(DEFAULT_QUOTA, counts(2, 0, 0), "2026-03-02").monthly.behind).toBe(false);
    expect(quotaProgress(DEFAULT_QUOTA, counts(1, 0, 0), "2026-03-31").monthly).toMatchObject({ expectedByNow: 2, behind: true, remaining: 1 });
    expect(quotaProgress(DEFAULT_QUOTA, counts(5, 0, 0), "2026-03-31").monthly).toMatchObject({ behind: false, remaining: 0 });
  });

  it("prorates the yearly targets by day of the year, rounding down to whole pieces", () => {
    // 1 July 2026 is day 182 of 365: 6 × 182 / 365 = 2.99 → 2 expected.
    const july = quotaProgress(DEFAULT_QUOTA, counts(2, 1, 2), "2026-07-01");
    expect(july.adopted).toMatchObject({ expectedByNow: 2, behind: false });
    expect(july.flagship).toMatchObject({ expectedByNow: 1, behind: false });
    // 2 July is day 183: 6 × 183 / 365 = 3.008 → 3, and 2 adopted is now behind.
    expect(quotaProgress(DEFAULT_QUOTA, counts(2, 1, 2), "2026-07-02").adopted).toMatchObject({ expectedByNow: 3, behind: true });
  });

  it("counts 29 February in a leap year", () => {
    expect(dayOfYear("2028-03-01")).toEqual({ day: 61, days: 366 });
    expect(dayOfYear("2026-03-01")).toEqual({ day: 60, days: 365 });
    // 1 July 2028 is day 183 of 366: exactly half of 6.
    expect(quotaProgress(DEFAULT_QUOTA, counts(2, 0, 3), "2028-07-01").adopted).toMatchObject({ expectedByNow: 3, behind: false });
    expect(quotaProgress(DEFAULT_QUOTA, counts(2, 0, 2), "2028-07-01").adopted.behind).toBe(true);
    expect(dayOfYear("2028-12-31")).toEqual({ day: 366, days: 366 });
  });

  it("expects the whole target on the last day of the year; exactly on target is not behind", () => {
    const quota = { monthlyMin: 3, flagshipTarget: 5, adoptedTarget: 10 };
    const onTarget = quotaProgress(quota, counts(3, 5, 10), "2026-12-31");
    expect(onTarget.flagship).toMatchObject({ expectedByNow: 5, behind: false, remaining: 0 });
    expect(onTarget.adopted).toMatchObject({ expectedByNow: 10, behind: false, remaining: 0 });
    expect(onTarget.monthly).toMatchObject({ expectedByNow: 3, behind: false });
    expect(onTarget.behind).toBe(false);
    const oneShort = quotaProgress(quota, counts(3, 4, 10), "2026-12-31");
    expect(oneShort.flagship).toMatchObject({ behind: true, remaining: 1 });
    expect(oneShort.behind).toBe(true);
  });

  it("never expects anything of a zero target", () => {
    const p = quotaProgress({ monthlyMin: 0, flagshipTarget: 0, adoptedTarget: 0 }, counts(0, 0, 0), "2026-12-31");
    expect(p.behind).toBe(false);
  });

  it("reads a past year on 31 December and a future year on 1 January", () => {
    expect(asOfDate(2025, "2026-11-23")).toBe("2025-12-31");
    expect(asOfDate(2026, "2026-11-23")).toBe("2026-11-23");
    expect(asOfDate(2027, "2026-11-23")).toBe("2027-01-01");
  });
});
