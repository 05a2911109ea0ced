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

export type SweepResult = {
  fired: number;
  failed: number;
  /** The time budget ran out with reminders still due: the worker queues the next sweep at once. */
  more?: boolean;
};

const MAX_ATTEMPTS = 20;
/** Reminders sent side by side: each lane takes the next due one (SKIP LOCKED), so no two take the same. */
const LANES = 4;
/** A sweep stops taking reminders after this long, before the next minute's sweep is due. */
const BUDGET_MS = 45_000;

/**
 * Sends every reminder due at `now`, `lanes` at a time, until none is left or the time budget is
 * spent. A 09:00 deadline-day peak of 10,000 reminders is one sweep, not twenty
 * (scripts/bench/surge.ts measures it).
 */
export async function deliverDueReminders(opts: { now?: Date; lanes?: number; budgetMs?: number } = {}): Promise<SweepResult> {
  const now = opts.now ?? new Date();
  const stopAt = Date.now() + (opts.budgetMs ?? BUDGET_MS);
  // Reminders a lane is sending now, and those whose handler failed in this sweep (not tried
  // again until the next one). A failed one stays in from its pick: its rollback unlocks the
  // row before the failure is written down, and no other lane may take it meanwhile.
  const skip = new Set<string>();
  const result: SweepResult = { fired: 0, failed: 0 };
  const lane = async () => {
    for (;;) {
      if (Date.now() >= stopAt) {
        result.more = true;
        return;
      }
      const outcome = await deliverOne(now, skip);
      if (outcome === "none") return;
      result[outcome]++;
    }
  };
  await Promise.all(Array.from({ length: opts.lanes ?? LANES }, lane));
  return result;
}

/** Sends the next due reminder in its own transaction; "none" when no due one is left. */
async function deliverOne(now: Date, skip: Set<string>): Promise<"fired" | "failed" | "none"> {
  let current: string | null = null;
  try {
    const picked = await db.$transaction(async (tx) => {
      const rows = await tx.$queryRawUnsafe<Reminder[]>(
        `SELECT * FROM "Reminder" WHERE "firedAt" IS NULL AND "fireAt" <= $1 AND "attempts" < $2
           AND NOT ("id"::text = ANY($3::text[]))
         ORDER BY "fireAt", "id" LIMIT 1 FOR UPDATE SKIP LOCKED`,
        now,
        MAX_ATTEMPTS,
        [...skip],
      );
      const reminder = rows[0];
      if (!reminder) return null;
      current = reminder.id;
      skip.add(reminder.id);
      const handler = HANDLERS[reminder.kind];
      if (!handler) throw new Error(`没有处理“${reminder.kind}”提醒的程序`);
      await handler(tx, reminder, now);
      await tx.reminder.update({ where: { id: reminder.id }, data: { firedAt: now, attempts: { increment: 1 } } });
      return reminder.id;
    });
    if (!picked) return "none";
    skip.delete(picked);
    return "fired";
  } catch (err) {
    // Not a handler's failure (the database went away): the queue retries the whole sweep.
    const id = current as string | null;
    if (!id) throw err;
    await db.reminder.updateMany({
      where: { id, firedAt: null },
      data: { attempts: { increment: 1 }, lastError: String((err as Error).message ?? err).slice(0, 500) },
    });
    return "failed";
  }
}
