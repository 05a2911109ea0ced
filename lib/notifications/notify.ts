/**
 * Writes notifications (the bell) inside the caller's transaction. `key` names the event:
 * each person gets it once however often the code runs (`dedupeKey` = key + user).
 */
import "server-only";
import type { Tx } from "@/lib/db";
import type { NotificationKind, Role } from "@/lib/generated/prisma/client";

export type NotificationInput = { kind: NotificationKind; title: string; body?: string; href: string; key: string };

export async function notify(tx: Tx, userIds: Iterable<string>, n: NotificationInput): Promise<number> {
  const ids = [...new Set(userIds)];
  if (ids.length === 0) return 0;
  const { count } = await tx.notification.createMany({
    data: ids.map((userId) => ({ userId, kind: n.kind, title: n.title, body: n.body ?? "", href: n.href, dedupeKey: `${n.key}:${userId}` })),
    skipDuplicates: true,
  });
  return count;
}

/**
 * Who hears what a desk asks of a unit (约稿, 信息计划): its officers and reviewers; for a 组织部
 * the desk above asks, its office and leaders (a township has no 研究室编辑 or 部领导).
 */
export const UNIT_ANSWERERS: Role[] = ["OFFICER", "REVIEWER", "EDITOR", "LEADER"];

/** Active accounts of a unit holding any of the roles. */
export async function unitUserIds(tx: Tx, unitId: string, roles: Role[]): Promise<string[]> {
  const users = await tx.user.findMany({ where: { unitId, active: true, roles: { hasSome: roles } }, select: { id: true } });
  return users.map((u) => u.id);
}

/** Active accounts holding any of the roles at the 组织部 a unit reports to (its 研究室编辑, 部领导). */
export async function deskUserIds(tx: Tx, unitId: string, roles: Role[]): Promise<string[]> {
  const users = await tx.user.findMany({ where: { active: true, roles: { hasSome: roles }, unit: { reporters: { some: { id: unitId } } } }, select: { id: true } });
  return users.map((u) => u.id);
}
