/** 参训人员: the office ticks who attended a held session; the people to tick from. */
import "server-only";
import { db } from "@/lib/db";
import { audit } from "@/lib/audit";
import { requirePermission, type Actor } from "@/lib/authz/permissions";
import { ConflictError, ValidationError } from "@/lib/errors";
import { shanghaiDate, formatIsoDate } from "@/lib/time";
import type { AttendanceInput } from "@/lib/validation/training";
import { getSessionOrThrow, traineeWhere } from "./access";

/** Everyone who may be ticked, unit by unit (the picker searches them by unit and name). */
export async function traineeChoices(actor: Actor) {
  requirePermission(actor, "training.manage");
  const people = await db.user.findMany({
    where: traineeWhere(actor.nodeId),
    orderBy: [{ unit: { rankGroup: "asc" } }, { unit: { sortOrder: "asc" } }, { unit: { name: "asc" } }, { name: "asc" }, { id: "asc" }],
    select: { id: true, name: true, roles: true, unit: { select: { name: true } } },
  });
  return people.map((p) => ({ id: p.id, name: p.name, roles: p.roles, unitName: p.unit.name }));
}

/**
 * Replaces the session's attendance with the ticked list, in one transaction with the
 * session's version: two people ticking at once cannot silently undo each other.
 */
export async function setAttendance(actor: Actor, input: AttendanceInput, now = new Date()) {
  requirePermission(actor, "training.manage");
  const session = await getSessionOrThrow(actor, input.sessionId);
  const heldOn = formatIsoDate(session.heldOn);
  if (heldOn > shanghaiDate(now)) throw new ValidationError({ userIds: `这次培训安排在${heldOn}，举办以后再登记参训人员` });
  const wanted = [...new Set(input.userIds)];
  const valid = await db.user.findMany({ where: { id: { in: wanted }, ...traineeWhere(actor.nodeId) }, select: { id: true } });
  if (valid.length !== wanted.length) throw new ValidationError({ userIds: "所选人员中有人已停用或不在名单里，请刷新后重新勾选（已勾选的还在）" });

  return db.$transaction(async (tx) => {
    const { count } = await tx.trainingSession.updateMany({ where: { id: session.id, version: input.version }, data: { version: { increment: 1 } } });
    if (count === 0) throw new ConflictError("参训人员刚被别人改过，请刷新后再登记（您勾选的还在）");
    const current = new Set((await tx.trainingAttendance.findMany({ where: { sessionId: session.id }, select: { userId: true } })).map((a) => a.userId));
    const added = wanted.filter((id) => !current.has(id));
    const removed = [...current].filter((id) => !wanted.includes(id));
    await tx.trainingAttendance.deleteMany({ where: { sessionId: session.id, userId: { in: removed } } });
    await tx.trainingAttendance.createMany({ data: added.map((userId) => ({ sessionId: session.id, userId, recordedById: actor.id })), skipDuplicates: true });
    const names = async (ids: string[]) => (await tx.user.findMany({ where: { id: { in: ids } }, select: { name: true } })).map((u) => u.name);
    await audit(tx, {
      actorId: actor.id,
      action: "training.attendance",
      entityType: "TrainingSession",
      entityId: session.id,
      data: { title: session.topic, added: await names(added), removed: await names(removed), total: wanted.length },
    });
    return { added: added.length, removed: removed.length, total: wanted.length };
  });
}
