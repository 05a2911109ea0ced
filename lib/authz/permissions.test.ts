import { describe, expect, it } from "vitest";
import { NotFoundError, ForbiddenError } from "@/lib/errors";
import { can, isNodeWide, requireNodeWide, requirePermission, scopeOf, unitWhere, type Actor, type Permission, type Role, type Scope } from "./permissions";

/** One county: its department ROOT and the units A and B reporting to it. */
const COUNTY = { nodeId: "ROOT", nodeKind: "COUNTY", nodeUnitIds: ["ROOT", "A", "B"] } as const;
const officer: Actor = { id: "u1", roles: ["OFFICER"], unitId: "A", ...COUNTY };
const editor: Actor = { id: "u2", roles: ["EDITOR"], unitId: "ROOT", ...COUNTY };
const both: Actor = { id: "u3", roles: ["OFFICER", "EDITOR"], unitId: "A", ...COUNTY };

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
  it("keeps the node-wide scope inside the actor's node", () => {
    // The city above ROOT, and a township of another county: neither reports to ROOT.
    for (const unitId of ["CITY", "OTHER_TOWNSHIP"]) {
      expect(can(editor, "draft.decide", { unitId })).toBe(false);
      expect(() => requirePermission(editor, "draft.read", { unitId })).toThrow(NotFoundError);
    }
    expect(unitWhere(editor, "draft.read")).toEqual({ unitId: { in: ["ROOT", "A", "B"] } });
    expect(unitWhere(officer, "draft.read")).toEqual({ unitId: "A" });
  });
  it("lets the node see its own unit's records but leaves the desk's decisions on them to the desk above", () => {
    expect(can(editor, "draft.read", { unitId: "ROOT" })).toBe(true);
    expect(can(editor, "draft.decide", { unitId: "ROOT" })).toBe(false);
    expect(() => requirePermission(editor, "draft.decide", { unitId: "ROOT" })).toThrow(ForbiddenError);
    expect(() => requirePermission(editor, "draft.decide", { unitId: "CITY" })).toThrow(NotFoundError);
  });
  it("takes the widest scope of several roles", () => {
    expect(scopeOf(both, "draft.read")).toBe("all");
    expect(can(editor, "draft.decide", { unitId: "B" })).toBe(true);
  });
  it("gives planning to the office, hand-outs and 备案 to the unit's reviewer, and reading by unit", () => {
    const reviewer: Actor = { id: "u4", roles: ["REVIEWER"], unitId: "A", ...COUNTY };
    const leader: Actor = { id: "u5", roles: ["LEADER"], unitId: "ROOT", ...COUNTY };
    expect(scopeOf(editor, "plan.manage")).toBe("all");
    expect(scopeOf(leader, "plan.manage")).toBeNull();
    expect(scopeOf(reviewer, "plan.manage")).toBeNull();
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
    const admin: Actor = { id: "u6", roles: ["ADMIN"], unitId: "ROOT", ...COUNTY };
    const leader: Actor = { id: "u5", roles: ["LEADER"], unitId: "ROOT", ...COUNTY };
    const reviewer: Actor = { id: "u4", roles: ["REVIEWER"], unitId: "A", ...COUNTY };
    expect(scopeOf(admin, "people.import")).toBe("all");
    expect(scopeOf(editor, "figures.import")).toBe("all");
    for (const other of [officer, reviewer, editor, leader]) expect(scopeOf(other, "people.import")).toBeNull();
    for (const other of [officer, reviewer, admin, leader]) expect(scopeOf(other, "figures.import")).toBeNull();
  });
  it("shows the 操作日志 to the administrator only", () => {
    const admin: Actor = { id: "u6", roles: ["ADMIN"], unitId: "ROOT", ...COUNTY };
    const leader: Actor = { id: "u5", roles: ["LEADER"], unitId: "ROOT", ...COUNTY };
    const reviewer: Actor = { id: "u4", roles: ["REVIEWER"], unitId: "A", ...COUNTY };
    expect(scopeOf(admin, "audit.read")).toBe("all");
    for (const other of [officer, reviewer, editor, leader]) {
      expect(scopeOf(other, "audit.read")).toBeNull();
      expect(() => requirePermission(other, "audit.read")).toThrow(ForbiddenError);
    }
  });
  it("lets the office manage training; people read their own, reviewers their unit's, the office and leaders everyone's", () => {
    const reviewer: Actor = { id: "u4", roles: ["REVIEWER"], unitId: "A", ...COUNTY };
    const leader: Actor = { id: "u5", roles: ["LEADER"], unitId: "ROOT", ...COUNTY };
    const admin: Actor = { id: "u6", roles: ["ADMIN"], unitId: "ROOT", ...COUNTY };
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
    const reviewer: Actor = { id: "u4", roles: ["REVIEWER"], unitId: "A", ...COUNTY };
    const leader: Actor = { id: "u5", roles: ["LEADER"], unitId: "ROOT", ...COUNTY };
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

/** Who reads and runs what in planning and scores: one row per permission, one column per role (null: refused). */
const row = (officer: Scope | null, reviewer: Scope | null, editor: Scope | null, leader: Scope | null): Record<Role, Scope | null> => ({
  OFFICER: officer,
  REVIEWER: reviewer,
  EDITOR: editor,
  LEADER: leader,
  ADMIN: null,
});
const SPLIT: Partial<Record<Permission, Record<Role, Scope | null>>> = {
  "plan.read": row("unit", "unit", "all", "all"),
  "plan.manage": row(null, null, "all", null),
  "commission.read": row("unit", "unit", "all", "all"),
  "commission.manage": row(null, null, "all", null),
  "commission.assign": row(null, "unit", null, null),
  // An officer sees the topics given to them, not a colleague's.
  "topic.read": row("self", "unit", "all", "all"),
  "quota.read": row("unit", "unit", "all", "all"),
  "quota.manage": row(null, null, "all", null),
  "roster.read": row("unit", "unit", "all", "all"),
  "roster.file": row(null, "unit", "all", null),
  "urgent.read": row("unit", "unit", "all", "all"),
  "urgent.report": row("unit", "unit", "all", null),
  "urgent.manage": row(null, null, "all", null),
  // Leaders record 批示 only; the other kinds, 冲销 and 通报 are the research office's.
  "scores.record": row(null, null, "all", null),
  "scores.instruction": row(null, null, "all", "all"),
  "scores.reverse": row(null, null, "all", null),
  "scores.notice": row(null, null, "all", null),
};

describe("planning and score permissions, one per thing guarded", () => {
  for (const [permission, byRole] of Object.entries(SPLIT)) {
    it(`${permission}: ${Object.entries(byRole).map(([r, s]) => `${r} ${s ?? "-"}`).join(", ")}`, () => {
      for (const [role, scope] of Object.entries(byRole)) expect(scopeOf({ roles: [role as Role] }, permission as Permission)).toBe(scope);
    });
  }
});

describe("county-wide or own unit", () => {
  const reviewer: Actor = { id: "u4", roles: ["REVIEWER"], unitId: "A", ...COUNTY };
  const admin: Actor = { id: "u6", roles: ["ADMIN"], unitId: "ROOT", ...COUNTY };
  it("filters by the node's units node-wide and by the own unit otherwise", () => {
    expect(unitWhere(editor, "urgent.read")).toEqual({ unitId: { in: ["ROOT", "A", "B"] } });
    expect(unitWhere(reviewer, "urgent.read")).toEqual({ unitId: "A" });
    // A person-scoped reader is narrowed to the unit here; the list adds the person.
    expect(unitWhere(officer, "topic.read")).toEqual({ unitId: "A" });
    expect(unitWhere(both, "quota.read")).toEqual({ unitId: { in: ["ROOT", "A", "B"] } });
  });
  it("refuses a list to whoever lacks the permission", () => {
    expect(() => unitWhere(admin, "urgent.read")).toThrow(ForbiddenError);
  });
  it("tells the county's overview from a unit's view", () => {
    expect(isNodeWide(editor, "roster.read")).toBe(true);
    expect(isNodeWide(reviewer, "roster.read")).toBe(false);
    expect(isNodeWide(admin, "roster.read")).toBe(false);
    expect(() => requireNodeWide(editor, "quota.read")).not.toThrow();
    expect(() => requireNodeWide(reviewer, "quota.read")).toThrow(ForbiddenError);
    expect(() => requireNodeWide(admin, "quota.read")).toThrow(ForbiddenError);
  });
});
