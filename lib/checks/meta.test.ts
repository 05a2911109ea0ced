import { describe, expect, it } from "vitest";
import { DEFAULT_CHECK_SETTINGS, runChecks, unitNameForms, type CheckCode, type CheckInput } from "./index";

const base: CheckInput = {
  title: "青山镇扎实推进基层党建工作",
  body: "今年以来，青山镇坚持抓党建促发展。",
  eventDate: "2026-11-20",
  unitName: "青山镇",
  today: "2026-11-23",
  settings: DEFAULT_CHECK_SETTINGS,
};
const found = (code: CheckCode, over: Partial<CheckInput>) => runChecks({ ...base, ...over }).filter((f) => f.code === code);

describe("TITLE_LENGTH", () => {
  it("flags a title over the limit and marks the part over it", () => {
    const title = "青山镇坚持党建引领 探索“一线工作法” 打通服务群众最后一公里取得明显成效";
    const [f, ...rest] = found("TITLE_LENGTH", { title });
    expect(rest).toHaveLength(0);
    expect(f).toMatchObject({ field: "title", message: "标题：共35个字，超过了30个字，请精简", start: 32, end: title.length });
    expect(f.excerpt).toMatch(/取得明显成效$/);
  });

  it("counts characters without spaces, against the configured limit", () => {
    const title = "青山镇 三项举措 抓实党员教育"; // 13 characters, 15 with spaces
    expect(found("TITLE_LENGTH", { title, settings: { ...DEFAULT_CHECK_SETTINGS, titleMaxLength: 13 } })).toEqual([]);
    expect(found("TITLE_LENGTH", { title, settings: { ...DEFAULT_CHECK_SETTINGS, titleMaxLength: 12 } })).toHaveLength(1);
  });

  it("flags an empty title", () => {
    expect(found("TITLE_LENGTH", { title: "  " })).toEqual([expect.objectContaining({ field: "title", message: "标题：还没有写标题" })]);
  });
});

describe("MISSING_DATE", () => {
  it("flags a date not filled in", () => {
    for (const eventDate of [null, "", "  "]) {
      expect(found("MISSING_DATE", { eventDate })).toEqual([
        expect.objectContaining({ field: "eventDate", message: "事件日期：没有填写事件发生的日期" }),
      ]);
    }
  });

  it("flags a date after today, but not today itself", () => {
    expect(found("MISSING_DATE", { eventDate: "2026-11-24" })[0]?.message).toBe("事件日期：2026-11-24比今天还晚，请核对");
    expect(found("MISSING_DATE", { eventDate: "2026-11-23" })).toEqual([]);
  });

  it("flags a date that does not exist", () => {
    expect(found("MISSING_DATE", { eventDate: "2026-02-30" })).toHaveLength(1);
  });
});

describe("STALE_EVENT", () => {
  it("says how many days ago the event was", () => {
    expect(found("STALE_EVENT", { eventDate: "2026-11-10" })).toEqual([
      expect.objectContaining({ field: "eventDate", message: "事件日期：事件发生在13天前，信息时效性较差" }),
    ]);
  });

  it("counts across months and leap days, with the configured limit", () => {
    const settings = { ...DEFAULT_CHECK_SETTINGS, staleDays: 30 };
    expect(found("STALE_EVENT", { eventDate: "2028-02-01", today: "2028-03-02", settings })).toEqual([]);
    expect(found("STALE_EVENT", { eventDate: "2028-01-31", today: "2028-03-02", settings })[0]?.message).toMatch(/31天前/);
  });

  it("accepts an event exactly staleDays ago, and says nothing without a date", () => {
    expect(found("STALE_EVENT", { eventDate: "2026-11-16" })).toEqual([]);
    expect(found("STALE_EVENT", { eventDate: "2026-11-15" })).toHaveLength(1);
    expect(found("STALE_EVENT", { eventDate: null })).toEqual([]);
  });
});

describe("MISSING_UNIT", () => {
  it("flags a draft that names its unit nowhere at the start", () => {
    const fs = found("MISSING_UNIT", { title: "扎实推进基层党建工作", body: "今年以来，我镇坚持抓党建促发展。\n青山镇共调整村党组织书记3名。" });
    expect(fs).toEqual([
      expect.objectContaining({ field: "title", message: "标题和第一段都没有写明单位名称“青山镇”，县里看稿时分不清是哪个单位的信息" }),
    ]);
  });

  it.each([
    ["the full name in the title", "青山镇", "青山镇扎实推进基层党建", "我镇召开会议。"],
    ["the short name in the first paragraph", "青山镇", "扎实推进基层党建", "今年以来，青山坚持抓党建促发展。"],
    ["a street office by its short name", "东城街道", "东城“红色物业”破解小区治理难题", "我街道召开会议。"],
    ["a county bureau without 县", "县教育局", "教育局开展师德师风专项整治", "我局召开会议。"],
    ["the first paragraph after an opening heading", "青山镇", "扎实推进基层党建", "一、主要做法\n青山镇坚持抓党建促发展。"],
  ])("accepts %s", (_, unitName, title, body) => {
    expect(found("MISSING_UNIT", { unitName, title, body })).toEqual([]);
  });

  it("does not take a generic word for the unit's name", () => {
    expect(unitNameForms("县教育局")).toEqual(["县教育局", "教育局"]);
    expect(unitNameForms("东城街道")).toEqual(["东城街道", "东城"]);
    expect(unitNameForms("县委办公室")).toEqual(["县委办公室", "县委办"]);
    expect(found("MISSING_UNIT", { unitName: "县教育局", title: "加强党员教育管理", body: "我局召开会议。" })).toHaveLength(1);
  });

  it("says nothing when the unit is unknown", () => {
    expect(found("MISSING_UNIT", { unitName: " ", title: "加强党员教育管理", body: "我局召开会议。" })).toEqual([]);
  });
});

describe("WATCH_PHRASE", () => {
  const settings = { ...DEFAULT_CHECK_SETTINGS, watchList: [{ term: "两个维护" }, { term: "新时代" }, { term: " " }] };

  it("marks every occurrence in the title and the body", () => {
    const fs = found("WATCH_PHRASE", {
      title: "青山镇以新时代党建引领乡村振兴",
      body: "青山镇召开会议。\n\n坚决做到“两个维护”，把“两个维护”落到实处。",
      settings,
    });
    expect(fs.map((f) => [f.field, f.line, f.start, f.end])).toEqual([
      ["title", undefined, 4, 7],
      ["body", 3, 5, 9],
      ["body", 3, 13, 17],
    ]);
    expect(fs[1].message).toBe("第2段：含有需留意的表述“两个维护”，请核对提法是否准确");
    expect(fs[1].fix).toBeUndefined();
  });

  it("says why and what to write instead when the entry has them", () => {
    const withWhy = { ...DEFAULT_CHECK_SETTINGS, watchList: [{ term: "村长", why: "村民委员会主任简称“村主任”", suggestion: "村主任" }] };
    expect(found("WATCH_PHRASE", { body: "村长带头入户走访。", settings: withWhy }).map((f) => f.message)).toEqual(["第1段：含有需留意的表述“村长”：村民委员会主任简称“村主任”。建议：村主任"]);
  });

  it("says nothing without a watch list", () => {
    expect(found("WATCH_PHRASE", { body: "坚决做到“两个维护”。" })).toEqual([]);
  });
});
