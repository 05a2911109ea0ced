/**
 * 改稿说明: the office sends a draft's author what the county changed (the same comparison the
 * draft page shows), with a few words on why. Both texts are copied into the note, so it reads
 * the same in the author's training record however the draft changes later.
 */
import "server-only";
import { db } from "@/lib/db";
import { audit } from "@/lib/audit";
import { can, requirePermission, type Actor } from "@/lib/authz/permissions";
import { getDraftOrThrow } from "@/lib/drafts/access";
import { countyChanges, type CountyChanges } from "@/lib/drafts/county-changes";
import { ValidationError } from "@/lib/errors";
import { notify } from "@/lib/notifications/notify";
import { quote } from "@/lib/quote";
import type { TeachingNoteInput } from "@/lib/validation/training";

/** Whether the draft page offers “发给作者作为改稿说明”: the office, a draft the county has changed. */
/** The desk that edited the draft writes to its author: not a 组织部 about the desk above's copy of what it sent up. */
export function canSendTeachingNote(actor: Actor, draft: { forwardedAt: Date | null; unitId: string }, changes: CountyChanges | null): boolean {
  return can(actor, "training.manage") && can(actor, "draft.decide", draft) && draft.forwardedAt !== null && changes !== null;
}

export async function sendTeachingNote(actor: Actor, input: TeachingNoteInput) {
  requirePermission(actor, "training.manage");
  requirePermission(actor, "draft.decide", await getDraftOrThrow(actor, input.draftId));
  const draft = await db.draft.findUniqueOrThrow({
    where: { id: input.draftId },
    select: {
      id: true,
      title: true,
      body: true,
      forwardedAt: true,
      unitId: true,
      authorId: true,
      versions: { orderBy: { number: "asc" }, select: { reason: true, title: true, body: true, createdAt: true } },
      issueItem: { select: { title: true, body: true } },
    },
  });
  const changes = countyChanges(draft);
  if (!changes || !canSendTeachingNote(actor, draft, changes)) throw new ValidationError({ note: "这篇稿件研究室还没有改动，没有可以发给作者的对照" });
  return db.$transaction(async (tx) => {
    const note = await tx.teachingNote.create({
      data: {
        draftId: draft.id,
        officerId: draft.authorId,
        editorId: actor.id,
        beforeTitle: changes.before.title,
        beforeBody: changes.before.body,
        afterTitle: changes.after.title,
        afterBody: changes.after.body,
        note: input.note,
      },
    });
    await notify(tx, [draft.authorId], {
      kind: "TRAINING_NOTE",
      title: `研究室就${quote(changes.after.title)}给您发来改稿说明`,
      body: input.note.slice(0, 100),
      href: `/training/mine#note-${note.id}`,
      key: `teaching-note:${note.id}`,
    });
    await audit(tx, { actorId: actor.id, action: "training.note", entityType: "Draft", entityId: draft.id, data: { title: changes.after.title, comment: input.note } });
    return note;
  });
}
