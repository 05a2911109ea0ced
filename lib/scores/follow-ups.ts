import "server-only";
import type { FollowUpFeedbackInput } from "@/lib/validation/score";
import { db } from "@/lib/db";
import { audit } from "@/lib/audit";
import { requirePermission, type Actor } from "@/lib/authz/permissions";
import { ConflictError, NotFoundError } from "@/lib/errors";
import { isUuid } from "@/lib/ids";

/** 批示落实: the own unit's follow-ups of leader instructions, open ones first. */
export async function listUnitFollowUps(actor: Actor) {
  requirePermission(actor, "scores.own", { unitId: actor.unitId });
  return db.instructionFollowUp.findMany({
    where: { unitId: actor.unitId },
    orderBy: [{ closedAt: { sort: "desc", nulls: "first" } }, { createdAt: "desc" }],
    take: 100,
    include: { record: { select: { title: true, leader: true, content: true, level: true, occurredOn: true } } },
  });
}

/** The unit reports what it did about an instruction; that closes the follow-up. */
export async function closeFollowUp(actor: Actor, input: FollowUpFeedbackInput & { now?: Date }) {
  const followUp = isUuid(input.id) ? await db.instructionFollowUp.findUnique({ where: { id: input.id } }) : null;
  if (!followUp) throw new NotFoundError("没有找到这条批示");
  requirePermission(actor, "scores.own", { unitId: followUp.unitId });
  const now = input.now ?? new Date();
  return db.$transaction(async (tx) => {
    const { count } = await tx.instructionFollowUp.updateMany({
      where: { id: followUp.id, closedAt: null },
      data: { feedback: input.feedback, closedAt: now, closedById: actor.id },
    });
    if (count === 0) throw new ConflictError("这条批示已经反馈过了");
    await audit(tx, { actorId: actor.id, action: "instruction.feedback", entityType: "InstructionFollowUp", entityId: followUp.id });
  });
}
