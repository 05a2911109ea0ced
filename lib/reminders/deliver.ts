/**
 * The sweep: sends every reminder whose time has come, each in its own transaction that
 * locks the row (SKIP LOCKED: two workers never take the same one), runs the handler and
 * marks it fired. A handler that throws leaves the reminder unfired; the attempt and the
 * error are written down and the next sweep tries again. So a reminder fires once.
 */
import "server-only";
import { db } from "@/lib/db";
import type { Reminder } from "@/lib/generated/prisma/client";
import { HANDLERS } from "./handlers";

export type SweepResult = { fired: number; failed: number };

const MAX_ATTEMPTS = 20;

export async function deliverDueReminders(opts: { now?: Date; limit?: number } = {}): Promise<SweepResult> {
  const now = opts.now ?? new Date();
  const limit = opts.limit ?? 500;
  const tried = new Set<string>();
  const result: SweepResult = { fired: 0, failed: 0 };
  while (tried.size < limit) {
    let picked: string | null = null;
    let current: string | null = null;
    try {
      picked = await db.$transaction(async (tx) => {
        const skip = [...tried];
        const rows = await tx.$queryRawUnsafe<Reminder[]>(
          `SELECT * FROM "Reminder" WHERE "firedAt" IS NULL AND "fireAt" <= $1 AND "attempts" < $2
             AND NOT ("id"::text = ANY($3::text[]))
           ORDER BY "fireAt", "id" LIMIT 1 FOR UPDATE SKIP LOCKED`,
          now,
          MAX_ATTEMPTS,
          skip,
        );
        const reminder = rows[0];
        if (!reminder) return null;
        current = reminder.id;
        tried.add(reminder.id);
        const handler = HANDLERS[reminder.kind];
        if (!handler) throw new Error(`没有处理“${reminder.kind}”提醒的程序`);
        await handler(tx, reminder, now);
        await tx.reminder.update({ where: { id: reminder.id }, data: { firedAt: now, attempts: { increment: 1 } } });
        return reminder.id;
      });
    } catch (err) {
      // Not a handler's failure (the database went away): the queue retries the whole sweep.
      const id = current as string | null;
      if (!id) throw err;
      result.failed++;
      await db.reminder.updateMany({
        where: { id, firedAt: null },
        data: { attempts: { increment: 1 }, lastError: String((err as Error).message ?? err).slice(0, 500) },
      });
      continue;
    }
    if (!picked) break;
    result.fired++;
  }
  return result;
}
