import { describe, expect, it } from "vitest";
import {
  categoryLabels,
  compareYears,
  currentMonthOf,
  dashboardHref,
  hasBegun,
  hasData,
  pickTop,
  sameTimeLastYear,
  shiftPeriod,
  switchKind,
  trendLastMonth,
  trendSeries,
} from "./dashboard-view";

const month = (year: number, index: number) => ({ kind: "MONTH" as const, year, index });
const quarter = (year: number, index: number) => ({ kind: "QUARTER" as const, year, index });
const year = (y: number) => ({ kind: "YEAR" as const, year: y, index: 1 });
// 2026-11-23 15:10 in Shanghai.
const NOW = new Date("2026-11-23T07:10:00Z");

describe("periods of the dashboard", () => {
  it("moves back and forth by months, quarters and years across year ends", () => {
    expect(shiftPeriod(month(2026, 1), -1)).toEqual(month(2025, 12));
    expect(shiftPeriod(month(2026, 12), 1)).toEqual(month(2027, 1));
    expect(shiftPeriod(quarter(2026, 1), -1)).toEqual(quarter(2025, 4));
    expect(shiftPeriod(quarter(2026, 4), 1)).toEqual(quarter(2027, 1));
    expect(shiftPeriod(year(2026), -1)).toEqual(year(2025));
    expect(sameTimeLastYear(quarter(2026, 4))).toEqual(quarter(2025, 4));
  });

  it("takes this month of a period: today's if inside, else its last month", () => {
    expect(currentMonthOf(year(2026), NOW)).toEqual(month(2026, 11));
    expect(currentMonthOf(quarter(2026, 4), NOW)).toEqual(month(2026, 11));
    expect(currentMonthOf(quarter(2026, 2), NOW)).toEqual(month(2026, 6));
    expect(currentMonthOf(year(2025), NOW)).toEqual(month(2025, 12));
    expect(currentMonthOf(year(2027), NOW)).toEqual(month(2027, 1));
    // Local time: 2026-11-30 16:30 UTC is already 1 December in Shanghai.
    expect(currentMonthOf(year(2026), new Date("2026-11-30T16:30:00Z"))).toEqual(month(2026, 12));
  });

  it("switches between 月, 季 and 年 around that month", () => {
    expect(switchKind(month(2026, 11), "QUARTER", NOW)).toEqual(quarter(2026, 4));
    expect(switchKind(month(2026, 5), "YEAR", NOW)).toEqual(year(2026));
    expect(switchKind(year(2026), "MONTH", NOW)).toEqual(month(2026, 11));
    expect(switchKind(year(2025), "QUARTER", NOW)).toEqual(quarter(2025, 4));
    expect(switchKind(quarter(2026, 2), "MONTH", NOW)).toEqual(month(2026, 6));
  });

  it("ends the trend at the period's last month, but not after this month", () => {
    expect(trendLastMonth(year(2026), NOW)).toBe(11);
    expect(trendLastMonth(year(2025), NOW)).toBe(12);
    expect(trendLastMonth(quarter(2026, 3), NOW)).toBe(9);
    expect(trendLastMonth(month(2026, 4), NOW)).toBe(4);
  });

  it("knows future periods and builds links", () => {
    expect(hasBegun(month(2026, 11), NOW)).toBe(true);
    expect(hasBegun(month(2026, 12), NOW)).toBe(false);
    expect(dashboardHref(month(2026, 3))).toBe("/scores/dashboard?p=2026-03");
    expect(dashboardHref(quarter(2026, 4))).toBe("/scores/dashboard?p=2026-Q4");
    expect(dashboardHref(year(2026))).toBe("/scores/dashboard?p=2026");
  });
});

describe("shaping rows for charts", () => {
  const r = (unitId: string, name: string, m: number, points: number) => ({ unitId, name, month: m, points });

  it("makes one zero-filled series per unit, months 1..last, the top units only", () => {
    const rows = [r("a", "甲镇", 1, 2), r("a", "甲镇", 3, 5), r("b", "乙街道", 2, 10), r("c", "丙乡", 3, 1), r("d", "丁局", 2, 3), r("d", "丁局", 2, -3), r("a", "甲镇", 5, 9)];
    const { months, series } = trendSeries(rows, 4, 2);
    expect(months).toEqual(["1月", "2月", "3月", "4月"]);
    expect(series).toEqual([
      { unitId: "b", name: "乙街道", data: [0, 10, 0, 0], total: 10 },
      { unitId: "a", name: "甲镇", data: [2, 0, 5, 0], total: 7 },
    ]);
    // A unit whose entries net to nothing is not drawn.
    expect(trendSeries(rows, 4, 8).series.map((s) => s.unitId)).toEqual(["b", "a", "c"]);
    expect(trendSeries([], 11).series).toEqual([]);
  });

  it("picks the top N by score with ties in name order", () => {
    const items = [
      { name: "乙", v: 3 },
      { name: "甲", v: 3 },
      { name: "丙", v: 9 },
      { name: "丁", v: 1 },
    ];
    expect(pickTop(items, 3, (i) => i.v, (i) => i.name).map((i) => i.name)).toEqual(["丙", "甲", "乙"]);
    expect(pickTop(items, 10, (i) => i.v, (i) => i.name)).toHaveLength(4);
  });

  it("labels categories from the default rules, in their order, without empty ones", () => {
    expect(
      categoryLabels([
        { code: "COMMENTARY", points: 3 },
        { code: "ADOPTION_COUNTY", points: 8 },
        { code: "MEDIA_CITY", points: 0 },
        { code: "SPECIAL", points: 1 },
      ]),
    ).toEqual([
      { code: "ADOPTION_COUNTY", label: "县级《组工信息》采用", points: 8 },
      { code: "COMMENTARY", label: "网评文章刊发", points: 3 },
      { code: "SPECIAL", label: "SPECIAL", points: 1 },
    ]);
  });

  it("compares this period with last year's, unit by unit", () => {
    const now = [
      { unitId: "a", name: "甲镇", group: "TOWNSHIP" as const, points: 7 },
      { unitId: "b", name: "乙街道", group: "TOWNSHIP" as const, points: 0 },
    ];
    const before = [
      { unitId: "b", name: "乙街道", group: "TOWNSHIP" as const, points: 4 },
      { unitId: "z", name: "撤并乡", group: "TOWNSHIP" as const, points: 2 },
    ];
    expect(compareYears(now, before)).toEqual([
      { unitId: "a", name: "甲镇", group: "TOWNSHIP", current: 7, previous: 0, change: 7 },
      { unitId: "b", name: "乙街道", group: "TOWNSHIP", current: 0, previous: 4, change: -4 },
      { unitId: "z", name: "撤并乡", group: "TOWNSHIP", current: 0, previous: 2, change: -2 },
    ]);
  });

  it("draws a chart only when some number is not zero", () => {
    expect(hasData([])).toBe(false);
    expect(hasData([0, 0])).toBe(false);
    expect(hasData([0, -1])).toBe(true);
  });
});
