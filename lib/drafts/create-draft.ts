import "server-only";
import { db } from "@/lib/db";
import { audit } from "@/lib/audit";
import { can, requirePermission, type Actor } from "@/lib/authz/permissions";
import { ForbiddenError, NotFoundError } from "@/lib/errors";
import type { DraftFields, DraftOrigin } from "@/lib/validation/draft";
import { originLink } from "./origin";
import { indexDraft } from "@/lib/similarity";
import { normalizeBody } from "./body";
import { updateDraft } from "./update-draft";

/**
 * An officer starts a draft; the unit is the officer's own, never from the form. The editor
 * names the new draft's id itself, so a save whose answer was lost on the way back, sent
 * again, finds the draft it made instead of making a second one.
 */
export async function createDraft(actor: Actor, fields: DraftFields & { id?: string; origin?: DraftOrigin }) {
  await requireWritesHere(actor);
  if (fields.id) {
    const existing = await db.draft.findUnique({ where: { id: fields.id } });
    if (existing) {
      if (existing.authorId !== actor.id) throw new NotFoundError("没有找到这篇稿件");
      // The first save arrived; this one carries what was typed since.
      return updateDraft(actor, { ...fields, id: existing.id, version: existing.version });
    }
  }
  try {
    return await insertDraft(actor, fields);
  } catch (error) {
    // The same first save sent twice at once: the twin got in first; this one updates it.
    if (fields.id && (error as { code?: string }).code === "P2002") return createDraft(actor, fields);
    throw error;
  }
}

/**
 * Who starts a draft in their own unit (writing or importing Word): a unit's writers, and a
 * 组织部's office for the desk above, which the top of the tree does not have.
 */
export async function requireWritesHere(actor: Actor): Promise<void> {
  requirePermission(actor, "draft.write", { unitId: actor.unitId });
  if (actor.unitId !== actor.nodeId || can(actor, "draft.submit")) return;
  const node = await db.unit.findUniqueOrThrow({ where: { id: actor.nodeId }, select: { deskId: true } });
  if (!node.deskId) throw new ForbiddenError("本级已是最高一级，没有可以报送的上级，不在这里写稿");
}

function insertDraft(actor: Actor, fields: DraftFields & { id?: string; origin?: DraftOrigin }) {
  return db.$transaction(async (tx) => {
    const link = fields.origin ? await originLink(tx, actor, fields.origin) : {};
    const draft = await tx.draft.create({
      data: {
        ...(fields.id ? { id: fields.id } : {}),
        unitId: actor.unitId,
        authorId: actor.id,
        title: fields.title,
        kind: fields.kind,
        eventDate: new Date(fields.eventDate),
        body: normalizeBody(fields.body),
        isFlagship: fields.isFlagship,
        contact: fields.contact || null,
        ...link,
      },
    });
    await indexDraft(tx, draft);
    await audit(tx, { actorId: actor.id, action: "draft.create", entityType: "Draft", entityId: draft.id, data: fields.origin ? { origin: fields.origin } : undefined });
    return draft;
  });
}
