import { describe, expect, it } from "vitest";
import { DEFAULT_CHECK_SETTINGS, runChecks, type CheckCode, type CheckInput } from "./index";

const base: CheckInput = {
  title: "青山镇扎实推进基层党建工作",
  body: "",
  eventDate: "2026-11-20",
  unitName: "青山镇",
  today: "2026-11-23",
  settings: DEFAULT_CHECK_SETTINGS,
};
const found = (code: CheckCode, body: string) => runChecks({ ...base, body }).filter((f) => f.code === code);
const draft = (...lines: string[]) => lines.join("\n");

describe("HEADING_ORDER", () => {
  it("accepts the usual 一、 （一） 1. outline, restarting under each new heading", () => {
    const body = draft(
      "今年以来，青山镇坚持抓党建促发展。",
      "一、强化组织引领",
      "（一）建强支部。",
      "1. 选优配强带头人",
      "2.加强教育培训。全镇共培训党员800人次，覆盖全部11个村。这一段虽然很长，但仍是第二个三级标题，要和上一个连着编号。",
      "（二）管好队伍。",
      "1、严格发展党员",
      "二、推动产业发展",
      "（一）发展特色种植。",
      "全年村集体经济收入3.5万元。",
      "10.5万元资金全部用于基础设施建设。",
    );
    expect(found("HEADING_ORDER", body)).toEqual([]);
  });

  it("flags numbers that skip, with the right number as the fix", () => {
    const body = draft("青山镇召开会议。", "一、强化组织引领", "三、推动产业发展", "四、加强作风建设");
    const fs = found("HEADING_ORDER", body);
    expect(fs).toHaveLength(1);
    expect(fs[0]).toMatchObject({
      line: 3,
      start: 0,
      end: 2,
      message: "第3段：标题序号“三、”不连续，上一个同级标题是“一、”，这里应为“二、”",
      fix: { label: "改为“二、”", text: "二、推动产业发展" },
    });
  });

  it("flags second-level and third-level numbers out of sequence", () => {
    const body = draft("一、强化组织引领", "（一）建强支部", "（三）管好队伍", "1.选优配强", "1.加强培训");
    const fs = found("HEADING_ORDER", body);
    expect(fs.map((f) => [f.line, f.fix?.text])).toEqual([
      [3, "（二）管好队伍"],
      [5, "2.加强培训"],
    ]);
  });

  it("flags a list that does not start at one", () => {
    const [f] = found("HEADING_ORDER", draft("一、强化组织引领", "（二）建强支部"));
    expect(f.message).toBe("第2段：标题序号“（二）”不连续，这一级的第一个标题应从“（一）”开始，这里应为“（一）”");
  });

  it("flags a （一） before any 一、", () => {
    const fs = found("HEADING_ORDER", draft("青山镇召开会议。", "（一）建强支部", "（二）管好队伍"));
    expect(fs).toHaveLength(1);
    expect(fs[0]).toMatchObject({ line: 2, message: "第2段：二级标题“（一）”前面没有一级标题“一、”，层级不对" });
    expect(fs[0].fix).toBeUndefined();
  });

  it("flags a 1. right under 一、 with no （一） between, once per section", () => {
    const body = draft("一、强化组织引领", "1.选优配强", "2.加强培训", "二、推动产业发展", "1.发展种植");
    const fs = found("HEADING_ORDER", body);
    expect(fs.map((f) => [f.line, f.message])).toEqual([
      [2, "第2段：“1.”直接放在一级标题下，中间缺少二级标题“（一）”"],
      [5, "第5段：“1.”直接放在一级标题下，中间缺少二级标题“（一）”"],
    ]);
  });

  it("reads numbers past ten", () => {
    const lines = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十三"].map((n) => `${n}、标题`);
    const fs = found("HEADING_ORDER", draft(...lines));
    expect(fs.map((f) => f.fix?.text)).toEqual(["十二、标题"]);
  });

  it("counts paragraphs, not raw lines, in the message", () => {
    const [f] = found("HEADING_ORDER", draft("", "一、强化组织引领", "", "三、推动产业发展"));
    expect(f).toMatchObject({ line: 4, message: expect.stringMatching(/^第2段：/) });
  });
});

describe("EMPTY_PARAGRAPH", () => {
  it("flags a blank line between paragraphs, with a fix that deletes it", () => {
    const fs = found("EMPTY_PARAGRAPH", "今年以来，青山镇坚持抓党建促发展。\n\n全镇共调整村党组织书记3名。");
    expect(fs).toEqual([
      expect.objectContaining({ line: 2, message: "第1段和第2段之间有空行，请删除", fix: { label: "删除此行", text: "" } }),
    ]);
  });

  it("flags blank lines at the start and end, whitespace-only lines, and \\r\\n line breaks", () => {
    const fs = found("EMPTY_PARAGRAPH", "\r\n青山镇召开会议。\r\n　　\r\n会议强调。\r\n\r\n");
    expect(fs.map((f) => [f.line, f.message])).toEqual([
      [1, "正文开头有空行，请删除"],
      [3, "第1段和第2段之间有空行，请删除"],
      [5, "正文末尾有空行，请删除"],
    ]);
  });

  it("flags a line with nothing but punctuation", () => {
    const [f] = found("EMPTY_PARAGRAPH", "青山镇召开会议。\n。\n会议强调。");
    expect(f).toMatchObject({ line: 2, message: "第2段只有标点“。”，没有内容", fix: { text: "" } });
  });

  it("leaves the line the cursor is on after Enter, and an empty body, alone", () => {
    expect(found("EMPTY_PARAGRAPH", "青山镇召开会议。\n")).toEqual([]);
    expect(found("EMPTY_PARAGRAPH", "")).toEqual([]);
    expect(found("EMPTY_PARAGRAPH", "一、强化组织引领\n（一）建强支部。")).toEqual([]);
  });
});
