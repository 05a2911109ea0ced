import { describe, expect, it } from "vitest";
import { DRAFT_ACTIONS, DRAFT_STATUSES, MOVES, PLAIN_MOVES, canMove, nextStatus, type DraftAction, type DraftStatus } from "./workflow";

/** The brief's diagram, written out independently of MOVES: every allowed (action, from) -> to. */
const ALLOWED: Array<[DraftAction, DraftStatus, DraftStatus]> = [
  ["SUBMIT", "DRAFT", "SUBMITTED"],
  ["SUBMIT", "RETURNED", "SUBMITTED"],
  ["WITHDRAW", "SUBMITTED", "DRAFT"],
  ["APPROVE", "SUBMITTED", "FORWARDED"],
  ["REVIEWER_RETURN", "SUBMITTED", "RETURNED"],
  ["CLAIM", "FORWARDED", "EDITING"],
  ["EDITOR_RETURN", "FORWARDED", "RETURNED"],
  ["EDITOR_RETURN", "EDITING", "RETURNED"],
  ["DECLINE", "FORWARDED", "NOT_ADOPTED"],
  ["DECLINE", "EDITING", "NOT_ADOPTED"],
  ["ADOPT", "FORWARDED", "ADOPTED"],
  ["ADOPT", "EDITING", "ADOPTED"],
  ["UNADOPT", "ADOPTED", "EDITING"],
  ["PUBLISH", "ADOPTED", "PUBLISHED"],
  // 报送上级: the status is the new draft's at the desk above; the draft sent stays as it is.
  ["SEND_UP", "ADOPTED", "FORWARDED"],
  ["SEND_UP", "PUBLISHED", "FORWARDED"],
  // 越级报送: likewise, the new draft two levels up (and its copy at the level in between).
  ["SEND_UP_LEAP", "ADOPTED", "FORWARDED"],
  ["SEND_UP_LEAP", "PUBLISHED", "FORWARDED"],
  // The office's own piece goes straight to the desk above, first or after a return.
  ["OFFICE_SEND_UP", "DRAFT", "FORWARDED"],
  ["OFFICE_SEND_UP", "RETURNED", "FORWARDED"],
];

describe("draft move table", () => {
  for (const [action, from, to] of ALLOWED) {
    it(`allows ${action} from ${from} to ${to}`, () => {
      expect(canMove(action, from)).toBe(true);
      expect(nextStatus(action, from)).toBe(to);
    });
  }

  const allowed = new Set(ALLOWED.map(([a, f]) => `${a}:${f}`));
  for (const action of DRAFT_ACTIONS) {
    for (const from of DRAFT_STATUSES) {
      if (allowed.has(`${action}:${from}`)) continue;
      it(`forbids ${action} from ${from}`, () => {
        expect(canMove(action, from)).toBe(false);
        expect(nextStatus(action, from)).toBeNull();
      });
    }
  }

  it("has no terminal status that can be left: a published draft can only be sent up, as a new draft above", () => {
    expect(DRAFT_ACTIONS.filter((a) => canMove(a, "NOT_ADOPTED"))).toEqual([]);
    expect(DRAFT_ACTIONS.filter((a) => canMove(a, "PUBLISHED"))).toEqual(["SEND_UP", "SEND_UP_LEAP"]);
    expect(PLAIN_MOVES).not.toContain("SEND_UP");
    expect(PLAIN_MOVES).not.toContain("SEND_UP_LEAP");
  });

  it("requires a comment exactly for returns and declines", () => {
    const withComment = DRAFT_ACTIONS.filter((a) => MOVES[a].commentRequired).sort();
    expect(withComment).toEqual(["DECLINE", "EDITOR_RETURN", "REVIEWER_RETURN"]);
  });
});
