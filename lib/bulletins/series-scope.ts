/**
 * Which series a person works in and which they read, over the unit tree's closure table.
 * A series belongs to one 组织部 (Series.nodeId): only that node's office composes and
 * publishes it, only its leaders sign it off. Its published issues are read down the tree
 * (every node below, townships included), and up it by the offices and leaders above.
 */
import type { Prisma } from "@/lib/generated/prisma/client";
import { can, type Actor } from "@/lib/authz/permissions";
import { subtreeOf } from "@/lib/units/where";

/** The series of the actor's own node: the only ones they set up, compose, sign or publish. */
export const ownSeries = (actor: Pick<Actor, "nodeId">) => ({ nodeId: actor.nodeId });

/** Series whose published issues the actor reads: their node's and every node's above it, and for the office and leaders every node's below. */
export function readableSeries(actor: Actor): Prisma.SeriesWhereInput {
  const above = { descendants: { some: { unitId: actor.nodeId } } };
  return { node: can(actor, "issue.readBelow") ? { OR: [above, subtreeOf(actor.nodeId)] } : above };
}

/** Issues the actor may find at all: their node's (unpublished ones as their role allows), and the published ones of every readable series. */
export function visibleIssues(actor: Actor): Prisma.BulletinIssueWhereInput {
  return { OR: [{ series: ownSeries(actor) }, { status: { in: ["PUBLISHED", "VOIDED"] }, series: readableSeries(actor) }] };
}
