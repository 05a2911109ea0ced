import { describe, expect, it } from "vitest";
import { NotFoundError, ForbiddenError } from "@/lib/errors";
import { can, requirePermission, scopeOf, type Actor } from "./permissions";

const officer: Actor = { id: "u1", roles: ["OFFICER"], unitId: "A" };
const editor: Actor = { id: "u2", roles: ["EDITOR"], unitId: "ROOT" };
const both: Actor = { id: "u3", roles: ["OFFICER", "EDITOR"], unitId: "A" };

describe("permission table", () => {
  it("scopes an officer to the own unit", () => {
    expect(can(officer, "draft.write", { unitId: "A" })).toBe(true);
    expect(can(officer, "draft.write", { unitId: "B" })).toBe(false);
    expect(() => requirePermission(officer, "draft.read", { unitId: "B" })).toThrow(NotFoundError);
  });
  it("refuses what no role grants", () => {
    expect(can(officer, "draft.decide")).toBe(false);
    expect(() => requirePermission(officer, "admin.manage")).toThrow(ForbiddenError);
    expect(() => requirePermission(officer, "draft.decide", { unitId: "A" })).toThrow(ForbiddenError);
    expect(() => requirePermission(officer, "draft.decide", { unitId: "B" })).toThrow(NotFoundError);
  });
  it("takes the widest scope of several roles", () => {
    expect(scopeOf(both, "draft.read")).toBe("all");
    expect(can(editor, "draft.decide", { unitId: "B" })).toBe(true);
  });
  it("gives planning to the office, hand-outs and 备案 to the unit's reviewer, and reading by unit", () => {
    const reviewer: Actor = { id: "u4", roles: ["REVIEWER"], unitId: "A" };
    const leader: Actor = { id: "u5", roles: ["LEADER"], unitId: "ROOT" };
    expect(scopeOf(editor, "plan.manage")).toBe("all");
    expect(scopeOf(leader, "plan.manage")).toBeNull();
    expect(scopeOf(reviewer, "plan.manage")).toBeNull();
    expect(scopeOf(leader, "plan.read")).toBe("all");
    expect(scopeOf(officer, "plan.read")).toBe("unit");
    expect(can(reviewer, "commission.assign", { unitId: "A" })).toBe(true);
    expect(() => requirePermission(reviewer, "commission.assign", { unitId: "B" })).toThrow(NotFoundError);
    expect(scopeOf(officer, "commission.assign")).toBeNull();
    expect(scopeOf(editor, "roster.file")).toBe("all");
    expect(scopeOf(reviewer, "roster.file")).toBe("unit");
    expect(scopeOf(officer, "roster.file")).toBeNull();
    expect(scopeOf(officer, "urgent.report")).toBe("unit");
    expect(scopeOf(leader, "urgent.report")).toBeNull();
  });
  it("lets only the administrator import people and only the office import last years' figures", () => {
    const admin: Actor = { id: "u6", roles: ["ADMIN"], unitId: "ROOT" };
    const leader: Actor = { id: "u5", roles: ["LEADER"], unitId: "ROOT" };
    const reviewer: Actor = { id: "u4", roles: ["REVIEWER"], unitId: "A" };
    expect(scopeOf(admin, "people.import")).toBe("all");
    expect(scopeOf(editor, "figures.import")).toBe("all");
    for (const other of [officer, reviewer, editor, leader]) expect(scopeOf(other, "people.import")).toBeNull();
    for (const other of [officer, reviewer, admin, leader]) expect(scopeOf(other, "figures.import")).toBeNull();
  });
  it("shows the 操作日志 to the administrator only", () => {
    const admin: Actor = { id: "u6", roles: ["ADMIN"], unitId: "ROOT" };
    const leader: Actor = { id: "u5", roles: ["LEADER"], unitId: "ROOT" };
    const reviewer: Actor = { id: "u4", roles: ["REVIEWER"], unitId: "A" };
    expect(scopeOf(admin, "audit.read")).toBe("all");
    for (const other of [officer, reviewer, editor, leader]) {
      expect(scopeOf(other, "audit.read")).toBeNull();
      expect(() => requirePermission(other, "audit.read")).toThrow(ForbiddenError);
    }
  });
  it("lets the office manage training; people read their own, reviewers their unit's, the office and leaders everyone's", () => {
    const reviewer: Actor = { id: "u4", roles: ["REVIEWER"], unitId: "A" };
    const leader: Actor = { id: "u5", roles: ["LEADER"], unitId: "ROOT" };
    const admin: Actor = { id: "u6", roles: ["ADMIN"], unitId: "ROOT" };
    expect(scopeOf(editor, "training.manage")).toBe("all");
    for (const other of [officer, reviewer, leader, admin]) expect(scopeOf(other, "training.manage")).toBeNull();
    expect(scopeOf(officer, "training.read")).toBeNull();
    expect(scopeOf(officer, "training.own")).toBe("unit");
    expect(scopeOf(reviewer, "training.read")).toBe("unit");
    expect(() => requirePermission(reviewer, "training.read", { unitId: "B" })).toThrow(NotFoundError);
    expect(scopeOf(leader, "training.read")).toBe("all");
    expect(scopeOf(admin, "training.read")).toBeNull();
  });
  it("scopes 个人积分 to the officer's own record, the reviewer's unit, and the whole county for the office and leaders", () => {
    const colleague = { unitId: "A", userId: "u9" };
    const reviewer: Actor = { id: "u4", roles: ["REVIEWER"], unitId: "A" };
    const leader: Actor = { id: "u5", roles: ["LEADER"], unitId: "ROOT" };
    expect(scopeOf(officer, "credit.read")).toBe("self");
    expect(can(officer, "credit.read", { unitId: "A", userId: "u1" })).toBe(true);
    expect(() => requirePermission(officer, "credit.read", colleague)).toThrow(NotFoundError);
    expect(() => requirePermission(officer, "credit.read", { unitId: "B", userId: "u8" })).toThrow(NotFoundError);
    expect(can(reviewer, "credit.read", colleague)).toBe(true);
    expect(() => requirePermission(reviewer, "credit.read", { unitId: "B", userId: "u8" })).toThrow(NotFoundError);
    expect(can(leader, "credit.read", colleague)).toBe(true);
    // A wider role wins: an officer who is also a reviewer sees the unit's people.
    expect(scopeOf({ roles: ["OFFICER", "REVIEWER"] }, "credit.read")).toBe("unit");
    expect(scopeOf(both, "credit.read")).toBe("all");
    expect(scopeOf(editor, "credit.rules")).toBe("all");
    for (const other of [officer, reviewer, leader]) expect(scopeOf(other, "credit.rules")).toBeNull();
    expect(scopeOf(leader, "credit.shortlist")).toBe("all");
    expect(scopeOf(reviewer, "credit.shortlist")).toBeNull();
  });
});
