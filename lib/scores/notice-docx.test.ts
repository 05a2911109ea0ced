import JSZip from "jszip";
import { describe, expect, it } from "vitest";
import { sampleNotice } from "@/tests/fixtures/notice";
import { noticeCells, noticeColumns, noticeSummary, noticeTitleLines, renderNoticeDocx } from "./notice-docx";

function attrs(xml: string, tag: string, where: (a: Record<string, string>) => boolean = () => true) {
  for (const match of xml.matchAll(new RegExp(`<${tag}(\\s[^>]*?)?/?>`, "g"))) {
    const found = Object.fromEntries([...(match[1] ?? "").matchAll(/([\w:]+)="([^"]*)"/g)].map((m) => [m[1], m[2]]));
    if (where(found)) return found;
  }
  throw new Error(`no <${tag}> found`);
}
const textOf = (xml: string) => [...xml.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join("");
const paragraphs = (xml: string) => xml.match(/<w:p(?:\s[^>]*)?>.*?<\/w:p>/gs) ?? [];
const paragraphWith = (xml: string, text: string) => {
  const p = paragraphs(xml).find((x) => textOf(x).includes(text));
  if (!p) throw new Error(`no paragraph with ${text}`);
  return p;
};
const runs = (xml: string) => xml.match(/<w:r>.*?<\/w:r>/gs) ?? [];

async function render(notice = sampleNotice()) {
  const buffer = await renderNoticeDocx(notice);
  const zip = await JSZip.loadAsync(buffer);
  return { buffer, document: await zip.file("word/document.xml")!.async("string"), styles: await zip.file("word/styles.xml")!.async("string") };
}

describe("renderNoticeDocx", () => {
  it("is a Word file on A4 with the GB/T 9704 margins", async () => {
    const { buffer, document } = await render();
    expect(buffer.subarray(0, 2).toString("latin1")).toBe("PK");
    expect(attrs(document, "w:pgSz")).toMatchObject({ "w:w": "11906", "w:h": "16838" });
    expect(attrs(document, "w:pgMar")).toMatchObject({ "w:top": "2098", "w:bottom": "1984", "w:left": "1587", "w:right": "1474" });
  });

  it("centres the title in 方正小标宋简体 二号 and sets the text in 仿宋_GB2312 三号", async () => {
    const { document, styles } = await render();
    const title = paragraphWith(document, "关于2026年11月份全县组工信息工作情况的通报");
    expect(attrs(title, "w:jc")["w:val"]).toBe("center");
    expect(attrs(title, "w:rFonts")["w:eastAsia"]).toBe("方正小标宋简体");
    expect(attrs(title, "w:sz")["w:val"]).toBe("44");
    const body = paragraphWith(document, "全县各单位共向县委组织部报送组工信息9篇");
    expect(attrs(body, "w:rFonts")["w:eastAsia"]).toBe("仿宋_GB2312");
    expect(attrs(body, "w:sz")["w:val"]).toBe("32");
    // Every run names its East Asian font.
    for (const r of runs(document)) expect(attrs(r, "w:rFonts")["w:eastAsia"]).toBeTruthy();
    const defaults = styles.slice(styles.indexOf("<w:docDefaults>"), styles.indexOf("</w:docDefaults>"));
    expect(attrs(defaults, "w:rFonts")["w:eastAsia"]).toBe("仿宋_GB2312");
  });

  it("summarises totals, the top units (ties together) and units that sent nothing", async () => {
    const { document } = await render();
    const text = textOf(document);
    expect(text).toContain("县级采用5篇，市级采用1篇，省级及以上采用1篇");
    expect(text).toContain("乡镇（街道）中甲镇、乙街道并列第一（12分）");
    expect(text).toContain("县直单位中县教育局位列第一（4.5分）");
    expect(text).toContain("以下单位本月未报送信息：丙镇、县财政局。");
    expect(noticeSummary({ periodLabel: "2026年第四季度", rows: sampleNotice().rows }).join("")).toContain("以下单位本季度未报送信息");
  });

  it("names the adoptions by the issuing level: a city's own are 市级, the levels above it follow", () => {
    const rows = sampleNotice().rows;
    // The sample's 县级 5, 市级 1, 省级及以上 1, read at a city: its own 5 and the 1 above the county's desk count as 市级.
    expect(noticeSummary({ periodLabel: "2026年11月", rows, nodeKind: "CITY" }).join("")).toContain("共向市委组织部报送组工信息9篇，市级采用6篇，省级及以上采用1篇。");
    expect(noticeColumns("CITY")).toEqual(["序号", "单位", "报送数", "市级采用", "省级及以上采用", "得分", "排名"]);
    expect(noticeColumns("PROVINCE")).toEqual(["序号", "单位", "报送数", "省级采用", "中央及其他采用", "得分", "排名"]);
    expect(noticeCells(rows[0]!, 0, "CITY")).toHaveLength(noticeColumns("CITY").length);
  });

  it("says deductions as deductions, never that a unit at −2 did not score", () => {
    const rows = sampleNotice().rows.map((r) => (r.group === "TOWNSHIP" ? { ...r, points: r.name === "丙镇" ? -2 : 0, rank: r.name === "丙镇" ? 9 : 1 } : r));
    const text = noticeSummary({ periodLabel: "2026年11月", rows }).join("");
    expect(text).toContain("乡镇（街道）没有单位得到加分，丙镇（-2分）被扣分");
    expect(text).not.toContain("乡镇（街道）均未得分");
    const mixed = sampleNotice().rows.map((r) => (r.name === "丙镇" ? { ...r, points: -2 } : r));
    expect(noticeSummary({ periodLabel: "2026年11月", rows: mixed }).join("")).toContain("并列第一（12分），丙镇（-2分）被扣分");
  });

  it("has one table per group with the column headers, ranks as given, and the issuer and date on the right", async () => {
    const { document } = await render();
    const tables = document.match(/<w:tbl>.*?<\/w:tbl>/gs) ?? [];
    expect(tables).toHaveLength(2);
    const headerTexts = (table: string) => ((table.match(/<w:tr>.*?<\/w:tr>/s)?.[0] ?? "").match(/<w:tc>.*?<\/w:tc>/gs) ?? []).map(textOf);
    for (const table of tables) expect(headerTexts(table)).toEqual(["序号", "单位", "报送数", "县级采用", "市级采用", "省级及以上采用", "得分", "排名"]);
    expect(tables[0]!).toContain("<w:tblHeader/>");
    const rowsOf = (table: string) => (table.match(/<w:tr>.*?<\/w:tr>/gs) ?? []).slice(1).map((r) => (r.match(/<w:tc>.*?<\/w:tc>/gs) ?? []).map(textOf));
    expect(rowsOf(tables[0]!)).toEqual([
      ["1", "甲镇", "4", "2", "1", "0", "12", "1"],
      ["2", "乙街道", "3", "2", "0", "1", "12", "1"],
      ["3", "丙镇", "0", "0", "0", "0", "0", "3"],
    ]);
    expect(rowsOf(tables[1]!).map((r) => r[1])).toEqual(["县教育局", "县财政局"]);
    expect(textOf(paragraphWith(document, "一、乡镇（街道）"))).toBe("一、乡镇（街道）");
    expect(document.indexOf("二、县直单位")).toBeGreaterThan(document.indexOf("甲镇</w:t>"));
    expect(attrs(paragraphWith(document, "中共示例县委组织部"), "w:jc")["w:val"]).toBe("right");
    expect(attrs(paragraphWith(document, "2026年12月1日"), "w:jc")["w:val"]).toBe("right");
  });
});

describe("noticeTitleLines", () => {
  it("keeps a title that fits on one line, and breaks a longer one before 组工信息, never leaving 通报 alone", () => {
    expect(noticeTitleLines("关于2026年度全县组工信息工作情况的通报")).toEqual(["关于2026年度全县组工信息工作情况的通报"]);
    expect(noticeTitleLines("关于2026年11月份全县组工信息工作情况的通报")).toEqual(["关于2026年11月份全县", "组工信息工作情况的通报"]);
    expect(noticeTitleLines("关于2026年第四季度全县组工信息工作情况的通报")).toEqual(["关于2026年第四季度全县", "组工信息工作情况的通报"]);
    const other = noticeTitleLines("关于表扬2026年度全县组工信息工作先进单位和先进个人的通报");
    expect(other.length).toBe(2);
    expect(Math.min(...other.map((l) => [...l].length))).toBeGreaterThan(8);
  });
});
