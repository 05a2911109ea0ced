import "server-only";
import { db } from "@/lib/db";
import type { Actor, Role } from "@/lib/authz/permissions";
import { isDeskKind } from "@/lib/units/labels";

const ids = { select: { id: true } } as const;

/** What an account's row needs to become an actor: its unit, the unit's desk, and each one's reporting units. */
export const ACTOR_UNIT = {
  include: { reporters: ids, desk: { select: { id: true, kind: true, reporters: ids } } },
} as const;

type Kind = Parameters<typeof isDeskKind>[0];
type UnitWithNode = { id: string; kind: Kind; reporters: { id: string }[]; desk: { id: string; kind: Kind; reporters: { id: string }[] } | null };

/** The actor behind an account row read with `unit: ACTOR_UNIT`. */
export function actorOf(user: { id: string; roles: readonly Role[]; unitId: string; unit: UnitWithNode }): Actor {
  const node = isDeskKind(user.unit.kind) ? user.unit : user.unit.desk;
  // Only the root has no desk, and the root is a 组织部: a reporting unit always reports somewhere.
  if (!node || !isDeskKind(node.kind)) throw new Error(`unit ${user.unit.id} reports to no 组织部`);
  return { id: user.id, roles: user.roles, unitId: user.unitId, nodeId: node.id, nodeKind: node.kind, nodeUnitIds: [node.id, ...node.reporters.map((u) => u.id)] };
}

/** An account as an actor (scripts, the seed and tests; requests get theirs from the session). */
export async function loadActor(userId: string): Promise<Actor> {
  return actorOf(await db.user.findUniqueOrThrow({ where: { id: userId }, include: { unit: ACTOR_UNIT } }));
}
