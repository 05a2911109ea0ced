/**
 * 重新生成账号通知单: new random passwords for a unit's accounts (the administrator's own
 * excepted), each to be changed at the next login; their sessions end. The plain passwords
 * exist only in the returned slips, which the page hands over once as a PDF.
 */
import "server-only";
import { db } from "@/lib/db";
import { subtreeOf } from "@/lib/units/where";
import { isUuid } from "@/lib/ids";
import { audit, auditMany } from "@/lib/audit";
import { requirePermission, type Actor } from "@/lib/authz/permissions";
import { currentSecurityRules } from "@/lib/auth/security-settings";
import { endSessionsOf } from "@/lib/auth/sessions";
import { clearThrottle } from "@/lib/auth/login";
import { NotFoundError, ValidationError } from "@/lib/errors";
import { hashAll, randomPassword } from "./passwords";
import type { Slip } from "./slips-pdf";

export async function regenerateSlips(actor: Actor, input: { unitId: string; userIds?: string[] }): Promise<Slip[]> {
  requirePermission(actor, "people.import");
  const unit = isUuid(input.unitId) ? await db.unit.findFirst({ where: { id: input.unitId, ...subtreeOf(actor.nodeId) }, select: { id: true, name: true } }) : null;
  if (!unit) throw new NotFoundError("没有找到这个单位");
  const users = await db.user.findMany({
    where: { unitId: unit.id, active: true, id: { not: actor.id, ...(input.userIds ? { in: input.userIds } : {}) } },
    orderBy: { username: "asc" },
    select: { id: true, username: true, name: true },
  });
  if (users.length === 0) throw new ValidationError({ unitId: "这个单位没有可以重新生成的账号" }, "这个单位没有可以重新生成的账号");
  const { passwordMinLength } = await currentSecurityRules();
  const passwords = users.map((u) => randomPassword(u.username, passwordMinLength));
  const hashes = await hashAll(passwords);
  await db.$transaction(async (tx) => {
    const now = new Date();
    for (const [i, u] of users.entries()) {
      await tx.user.update({ where: { id: u.id }, data: { passwordHash: hashes[i], mustChangePassword: true, passwordChangedAt: now, sessionsValidFrom: now } });
      await endSessionsOf(tx, { userId: u.id }, "password", { now });
      await clearThrottle(tx, u.username);
    }
    await auditMany(tx, users.map((u) => ({ actorId: actor.id, action: "user.resetPassword", entityType: "User", entityId: u.id, data: { slip: true } })));
    await audit(tx, { actorId: actor.id, action: "onboarding.slips", entityType: "Unit", entityId: unit.id, data: { accounts: users.length } });
  }, { timeout: 60_000 });
  return users.map((u, i) => ({ unit: unit.name, name: u.name, username: u.username, password: passwords[i] }));
}

/** Units with active accounts, for choosing whose slips to regenerate. */
export async function listSlipUnits(actor: Actor) {
  requirePermission(actor, "people.import");
  const units = await db.unit.findMany({
    where: { active: true, ...subtreeOf(actor.nodeId) },
    orderBy: [{ sortOrder: "asc" }, { name: "asc" }],
    select: { id: true, name: true, _count: { select: { users: { where: { active: true } } } } },
  });
  return units.filter((u) => u._count.users > 0).map((u) => ({ id: u.id, name: u.name, accounts: u._count.users }));
}
