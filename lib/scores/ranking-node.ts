/**
 * Whose ranking a person reads: their own node's, or, read-only, a 组织部 below it (a city's
 * leader and office look at each county's). A node that is not below answers 404, like a
 * missing one.
 */
import "server-only";
import { db } from "@/lib/db";
import { requirePermission, type Actor } from "@/lib/authz/permissions";
import { NotFoundError } from "@/lib/errors";
import { isUuid } from "@/lib/ids";
import { DESK_KINDS, type DeskKind } from "@/lib/units/labels";

export type RankingNode = { id: string; name: string; kind: DeskKind; own: boolean };

export async function rankingNode(actor: Actor, nodeId?: string): Promise<RankingNode> {
  requirePermission(actor, "scores.read");
  if (!nodeId || nodeId === actor.nodeId) return { id: actor.nodeId, name: "", kind: actor.nodeKind, own: true };
  requirePermission(actor, "scores.readBelow");
  const below = isUuid(nodeId)
    ? await db.unit.findFirst({
        where: { id: nodeId, kind: { in: [...DESK_KINDS] }, ancestors: { some: { ancestorId: actor.nodeId, depth: { gt: 0 } } } },
        select: { id: true, name: true, kind: true },
      })
    : null;
  if (!below) throw new NotFoundError();
  return { ...below, kind: below.kind as DeskKind, own: false };
}

/** The 组织部 directly below the actor's node, whose rankings they may open. */
export async function departmentsBelow(actor: Actor) {
  requirePermission(actor, "scores.readBelow");
  return db.unit.findMany({
    where: { deskId: actor.nodeId, kind: { in: [...DESK_KINDS] } },
    orderBy: [{ sortOrder: "asc" }, { name: "asc" }],
    select: { id: true, name: true },
  });
}
