import "server-only";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/authz/permissions";
import { getDraftOrThrow } from "./access";
import { canEditDraft } from "./capabilities";

/** A holder who has not been seen for this long has left the page. */
export const LOCK_STALE_MS = 2 * 60 * 1000;

export type EditLockHolder = { name: string; since: Date } | null;

/**
 * 正在编辑: the editor page calls this every half minute. The first person on the page holds
 * the draft; anyone else is told who and since when (they may still save: saves are
 * version-checked, so nothing is overwritten unseen). Presence only, not audited.
 */
export async function touchEditLock(actor: Actor, draftId: string, now = new Date()): Promise<EditLockHolder> {
  const draft = await getDraftOrThrow(actor, draftId);
  if (!canEditDraft(actor, draft)) return null;
  return db.$transaction(async (tx) => {
    // Serialise on the draft row so two pages opening at once do not both take the lock.
    await tx.$executeRaw`SELECT 1 FROM "Draft" WHERE id = ${draft.id}::uuid FOR UPDATE`;
    const lock = await tx.draftEditLock.findUnique({ where: { draftId: draft.id }, include: { user: { select: { name: true } } } });
    const fresh = lock && now.getTime() - lock.seenAt.getTime() < LOCK_STALE_MS;
    if (lock && fresh && lock.userId !== actor.id) return { name: lock.user.name, since: lock.since };
    const since = lock && fresh ? lock.since : now;
    await tx.draftEditLock.upsert({
      where: { draftId: draft.id },
      create: { draftId: draft.id, userId: actor.id, since, seenAt: now },
      update: { userId: actor.id, since, seenAt: now },
    });
    return null;
  });
}

/** Leaving the page gives the draft back at once. */
export async function releaseEditLock(actor: Actor, draftId: string) {
  await db.draftEditLock.deleteMany({ where: { draftId, userId: actor.id } });
}
