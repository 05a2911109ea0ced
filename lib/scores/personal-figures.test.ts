import { describe, expect, it } from "vitest";
import { applyShortlist, CREDIT_KIND_CODES, creditKindOf, rankPeople, type PersonRow } from "./personal-figures";

const row = (name: string, points: number, over: Partial<PersonRow> = {}): Omit<PersonRow, "rank"> => ({
  userId: name,
  name,
  unitId: "u",
  unitName: "甲镇",
  group: "TOWNSHIP",
  currentUnitId: "u",
  currentUnitName: "甲镇",
  adopted: 3,
  upper: 0,
  media: 0,
  commentary: 0,
  points,
  ...over,
});

describe("what counts as which item", () => {
  it("sorts the rules into county and upper adoption, media and 网评; the rest are not items", () => {
    expect(creditKindOf("ADOPTION_COUNTY")).toBe("ADOPTED");
    expect(creditKindOf("ADOPTION_PROVINCE")).toBe("UPPER");
    expect(creditKindOf("MEDIA_FRONT_PAGE")).toBe("MEDIA");
    expect(creditKindOf("COMMENTARY")).toBe("COMMENTARY");
    for (const code of ["INSTRUCTION_CITY", "DEDUCT_SECRECY", "DEDUCT_MISSED_COMMISSION", "OPENING_INFO"]) expect(creditKindOf(code)).toBeNull();
    expect(CREDIT_KIND_CODES.UPPER).toEqual(["ADOPTION_CITY", "ADOPTION_PROVINCE", "ADOPTION_CENTRAL"]);
  });
});

describe("rankPeople", () => {
  it("ranks each group apart, equal points sharing a rank (1, 1, 3), 乡镇（街道） first", () => {
    const ranked = rankPeople([row("乙", 4), row("丙", 2), row("局", 1, { group: "AGENCY" }), row("甲", 4)]);
    expect(ranked.map((r) => [r.name, r.rank])).toEqual([
      ["甲", 1],
      ["乙", 1],
      ["丙", 3],
      ["局", 1],
    ]);
  });
});

describe("applyShortlist", () => {
  const rule = { topN: 2, minAdopted: 2, excludeSecrecy: true };
  it("takes the first N who qualify in each group, and everyone tied with the last of them", () => {
    const ranked = rankPeople([row("甲", 10), row("乙", 8), row("丙", 8), row("丁", 5)]);
    // Names in pinyin order within a tie (丙 bǐng before 乙 yǐ), as the unit ranking shows them.
    expect(applyShortlist(ranked, rule, new Set()).map((l) => [l.name, l.rank, l.chosen])).toEqual([
      ["甲", 1, true],
      ["丙", 2, true],
      ["乙", 2, true],
    ]);
  });
  it("passes over those short of adoptions or with a 保密 incident, saying why, and goes further down", () => {
    const ranked = rankPeople([row("甲", 10, { adopted: 1 }), row("乙", 9), row("丙", 8), row("丁", 7)]);
    const lines = applyShortlist(ranked, rule, new Set(["乙"]));
    expect(lines.map((l) => [l.name, l.chosen, l.reasons])).toEqual([
      ["甲", false, ["县级采用不足2篇"]],
      ["乙", false, ["有保密问题"]],
      ["丙", true, []],
      ["丁", true, []],
    ]);
    expect(applyShortlist(ranked, { ...rule, excludeSecrecy: false }, new Set(["乙"])).filter((l) => l.chosen).map((l) => l.name)).toEqual(["乙", "丙"]);
  });
  it("chooses nobody without points, and lists the top ranks' shortfalls when nobody qualifies", () => {
    const ranked = rankPeople([row("甲", 6, { adopted: 0 }), row("乙", 0), row("局", 3, { group: "AGENCY", adopted: 0 })]);
    expect(applyShortlist(ranked, rule, new Set()).map((l) => [l.name, l.chosen, l.reasons])).toEqual([
      ["甲", false, ["县级采用不足2篇"]],
      ["局", false, ["县级采用不足2篇"]],
    ]);
  });
});
