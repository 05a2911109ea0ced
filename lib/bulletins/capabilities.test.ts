import { describe, expect, it } from "vitest";
import type { Actor } from "@/lib/authz/permissions";
import { canOpenIssue, issueCapabilities, workingStatuses } from "./capabilities";
import type { IssueStatus } from "./issue-workflow";

const as = (...roles: Actor["roles"]): Actor => ({ id: "u", unitId: "county", roles, nodeId: "county", nodeKind: "COUNTY", nodeUnitIds: ["county"] });
const editor = as("EDITOR");
const leader = as("LEADER");
const officer = as("OFFICER");
const issue = (status: IssueStatus, requiresSignOff = true, nodeId = "county") => ({ status, series: { requiresSignOff, nodeId } });

describe("issueCapabilities", () => {
  it("lets the office compose only while the issue is being composed", () => {
    expect(issueCapabilities(editor, issue("COMPOSING")).canCompose).toBe(true);
    for (const s of ["PENDING_SIGNOFF", "SIGNED", "PUBLISHED", "VOIDED"] as const) expect(issueCapabilities(editor, issue(s)).canCompose).toBe(false);
    expect(issueCapabilities(leader, issue("COMPOSING")).canCompose).toBe(false);
  });
  it("marks a published or voided issue final", () => {
    expect(issueCapabilities(officer, issue("PUBLISHED")).published).toBe(true);
    expect(issueCapabilities(officer, issue("VOIDED")).published).toBe(true);
    expect(issueCapabilities(editor, issue("SIGNED")).published).toBe(false);
  });
  it("offers each person the moves of the move table", () => {
    const moves = (a: Actor, s: IssueStatus, signOff = true) => issueCapabilities(a, issue(s, signOff)).moves.map((m) => m.move);
    expect(moves(editor, "COMPOSING")).toEqual(["SEND_FOR_SIGNOFF"]);
    expect(moves(editor, "COMPOSING", false)).toEqual(["PUBLISH"]);
    expect(moves(leader, "PENDING_SIGNOFF")).toEqual(["SIGN", "RETURN"]);
    expect(moves(editor, "PUBLISHED")).toEqual(["VOID"]);
    expect(moves(officer, "PUBLISHED")).toEqual([]);
  });
  it("offers nothing on another node's issue: it is only read there", () => {
    expect(issueCapabilities(editor, issue("COMPOSING", true, "city")).canCompose).toBe(false);
    for (const s of ["COMPOSING", "PENDING_SIGNOFF", "PUBLISHED"] as const) {
      for (const a of [editor, leader]) expect(issueCapabilities(a, issue(s, true, "city")).moves).toEqual([]);
    }
  });
});

describe("who opens an issue", () => {
  it("shows the office every issue and leaders those sent for sign-off", () => {
    expect(workingStatuses(editor)).toEqual(["COMPOSING", "PENDING_SIGNOFF", "SIGNED"]);
    expect(workingStatuses(leader)).toEqual(["PENDING_SIGNOFF", "SIGNED"]);
    expect(workingStatuses(officer)).toBeNull();
    expect(canOpenIssue(leader, "COMPOSING")).toBe(false);
    expect(canOpenIssue(leader, "PENDING_SIGNOFF")).toBe(true);
    expect(canOpenIssue(officer, "SIGNED")).toBe(false);
  });
  it("shows a published issue to every reader", () => {
    for (const a of [editor, leader, officer, as("ADMIN")]) expect(canOpenIssue(a, "PUBLISHED")).toBe(true);
    expect(canOpenIssue(officer, "VOIDED")).toBe(true);
  });
});
