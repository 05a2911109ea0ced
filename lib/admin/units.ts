import "server-only";
import { db } from "@/lib/db";
import { audit } from "@/lib/audit";
import { endSessionsOf } from "@/lib/auth/sessions";
import { requirePermission, type Actor } from "@/lib/authz/permissions";
import { paginate } from "@/lib/paging";
import { DomainError, NotFoundError, ValidationError, uniqueOr } from "@/lib/errors";
import type { UNIT_KINDS } from "@/lib/validation/admin";

/** Submitting units hang under the county department (the tree's root). */
export async function createUnit(actor: Actor, input: { name: string; kind: (typeof UNIT_KINDS)[number] }) {
  requirePermission(actor, "admin.manage");
  const root = await db.unit.findFirst({ where: { kind: "COUNTY", parentId: null } });
  if (!root) throw new DomainError("还没有设置县委组织部（根单位）");
  if (await db.unit.findUnique({ where: { name: input.name }, select: { id: true } })) {
    throw new ValidationError({ name: "已有同名单位" });
  }
  const last = await db.unit.findFirst({ orderBy: { sortOrder: "desc" }, select: { sortOrder: true } });
  return db.$transaction(async (tx) => {
    const unit = await uniqueOr(tx.unit.create({
      data: {
        name: input.name,
        kind: input.kind,
        rankGroup: input.kind === "AGENCY" ? "AGENCY" : "TOWNSHIP",
        parentId: root.id,
        sortOrder: (last?.sortOrder ?? 0) + 1,
      },
    }), { name: "已有同名单位" });
    await audit(tx, { actorId: actor.id, action: "unit.create", entityType: "Unit", entityId: unit.id, data: { name: unit.name, kind: unit.kind } });
    return unit;
  });
}

export async function setUnitActive(actor: Actor, input: { id: string; active: boolean }) {
  requirePermission(actor, "admin.manage");
  const unit = await db.unit.findUnique({ where: { id: input.id } });
  if (!unit) throw new NotFoundError("没有找到这个单位");
  if (unit.kind === "COUNTY") throw new DomainError("不能停用县委组织部");
  await db.$transaction(async (tx) => {
    await tx.unit.update({ where: { id: unit.id }, data: { active: input.active } });
    // Its people are signed out now, and re-enabling the unit does not revive old sessions.
    if (!input.active) await endSessionsOf(tx, { unitId: unit.id }, "unit_disabled");
    await audit(tx, { actorId: actor.id, action: input.active ? "unit.enable" : "unit.disable", entityType: "Unit", entityId: unit.id });
  });
}

/** Every unit (the county department included) for account forms. */
export async function listAllUnits(actor: Actor) {
  requirePermission(actor, "admin.manage");
  return db.unit.findMany({ orderBy: [{ sortOrder: "asc" }, { name: "asc" }], select: { id: true, name: true, active: true } });
}

export async function listUnits(actor: Actor, opts: { q?: string; page: number }) {
  requirePermission(actor, "admin.manage");
  const where = opts.q ? { name: { contains: opts.q } } : {};
  return paginate(
    opts.page,
    () => db.unit.count({ where }),
    (skip, take) =>
      db.unit.findMany({
        where,
        orderBy: [{ sortOrder: "asc" }, { name: "asc" }],
        include: { _count: { select: { users: true } } },
        skip,
        take,
      }),
  );
}

/** Submitting units for filters and pickers: names only, open to every logged-in user. */
export async function listSubmittingUnits() {
  return db.unit.findMany({
    where: { kind: { not: "COUNTY" } },
    orderBy: [{ sortOrder: "asc" }, { name: "asc" }],
    select: { id: true, name: true, active: true },
  });
}
