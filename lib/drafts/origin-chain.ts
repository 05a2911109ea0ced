import "server-only";
import type { db, Tx } from "@/lib/db";

/**
 * The chain of origin of a draft sent up (报送上级): the draft it came from, that one's own
 * origin, and so on down to the unit that wrote it; nearest first. At most a few levels deep.
 */
export async function originChain(client: Tx | typeof db, sentUpFromId: string | null) {
  const chain = [];
  for (let fromId = sentUpFromId; fromId; ) {
    const lower = await client.draft.findUniqueOrThrow({
      where: { id: fromId },
      select: { id: true, unitId: true, authorId: true, sentUpFromId: true, unit: { select: { name: true, deskId: true } } },
    });
    chain.push(lower);
    fromId = lower.sentUpFromId;
  }
  return chain;
}

/**
 * Every draft of one piece's line through 报送上级: the draft, its chain of origin down to the
 * writer's, and the drafts it was sent up as, up to the highest desk. They share their text:
 * the similarity check does not hold them against one another.
 */
export async function sendUpLine(client: Tx | typeof db, draft: { id: string; sentUpFromId: string | null; forwardedAt: Date | null }): Promise<string[]> {
  const line = [draft.id, ...(await originChain(client, draft.sentUpFromId)).map((d) => d.id)];
  // Only a draft that reached its desk can have been sent further up (forwardedAt is never cleared).
  const first = draft.forwardedAt ? await client.draft.findUnique({ where: { sentUpFromId: draft.id }, select: { id: true } }) : null;
  for (let upper = first; upper; ) {
    line.push(upper.id);
    upper = await client.draft.findUnique({ where: { sentUpFromId: upper.id }, select: { id: true } });
  }
  return line;
}
