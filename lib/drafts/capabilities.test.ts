import { describe, expect, it } from "vitest";
import type { Actor } from "@/lib/authz/permissions";
import { draftCapabilities, type DraftForCapabilities } from "./capabilities";

/** One county: its department ROOT and the units A and B reporting to it. */
const COUNTY = { nodeId: "ROOT", nodeKind: "COUNTY", nodeUnitIds: ["ROOT", "A", "B"] } as const;
const officer: Actor = { id: "o", roles: ["OFFICER"], unitId: "A", ...COUNTY };
const reviewer: Actor = { id: "r", roles: ["REVIEWER"], unitId: "A", ...COUNTY };
const otherReviewer: Actor = { id: "r2", roles: ["REVIEWER"], unitId: "B", ...COUNTY };
const editor: Actor = { id: "e", roles: ["EDITOR"], unitId: "ROOT", ...COUNTY };
const leader: Actor = { id: "l", roles: ["LEADER"], unitId: "ROOT", ...COUNTY };

const draft = (status: DraftForCapabilities["status"], issue: "COMPOSING" | "PENDING_SIGNOFF" | "PUBLISHED" | null = null): DraftForCapabilities => ({
  status,
  unitId: "A",
  issueItem: issue ? { issue: { status: issue } } : null,
  events: [],
});
const moves = (actor: Actor, d: DraftForCapabilities) => draftCapabilities(actor, d).moves.map((m) => m.action);

describe("draftCapabilities", () => {
  it("gives the text to its owner in each status, and to nobody else", () => {
    expect(draftCapabilities(officer, draft("DRAFT")).canEdit).toBe(true);
    expect(draftCapabilities(officer, draft("SUBMITTED")).canEdit).toBe(false);
    expect(draftCapabilities(reviewer, draft("SUBMITTED")).canEdit).toBe(true);
    expect(draftCapabilities(otherReviewer, draft("SUBMITTED")).canEdit).toBe(false);
    expect(draftCapabilities(editor, draft("FORWARDED")).canEdit).toBe(true);
    expect(draftCapabilities(officer, draft("FORWARDED")).canEdit).toBe(false);
    expect(draftCapabilities(leader, draft("FORWARDED")).canEdit).toBe(false);
    expect(draftCapabilities(editor, draft("PUBLISHED")).canEdit).toBe(false);
  });

  it("freezes an adopted draft once its issue has left composing, and lets 撤销采用 only while composing", () => {
    const composing = draftCapabilities(editor, draft("ADOPTED", "COMPOSING"));
    expect(composing).toMatchObject({ frozenByIssue: false, canEdit: true, canUnadopt: true });
    const signing = draftCapabilities(editor, draft("ADOPTED", "PENDING_SIGNOFF"));
    expect(signing).toMatchObject({ frozenByIssue: true, ownsText: true, canEdit: false, canUnadopt: false });
  });

  it("offers 采用 to the office only, from 待县审核 and 县编辑中", () => {
    expect(draftCapabilities(editor, draft("FORWARDED")).canAdopt).toBe(true);
    expect(draftCapabilities(editor, draft("EDITING")).canAdopt).toBe(true);
    expect(draftCapabilities(editor, draft("ADOPTED")).canAdopt).toBe(false);
    expect(draftCapabilities(reviewer, draft("FORWARDED")).canAdopt).toBe(false);
  });

  it("offers no decision on the node's own draft sent up: the desk above decides it", () => {
    const sentUp = { ...draft("FORWARDED"), unitId: "ROOT" };
    expect(draftCapabilities(editor, sentUp)).toMatchObject({ canAdopt: false, canEdit: false, moves: [] });
    expect(draftCapabilities(editor, { ...sentUp, status: "ADOPTED" }).canUnadopt).toBe(false);
  });

  it("shows the watch-list findings to the unit's reviewer and the office, not to the writer", () => {
    expect(draftCapabilities(officer, draft("DRAFT")).seesWatchList).toBe(false);
    expect(draftCapabilities(reviewer, draft("DRAFT")).seesWatchList).toBe(true);
    expect(draftCapabilities(otherReviewer, draft("DRAFT")).seesWatchList).toBe(false);
    expect(draftCapabilities(editor, draft("FORWARDED")).seesWatchList).toBe(true);
  });

  it("lets the unit's writer delete a draft never submitted, and nobody delete one with a history", () => {
    expect(draftCapabilities(officer, draft("DRAFT")).canDelete).toBe(true);
    expect(draftCapabilities(officer, { ...draft("DRAFT"), events: [{}] }).canDelete).toBe(false);
    expect(draftCapabilities(officer, draft("RETURNED")).canDelete).toBe(false);
    expect(draftCapabilities(officer, { ...draft("DRAFT"), unitId: "B" }).canDelete).toBe(false);
    expect(draftCapabilities(editor, draft("DRAFT")).canDelete).toBe(false);
  });

  it("offers the plain moves as buttons, with 修改稿件 (not a separate 开始修改) as the way to edit", () => {
    expect(moves(officer, draft("DRAFT"))).toEqual(["SUBMIT"]);
    expect(moves(reviewer, draft("SUBMITTED"))).toEqual(["APPROVE", "REVIEWER_RETURN"]);
    expect(moves(editor, draft("FORWARDED"))).toEqual(["EDITOR_RETURN", "DECLINE"]);
    expect(moves(leader, draft("FORWARDED"))).toEqual([]);
  });
});
