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
