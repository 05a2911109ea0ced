import "server-only";
import { db } from "@/lib/db";
import { audit } from "@/lib/audit";
import type { Actor } from "@/lib/authz/permissions";
import { paginate } from "@/lib/paging";
import { safeInternalPath } from "./safe-path";

export function listNotifications(userId: string, opts: { page: number; unreadOnly?: boolean; q?: string }) {
  const where = {
    userId,
    ...(opts.unreadOnly ? { readAt: null } : {}),
    ...(opts.q ? { OR: [{ title: { contains: opts.q } }, { body: { contains: opts.q } }] } : {}),
  };
  return paginate(
    opts.page,
    () => db.notification.count({ where }),
    (skip, take) => db.notification.findMany({ where, orderBy: [{ createdAt: "desc" }, { id: "desc" }], skip, take }),
  );
}

/**
 * Opening a notification: marks it read and answers where it points (a path inside the system).
 * Someone else's, or none, answers the notification list.
 */
export async function openNotification(actor: Actor, id: string): Promise<string> {
  const n = await db.notification.findFirst({ where: { id, userId: actor.id }, select: { id: true, href: true } });
  if (!n) return "/notifications";
  await markRead(actor, n.id);
  return safeInternalPath(n.href);
}

/** Marks one of the actor's notifications read (someone else's is simply not found), or all of them. */
export async function markRead(actor: Actor, id: string | "all", now = new Date()) {
  return db.$transaction(async (tx) => {
    const { count } = await tx.notification.updateMany({
      where: { userId: actor.id, readAt: null, ...(id === "all" ? {} : { id }) },
      data: { readAt: now },
    });
    if (count > 0) await audit(tx, { actorId: actor.id, action: "notification.read", entityType: "Notification", entityId: id === "all" ? actor.id : id, data: { count } });
    return count;
  });
}
