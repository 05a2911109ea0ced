import "server-only";
import { db } from "@/lib/db";
import { audit } from "@/lib/audit";
import { endSessionsOf } from "@/lib/auth/sessions";
import { requirePermission, type Actor } from "@/lib/authz/permissions";
import { paginate } from "@/lib/paging";
import { DomainError, NotFoundError, ValidationError, uniqueOr } from "@/lib/errors";
import { isUuid } from "@/lib/ids";
import type { RankGroup } from "@/lib/generated/prisma/enums";
import { UNIT_KIND_LABELS, isDeskKind, mayAddUnder } from "@/lib/units/labels";
import { subtreeOf } from "@/lib/units/where";
import type { UNIT_KINDS } from "@/lib/validation/admin";

/** A unit the administrator manages, or 404 as if missing. */
async function managedUnit(actor: Actor, id: string) {
  const unit = isUuid(id) ? await db.unit.findFirst({ where: { id, ...subtreeOf(actor.nodeId) } }) : null;
  if (!unit) throw new NotFoundError("没有找到这个单位");
  return unit;
}

/** The rank group a new unit joins at its desk: a lower 组织部 ranks among the 县（市、区）. */
const RANK_GROUP_OF: Record<(typeof UNIT_KINDS)[number], RankGroup> = {
  TOWNSHIP: "TOWNSHIP",
  SUBDISTRICT: "TOWNSHIP",
  AGENCY: "AGENCY",
  SECTION: "SECTION",
  CITY: "DEPARTMENT",
  COUNTY: "DEPARTMENT",
};

/**
 * A new unit hangs under the administrator's node (the 组织部 it reports to): a reporting unit,
 * or a 组织部 of a lower level (a city adds its counties, a province its cities and counties).
 */
export async function createUnit(actor: Actor, input: { name: string; kind: (typeof UNIT_KINDS)[number] }) {
  requirePermission(actor, "admin.manage");
  if (!mayAddUnder(actor.nodeKind, input.kind)) {
    throw new ValidationError({ kind: `${UNIT_KIND_LABELS[actor.nodeKind]}下不能新增${UNIT_KIND_LABELS[input.kind]}` });
  }
  if (await db.unit.findUnique({ where: { name: input.name }, select: { id: true } })) {
    throw new ValidationError({ name: "已有同名单位" });
  }
  const last = await db.unit.findFirst({ where: { deskId: actor.nodeId }, orderBy: { sortOrder: "desc" }, select: { sortOrder: true } });
  return db.$transaction(async (tx) => {
    const unit = await uniqueOr(tx.unit.create({
      data: {
        name: input.name,
        kind: input.kind,
        rankGroup: RANK_GROUP_OF[input.kind],
        parentId: actor.nodeId,
        sortOrder: (last?.sortOrder ?? 0) + 1,
      },
    }), { name: "已有同名单位" });
    await audit(tx, { actorId: actor.id, action: "unit.create", entityType: "Unit", entityId: unit.id, data: { name: unit.name, kind: unit.kind } });
    return unit;
  });
}

export async function setUnitActive(actor: Actor, input: { id: string; active: boolean }) {
  requirePermission(actor, "admin.manage");
  const unit = await managedUnit(actor, input.id);
  if (isDeskKind(unit.kind)) throw new DomainError(`不能停用${UNIT_KIND_LABELS[unit.kind]}`);
  await db.$transaction(async (tx) => {
    await tx.unit.update({ where: { id: unit.id }, data: { active: input.active } });
    // Its people are signed out now, and re-enabling the unit does not revive old sessions.
    if (!input.active) await endSessionsOf(tx, { unitId: unit.id }, "unit_disabled");
    await audit(tx, { actorId: actor.id, action: input.active ? "unit.enable" : "unit.disable", entityType: "Unit", entityId: unit.id });
  });
}

/** Every unit the administrator manages (their 组织部 included) for account forms. */
export async function listAllUnits(actor: Actor) {
  requirePermission(actor, "admin.manage");
  return db.unit.findMany({ where: subtreeOf(actor.nodeId), orderBy: [{ sortOrder: "asc" }, { name: "asc" }], select: { id: true, name: true, active: true } });
}

export async function listUnits(actor: Actor, opts: { q?: string; page: number }) {
  requirePermission(actor, "admin.manage");
  const where = { ...subtreeOf(actor.nodeId), ...(opts.q ? { name: { contains: opts.q } } : {}) };
  return paginate(
    opts.page,
    () => db.unit.count({ where }),
    (skip, take) =>
      db.unit.findMany({
        where,
        orderBy: [{ sortOrder: "asc" }, { name: "asc" }],
        include: { _count: { select: { users: true } }, desk: { select: { kind: true } } },
        skip,
        take,
      }),
  );
}

/** The units reporting to the actor's 组织部, for filters and pickers: names only, for every signed-in user. */
export async function listSubmittingUnits(actor: Pick<Actor, "nodeId">) {
  return db.unit.findMany({
    where: { deskId: actor.nodeId },
    orderBy: [{ sortOrder: "asc" }, { name: "asc" }],
    select: { id: true, name: true, active: true },
  });
}
