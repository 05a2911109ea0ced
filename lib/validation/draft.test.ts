import { describe, expect, it } from "vitest";
import { draftFieldsSchema } from "./draft";

const valid = { title: "标题", kind: "NEWS", eventDate: "2026-02-28", body: "正文", isFlagship: false, contact: "" };
const errorsOf = (input: object) => {
  const r = draftFieldsSchema.safeParse(input);
  // The form shows the first message of each field.
  return r.success ? {} : Object.fromEntries(r.error.issues.reverse().map((i) => [i.path.join("."), i.message]));
};

describe("draft form schema", () => {
  it("accepts a complete draft", () => {
    expect(errorsOf(valid)).toEqual({});
  });
  it("says in Chinese what is missing, at the field", () => {
    expect(errorsOf({ ...valid, title: "  ", eventDate: "", body: "" })).toEqual({
      title: "请填写标题",
      eventDate: "请填写事件日期",
      body: "请填写正文",
    });
  });
  it("refuses dates that do not exist or lie in the future", () => {
    expect(errorsOf({ ...valid, eventDate: "2026-02-30" }).eventDate).toBe("这个日期不存在");
    expect(errorsOf({ ...valid, eventDate: "2999-01-01" }).eventDate).toBe("事件日期不能晚于今天");
    expect(errorsOf({ ...valid, eventDate: "23/11/2026" }).eventDate).toBe("日期格式应为 2026-11-23");
  });
  it("refuses an over-long title and a wrong kind", () => {
    expect(errorsOf({ ...valid, title: "字".repeat(61) }).title).toBe("标题不能超过60个字");
    expect(errorsOf({ ...valid, kind: "OTHER" }).kind).toBe("请选择稿件类别");
  });
  it("does not read the string 'false' as a flagship mark", () => {
    expect(errorsOf({ ...valid, isFlagship: "false" }).isFlagship).toBeDefined();
  });
});
