import { describe, expect, it } from "vitest";
import { categoryShares } from "./category-shares";

describe("得分构成", () => {
  it("never shows shares over 100 % or below 0 when there are deductions", () => {
    const r = categoryShares([
      { code: "ADOPTION_COUNTY", label: "县级采用", points: 4 },
      { code: "MEDIA_CITY", label: "市级媒体", points: 2 },
      { code: "DEDUCT_LATE_URGENT", label: "迟报", points: -4 },
    ]);
    expect(r.rows.map((x) => x.share)).toEqual([4 / 6, 2 / 6, null]);
    expect(r).toMatchObject({ earned: 6, deducted: -4, net: 2 });
    for (const x of r.rows) {
      if (x.share !== null) {
        expect(x.share).toBeGreaterThan(0);
        expect(x.share).toBeLessThanOrEqual(1);
      }
    }
  });
  it("has no shares when only deductions stand", () => {
    expect(categoryShares([{ code: "D", label: "扣分", points: -2 }])).toMatchObject({ earned: 0, deducted: -2, net: -2, rows: [{ share: null }] });
  });
});
