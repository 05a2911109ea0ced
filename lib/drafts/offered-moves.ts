import { can, type Actor } from "@/lib/authz/permissions";
import { LEVEL_WORDS } from "@/lib/units/labels";
import { MOVES, PLAIN_MOVES, canMove, moveLabel, type DraftAction, type DraftStatus } from "./workflow";

// CLAIM is no button of its own: the office's first save of a 待县审核 draft claims it
// (update-draft.ts), so 修改稿件 is the one way to edit, for every role.
const NO_BUTTON: readonly DraftAction[] = ["CLAIM"];
const DANGER: readonly DraftAction[] = ["DECLINE"];

/** The plain moves to offer this person on this draft (the server checks again on each). */
export function offeredMoves(actor: Actor, draft: { status: DraftStatus; unitId: string }) {
  return PLAIN_MOVES.filter(
    (a) => !NO_BUTTON.includes(a) && canMove(a, draft.status) && can(actor, MOVES[a].permission, draft),
  ).map((a) => ({ action: a, label: moveLabel(a, LEVEL_WORDS[actor.nodeKind]), commentRequired: MOVES[a].commentRequired, danger: DANGER.includes(a) }));
}
