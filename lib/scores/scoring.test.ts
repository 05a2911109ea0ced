import { describe, expect, it } from "vitest";
import { scorePublishedItem } from "./scoring";

const item = { itemId: "i1", draftId: "d1", unitId: "u1", authorId: "a1" };

describe("scoring a published item", () => {
  it("gives the county adoption points to the unit and the author", () => {
    const entries = scorePublishedItem(item, [
      { id: "r-city", code: "ADOPTION_CITY", points: 5 },
      { id: "r-county", code: "ADOPTION_COUNTY", points: 2 },
    ]);
    expect(entries).toEqual([
      { ruleId: "r-county", ruleCode: "ADOPTION_COUNTY", points: 2, unitId: "u1", userId: "a1", draftId: "d1", sourceType: "ISSUE_ITEM", sourceId: "i1" },
    ]);
  });
  it("uses the year's own value", () => {
    expect(scorePublishedItem(item, [{ id: "r", code: "ADOPTION_COUNTY", points: 3.5 }])[0].points).toBe(3.5);
  });
  it("writes nothing when the year has no such rule or it is worth nothing", () => {
    expect(scorePublishedItem(item, [])).toEqual([]);
    expect(scorePublishedItem(item, [{ id: "r", code: "ADOPTION_COUNTY", points: 0 }])).toEqual([]);
  });
});
