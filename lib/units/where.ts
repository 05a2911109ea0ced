/** Prisma filters over the unit tree (Unit.deskId and the UnitAncestry closure, kept by triggers). */
import { DESK_KINDS } from "./labels";

/** The ranked units reporting to a 组织部: its rankings, quotas, roster, plans and 约稿. */
export const rankedUnitsOf = (nodeId: string) => ({ deskId: nodeId, rankGroup: { not: null } });

/** A node's whole subtree, itself included: what its administrator manages. */
export const subtreeOf = (nodeId: string) => ({ ancestors: { some: { ancestorId: nodeId } } });

/**
 * The units whose people are a node's: the 组织部 itself and the units reporting to it, but not a
 * lower 组织部 (it reports to the node as a unit, and its people are its own node's).
 */
export const peopleUnitsOf = (nodeId: string) => ({ OR: [{ id: nodeId }, { deskId: nodeId, kind: { notIn: [...DESK_KINDS] } }] });
