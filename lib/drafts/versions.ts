import type { Tx } from "@/lib/db";
import type { VersionReason } from "@/lib/generated/prisma/client";

/** Snapshots the draft's current text as the next numbered version. */
export async function recordVersion(tx: Tx, draftId: string, reason: VersionReason, actorId: string) {
  const draft = await tx.draft.findUniqueOrThrow({ where: { id: draftId } });
  const last = await tx.draftVersion.findFirst({ where: { draftId }, orderBy: { number: "desc" }, select: { number: true } });
  return tx.draftVersion.create({
    data: {
      draftId,
      number: (last?.number ?? 0) + 1,
      reason,
      title: draft.title,
      kind: draft.kind,
      eventDate: draft.eventDate,
      body: draft.body,
      createdById: actorId,
    },
  });
}
