import { describe, expect, it } from "vitest";
import { idsIn, readableDetails } from "./details";

const UNIT = "11111111-1111-4111-8111-111111111111";

describe("readableDetails", () => {
  it("names keys, roles, statuses, ids, yes/no and instants in Chinese", () => {
    const names = new Map([[UNIT, "青山镇"]]);
    expect(readableDetails("User", { roles: ["OFFICER", "REVIEWER"], unitId: UNIT }, names)).toEqual([
      { label: "角色", value: "信息员、组织委员" },
      { label: "单位", value: "青山镇" },
    ]);
    expect(readableDetails("BulletinIssue", { from: "COMPOSING", to: "PENDING_SIGNOFF" }, names)).toEqual([
      { label: "原为", value: "编排中" },
      { label: "改为", value: "待签发" },
    ]);
    expect(readableDetails("Draft", { eventDateFound: true, dueAt: "2026-11-30T16:00:00.000Z" }, names)).toEqual([
      { label: "识别出事件日期", value: "是" },
      { label: "时限", value: "2026-12-01 00:00" },
    ]);
  });
  it("keeps what it cannot name, and nests objects on one line", () => {
    expect(readableDetails("UnitQuota", { before: null, after: { monthlyMin: 3 }, odd: "x" }, new Map())).toEqual([
      { label: "修改前", value: "—" },
      { label: "修改后", value: "每月最少报送：3" },
      { label: "odd", value: "x" },
    ]);
    expect(readableDetails("X", null, new Map())).toEqual([]);
  });
  it("finds every id in nested data", () => {
    expect([...idsIn({ a: [UNIT], b: { c: UNIT }, d: "no" })]).toEqual([UNIT]);
  });
});
