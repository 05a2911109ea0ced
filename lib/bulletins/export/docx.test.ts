import JSZip from "jszip";
import { describe, expect, it } from "vitest";
import type { BulletinDocument } from "@/lib/bulletins/document";
import { sampleBulletin } from "@/tests/fixtures/bulletin";
import { renderBulletinDocx } from "./docx";

type Parts = {
  document: string;
  styles: string;
  settings: string;
  core: string;
  headers: string[];
  footer: (type: "default" | "even") => string;
};

async function render(doc: BulletinDocument): Promise<Parts & { size: number }> {
  const buffer = await renderBulletinDocx(doc);
  const zip = await JSZip.loadAsync(buffer);
  const read = (name: string) => zip.file(name)!.async("string");
  const document = await read("word/document.xml");
  const rels = await read("word/_rels/document.xml.rels");
  const footers = new Map<string, string>();
  for (const name of Object.keys(zip.files).filter((n) => /^word\/footer\d+\.xml$/.test(n))) {
    footers.set(name.slice("word/".length), await read(name));
  }
  const headerNames = Object.keys(zip.files).filter((n) => /^word\/header\d+\.xml$/.test(n));
  // The section's footerReference of a type names a relationship, whose target is the footer part.
  const footer = (type: "default" | "even") => {
    const id = attrs(document, "w:footerReference", (a) => a["w:type"] === type)["r:id"];
    const target = attrs(rels, "Relationship", (a) => a.Id === id).Target;
    return footers.get(target) ?? "";
  };
  return {
    size: buffer.length,
    document,
    styles: await read("word/styles.xml"),
    settings: await read("word/settings.xml"),
    core: await read("docProps/core.xml"),
    headers: await Promise.all(headerNames.map(read)),
    footer,
  };
}

/** Attributes of the first <tag …> that passes `where`. */
function attrs(xml: string, tag: string, where: (a: Record<string, string>) => boolean = () => true) {
  for (const match of xml.matchAll(new RegExp(`<${tag}(\\s[^>]*?)?/?>`, "g"))) {
    const found = Object.fromEntries([...(match[1] ?? "").matchAll(/([\w:]+)="([^"]*)"/g)].map((m) => [m[1], m[2]]));
    if (where(found)) return found;
  }
  throw new Error(`no <${tag}> found`);
}

const paragraphs = (xml: string) => xml.match(/<w:p(?:\s[^>]*)?>.*?<\/w:p>/gs) ?? [];

/** The first paragraph (<w:p>…</w:p>) whose text contains `text`. */
function paragraphWith(xml: string, text: string): string {
  const paragraph = paragraphs(xml).find((p) => textOf(p).includes(text));
  if (!paragraph) throw new Error(`no paragraph with ${text}`);
  return paragraph;
}

/** The run (<w:r>…</w:r>) whose text contains `text`. */
function runWith(xml: string, text: string): string {
  const run = xml.match(/<w:r>.*?<\/w:r>/gs)?.find((r) => textOf(r).includes(text));
  if (!run) throw new Error(`no run with ${text}`);
  return run;
}

const textOf = (xml: string) => [...xml.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join("");

const eastAsiaFont = (run: string) => attrs(run, "w:rFonts")["w:eastAsia"];
const size = (run: string) => Number(attrs(run, "w:sz")["w:val"]);
const alignment = (paragraph: string) => attrs(paragraph, "w:jc")["w:val"];

/** A one-item issue with every kind of block, to check each one's font. */
function blocksDoc(): BulletinDocument {
  const doc = sampleBulletin(1);
  const item = doc.sections[0].items[0];
  return {
    ...doc,
    sections: [
      {
        heading: "工作动态",
        items: [
          {
            ...item,
            editorNote: "请各乡镇学习借鉴。",
            blocks: [
              { type: "h1", text: "一、建强组织链" },
              { type: "h2", text: "（一）成立产业党委。" },
              { type: "h3", text: "1.选派专职书记" },
              { type: "p", text: "推行“党支部+合作社+农户”模式，年底按股分红。" },
            ],
          },
        ],
      },
    ],
  };
}

describe("renderBulletinDocx", () => {
  it("lays out an A4 page with the official margins and a 22-line grid", async () => {
    const { document } = await render(sampleBulletin(3));
    expect(attrs(document, "w:pgSz")).toMatchObject({ "w:w": "11906", "w:h": "16838" });
    expect(attrs(document, "w:pgMar")).toMatchObject({
      "w:top": "2098",
      "w:bottom": "1984",
      "w:left": "1587",
      "w:right": "1474",
    });
    // Lines only: LibreOffice sets a linesAndChars grid at about 20 characters a line.
    const grid = attrs(document, "w:docGrid");
    expect(grid).toMatchObject({ "w:type": "lines", "w:linePitch": "579" });
    expect(grid["w:charSpace"]).toBeUndefined();
  });

  it("sets 28 characters a line by spacing every character 0.25 pt closer", async () => {
    const { styles } = await render(sampleBulletin(3));
    const defaults = styles.slice(styles.indexOf("<w:docDefaults>"), styles.indexOf("</w:docDefaults>"));
    expect(attrs(defaults, "w:spacing", (a) => "w:val" in a)["w:val"]).toBe("-5");
    // 28 characters of 16 pt less 0.25 pt each fit the 156 mm (8845 twips) text width.
    expect(28 * (16 * 20 - 5)).toBeLessThanOrEqual(8845);
    expect(27 * (16 * 20 - 5) + 16 * 20).toBeLessThan(8845);
  });

  it("carries a font table with substitution hints for every face it names", async () => {
    const buffer = await renderBulletinDocx(sampleBulletin(3));
    const fonts = await (await JSZip.loadAsync(buffer)).file("word/fontTable.xml")!.async("string");
    for (const [name, alt] of [
      ["仿宋_GB2312", "仿宋"],
      ["仿宋", "FangSong"],
      ["方正小标宋简体", "FZXiaoBiaoSong-B05S"],
      ["黑体", "SimHei"],
      ["楷体_GB2312", "楷体"],
      ["宋体", "SimSun"],
    ]) {
      const entry = new RegExp(`<w:font w:name="${name}">(.*?)</w:font>`).exec(fonts)?.[1] ?? "";
      expect(attrs(entry, "w:altName")["w:val"], name).toBe(alt);
      expect(attrs(entry, "w:charset")["w:val"]).toBe("86");
      expect(attrs(entry, "w:family")["w:val"]).toMatch(/^(roman|swiss|modern)$/);
    }
  });

  it("breaks a long title where the PDF does, with no character alone on a line", async () => {
    const doc = sampleBulletin(1);
    const title = "关于进一步加强和改进新时代村级党组织书记队伍建设工作的调研报告";
    doc.sections[0].items[0] = { ...doc.sections[0].items[0], title };
    const { document, styles } = await render(doc);
    const paragraph = paragraphs(document).find((p) => p.includes('<w:sz w:val="44"/>'))!;
    const lines = textOf(paragraph.replace(/<w:br\/>/g, "<w:t>|</w:t>")).split("|");
    expect(lines.join("")).toBe(title);
    expect(lines.length).toBe(2);
    for (const line of lines) expect([...line].length).toBeGreaterThan(3);
    // Off the grid: LibreOffice would give each 1.3-row title line two rows.
    expect(attrs(paragraph, "w:pStyle")["w:val"]).toBe("OffGrid");
    expect(styles).toMatch(/w:styleId="OffGrid".*?<w:snapToGrid w:val="0"\/>/s);
  });

  it("names the official fonts in the East Asian slot", async () => {
    const { document, styles } = await render(blocksDoc());
    const body = runWith(document, "年底按股分红");
    expect(eastAsiaFont(body)).toBe("仿宋_GB2312");
    expect(attrs(body, "w:rFonts")["w:ascii"]).toBe("仿宋_GB2312");
    expect(size(body)).toBe(32);
    const bodyParagraph = paragraphWith(document, "年底按股分红");
    expect(attrs(bodyParagraph, "w:ind")["w:firstLineChars"]).toBe("200");
    expect(alignment(bodyParagraph)).toBe("both");

    const title = sampleBulletin(1).sections[0].items[0].title;
    expect(eastAsiaFont(runWith(document, title))).toBe("方正小标宋简体");
    expect(size(runWith(document, title))).toBe(44);
    expect(alignment(paragraphWith(document, title))).toBe("center");

    expect(eastAsiaFont(runWith(document, "一、建强组织链"))).toBe("黑体");
    expect(eastAsiaFont(runWith(document, "（一）成立产业党委。"))).toBe("楷体_GB2312");
    const h3 = runWith(document, "1.选派专职书记");
    expect(eastAsiaFont(h3)).toBe("仿宋_GB2312");
    expect(h3).toContain("<w:b/>");
    expect(body).not.toContain("<w:b/>");

    expect(eastAsiaFont(runWith(document, "编者按："))).toBe("黑体");
    expect(eastAsiaFont(runWith(document, "请各乡镇学习借鉴。"))).toBe("楷体_GB2312");

    const source = paragraphWith(document, `（${sampleBulletin(1).sections[0].items[0].source}）`);
    expect(alignment(source)).toBe("right");
    expect(eastAsiaFont(source)).toBe("楷体_GB2312");

    const defaults = styles.slice(styles.indexOf("<w:docDefaults>"), styles.indexOf("</w:docDefaults>"));
    expect(attrs(defaults, "w:rFonts")["w:eastAsia"]).toBe("仿宋_GB2312");
  });

  it("prints the red masthead, the number line and a red rule under the issuer and date", async () => {
    const { document } = await render(sampleBulletin(3));
    const title = runWith(document, "示例县组工信息");
    // The PDF's red, #d40000.
    expect(attrs(title, "w:color")["w:val"]).toBe("D40000");
    expect(size(title)).toBeGreaterThanOrEqual(96);
    expect(alignment(paragraphWith(document, "示例县组工信息"))).toBe("center");
    expect(alignment(paragraphWith(document, "第12期（总第156期）"))).toBe("center");

    const dateLine = paragraphWith(document, "中共示例县委组织部编");
    expect(textOf(dateLine)).toContain("2026年11月23日");
    expect(dateLine).toContain("<w:tab/>");
    expect(attrs(dateLine, "w:tab")).toMatchObject({ "w:val": "right", "w:pos": "8845" });
    // The red rule is the bottom border of a one-row table round the issuer line, 2 pt as in the PDF.
    const table = document.slice(document.indexOf("<w:tbl>"), document.indexOf("</w:tbl>"));
    expect(textOf(table)).toContain("中共示例县委组织部编");
    const rule = attrs(table.slice(table.indexOf("<w:tblBorders>")), "w:bottom");
    expect(rule["w:color"]).toBe("D40000");
    expect(rule["w:sz"]).toBe("16");
  });

  it("numbers pages as — N — on the outer side of odd and even pages", async () => {
    const { footer, settings } = await render(sampleBulletin(3));
    expect(settings).toContain("<w:evenAndOddHeaders/>");
    const pageNumber = /<w:t[^>]*>— <\/w:t>.*<w:instrText[^>]*>\s*PAGE\s*<\/w:instrText>.*<w:t[^>]*> —<\/w:t>/s;
    const odd = footer("default");
    const even = footer("even");
    expect(odd).toMatch(pageNumber);
    expect(even).toMatch(pageNumber);
    expect(alignment(odd)).toBe("right");
    expect(Number(attrs(odd, "w:ind")["w:right"])).toBeGreaterThan(0);
    expect(alignment(even)).toBe("left");
    expect(Number(attrs(even, "w:ind")["w:left"])).toBeGreaterThan(0);
    expect(eastAsiaFont(odd)).toBe("宋体");
    expect(size(odd)).toBe(28);
  });

  it("puts the 版记 in a table held to the foot of the page, 0.35/0.25/0.35 mm rules", async () => {
    const { document } = await render(sampleBulletin(3));
    const table = (document.match(/<w:tbl>.*?<\/w:tbl>/gs) ?? []).find((t) => textOf(t).includes("报："))!;
    // Four rows of one grid line (579 twips) end on the last of the 22 lines: 22 × 579 − 4 × 579.
    expect(attrs(table, "w:tblpPr")).toMatchObject({ "w:tblpY": String(18 * 579), "w:vertAnchor": "margin", "w:horzAnchor": "page", "w:tblpX": "1587" });
    expect(textOf(table)).toContain("报：市委组织部，县委常委");
    expect(textOf(table)).toContain("送：县人大常委会、县政府、县政协党组");
    expect(textOf(table)).toContain("发：各乡镇党委，各街道党工委，县直各单位党组（党委）");
    expect(eastAsiaFont(runWith(table, "报："))).toBe("仿宋_GB2312");
    expect(size(runWith(table, "报："))).toBe(28);
    expect(alignment(paragraphWith(table, "（共印60份）"))).toBe("right");
    const borders = table.slice(table.indexOf("<w:tblBorders>"));
    // Eighths of a point: 1 pt = 0.35 mm outside, 0.75 pt = 0.26 mm between, as the PDF draws them.
    expect(attrs(borders, "w:top")["w:sz"]).toBe("8");
    expect(attrs(borders, "w:bottom")["w:sz"]).toBe("8");
    expect(attrs(borders, "w:insideH")["w:sz"]).toBe("6");
    expect(attrs(borders, "w:top")["w:color"]).toBe("000000");
  });

  it("leaves out empty 版记 lines and a missing print count", async () => {
    const doc = sampleBulletin(3, {
      distribution: { report: "市委组织部", send: "", issue: "各乡镇党委", printCount: null },
    });
    const { document } = await render(doc);
    expect(textOf(document)).toContain("报：市委组织部");
    expect(textOf(document)).not.toContain("送：");
    expect(textOf(document)).not.toContain("共印");
  });

  it("prints 本期要目, section headings and every item of a 12-item issue", async () => {
    const doc = sampleBulletin(12);
    const twelve = await render(doc);
    const three = await render(sampleBulletin(3));
    const text = textOf(twelve.document);
    expect(text).toContain("本期要目");
    expect(text).toContain("【工作动态】");
    expect(text).toContain("【问题建议】");
    const titles = doc.sections.flatMap((s) => s.items.map((i) => i.title));
    expect(titles).toHaveLength(12);
    const printedTitles = paragraphs(twelve.document).filter((p) => p.includes('<w:sz w:val="44"/>'));
    expect(printedTitles.map(textOf)).toEqual(titles);
    expect(printedTitles.map(alignment)).toEqual(titles.map(() => "center"));
    expect(twelve.size).toBeGreaterThan(three.size);
  });

  it("leaves out 本期要目 for a one-item issue", async () => {
    const { document } = await render(sampleBulletin(1));
    expect(textOf(document)).not.toContain("本期要目");
  });

  it("marks a voided issue as 作废 in the text and on every page", async () => {
    const voided = await render(sampleBulletin(3, { voidReason: "期号编错" }));
    const notice = runWith(voided.document, "本期已作废：期号编错");
    expect(attrs(notice, "w:color")["w:val"]).toBe("D40000");
    expect(voided.headers.length).toBeGreaterThan(0);
    for (const header of voided.headers) {
      expect(textOf(header)).toContain("本期已作废");
      expect(attrs(header, "w:color")["w:val"]).toBe("D40000");
    }

    const valid = await render(sampleBulletin(3));
    expect(valid.document).not.toContain("作废");
    expect(valid.headers.join("")).not.toContain("作废");
  });

  it("marks a preview as 样稿 in the header of every page", async () => {
    const preview = await render(sampleBulletin(3, { number: null }));
    expect(preview.headers.length).toBeGreaterThan(0);
    for (const header of preview.headers) expect(textOf(header)).toContain("样稿（未发布）");

    const published = await render(sampleBulletin(3));
    expect(published.headers.join("")).not.toContain("样稿");
  });

  it("titles the file after the masthead and number, by the issuer", async () => {
    const { core } = await render(sampleBulletin(3));
    expect(core).toContain("<dc:title>示例县组工信息 第12期（总第156期）</dc:title>");
    expect(core).toContain("<dc:creator>中共示例县委组织部编</dc:creator>");
  });
});
