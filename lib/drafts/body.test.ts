import { describe, expect, it } from "vitest";
import { countChars, normalizeBody, parseBody } from "./body";

describe("draft body", () => {
  it("recognizes the three heading levels of official writing", () => {
    const blocks = parseBody("一、强化组织引领\n（一）建强支部。\n1. 选优配强带头人\n今年以来，全镇共调整村党组织书记3名。");
    expect(blocks.map((b) => b.type)).toEqual(["h1", "h2", "h3", "p"]);
  });
  it("does not take a paragraph starting with a year for a heading", () => {
    expect(parseBody("2026年以来，我镇坚持抓党建促发展。")[0].type).toBe("p");
  });
  it("drops empty lines and round-trips text", () => {
    const text = "一、总体情况\n\n  正文第一段。  \n";
    expect(normalizeBody(text)).toBe("一、总体情况\n正文第一段。");
  });
  it("counts characters without whitespace", () => {
    expect(countChars("基层 党建\n工作")).toBe(6);
  });
});
