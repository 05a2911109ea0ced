import { describe, expect, it } from "vitest";
import { DEFAULT_CHECK_SETTINGS, runChecks, type CheckInput } from "./index";

const base: CheckInput = {
  title: "青山镇扎实推进基层党建工作",
  body: "",
  eventDate: "2026-11-20",
  unitName: "青山镇",
  today: "2026-11-23",
  settings: DEFAULT_CHECK_SETTINGS,
};
const repeated = (body: string, title = base.title) =>
  runChecks({ ...base, title, body: `青山镇召开会议。\n${body}` }).filter((f) => f.code === "REPEATED");

describe("REPEATED", () => {
  it("flags a doubled character, with its place and a fix that removes it", () => {
    const [f, ...rest] = repeated("全面提升基层党组织的的组织力。");
    expect(rest).toHaveLength(0);
    expect(f).toMatchObject({
      line: 2,
      start: 9,
      end: 11,
      message: "第2段：“的的”中“的”重复了，可能是多打了",
      fix: { label: "删去重复的“的”", text: "全面提升基层党组织的组织力。" },
    });
  });

  it.each([
    ["推进推进", "大力推进推进乡村振兴。", "大力推进乡村振兴。"],
    ["我们我们", "我们我们要坚持问题导向。", "我们要坚持问题导向。"],
    ["组织部组织部", "县委组织部组织部召开会议。", "县委组织部召开会议。"],
    ["在在", "党员干部在在一线冲锋在前。", "党员干部在一线冲锋在前。"],
    ["了了了", "完成了了了全部任务。", "完成了全部任务。"],
  ])("flags %s", (_, text, fixed) => {
    const fs = repeated(text);
    expect(fs).toHaveLength(1);
    expect(fs[0].fix?.text).toBe(fixed);
  });

  it("flags a doubled word in the title", () => {
    const fs = repeated("正文。", "青山镇扎实推进推进基层党建工作");
    expect(fs).toMatchObject([{ field: "title", start: 5, end: 9, fix: { text: "青山镇扎实推进基层党建工作" } }]);
  });

  it.each([
    ["AABB words", "党员干部的的确确做到了家家户户走访、认认真真记录。"],
    ["everyday doubled words", "常常深入群众，天天走村入户，人人参与，年年评比，一一登记，渐渐形成习惯。"],
    ["talking it over", "这件事要研究研究，大家讨论讨论。"],
    ["one by one", "一个一个谈心，一户一户走访。"],
    ["numbers", "全镇共有11个村，2200名党员。"],
    ["words that meet at a shared character", "深入学习习近平新时代中国特色社会主义思想，县委组织部部长出席，县委常委会会议强调。"],
    ["more such words", "坚持人民民主，转变工作作风，青山镇镇长参加，县教育局局长讲话，对情况进行了了解，决不能不了了之。"],
    ["dates written out and other officialese", "二〇〇〇年以来，坚持深入调研研判，建立平台台账，推动整改改进，做到考核核实。"],
    ["vivid ABB words", "果园里硕果累累，沉甸甸的果实压弯了枝头。"],
  ])("does not flag %s", (_, text) => {
    expect(repeated(text)).toEqual([]);
  });
});
