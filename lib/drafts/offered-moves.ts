import { can, type Actor } from "@/lib/authz/permissions";
import { DRAFT_ACTIONS, MOVES, canMove, type DraftAction, type DraftStatus } from "./workflow";

const ELSEWHERE: readonly DraftAction[] = ["ADOPT", "UNADOPT", "PUBLISH"];
const DANGER: readonly DraftAction[] = ["DECLINE"];

/** The plain moves to offer this person on this draft (the server checks again on each). */
export function offeredMoves(actor: Actor, draft: { status: DraftStatus; unitId: string }) {
  return DRAFT_ACTIONS.filter(
    (a) => !ELSEWHERE.includes(a) && canMove(a, draft.status) && can(actor, MOVES[a].permission, draft),
  ).map((a) => ({ action: a, label: MOVES[a].label, commentRequired: MOVES[a].commentRequired, danger: DANGER.includes(a) }));
}
