import "server-only";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/authz/permissions";
import { getDraftOrThrow } from "./access";
import { assertSubmittable } from "./review-checks";
import { applyMove, assertPlainMove } from "./apply-move";
import type { DraftAction } from "./workflow";

/**
 * Submit, withdraw, approve, return, claim or decline a draft: the moves that need
 * nothing but the draft and a comment.
 */
export async function moveDraft(
  actor: Actor,
  input: { id: string; version: number; action: DraftAction; comment?: string; secrecyConfirmed?: boolean },
) {
  assertPlainMove(input.action);
  return db.$transaction(async (tx) => {
    const draft = await getDraftOrThrow(actor, input.id, tx);
    if (input.action === "SUBMIT") {
      const unit = await tx.unit.findUniqueOrThrow({ where: { id: draft.unitId }, select: { name: true } });
      await assertSubmittable(actor, { ...draft, unit });
    }
    return applyMove(tx, actor, draft, input.action, {
      version: input.version,
      comment: input.comment,
      secrecyConfirmed: input.secrecyConfirmed,
    });
  });
}
