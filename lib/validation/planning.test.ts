import { describe, expect, it } from "vitest";
import { quotaSchema } from "./planning";

const UNIT = "6f1c1d5e-8a3b-4c2d-9e0f-123456789abc";
const form = (over: Record<string, unknown> = {}) => ({ unitId: UNIT, year: "2026", monthlyMin: "4", flagshipTarget: "5", adoptedTarget: "8", ...over });
const errors = (over: Record<string, unknown>) => {
  const r = quotaSchema.safeParse(form(over));
  return Object.fromEntries((r.error?.issues ?? []).map((i) => [i.path.join("."), i.message]));
};

describe("quotaSchema counts", () => {
  it("reads the numbers typed in the boxes", () => {
    expect(quotaSchema.parse(form())).toMatchObject({ year: 2026, monthlyMin: 4, flagshipTarget: 5, adoptedTarget: 8 });
    expect(quotaSchema.parse(form({ monthlyMin: " 0 ", adoptedTarget: 3 }))).toMatchObject({ monthlyMin: 0, adoptedTarget: 3 });
  });

  it("refuses an empty, blank or missing box instead of saving 0", () => {
    expect(errors({ monthlyMin: "" })).toEqual({ monthlyMin: "请填写每月最少报送篇数" });
    expect(errors({ flagshipTarget: "   " })).toEqual({ flagshipTarget: "请填写精品稿件目标" });
    expect(errors({ adoptedTarget: undefined })).toEqual({ adoptedTarget: "请填写采用目标" });
    expect(errors({ monthlyMin: null })).toEqual({ monthlyMin: "请填写每月最少报送篇数" });
  });

  it("still refuses fractions, negatives, words and numbers too large", () => {
    expect(errors({ monthlyMin: "1.5" })).toEqual({ monthlyMin: "每月最少报送篇数应为整数" });
    expect(errors({ monthlyMin: "-1" })).toEqual({ monthlyMin: "每月最少报送篇数不能为负数" });
    expect(errors({ monthlyMin: "两篇" })).toEqual({ monthlyMin: "每月最少报送篇数应为整数" });
    expect(errors({ monthlyMin: "101" })).toEqual({ monthlyMin: "每月最少报送篇数不能超过100" });
  });
});
