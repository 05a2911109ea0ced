import { db } from "@/lib/db";
import { audit } from "@/lib/audit";
import { hashPassword } from "@/lib/auth/password";
import { requirePermission, type Actor, type Role } from "@/lib/authz/permissions";
import { DomainError, NotFoundError, ValidationError, uniqueOr } from "@/lib/errors";
import { paginate } from "@/lib/paging";
import type { z } from "zod";
import type { createUserSchema } from "@/lib/validation/admin";

const UNIT_ROLES: readonly Role[] = ["OFFICER", "REVIEWER"];
const COUNTY_ROLES: readonly Role[] = ["EDITOR", "LEADER", "ADMIN"];

/** Officers and reviewers belong to a submitting unit; county roles to the department itself. */
function checkRolesFit(roles: readonly Role[], unitKind: string) {
  const isCounty = unitKind === "COUNTY";
  const misfit = roles.find((r) => (isCounty ? UNIT_ROLES.includes(r) : COUNTY_ROLES.includes(r)));
  if (misfit) {
    const message = isCounty ? "县委组织部的账号不能担任信息员或组织委员" : "报送单位的账号只能担任信息员或组织委员";
    throw new ValidationError({ roles: message }, message);
  }
}

export async function listUsers(actor: Actor, opts: { q?: string; page: number }) {
  requirePermission(actor, "admin.manage");
  const where = opts.q
    ? { OR: [{ name: { contains: opts.q } }, { username: { contains: opts.q.toLowerCase() } }, { unit: { name: { contains: opts.q } } }] }
    : {};
  return paginate(
    opts.page,
    () => db.user.count({ where }),
    (skip, take) => db.user.findMany({ where, include: { unit: true }, orderBy: [{ unit: { sortOrder: "asc" } }, { username: "asc" }], skip, take }),
  );
}

export async function createUser(actor: Actor, input: z.output<typeof createUserSchema>) {
  requirePermission(actor, "admin.manage");
  const unit = await db.unit.findUnique({ where: { id: input.unitId } });
  if (!unit) throw new ValidationError({ unitId: "所选单位不存在" });
  checkRolesFit(input.roles, unit.kind);
  if (await db.user.findUnique({ where: { username: input.username }, select: { id: true } })) {
    throw new ValidationError({ username: "这个登录名已被使用" });
  }
  const passwordHash = await hashPassword(input.password);
  return db.$transaction(async (tx) => {
    const user = await uniqueOr(tx.user.create({
      data: { username: input.username, name: input.name, unitId: unit.id, roles: [...input.roles], phone: input.phone || null, passwordHash },
    }), { username: "这个登录名已被使用" });
    await audit(tx, { actorId: actor.id, action: "user.create", entityType: "User", entityId: user.id, data: { roles: input.roles, unitId: unit.id } });
    return user;
  });
}

export async function setUserRoles(actor: Actor, input: { userId: string; roles: Role[] }) {
  requirePermission(actor, "admin.manage");
  const user = await db.user.findUnique({ where: { id: input.userId }, include: { unit: true } });
  if (!user) throw new NotFoundError("没有找到这个账号");
  checkRolesFit(input.roles, user.unit.kind);
  if (user.id === actor.id && !input.roles.includes("ADMIN")) throw new DomainError("不能取消自己的管理员角色");
  await db.$transaction(async (tx) => {
    await tx.user.update({ where: { id: user.id }, data: { roles: input.roles } });
    await audit(tx, { actorId: actor.id, action: "user.setRoles", entityType: "User", entityId: user.id, data: { from: user.roles, to: input.roles } });
  });
}

export async function setUserActive(actor: Actor, input: { id: string; active: boolean }) {
  requirePermission(actor, "admin.manage");
  if (input.id === actor.id && !input.active) throw new DomainError("不能停用自己的账号");
  await db.$transaction(async (tx) => {
    const { count } = await tx.user.updateMany({
      where: { id: input.id },
      data: { active: input.active, ...(input.active ? {} : { sessionsValidFrom: new Date() }) },
    });
    if (count === 0) throw new NotFoundError("没有找到这个账号");
    await audit(tx, { actorId: actor.id, action: input.active ? "user.enable" : "user.disable", entityType: "User", entityId: input.id });
  });
}

export async function resetPassword(actor: Actor, input: { userId: string; password: string }) {
  requirePermission(actor, "admin.manage");
  const passwordHash = await hashPassword(input.password);
  await db.$transaction(async (tx) => {
    const { count } = await tx.user.updateMany({ where: { id: input.userId }, data: { passwordHash, sessionsValidFrom: new Date() } });
    if (count === 0) throw new NotFoundError("没有找到这个账号");
    const user = await tx.user.findUniqueOrThrow({ where: { id: input.userId }, select: { username: true } });
    await tx.loginThrottle.deleteMany({ where: { username: user.username } });
    await audit(tx, { actorId: actor.id, action: "user.resetPassword", entityType: "User", entityId: input.userId });
  });
}
