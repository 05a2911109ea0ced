import { describe, expect, it } from "vitest";
import { placementRuleCodes, type ScoredPlacement } from "./scoring";

const media: ScoredPlacement = { kind: "MEDIA" as const, level: "NATIONAL", frontPage: false, keyPage: false, wordCount: null };

describe("placementRuleCodes", () => {
  it("scores the medium's level alone for a short piece on an ordinary page", () => {
    expect(placementRuleCodes({ ...media, wordCount: 999 })).toEqual(["MEDIA_NATIONAL"]);
    expect(placementRuleCodes({ ...media, level: "COUNTY" })).toEqual(["MEDIA_COUNTY"]);
  });

  it("adds the length band at its lower edge, the longest band only", () => {
    expect(placementRuleCodes({ ...media, wordCount: 1000 })).toEqual(["MEDIA_NATIONAL", "MEDIA_LENGTH_MID"]);
    expect(placementRuleCodes({ ...media, wordCount: 2999 })).toEqual(["MEDIA_NATIONAL", "MEDIA_LENGTH_MID"]);
    expect(placementRuleCodes({ ...media, wordCount: 3000 })).toEqual(["MEDIA_NATIONAL", "MEDIA_LENGTH_LONG"]);
  });

  it("adds 头版 rather than 重要版面 when both are ticked", () => {
    expect(placementRuleCodes({ ...media, keyPage: true })).toEqual(["MEDIA_NATIONAL", "MEDIA_KEY_PAGE"]);
    expect(placementRuleCodes({ ...media, frontPage: true, keyPage: true })).toEqual(["MEDIA_NATIONAL", "MEDIA_FRONT_PAGE"]);
  });

  it("scores 网评 by its one rule, whatever else is set", () => {
    expect(placementRuleCodes({ kind: "COMMENTARY", level: "ANY", frontPage: true, keyPage: true, wordCount: 5000 })).toEqual(["COMMENTARY"]);
  });
});
