import { db } from "@/lib/db";
import { audit } from "@/lib/audit";
import { requirePermission, type Actor } from "@/lib/authz/permissions";
import type { DraftFields } from "@/lib/validation/draft";
import { indexDraft } from "@/lib/similarity";
import { normalizeBody } from "./body";

/** An officer starts a draft; the unit is the officer's own, never from the form. */
export async function createDraft(actor: Actor, fields: DraftFields) {
  requirePermission(actor, "draft.write", { unitId: actor.unitId });
  return db.$transaction(async (tx) => {
    const draft = await tx.draft.create({
      data: {
        unitId: actor.unitId,
        authorId: actor.id,
        title: fields.title,
        kind: fields.kind,
        eventDate: new Date(fields.eventDate),
        body: normalizeBody(fields.body),
        isFlagship: fields.isFlagship,
        contact: fields.contact || null,
      },
    });
    await indexDraft(tx, draft);
    await audit(tx, { actorId: actor.id, action: "draft.create", entityType: "Draft", entityId: draft.id });
    return draft;
  });
}
