/**
 * Who sees which training records. The office and the leaders see everyone's; a unit's
 * reviewer sees the unit's people; an officer sees their own. Everything else looks missing.
 * Sessions and pairs lists span the county, so they are for the county-wide readers only.
 * A session is its 组织部's (nodeId), a pair its mentee's node's: another node's looks missing.
 */
import "server-only";
import { db } from "@/lib/db";
import { requireNodeWide, scopeOf, type Actor } from "@/lib/authz/permissions";
import { NotFoundError } from "@/lib/errors";
import { isUuid } from "@/lib/ids";
import { peopleUnitsOf, rankedUnitsOf } from "@/lib/units/where";
import { isDeskKind } from "@/lib/units/labels";
import type { UnitKind } from "@/lib/generated/prisma/enums";

/**
 * Whether the actor may read this person's training record. Node-wide: the node's people, not a
 * lower 组织部's (its unit reports to the node, its people are its own node's).
 */
export function canSeePerson(actor: Actor, person: { id: string; unitId: string; unit: { kind: UnitKind } }): boolean {
  const scope = scopeOf(actor, "training.read");
  if (scope === "all") return person.unitId === actor.nodeId || (actor.nodeUnitIds.includes(person.unitId) && !isDeskKind(person.unit.kind));
  if (scope === "unit" && person.unitId === actor.unitId) return true;
  return person.id === actor.id && scopeOf(actor, "training.own") !== null;
}

/** The people whose records the actor may read, as a condition on User; null: nobody. */
export function visiblePeopleWhere(actor: Actor): { unit?: ReturnType<typeof peopleUnitsOf>; unitId?: string; id?: string } | null {
  const scope = scopeOf(actor, "training.read");
  if (scope === "all") return { unit: peopleUnitsOf(actor.nodeId) };
  if (scope === "unit") return { unitId: actor.unitId };
  return scopeOf(actor, "training.own") ? { id: actor.id } : null;
}

/** The person, or 404 when missing or not the actor's to see. */
export async function getPersonOrThrow(actor: Actor, personId: string) {
  const person = isUuid(personId)
    ? await db.user.findUnique({ where: { id: personId }, select: { id: true, name: true, unitId: true, roles: true, active: true, unit: { select: { name: true, kind: true } } } })
    : null;
  if (!person || !canSeePerson(actor, person)) throw new NotFoundError("没有找到这个人的培训记录");
  return person;
}

/** The node-wide training pages (培训、传帮带): the office and the leaders. */
export function requireCountyTraining(actor: Actor): void {
  requireNodeWide(actor, "training.read");
}

export async function getSessionOrThrow(actor: Actor, id: string) {
  requireCountyTraining(actor);
  const session = isUuid(id) ? await db.trainingSession.findFirst({ where: { id, nodeId: actor.nodeId } }) : null;
  if (!session) throw new NotFoundError("没有找到这次培训");
  return session;
}

/** Pairs whose mentee is one of the node's people: the node's pairs (a lower 组织部's editor's are that 组织部's). */
export const nodePairWhere = (actor: Actor) => ({ mentee: { unit: peopleUnitsOf(actor.nodeId) } });

/**
 * Who may be trained, paired or listed: active 信息员 and 组织委员 of the active submitting
 * units, and the office's editors (a new editor learns by 跟班学习 or 传帮带 too).
 */
export const traineeWhere = (nodeId: string) => ({
  active: true,
  OR: [
    { roles: { hasSome: ["OFFICER" as const, "REVIEWER" as const] }, unit: { ...rankedUnitsOf(nodeId), active: true } },
    { roles: { has: "EDITOR" as const }, unitId: nodeId },
  ],
});
