import "server-only";
import type { Tx } from "@/lib/db";
import type { Draft } from "@/lib/generated/prisma/client";
import { requirePermission, type Actor } from "@/lib/authz/permissions";
import { ConflictError, DomainError, ValidationError } from "@/lib/errors";
import { audit } from "@/lib/audit";
import { MOVES, nextStatus, PLAIN_MOVES, STATUS_LABELS, type DraftAction } from "./workflow";
import { recordVersion } from "./versions";
import { afterMove } from "./move-effects";

type Stamps = Partial<Record<"submittedAt" | "forwardedAt" | "decidedAt", Date | null>>;

const STAMPS: Partial<Record<DraftAction, (now: Date, draft: Draft) => Stamps>> = {
  SUBMIT: (now) => ({ submittedAt: now }),
  // 报送 counts once, when the draft first reaches the county.
  APPROVE: (now, draft) => (draft.forwardedAt ? {} : { forwardedAt: now }),
  // The office's own piece is submitted and reaches the desk above in one move.
  OFFICE_SEND_UP: (now, draft) => ({ submittedAt: now, ...(draft.forwardedAt ? {} : { forwardedAt: now }) }),
  ADOPT: (now) => ({ decidedAt: now }),
  DECLINE: (now) => ({ decidedAt: now }),
  UNADOPT: () => ({ decidedAt: null }),
};

/** The moves that submit a text (an officer's to the reviewer, the office's own to the desk above): 保密审查 and a version each. */
export const SUBMITS: readonly DraftAction[] = ["SUBMIT", "OFFICE_SEND_UP"];

/**
 * Makes one move of the lifecycle table inside the caller's transaction: permission,
 * an update that only succeeds if status and version are still what was read, and the event row.
 */
export async function applyMove(
  tx: Tx,
  actor: Actor,
  draft: Draft,
  action: DraftAction,
  opts: { version: number; comment?: string; now?: Date; secrecyConfirmed?: boolean },
) {
  const move = MOVES[action];
  requirePermission(actor, move.permission, draft);
  const to = nextStatus(action, draft.status);
  if (!to) throw new ConflictError(`该稿件状态已变化（现为“${STATUS_LABELS[draft.status]}”），不能${move.label}`);
  const comment = opts.comment?.trim() ?? "";
  if (move.commentRequired && !comment) {
    throw new ValidationError({ comment: action === "DECLINE" ? "请填写不予采用的理由" : "请填写退回意见" });
  }
  // 保密审查: the writer confirms at every submission that the draft holds no state secret.
  if (SUBMITS.includes(action) && !opts.secrecyConfirmed) {
    throw new ValidationError({ secrecy: "提交前请确认稿件不涉及国家秘密" }, "提交前请确认稿件不涉及国家秘密");
  }
  const now = opts.now ?? new Date();
  const { count } = await tx.draft.updateMany({
    where: { id: draft.id, status: draft.status, version: opts.version },
    data: { status: to, version: { increment: 1 }, ...STAMPS[action]?.(now, draft) },
  });
  if (count === 0) throw new ConflictError();
  await tx.draftEvent.create({
    data: {
      draftId: draft.id,
      actorId: actor.id,
      action,
      fromStatus: draft.status,
      toStatus: to,
      comment: comment || null,
      secrecyConfirmed: SUBMITS.includes(action),
      createdAt: now,
    },
  });
  // The event row is the draft's own history; the audit row puts the move in the 操作日志
  // with everyone else's changes (and the address it came from).
  await audit(tx, {
    actorId: actor.id,
    action: `draft.${action.toLowerCase()}`,
    entityType: "Draft",
    entityId: draft.id,
    data: { from: draft.status, to, ...(comment ? { comment } : {}) },
  });
  if (SUBMITS.includes(action)) await recordVersion(tx, draft.id, "SUBMITTED", actor.id);
  if (action === "REVIEWER_RETURN" || action === "EDITOR_RETURN") await recordVersion(tx, draft.id, "RETURNED", actor.id);
  if (action === "PUBLISH") await recordVersion(tx, draft.id, "PUBLISHED", actor.id);
  await afterMove(tx, draft, action, { version: opts.version, comment, now });
  return to;
}

/** Guards moves that have their own use case (adoption and publication need an issue). */
export function assertPlainMove(action: DraftAction) {
  if (!(PLAIN_MOVES as readonly DraftAction[]).includes(action)) {
    throw new DomainError("请在期刊编排中操作");
  }
}
