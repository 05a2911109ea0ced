import { describe, expect, it } from "vitest";
import type { BulletinDocument } from "@/lib/bulletins/document";
import { sampleBulletin } from "@/tests/fixtures/bulletin";
import { GEOMETRY, gridMeasure as measure, layoutBulletin, lineText, type Page, type PrintLine } from "./layout";

const { left: LEFT, width: WIDTH, top: TOP, height: HEIGHT, pitch: PITCH, advance: ADVANCE } = GEOMETRY;
const RIGHT = LEFT + WIDTH;
const BOTTOM = TOP + HEIGHT;

/** A one-item bulletin whose item has the given paragraphs. */
function withParagraphs(paragraphs: string[], overrides: Partial<BulletinDocument> = {}): BulletinDocument {
  return {
    ...sampleBulletin(1),
    contents: [],
    editorNote: null,
    sections: [
      {
        heading: null,
        items: [{ title: "测试标题", source: "青山镇", editorNote: null, blocks: paragraphs.map((text) => ({ type: "p" as const, text })) }],
      },
    ],
    ...overrides,
  };
}

const body = (pages: Page[]) => pages.flatMap((p) => p.lines.filter((l) => l.role === "body"));
const allLines = (pages: Page[]) => pages.flatMap((p) => p.lines);

describe("line breaking", () => {
  it("keeps closing punctuation off the start of a line and opening marks off its end", () => {
    // First line holds 26 characters (2-character indent): the 27th character is a comma,
    // the 26th of the next run an opening quote, and a full stop falls on a line start too.
    const comma = "一".repeat(26) + "，" + "二".repeat(27) + "。" + "三".repeat(27) + "“四四”" + "五".repeat(30) + "。";
    const pages = layoutBulletin(withParagraphs([comma]), measure);
    const lines = body(pages).map(lineText);
    expect(lines.length).toBeGreaterThan(3);
    for (const text of lines) {
      expect("，。、；：？！”’）》」』〕】…—").not.toContain(text[0]);
      expect("“‘（《「『〔【").not.toContain(text.at(-1));
    }
    // The comma did not start line 2: the last 一 came down with it.
    expect(lines[1].startsWith("一，")).toBe(true);
    expect(lines.join("")).toBe(comma);
  });

  it("fills a body line with 28 characters on the grid, first line indented 2", () => {
    const pages = layoutBulletin(withParagraphs(["党".repeat(100)]), measure);
    const [first, second] = body(pages);
    expect(lineText(first)).toHaveLength(26);
    expect(first.x).toBeCloseTo(LEFT + 2 * ADVANCE, 6);
    expect(lineText(second)).toHaveLength(28);
    expect(second.x).toBeCloseTo(LEFT, 6);
    expect(second.width).toBeCloseTo(WIDTH, 6);
    // 28 glyphs of 16 pt on the 28-per-line advance: about −0.2 pt apart.
    expect(Math.abs(second.letterSpacing - (ADVANCE - 16))).toBeLessThan(0.01);
    expect(second.y - first.y).toBeCloseTo(PITCH, 6);
  });

  it("never splits a run of digits", () => {
    const text = "一".repeat(24) + "20261123" + "二".repeat(40);
    const lines = body(layoutBulletin(withParagraphs([text]), measure)).map(lineText);
    expect(lines.some((l) => l.includes("20261123"))).toBe(true);
  });

  it("keeps every line inside the text area", () => {
    const pages = layoutBulletin(sampleBulletin(12), measure);
    for (const line of allLines(pages)) {
      expect(line.x, lineText(line)).toBeGreaterThanOrEqual(LEFT - 0.01);
      expect(line.x + line.width, lineText(line)).toBeLessThanOrEqual(RIGHT + 0.01);
      if (line.role !== "page-number") expect(line.y, lineText(line)).toBeLessThanOrEqual(BOTTOM);
    }
  });
});

describe("pages", () => {
  it("grows with the content", () => {
    expect(layoutBulletin(sampleBulletin(12), measure).length).toBeGreaterThan(layoutBulletin(sampleBulletin(3), measure).length);
  });

  it("prints the masthead and the red rule on page 1 only", () => {
    const pages = layoutBulletin(sampleBulletin(12), measure);
    const mastheads = pages.map((p) => p.lines.filter((l) => l.role === "masthead").length);
    expect(mastheads[0]).toBe(1);
    expect(mastheads.slice(1).every((n) => n === 0)).toBe(true);
    expect(pages.slice(1).every((p) => p.rules.every((r) => r.color === "#000000"))).toBe(true);
    const masthead = pages[0].lines.find((l) => l.role === "masthead")!;
    expect(lineText(masthead)).toBe("示例县组工信息");
    expect(masthead.size).toBeGreaterThanOrEqual(36);
    expect(masthead.y).toBeLessThan(GEOMETRY.pageHeight / 3);
    expect(pages[0].rules.some((r) => r.color !== "#000000" && r.x1 === LEFT && r.x2 === RIGHT)).toBe(true);
  });

  it("numbers pages — N — on alternating sides", () => {
    const pages = layoutBulletin(sampleBulletin(12), measure);
    expect(pages.length).toBeGreaterThan(2);
    pages.forEach((page, i) => {
      const numbers = page.lines.filter((l) => l.role === "page-number");
      expect(numbers).toHaveLength(1);
      const n = numbers[0];
      expect(lineText(n)).toBe(`— ${i + 1} —`);
      expect(n.y).toBeGreaterThan(BOTTOM);
      if ((i + 1) % 2 === 1) expect(n.x + n.width).toBeCloseTo(RIGHT - 14, 6);
      else expect(n.x).toBeCloseTo(LEFT + 14, 6);
    });
  });

  it("puts the 版记 at the foot of the last page, on a page of its own when it does not fit", () => {
    let overflowed = 0;
    for (let k = 0; k < 40; k++) {
      const pages = layoutBulletin(withParagraphs(Array.from({ length: k }, () => "字".repeat(40))), measure);
      const last = pages.at(-1)!;
      const dist = last.lines.filter((l) => l.role === "distribution");
      expect(dist.map(lineText)).toEqual(["报：市委组织部，县委常委", "送：县人大常委会、县政府、县政协党组", "发：各乡镇党委，各街道党工委，县直各单位党组（党委）", "（共印60份）"]);
      expect(pages.slice(0, -1).every((p) => p.lines.every((l) => l.role !== "distribution"))).toBe(true);
      // The closing thick rule sits on the bottom edge of the text area …
      const rules = [...last.rules].sort((a, b) => a.y - b.y);
      expect(rules.at(-1)!.y).toBeCloseTo(BOTTOM, 6);
      expect(rules.at(-1)!.width).toBeGreaterThan(rules.at(-2)!.width);
      // … and the block starts below everything else on the page.
      const blockTop = rules.filter((r) => r.color === "#000000")[0].y;
      const content = last.lines.filter((l) => l.role !== "distribution" && l.role !== "page-number");
      for (const line of content) expect(line.y).toBeLessThan(blockTop);
      if (content.length === 0) overflowed++;
    }
    expect(overflowed).toBeGreaterThan(0);
  });

  it("leaves out empty distribution lines", () => {
    const doc = sampleBulletin(1);
    doc.distribution = { report: "", send: "  ", issue: "各乡镇党委", printCount: null };
    const pages = layoutBulletin(doc, measure);
    expect(pages.at(-1)!.lines.filter((l) => l.role === "distribution").map(lineText)).toEqual(["发：各乡镇党委"]);
  });

  it("stamps every page of a voided issue 作废 and gives the reason on page 1", () => {
    const pages = layoutBulletin(sampleBulletin(12, { voidReason: "期号重复" }), measure);
    expect(pages.length).toBeGreaterThan(1);
    for (const page of pages) expect(page.stamps.filter((s) => s.kind === "void" && s.text === "作废")).toHaveLength(1);
    expect(pages[0].lines.filter((l) => l.role === "void").map(lineText)).toEqual(["本期已作废：期号重复"]);
    const plain = layoutBulletin(sampleBulletin(12), measure);
    expect(plain.every((p) => p.stamps.length === 0)).toBe(true);
  });

  it("marks every page of a preview 样稿", () => {
    const pages = layoutBulletin(sampleBulletin(3, { number: null }), measure);
    for (const page of pages) expect(page.stamps.map((s) => s.text)).toEqual(["样稿"]);
  });

  it("sets headings in their own faces and keeps item titles centred", () => {
    const pages = layoutBulletin(sampleBulletin(3), measure);
    const lines: PrintLine[] = allLines(pages);
    const h1 = lines.find((l) => l.role === "heading" && lineText(l).startsWith("一、"))!;
    expect(h1.runs[0].face).toBe("hei");
    const h2 = lines.find((l) => l.role === "heading" && lineText(l).startsWith("（一）"))!;
    expect(h2.runs[0].face).toBe("kai");
    expect(h2.runs.at(-1)!.face).toBe("fang");
    for (const title of lines.filter((l) => l.role === "title")) {
      expect(title.x - LEFT).toBeCloseTo(RIGHT - (title.x + title.width), 6);
      expect(title.size).toBe(22);
    }
  });
});
