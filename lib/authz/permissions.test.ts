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
});
