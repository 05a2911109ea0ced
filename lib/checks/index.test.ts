import { describe, expect, it } from "vitest";
import {
  CHECK_LABELS,
  DEFAULT_CHECK_SETTINGS,
  applyFix,
  blocksSubmission,
  runChecks,
  type CheckInput,
} from "./index";

const clean: CheckInput = {
  title: "青山镇“三联三促”激发党员干部干事创业热情",
  body: [
    "今年以来，青山镇坚持抓党建促发展，探索“三联三促”工作法，取得明显成效。",
    "一、联系群众促服务",
    "（一）建立联系制度。全镇86名党员干部联系1200户群众，每月走访不少于2次。",
    "（二）解决实际问题。共收集群众诉求312件，办结率达96.5%。",
    "二、联系项目促发展",
    "全年村集体经济收入增长3.5万元。",
  ].join("\n"),
  eventDate: "2026-11-20",
  unitName: "青山镇",
  today: "2026-11-23",
  settings: DEFAULT_CHECK_SETTINGS,
};

const messy: CheckInput = {
  ...clean,
  title: "扎实推进推进基层党建",
  body: "今年以来,我镇坚持抓党建促发展。\n\n（一）建强支部的的战斗堡垒",
  eventDate: "",
};

describe("runChecks", () => {
  it("finds nothing in a well-written draft", () => {
    expect(runChecks(clean)).toEqual([]);
  });

  it("lists the title, then the date, then the body in reading order", () => {
    expect(runChecks(messy).map((f) => [f.code, f.field, f.line])).toEqual([
      ["MISSING_UNIT", "title", undefined],
      ["REPEATED", "title", undefined],
      ["MISSING_DATE", "eventDate", undefined],
      ["HALF_WIDTH_PUNCT", "body", 1],
      ["EMPTY_PARAGRAPH", "body", 2],
      ["HEADING_ORDER", "body", 3],
      ["REPEATED", "body", 3],
    ]);
  });

  it("makes the configured checks severe, and only those block submission", () => {
    const warnings = runChecks(messy);
    expect(warnings.every((f) => f.severity === "warning")).toBe(true);
    expect(blocksSubmission(warnings)).toBe(false);

    const settings = { ...DEFAULT_CHECK_SETTINGS, severeChecks: ["MISSING_DATE" as const, "REPEATED" as const] };
    const findings = runChecks({ ...messy, settings });
    expect(findings.filter((f) => f.severity === "severe").map((f) => f.code)).toEqual(["REPEATED", "MISSING_DATE", "REPEATED"]);
    expect(blocksSubmission(findings)).toBe(true);
    expect(blocksSubmission(runChecks({ ...clean, settings }))).toBe(false);
  });

  it("reports body lines and offsets against the raw text, \\r\\n and indentation included", () => {
    const body = "青山镇召开会议。\r\n\r\n　　会议强调,要把党建工作抓实。";
    const [f] = runChecks({ ...clean, body }).filter((x) => x.code === "HALF_WIDTH_PUNCT");
    expect(f).toMatchObject({ line: 3, start: 6, end: 7, message: "第2段：中文里用了半角逗号“,”，应为全角“，”" });
    expect(body.split("\r\n")[f.line! - 1].slice(f.start, f.end)).toBe(",");
  });

  it("labels every check in Chinese", () => {
    expect(CHECK_LABELS.HALF_WIDTH_PUNCT).toBe("半角标点");
    expect(CHECK_LABELS.SIMILAR).toBe("与已有稿件相似");
    expect(Object.values(CHECK_LABELS).every((l) => /^[\u4e00-\u9fff]+$/.test(l))).toBe(true);
  });
});

describe("applyFix", () => {
  it("applies fixes one at a time until the draft is clean of what can be fixed", () => {
    let draft = { title: messy.title, body: messy.body };
    for (let round = 0; round < 10; round++) {
      const fixable = runChecks({ ...messy, ...draft }).find((f) => f.fix);
      if (!fixable) break;
      draft = applyFix(draft, fixable);
    }
    expect(draft).toEqual({ title: "扎实推进基层党建", body: "今年以来，我镇坚持抓党建促发展。\n（一）建强支部的战斗堡垒" });
  });

  it("replaces only the finding's line, and deletes a line for an empty fix", () => {
    const draft = { title: "标题", body: "第一段\r\n\r\n第二段,内容" };
    const [empty] = runChecks({ ...clean, ...draft }).filter((f) => f.code === "EMPTY_PARAGRAPH");
    expect(applyFix(draft, empty).body).toBe("第一段\n第二段,内容");
    const [comma] = runChecks({ ...clean, ...draft }).filter((f) => f.code === "HALF_WIDTH_PUNCT");
    expect(applyFix(draft, comma).body).toBe("第一段\n\n第二段，内容");
  });

  it("leaves the draft alone for a finding without a fix", () => {
    const draft = { title: messy.title, body: messy.body };
    const [unit] = runChecks(messy).filter((f) => f.code === "MISSING_UNIT");
    expect(applyFix(draft, unit)).toBe(draft);
  });
});
