import { describe, expect, it } from "vitest";
import { CONFLICT_PREFIX, fieldErrorsOf, OFFLINE_MESSAGE, offlineResult, outcomeOf, settle } from "./action-outcome";

describe("outcomeOf", () => {
  it("says the success sentence, fixed or made from the data", () => {
    expect(outcomeOf({ ok: true, data: undefined }, "已保存")).toEqual({ kind: "success", message: "已保存" });
    expect(outcomeOf({ ok: true, data: { n: 3 } }, (d) => `已导入 ${d.n} 条`)).toEqual({ kind: "success", message: "已导入 3 条" });
    expect(outcomeOf({ ok: true, data: undefined })).toEqual({ kind: "success", message: undefined });
    const once = (_: undefined, repeated: boolean) => (repeated ? "已提交过，只登记了一次" : "已登记");
    expect(outcomeOf({ ok: true, data: undefined, repeated: true }, once)).toEqual({ kind: "success", message: "已提交过，只登记了一次" });
    expect(outcomeOf({ ok: true, data: undefined }, once)).toEqual({ kind: "success", message: "已登记" });
  });

  it("keeps the field errors of a refused form, and says where to look when the server gave no sentence", () => {
    const result = { ok: false as const, error: "", fieldErrors: { title: "请填写标题" } };
    expect(outcomeOf(result)).toEqual({ kind: "error", message: "请按提示修改标红的内容", fieldErrors: { title: "请填写标题" } });
    expect(outcomeOf({ ok: false, error: "标题太长" })).toEqual({ kind: "error", message: "标题太长", fieldErrors: {} });
  });

  it("calls a conflict what it is, unless the server's sentence already says so", () => {
    expect(outcomeOf({ ok: false, conflict: true, error: "这件紧急信息已办结" })).toMatchObject({
      kind: "conflict",
      message: `${CONFLICT_PREFIX}：这件紧急信息已办结`,
    });
    const said = "这份报送刚被别人处理过，页面已刷新，请看最新状态";
    expect(outcomeOf({ ok: false, conflict: true, error: said })).toMatchObject({ kind: "conflict", message: said });
    const busy = "这份内容正在提交中，请稍候刷新页面查看，不必再点提交";
    expect(outcomeOf({ ok: false, conflict: true, error: busy })).toMatchObject({ kind: "conflict", message: busy });
  });

  it("tells a lost connection apart from a refusal, and keeps its fields", () => {
    expect(outcomeOf(offlineResult)).toEqual({ kind: "offline", message: OFFLINE_MESSAGE, fieldErrors: {} });
    expect(outcomeOf({ ok: false, offline: true, error: "", fieldErrors: { a: "b" } })).toEqual({ kind: "offline", message: OFFLINE_MESSAGE, fieldErrors: { a: "b" } });
  });
});

describe("fieldErrorsOf", () => {
  it("is empty before any call and after a success", () => {
    expect(fieldErrorsOf(null)).toEqual({});
    expect(fieldErrorsOf({ kind: "success" })).toEqual({});
    expect(fieldErrorsOf({ kind: "error", message: "x", fieldErrors: { q: "y" } })).toEqual({ q: "y" });
  });
});

describe("settle", () => {
  it("answers a call that never reached the server as offline, and passes other answers through", async () => {
    expect(await settle(() => Promise.reject(new TypeError("Failed to fetch")))).toEqual(offlineResult);
    expect(await settle(() => Promise.resolve({ ok: true as const, data: 1 }))).toEqual({ ok: true, data: 1 });
  });
});
