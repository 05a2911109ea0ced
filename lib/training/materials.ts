/** 培训材料: the office uploads or removes a session's files; readers download them. */
import "server-only";
import { db } from "@/lib/db";
import { audit } from "@/lib/audit";
import { isNodeWide, requirePermission, type Actor } from "@/lib/authz/permissions";
import { NotFoundError } from "@/lib/errors";
import { isUuid } from "@/lib/ids";
import { getSessionOrThrow, visiblePeopleWhere } from "./access";
import { checkMaterial, type MaterialUpload } from "./material-file";

export async function addMaterial(actor: Actor, sessionId: string, upload: MaterialUpload) {
  requirePermission(actor, "training.manage");
  const session = await getSessionOrThrow(actor, sessionId);
  const file = checkMaterial(upload);
  return db.$transaction(async (tx) => {
    const material = await tx.trainingMaterial.create({ data: { ...file, sessionId: session.id, uploadedById: actor.id }, select: { id: true, fileName: true } });
    await audit(tx, { actorId: actor.id, action: "training.material_add", entityType: "TrainingSession", entityId: session.id, data: { title: session.topic, fileName: material.fileName, size: file.size } });
    return material;
  });
}

export async function removeMaterial(actor: Actor, input: { id: string }) {
  requirePermission(actor, "training.manage");
  const material = isUuid(input.id) ? await db.trainingMaterial.findUnique({ where: { id: input.id }, select: { id: true, fileName: true, sessionId: true } }) : null;
  if (!material) throw new NotFoundError("没有找到这份材料，可能已被删除");
  const session = await getSessionOrThrow(actor, material.sessionId);
  return db.$transaction(async (tx) => {
    await tx.trainingMaterial.delete({ where: { id: material.id } });
    await audit(tx, { actorId: actor.id, action: "training.material_remove", entityType: "TrainingSession", entityId: session.id, data: { title: session.topic, fileName: material.fileName } });
    return { sessionId: session.id };
  });
}

/**
 * A material's file: for the node-wide readers of the node's sessions, and for anyone who may
 * see the record of a person who attended the session (an officer their own sessions, a reviewer the unit's).
 */
export async function getMaterialFile(actor: Actor, id: string) {
  const material = isUuid(id) ? await db.trainingMaterial.findUnique({ where: { id }, include: { session: { select: { nodeId: true } } } }) : null;
  if (!material) throw new NotFoundError("没有找到这份材料");
  if (isNodeWide(actor, "training.read") && material.session.nodeId === actor.nodeId) return material;
  const people = visiblePeopleWhere(actor);
  const attended = people ? await db.trainingAttendance.count({ where: { sessionId: material.sessionId, user: people } }) : 0;
  if (attended === 0) throw new NotFoundError("没有找到这份材料");
  return material;
}
