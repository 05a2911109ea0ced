import "server-only";
import { headers } from "next/headers";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Tx } from "@/lib/db";
import { clientAddress } from "@/lib/auth/address";

export type AuditEntry = {
  actorId: string | null;
  action: string;
  entityType: string;
  entityId: string;
  data?: Prisma.InputJsonValue;
  /**
   * The unit a row without an actor concerns (the unit whose case the worker judged late, the
   * person a failed login named), so that its node's administrator sees it and no other does.
   * With an actor, the database fills in the actor's unit.
   */
  unitId?: string | null;
};

/**
 * Records a state change; call it inside the transaction that makes the change. The source
 * address and browser come from the current request; the actor's unit is added by the
 * database (trigger audit_log_actor_unit), so callers only say what happened.
 */
export async function audit(tx: Tx, entry: AuditEntry) {
  return tx.auditLog.create({ data: { ...entry, ...(await requestSource()) } });
}

/** Many state changes of one operation (an import) in one statement, each its own row. */
export async function auditMany(tx: Tx, entries: AuditEntry[]) {
  if (entries.length === 0) return;
  const source = await requestSource();
  await tx.auditLog.createMany({ data: entries.map((e) => ({ ...e, ...source })) });
}

const NO_REQUEST = { ip: null, userAgent: null };

/** Outside a request (the reminder worker, scripts, tests) there is no address: null. */
async function requestSource(): Promise<{ ip: string | null; userAgent: string | null }> {
  let h: Awaited<ReturnType<typeof headers>>;
  try {
    h = await headers();
  } catch {
    return NO_REQUEST;
  }
  return { ip: clientAddress(h), userAgent: h.get("user-agent")?.slice(0, 300) || null };
}
