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
const found = (code: CheckCode, over: Partial<CheckInput>) => runChecks({ ...base, ...over }).filter((f) => f.code === code);
const inBody = (code: CheckCode, body: string) => found(code, { body: `青山镇召开会议。\n${body}` });

describe("HALF_WIDTH_PUNCT", () => {
  it("flags a half-width comma after Chinese, with its place and the corrected line", () => {
    const [f, ...rest] = inBody("HALF_WIDTH_PUNCT", "今年以来,青山镇坚持抓党建促发展。");
    expect(rest).toHaveLength(0);
    expect(f).toMatchObject({
      field: "body",
      line: 2,
      start: 4,
      end: 5,
      message: "第2段：中文里用了半角逗号“,”，应为全角“，”",
      fix: { label: "改为全角", text: "今年以来，青山镇坚持抓党建促发展。" },
    });
    expect(f.excerpt).toContain("今年以来,青山镇");
  });

  it("flags each half-width mark, and the fix corrects them all on that line", () => {
    const fs = inBody("HALF_WIDTH_PUNCT", "主要做法:一是强化学习;二是严格管理.成效如何?值得肯定!");
    expect(fs.map((f) => f.start)).toEqual([4, 11, 18, 23, 28]);
    expect(fs[0].fix?.text).toBe("主要做法：一是强化学习；二是严格管理。成效如何？值得肯定！");
  });

  it("pairs straight quotes in order and swallows the space after a comma", () => {
    const [f] = inBody("HALF_WIDTH_PUNCT", '坚持"三会一课"制度, 落实\'主题党日\'活动');
    expect(f.fix?.text).toBe("坚持“三会一课”制度，落实‘主题党日’活动");
  });

  it("turns half-width brackets around Chinese and a list number (1) into full-width ones", () => {
    expect(inBody("HALF_WIDTH_PUNCT", "全镇党员(含预备党员)参加学习")[0].fix?.text).toBe("全镇党员（含预备党员）参加学习");
    expect(inBody("HALF_WIDTH_PUNCT", "(1)选优配强村党组织书记")[0].fix?.text).toBe("（1）选优配强村党组织书记");
  });

  it("writes an ellipsis as …… and the dot after a heading number as 、", () => {
    expect(inBody("HALF_WIDTH_PUNCT", "开展走访、慰问、帮扶等...")[0].fix?.text).toBe("开展走访、慰问、帮扶等……");
    expect(inBody("HALF_WIDTH_PUNCT", "一.加强组织建设")[0]).toMatchObject({
      message: "第2段：标题序号后用了半角点“.”，应为顿号“、”",
      fix: { text: "一、加强组织建设" },
    });
  });

  it("flags a full stop after a number that ends a Chinese sentence", () => {
    expect(inBody("HALF_WIDTH_PUNCT", "会议时间为上午8:30.")[0].fix?.text).toBe("会议时间为上午8:30。");
  });

  it("flags straight quotes around English inside Chinese text", () => {
    expect(inBody("HALF_WIDTH_PUNCT", '开展"Hello World"英语角活动')[0].fix?.text).toBe("开展“Hello World”英语角活动");
  });

  it("checks the title too", () => {
    const [f] = found("HALF_WIDTH_PUNCT", { title: "青山镇:三项举措抓实党员教育" });
    expect(f).toMatchObject({ field: "title", start: 3, message: "标题：中文里用了半角冒号“:”，应为全角“：”", fix: { text: "青山镇：三项举措抓实党员教育" } });
    expect(f.line).toBeUndefined();
  });

  it.each([
    ["decimals", "全年村集体经济收入3.5万元，同比增长12.6%。"],
    ["a numbered heading", "1.主要做法"],
    ["a numbered heading with a space", "2. 取得成效"],
    ["times and ratios", "会议于8:30开始，男女比例为1:1。"],
    ["thousands separators", "发放补贴1,200元。"],
    ["web addresses", "详见网站https://www.qingshan.gov.cn/news?id=3。"],
    ["e-mail addresses", "来稿请发至qszzb@163.com。"],
    ["English words and abbreviations", "引进Ph.D.人才2名，使用Word, Excel等软件，推广e.g.这类写法。"],
    ["an apostrophe", "邀请Xi'an高校专家授课。"],
    ["abbreviations in brackets", "建成地理信息系统(GIS)平台。"],
    ["full-width text", "今年以来，青山镇坚持“三会一课”制度（含主题党日）。"],
  ])("does not flag %s", (_, text) => {
    expect(inBody("HALF_WIDTH_PUNCT", text)).toEqual([]);
  });
});

describe("UNBALANCED", () => {
  it("says which closing mark is missing, and where", () => {
    const [f] = inBody("UNBALANCED", "深入学习《中国共产党章程，进一步增强党性。");
    expect(f).toMatchObject({ line: 2, start: 4, end: 5, message: "第2段：左书名号“《”缺少对应的右书名号“》”" });
    expect(f.fix).toBeUndefined();
  });

  it("says when an opening mark is missing", () => {
    const [f] = inBody("UNBALANCED", "全镇共发展党员12名（其中女性5名））。");
    expect(f).toMatchObject({ start: 18, message: "第2段：右括号“）”前面缺少对应的左括号“（”" });
  });

  it("reports a quote opened inside brackets and never closed", () => {
    const fs = inBody("UNBALANCED", "（简称“红色管家）工作法");
    expect(fs).toHaveLength(1);
    expect(fs[0]).toMatchObject({ start: 3, message: "第2段：左引号缺少对应的右引号" });
  });

  it("re-pairs quotes typed the same way round", () => {
    const fs = inBody("UNBALANCED", "推行“一线工作法“，打通服务群众“最后一公里“。");
    expect(fs.map((f) => f.start)).toEqual([2, 8, 16, 22]);
    for (const f of fs) expect(f.fix).toEqual({ label: "按顺序配对引号", text: "推行“一线工作法”，打通服务群众“最后一公里”。" });
  });

  it("flags a full-width bracket closed by a half-width one and fixes it", () => {
    const [f] = inBody("UNBALANCED", "开展“三亮三比”活动（亮身份、亮承诺)。");
    expect(f).toMatchObject({ message: "第2段：全角左括号“（”配了半角右括号“)”", fix: { text: "开展“三亮三比”活动（亮身份、亮承诺）。" } });
    const [g] = inBody("UNBALANCED", "（二)建强支部");
    expect(g).toMatchObject({ start: 2, fix: { text: "（二）建强支部" } });
    const [h] = inBody("UNBALANCED", "青山镇(含3个社区）");
    expect(h).toMatchObject({ message: "第2段：半角左括号“(”配了全角右括号“）”", fix: { text: "青山镇（含3个社区）" } });
  });

  it.each([
    ["nested quotes and titles", "他说：“要认真学习《关于‘两学一做’的通知》。”"],
    ["document numbers", "根据《关于加强村级组织建设的意见》（青发〔2026〕3号）精神"],
    ["a list number 1)", "1）选好配强带头人"],
    ["an English apostrophe", "引进“Let’s Go”英语课程"],
  ])("does not flag %s", (_, text) => {
    expect(inBody("UNBALANCED", text)).toEqual([]);
  });

  it("checks each paragraph on its own", () => {
    const fs = inBody("UNBALANCED", "开展“党员\n先锋”行动");
    expect(fs.map((f) => f.line)).toEqual([2, 3]);
  });
});
