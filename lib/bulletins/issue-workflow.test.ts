import { describe, expect, it } from "vitest";
import type { Actor } from "@/lib/authz/permissions";
import { offeredIssueMoves, refusalOf } from "./issue-workflow";

const as = (...roles: Actor["roles"]): Actor => ({ id: "u", unitId: "county", roles, nodeId: "county", nodeKind: "COUNTY", nodeUnitIds: ["county"] });

describe("issue move table", () => {
  it("publishes only from 已签发 when the series needs sign-off, and also from 编排中 when not", () => {
    expect(refusalOf("PUBLISH", "SIGNED", true)).toBeNull();
    expect(refusalOf("PUBLISH", "COMPOSING", true)).toMatch(/没有经领导签发/);
    expect(refusalOf("PUBLISH", "PENDING_SIGNOFF", true)).toMatch(/没有经领导签发/);
    expect(refusalOf("PUBLISH", "COMPOSING", false)).toBeNull();
    expect(refusalOf("PUBLISH", "PUBLISHED", false)).toMatch(/已经发布过/);
  });

  it("has no sign-off steps for a series without sign-off", () => {
    expect(refusalOf("SEND_FOR_SIGNOFF", "COMPOSING", false)).toMatch(/不需要签发/);
    expect(refusalOf("SEND_FOR_SIGNOFF", "COMPOSING", true)).toBeNull();
    expect(refusalOf("SIGN", "COMPOSING", true)).toMatch(/编排中/);
  });

  it("voids only what was published", () => {
    expect(refusalOf("VOID", "PUBLISHED", true)).toBeNull();
    expect(refusalOf("VOID", "SIGNED", true)).not.toBeNull();
  });

  it("offers each role its own moves", () => {
    const names = (actor: Actor, status: Parameters<typeof offeredIssueMoves>[1], signOff = true) =>
      offeredIssueMoves(actor, status, signOff).map((m) => m.move);
    expect(names(as("EDITOR"), "COMPOSING")).toEqual(["SEND_FOR_SIGNOFF"]);
    expect(names(as("EDITOR"), "COMPOSING", false)).toEqual(["PUBLISH"]);
    expect(names(as("LEADER"), "PENDING_SIGNOFF")).toEqual(["SIGN", "RETURN"]);
    expect(names(as("EDITOR"), "PENDING_SIGNOFF")).toEqual(["RECALL"]);
    expect(names(as("EDITOR"), "SIGNED")).toEqual(["RECALL", "PUBLISH"]);
    expect(names(as("EDITOR", "LEADER"), "PENDING_SIGNOFF")).toEqual(["SIGN", "RETURN", "RECALL"]);
    expect(names(as("EDITOR"), "PUBLISHED")).toEqual(["VOID"]);
    expect(names(as("OFFICER"), "PUBLISHED")).toEqual([]);
    expect(offeredIssueMoves(as("LEADER"), "PENDING_SIGNOFF", true).find((m) => m.move === "RETURN")?.comment).toBe("退回意见");
  });
});
