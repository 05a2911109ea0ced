import { describe, expect, it } from "vitest";
import { isValidPeriod, parsePeriod, periodKey, periodLabel, periodRange, recentPeriods } from "./period";
import { RECORD_LEVELS, ruleFor, type RecordLevel } from "./record-kinds";
import { DEFAULT_RULES } from "./rules";

describe("reporting periods in Asia/Shanghai", () => {
  it("starts a month, a quarter and a year at local midnight", () => {
    expect(periodRange({ kind: "MONTH", year: 2026, index: 11 })).toEqual({ from: new Date("2026-10-31T16:00:00Z"), to: new Date("2026-11-30T16:00:00Z") });
    expect(periodRange({ kind: "QUARTER", year: 2026, index: 4 })).toEqual({ from: new Date("2026-09-30T16:00:00Z"), to: new Date("2026-12-31T16:00:00Z") });
    expect(periodRange({ kind: "YEAR", year: 2026, index: 1 }).to).toEqual(new Date("2026-12-31T16:00:00Z"));
  });

  it("reads and writes period keys, and names them as staff do", () => {
    expect(parsePeriod("2026-11")).toEqual({ kind: "MONTH", year: 2026, index: 11 });
    expect(parsePeriod("2026-Q4")).toEqual({ kind: "QUARTER", year: 2026, index: 4 });
    expect(parsePeriod("2026-13")).toBeNull();
    expect(parsePeriod("2026-Q5")).toBeNull();
    expect(parsePeriod("1999")).toBeNull();
    expect(parsePeriod("去年")).toBeNull();
    expect(periodKey({ kind: "MONTH", year: 2026, index: 3 })).toBe("2026-03");
    expect(periodLabel({ kind: "QUARTER", year: 2026, index: 4 })).toBe("2026年第四季度");
  });
});

describe("what each record scores under", () => {
  it("maps every kind and level to an existing rule", () => {
    const codes = new Set(DEFAULT_RULES.map((r) => r.code));
    for (const [kind, levels] of Object.entries(RECORD_LEVELS)) {
      for (const level of Object.keys(levels)) expect(codes.has(ruleFor(kind as keyof typeof RECORD_LEVELS, level as RecordLevel)!)).toBe(true);
    }
    expect(ruleFor("MEDIA", "CENTRAL")).toBeNull();
    expect(ruleFor("DEDUCTION", "LATE_URGENT")).toBe("DEDUCT_LATE_URGENT");
  });
});

describe("recentPeriods", () => {
  it("offers this year up to the month, then all of last year, newest first", () => {
    const keys = recentPeriods(2026, 5).map(periodKey);
    expect(keys.slice(0, 8)).toEqual(["2026", "2026-Q2", "2026-Q1", "2026-05", "2026-04", "2026-03", "2026-02", "2026-01"]);
    expect(keys.slice(8, 10)).toEqual(["2025", "2025-Q4"]);
    expect(keys).toHaveLength(8 + 17);
  });

  it("knows which periods exist", () => {
    expect(isValidPeriod({ kind: "MONTH", year: 2026, index: 12 })).toBe(true);
    expect(isValidPeriod({ kind: "MONTH", year: 2026, index: 0 })).toBe(false);
    expect(isValidPeriod({ kind: "QUARTER", year: 2026, index: 5 })).toBe(false);
    expect(isValidPeriod({ kind: "YEAR", year: 2026, index: 2 })).toBe(false);
    expect(isValidPeriod({ kind: "YEAR", year: 2101, index: 1 })).toBe(false);
    expect(isValidPeriod({ kind: "MONTH", year: 2026.5, index: 1 })).toBe(false);
  });
});
