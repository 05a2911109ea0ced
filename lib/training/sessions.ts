/** 培训: the office records a session (planned ahead or held), edits it, and lists them. */
import "server-only";
import { db } from "@/lib/db";
import { audit } from "@/lib/audit";
import { requirePermission, type Actor } from "@/lib/authz/permissions";
import { ConflictError } from "@/lib/errors";
import { paginate } from "@/lib/paging";
import type { SessionInput, UpdateSessionInput } from "@/lib/validation/training";
import { getSessionOrThrow, requireCountyTraining } from "./access";

const fields = (input: SessionInput) => ({ heldOn: new Date(input.heldOn), topic: input.topic, form: input.form, trainer: input.trainer, notes: input.notes });

export async function createSession(actor: Actor, input: SessionInput) {
  requirePermission(actor, "training.manage");
  return db.$transaction(async (tx) => {
    const session = await tx.trainingSession.create({ data: { ...fields(input), nodeId: actor.nodeId, createdById: actor.id } });
    await audit(tx, { actorId: actor.id, action: "training.create", entityType: "TrainingSession", entityId: session.id, data: { title: input.topic, heldOn: input.heldOn, form: input.form } });
    return session;
  });
}

/** Edits with the page's version: a change made in between is not overwritten. */
export async function updateSession(actor: Actor, input: UpdateSessionInput) {
  requirePermission(actor, "training.manage");
  const before = await getSessionOrThrow(actor, input.id);
  return db.$transaction(async (tx) => {
    const { count } = await tx.trainingSession.updateMany({ where: { id: before.id, version: input.version }, data: { ...fields(input), version: { increment: 1 } } });
    if (count === 0) throw new ConflictError("这次培训刚被别人修改过，请刷新后再改（您填写的内容还在）");
    await audit(tx, {
      actorId: actor.id,
      action: "training.update",
      entityType: "TrainingSession",
      entityId: before.id,
      data: { before: { topic: before.topic, heldOn: before.heldOn.toISOString().slice(0, 10), form: before.form, trainer: before.trainer }, after: { topic: input.topic, heldOn: input.heldOn, form: input.form, trainer: input.trainer } },
    });
    return tx.trainingSession.findUniqueOrThrow({ where: { id: before.id } });
  });
}

/** The node's sessions, newest first; a search looks at the topic and the trainer. */
export async function listSessions(actor: Actor, opts: { page: number; q?: string }) {
  requireCountyTraining(actor);
  const where = { nodeId: actor.nodeId, ...(opts.q ? { OR: [{ topic: { contains: opts.q } }, { trainer: { contains: opts.q } }] } : {}) };
  return paginate(
    opts.page,
    () => db.trainingSession.count({ where }),
    (skip, take) =>
      db.trainingSession.findMany({
        where,
        orderBy: [{ heldOn: "desc" }, { id: "desc" }],
        skip,
        take,
        select: { id: true, heldOn: true, topic: true, form: true, trainer: true, _count: { select: { attendance: true, materials: true } } },
      }),
  );
}

/** A session with its attendees (unit order) and materials (without their bytes). */
export async function getSessionDetail(actor: Actor, id: string) {
  const session = await getSessionOrThrow(actor, id);
  const [attendance, materials] = await Promise.all([
    db.trainingAttendance.findMany({
      where: { sessionId: session.id },
      orderBy: [{ user: { unit: { sortOrder: "asc" } } }, { user: { name: "asc" } }, { userId: "asc" }],
      select: { user: { select: { id: true, name: true, roles: true, unit: { select: { name: true } } } } },
    }),
    db.trainingMaterial.findMany({ where: { sessionId: session.id }, orderBy: [{ createdAt: "asc" }, { id: "asc" }], select: { id: true, fileName: true, contentType: true, size: true, createdAt: true } }),
  ]);
  return { session, attendees: attendance.map((a) => a.user), materials };
}
