import { describe, expect, it } from "vitest";
import { adoptionRate, rankByGroup } from "./ranking";

describe("ranking", () => {
  it("lets ties share a rank and skips the next", () => {
    const ranked = rankByGroup([
      { group: "T", name: "甲镇", points: 6 },
      { group: "T", name: "乙镇", points: 10 },
      { group: "T", name: "丙镇", points: 6 },
      { group: "T", name: "丁镇", points: 2 },
    ]);
    expect(ranked.map((r) => [r.name, r.rank])).toEqual([
      ["乙镇", 1],
      ["丙镇", 2],
      ["甲镇", 2],
      ["丁镇", 4],
    ]);
  });
  it("ranks groups apart", () => {
    const ranked = rankByGroup([
      { group: "TOWNSHIP", name: "甲镇", points: 4 },
      { group: "AGENCY", name: "县财政局", points: 8 },
      { group: "TOWNSHIP", name: "乙街道", points: 2 },
    ]);
    expect(ranked.find((r) => r.name === "县财政局")?.rank).toBe(1);
    expect(ranked.find((r) => r.name === "甲镇")?.rank).toBe(1);
    expect(ranked.find((r) => r.name === "乙街道")?.rank).toBe(2);
  });
  it("gives all-zero units the same rank", () => {
    const ranked = rankByGroup([
      { group: "T", name: "甲", points: 0 },
      { group: "T", name: "乙", points: 0 },
    ]);
    expect(ranked.map((r) => r.rank)).toEqual([1, 1]);
  });
  it("computes 采用率 over decided drafts only", () => {
    expect(adoptionRate(3, 1)).toBe(0.75);
    expect(adoptionRate(0, 0)).toBeNull();
  });
});
