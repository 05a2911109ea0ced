import { describe, expect, it } from "vitest";
import { nodeTotal } from "./node-score-rule";

describe("a department's total in the ranking above it", () => {
  it("adds the average of its child departments' points to its own, by default", () => {
    // A city with 8 of its own and three counties of 6, 3 and 0: 8 + 9 / 3.
    expect(nodeTotal("OWN_PLUS_CHILD_AVERAGE", 8, [6, 3, 0])).toEqual({ childPart: 3, total: 11 });
    expect(nodeTotal("OWN_PLUS_CHILD_AVERAGE", 1, [2, 0, 0])).toEqual({ childPart: 0.67, total: 1.67 });
  });

  it("adds their sum when the year's rules say so", () => {
    expect(nodeTotal("OWN_PLUS_CHILD_SUM", 8, [6, 3, 0])).toEqual({ childPart: 9, total: 17 });
  });

  it("is the own points for a department with no child departments", () => {
    expect(nodeTotal("OWN_PLUS_CHILD_AVERAGE", 5, [])).toEqual({ childPart: 0, total: 5 });
  });
});
