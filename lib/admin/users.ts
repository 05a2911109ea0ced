import "server-only";
import { db } from "@/lib/db";
import { audit } from "@/lib/audit";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import { passwordProblem } from "@/lib/auth/password-policy";
import { currentSecurityRules } from "@/lib/auth/security-settings";
import { endSessionsOf } from "@/lib/auth/sessions";
import { clearThrottle } from "@/lib/auth/login";
import { requirePermission, type Actor, type Role } from "@/lib/authz/permissions";
import { DomainError, NotFoundError, ValidationError, uniqueOr } from "@/lib/errors";
import { paginate } from "@/lib/paging";
import { isUuid } from "@/lib/ids";
import { UNIT_KIND_LABELS, isDeskKind } from "@/lib/units/labels";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { UnitKind } from "@/lib/generated/prisma/enums";
import { subtreeOf } from "@/lib/units/where";
import type { z } from "zod";
import type { createUserSchema } from "@/lib/validation/admin";

const UNIT_ROLES: readonly Role[] = ["OFFICER", "REVIEWER"];
const COUNTY_ROLES: readonly Role[] = ["EDITOR", "LEADER", "ADMIN"];

/** Officers and reviewers belong to a submitting unit; the department's roles to a 组织部 itself. */
function checkRolesFit(roles: readonly Role[], unitKind: UnitKind) {
  const isCounty = isDeskKind(unitKind);
  const misfit = roles.find((r) => (isCounty ? UNIT_ROLES.includes(r) : COUNTY_ROLES.includes(r)));
  if (misfit) {
    const message = isCounty ? `${UNIT_KIND_LABELS[unitKind]}的账号不能担任信息员或组织委员` : "报送单位的账号只能担任信息员或组织委员";
    throw new ValidationError({ roles: message }, message);
  }
}

/** An account in the administrator's subtree, or 404 as if missing. */
async function managedUser<I extends Prisma.UserInclude = Record<string, never>>(actor: Actor, id: string, include?: I) {
  const user = isUuid(id) ? await db.user.findFirst({ where: { id, unit: subtreeOf(actor.nodeId) }, include: include as I }) : null;
  if (!user) throw new NotFoundError("没有找到这个账号");
  return user;
}

export async function listUsers(actor: Actor, opts: { q?: string; page: number }) {
  requirePermission(actor, "admin.manage");
  const where = {
    unit: subtreeOf(actor.nodeId),
    ...(opts.q ? { OR: [{ name: { contains: opts.q } }, { username: { contains: opts.q.toLowerCase() } }, { unit: { name: { contains: opts.q } } }] } : {}),
  };
  return paginate(
    opts.page,
    () => db.user.count({ where }),
    (skip, take) => db.user.findMany({ where, include: { unit: true }, orderBy: [{ unit: { sortOrder: "asc" } }, { username: "asc" }], skip, take }),
  );
}

export async function createUser(actor: Actor, input: z.output<typeof createUserSchema>) {
  requirePermission(actor, "admin.manage");
  const unit = isUuid(input.unitId) ? await db.unit.findFirst({ where: { id: input.unitId, ...subtreeOf(actor.nodeId) } }) : null;
  if (!unit) throw new ValidationError({ unitId: "所选单位不存在" });
  checkRolesFit(input.roles, unit.kind);
  if (await db.user.findUnique({ where: { username: input.username }, select: { id: true } })) {
    throw new ValidationError({ username: "这个登录名已被使用" });
  }
  await checkPasswordRules(input.password, input.username);
  const passwordHash = await hashPassword(input.password);
  return db.$transaction(async (tx) => {
    const user = await uniqueOr(tx.user.create({
      data: { username: input.username, name: input.name, unitId: unit.id, roles: [...input.roles], phone: input.phone || null, passwordHash, mustChangePassword: true },
    }), { username: "这个登录名已被使用" });
    await audit(tx, { actorId: actor.id, action: "user.create", entityType: "User", entityId: user.id, data: { roles: input.roles, unitId: unit.id } });
    return user;
  });
}

export async function setUserRoles(actor: Actor, input: { userId: string; roles: Role[] }) {
  requirePermission(actor, "admin.manage");
  const user = await managedUser(actor, input.userId, { unit: true });
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
  await managedUser(actor, input.id);
  await db.$transaction(async (tx) => {
    const { count } = await tx.user.updateMany({
      where: { id: input.id },
      data: { active: input.active, ...(input.active ? {} : { sessionsValidFrom: new Date() }) },
    });
    if (count === 0) throw new NotFoundError("没有找到这个账号");
    if (!input.active) await endSessionsOf(tx, { userId: input.id }, "user_disabled");
    await audit(tx, { actorId: actor.id, action: input.active ? "user.enable" : "user.disable", entityType: "User", entityId: input.id });
  });
}

async function checkPasswordRules(password: string, username: string | undefined, field = "password") {
  const problem = passwordProblem(password, await currentSecurityRules(), username);
  if (problem) throw new ValidationError({ [field]: problem }, problem);
}

/** The administrator sets a temporary password: the owner must replace it at the next login. */
export async function resetPassword(actor: Actor, input: { userId: string; password: string }) {
  requirePermission(actor, "admin.manage");
  const target = await managedUser(actor, input.userId);
  await checkPasswordRules(input.password, target.username);
  const passwordHash = await hashPassword(input.password);
  await db.$transaction(async (tx) => {
    const now = new Date();
    const { count } = await tx.user.updateMany({
      where: { id: input.userId },
      data: { passwordHash, sessionsValidFrom: now, passwordChangedAt: now, mustChangePassword: true },
    });
    if (count === 0) throw new NotFoundError("没有找到这个账号");
    await endSessionsOf(tx, { userId: input.userId }, "password", { now });
    await clearThrottle(tx, target.username);
    await audit(tx, { actorId: actor.id, action: "user.resetPassword", entityType: "User", entityId: input.userId });
  });
}

/** 强制下线: ends every session of the account at once. */
export async function revokeSessions(actor: Actor, input: { userId: string }) {
  requirePermission(actor, "admin.manage");
  return db.$transaction(async (tx) => {
    const user = await managedUser(actor, input.userId);
    const ended = await endSessionsOf(tx, { userId: user.id }, "admin");
    await audit(tx, { actorId: actor.id, action: "auth.sessions_revoked", entityType: "User", entityId: user.id, data: { ended } });
    return { ended };
  });
}

/** 解除登录限制: lifts the account's and its addresses' throttles after failed logins. */
export async function unlockAccount(actor: Actor, input: { userId: string }) {
  requirePermission(actor, "admin.manage");
  const user = await managedUser(actor, input.userId);
  await db.$transaction(async (tx) => {
    await clearThrottle(tx, user.username);
    await audit(tx, { actorId: actor.id, action: "auth.unlock", entityType: "User", entityId: user.id });
  });
}

/** 修改密码: the user's own change; other sessions of the account end, this one stays. */
export async function changeOwnPassword(
  actor: Actor & { username: string; sessionId: string },
  input: { current: string; password: string },
) {
  const row = await db.user.findUnique({ where: { id: actor.id }, select: { passwordHash: true } });
  if (!row || !(await verifyPassword(row.passwordHash, input.current))) {
    throw new ValidationError({ current: "原密码不正确" }, "原密码不正确");
  }
  if (input.current === input.password) throw new ValidationError({ password: "新密码不能与原密码相同" }, "新密码不能与原密码相同");
  await checkPasswordRules(input.password, actor.username);
  const passwordHash = await hashPassword(input.password);
  await db.$transaction(async (tx) => {
    await tx.user.update({ where: { id: actor.id }, data: { passwordHash, passwordChangedAt: new Date(), mustChangePassword: false } });
    await endSessionsOf(tx, { userId: actor.id }, "password", { except: actor.sessionId });
    await audit(tx, { actorId: actor.id, action: "user.changePassword", entityType: "User", entityId: actor.id });
  });
}
