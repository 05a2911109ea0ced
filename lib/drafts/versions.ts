import "server-only";
import type { Tx } from "@/lib/db";
import type { VersionReason } from "@/lib/generated/prisma/client";

/** Edits by one person within this time form one version (autosave saves every few seconds). */
export const EDIT_SESSION_MS = 30 * 60 * 1000;

const EDITS: readonly VersionReason[] = ["REVIEWER_EDIT", "COUNTY_EDIT"];

/**
 * Snapshots the draft's current text as the next numbered version. An edit continuing the
 * same person's edit session updates that session's version instead of adding one per save.
 */
export async function recordVersion(tx: Tx, draftId: string, reason: VersionReason, actorId: string, now = new Date()) {
  const draft = await tx.draft.findUniqueOrThrow({ where: { id: draftId } });
  const last = await tx.draftVersion.findFirst({ where: { draftId }, orderBy: { number: "desc" } });
  const text = { title: draft.title, kind: draft.kind, eventDate: draft.eventDate, body: draft.body };
  const sameSession =
    last && EDITS.includes(reason) && last.reason === reason && last.createdById === actorId && now.getTime() - last.createdAt.getTime() < EDIT_SESSION_MS;
  if (sameSession) return tx.draftVersion.update({ where: { id: last.id }, data: text });
  return tx.draftVersion.create({
    data: { draftId, number: (last?.number ?? 0) + 1, reason, ...text, createdById: actorId, createdAt: now },
  });
}
