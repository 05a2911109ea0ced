/** Prisma filters over the unit tree (Unit.deskId and the UnitAncestry closure, kept by triggers). */

/** The ranked units reporting to a 组织部: its rankings, quotas, roster, plans and 约稿. */
export const rankedUnitsOf = (nodeId: string) => ({ deskId: nodeId, rankGroup: { not: null } });

/** A node's whole subtree, itself included: what its administrator manages. */
export const subtreeOf = (nodeId: string) => ({ ancestors: { some: { ancestorId: nodeId } } });
