import { describe, expect, it } from "vitest";
import { DEFAULT_WATCH_TERMS, WATCH_GROUPS, WATCH_SOURCES } from "./watch-list-data";

describe("the default watch list", () => {
  it("cites a known public source for every group and explains every entry", () => {
    for (const g of WATCH_GROUPS) {
      const cited = Object.keys(WATCH_SOURCES).filter((key) => g.source.includes(key));
      expect(cited.length, g.code).toBeGreaterThan(0);
      for (const e of g.entries) {
        expect(e.why.length, e.term).toBeGreaterThan(5);
        expect(e.suggestion.length, e.term).toBeGreaterThan(0);
      }
    }
  });

  it("holds each term once", () => {
    const terms = DEFAULT_WATCH_TERMS.map((e) => e.term);
    expect(new Set(terms).size).toBe(terms.length);
    expect(terms.every((t) => t === t.trim() && t.length > 0)).toBe(true);
  });
});
