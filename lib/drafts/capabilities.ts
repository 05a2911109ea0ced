/**
 * The rules of who may see and do what on a draft: pure, for pages, use cases and tests alike
 * (the database lookups that apply them are in access.ts).
 */
import { can, scopeOf, type Actor, type Permission } from "@/lib/authz/permissions";
import type { IssueStatus } from "@/lib/generated/prisma/enums";
import { offeredMoves } from "./offered-moves";
import { canMove, textOwner, type DraftStatus } from "./workflow";

/**
 * Whether a draft is visible: the own unit sees all of its drafts; county roles see a draft
 * once it has reached the county. Everything else looks missing (404).
 */
export function canSeeDraft(actor: Actor, draft: { unitId: string; forwardedAt: Date | null }): boolean {
  const scope = scopeOf(actor, "draft.read");
  if (scope === "all" && draft.forwardedAt) return actor.nodeUnitIds.includes(draft.unitId);
  return scope !== null && draft.unitId === actor.unitId;
}

const EDIT_PERMISSION: Record<NonNullable<ReturnType<typeof textOwner>>, Permission> = {
  unit: "draft.write",
  reviewer: "draft.review",
  county: "draft.decide",
};

/** The permission that lets someone change a draft's text in its status, or null when nobody may. */
export function editPermission(status: DraftStatus): Permission | null {
  const owner = textOwner(status);
  return owner ? EDIT_PERMISSION[owner] : null;
}

export function canEditDraft(actor: Actor, draft: { status: DraftStatus; unitId: string }): boolean {
  const permission = editPermission(draft.status);
  return !!permission && can(actor, permission, draft);
}


export type DraftForCapabilities = {
  status: DraftStatus;
  unitId: string;
  issueItem: { issue: { status: IssueStatus } } | null;
  /** The draft's history (submitted, returned …): only its length counts here. */
  events: readonly unknown[];
};

/** A draft never submitted (no history) may be deleted by its unit; anything else keeps its record. */
export function isDeletable(draft: { status: DraftStatus; events: number }): boolean {
  return draft.status === "DRAFT" && draft.events === 0;
}

/**
 * What this person may do on this draft now, for the draft page, the edit page and their
 * tests alike (the use cases check each again on the server):
 * - `frozenByIssue`: an adopted draft in an issue sent for sign-off or signed is locked until
 *   the office recalls the issue (撤回重编);
 * - `ownsText`: the text's owner in this status (unit, reviewer or office);
 * - `canEdit`: owns the text and it is not frozen;
 * - `canAdopt` / `canUnadopt`: the office, while the draft (and its issue) allow it;
 * - `seesWatchList`: the watch-list findings (低级红、高级黑 and wrong formulations) are for
 *   the reviewer and the office, not for the writer;
 * - `canDelete`: the unit's writer, on a draft never submitted;
 * - `moves`: the plain moves to offer as buttons.
 */
export function draftCapabilities(actor: Actor, draft: DraftForCapabilities) {
  const frozenByIssue = !!draft.issueItem && draft.issueItem.issue.status !== "COMPOSING";
  // 采用 and 撤销采用 are the desk's decisions: not on the node's own draft sent up, which the desk above decides.
  const composes = can(actor, "issue.compose") && can(actor, "draft.decide", draft);
  const ownsText = canEditDraft(actor, draft);
  return {
    frozenByIssue,
    ownsText,
    canEdit: ownsText && !frozenByIssue,
    canAdopt: composes && canMove("ADOPT", draft.status),
    canUnadopt: composes && canMove("UNADOPT", draft.status) && !frozenByIssue,
    seesWatchList: can(actor, "draft.review", draft) || can(actor, "draft.decide"),
    canDelete: isDeletable({ status: draft.status, events: draft.events.length }) && can(actor, "draft.write", draft),
    moves: offeredMoves(actor, draft),
  };
}

export type DraftCapabilities = ReturnType<typeof draftCapabilities>;
