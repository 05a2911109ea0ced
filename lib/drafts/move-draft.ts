import "server-only";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/authz/permissions";
import { getDraftOrThrow } from "./access";
import { UNIT_FOR_CHECKS } from "@/lib/units/labels";
import { assertSubmittable } from "./review-checks";
import { applyMove, assertPlainMove, SUBMITS } from "./apply-move";
import { DomainError } from "@/lib/errors";
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
  if (SUBMITS.includes(input.action)) {
    // The checks read with their own connections, so they run before the transaction: inside it,
    // twenty officers submitting at once would hold every pooled connection while each waits
    // for one more (scripts/bench/surge.ts). They check the version being submitted, and the
    // transaction's version check refuses the move if the draft changed since.
    const checked = await getDraftOrThrow(actor, input.id);
    if (checked.version === input.version) {
      const unit = await db.unit.findUniqueOrThrow({ where: { id: checked.unitId }, select: UNIT_FOR_CHECKS });
      await assertSubmittable(actor, { ...checked, unit });
    }
  }
  return db.$transaction(async (tx) => {
    const draft = await getDraftOrThrow(actor, input.id, tx);
    if (input.action === "OFFICE_SEND_UP") {
      const unit = await tx.unit.findUniqueOrThrow({ where: { id: draft.unitId }, select: { deskId: true } });
      if (!unit.deskId) throw new DomainError("本级已是最高一级，没有可以报送的上级");
    }
    return applyMove(tx, actor, draft, input.action, {
      version: input.version,
      comment: input.comment,
      secrecyConfirmed: input.secrecyConfirmed,
    });
  });
}
