import type { Prisma } from "@/lib/generated/prisma/client";
import type { Tx } from "@/lib/db";

/** Records a state change; call it inside the transaction that makes the change. */
export function audit(
  tx: Tx,
  entry: { actorId: string | null; action: string; entityType: string; entityId: string; data?: Prisma.InputJsonValue },
) {
  return tx.auditLog.create({ data: entry });
}
