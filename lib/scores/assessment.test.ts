import { describe, expect, it } from "vitest";
import { assess, type CategorySetting } from "./assessment";
import { categoryOf, DEFAULT_CATEGORIES, DEFAULT_RULES } from "./rules";

const categories: CategorySetting[] = [
  { code: "INFO", label: "组工信息", cap: 40, weight: 20, mode: "RATIO" },
  { code: "MEDIA", label: "上级媒体发稿", cap: null, weight: 5, mode: "RATIO" },
  { code: "TIMELINESS", label: "时效", cap: null, weight: 5, mode: "DEDUCT" },
];

describe("千分制折算", () => {
  it("scales points up to the cap to the weight", () => {
    expect(assess({ INFO: 20 }, categories, 1).categories[0]).toMatchObject({ counted: 20, score: 10 });
    expect(assess({ INFO: 100 }, categories, 1).categories[0]).toMatchObject({ points: 100, counted: 40, score: 20 });
  });

  it("counts uncapped points as they are, up to the weight", () => {
    expect(assess({ MEDIA: 3 }, categories, 1).categories[1].score).toBe(3);
    expect(assess({ MEDIA: 12 }, categories, 1).categories[1].score).toBe(5);
  });

  it("takes deductions off full marks, never below zero; a negative category counts as zero", () => {
    expect(assess({}, categories, 1).categories[2].score).toBe(5);
    // No submissions, no 时效 points: full marks come from reporting on time, not from silence.
    expect(assess({}, categories, 0).categories[2].score).toBe(0);
    expect(assess({ TIMELINESS: -2 }, categories, 1).categories[2].score).toBe(3);
    expect(assess({ TIMELINESS: -20 }, categories, 1).categories[2].score).toBe(0);
    expect(assess({ INFO: -4 }, categories, 1).categories[0].score).toBe(0);
  });

  it("totals the categories", () => {
    expect(assess({ INFO: 10, MEDIA: 2, TIMELINESS: -2 }, categories, 1).total).toBe(5 + 2 + 3);
  });

  it("puts every default rule in a default category", () => {
    const codes = new Set(DEFAULT_CATEGORIES.map((c) => c.code));
    expect(DEFAULT_RULES.every((r) => codes.has(categoryOf(r.code)))).toBe(true);
    expect(categoryOf("DEDUCT_LATE_URGENT")).toBe("TIMELINESS");
    expect(categoryOf("DEDUCT_MISSED_COMMISSION")).toBe("INFO");
  });
});
