/**
 * The sweep: sends every reminder whose time has come. A transaction locks a batch of due rows
 * (SKIP LOCKED: two lanes or two workers never take the same one), runs their handlers and marks
 * them fired, so a handler's writes and the fired mark commit together. When a handler throws,
 * that batch is rolled back and its reminders are sent again one per transaction: the failing one
 * stays unfired with the attempt and the error written down, and the next sweep tries it again.
 * So a reminder fires once.
 */
import "server-only";
import { db, type Tx } from "@/lib/db";
import type { Reminder } from "@/lib/generated/prisma/client";
import { HANDLERS } from "./handlers";

export type SweepResult = {
  fired: number;
  failed: number;
  /** The time budget ran out with reminders still due: the worker queues the next sweep at once. */
  more?: boolean;
};

const MAX_ATTEMPTS = 20;
/** Lanes sending side by side, each a batch at a time. */
const LANES = 4;
/** Reminders per transaction: a 09:00 peak costs a few queries per reminder, not nine. */
const BATCH = 25;
/** A sweep stops taking reminders after this long, before the next minute's sweep is due. */
const BUDGET_MS = 45_000;

/**
 * Sends every reminder due at `now`, `lanes` batches at a time, until none is left or the time
 * budget is spent. A deadline day's 10,000 reminders at 09:00 are one sweep, not twenty
 * (scripts/bench/surge.ts measures it).
 */
export async function deliverDueReminders(opts: { now?: Date; lanes?: number; batch?: number; budgetMs?: number } = {}): Promise<SweepResult> {
  const now = opts.now ?? new Date();
  const stopAt = Date.now() + (opts.budgetMs ?? BUDGET_MS);
  // Reminders no lane may take: those a lane holds (from its pick until they are sent, so that a
  // batch's rollback does not let another lane take them before the one-by-one retry), and
  // those whose handler failed in this sweep (not tried again until the next one).
  const skip = new Set<string>();
  const result: SweepResult = { fired: 0, failed: 0 };
  const lane = async () => {
    for (;;) {
      if (Date.now() >= stopAt) {
        result.more = true;
        return;
      }
      const sent = await deliverBatch(now, skip, opts.batch ?? BATCH);
      if (!sent) return;
      result.fired += sent.fired;
      result.failed += sent.failed;
    }
  };
  await Promise.all(Array.from({ length: opts.lanes ?? LANES }, lane));
  return result;
}

/** Locks up to `limit` due reminders (or the one named by `id`) that no one else holds. */
function lockDue(tx: Tx, now: Date, skip: string[], limit: number, id?: string) {
  return tx.$queryRawUnsafe<Reminder[]>(
    `SELECT * FROM "Reminder" WHERE "firedAt" IS NULL AND "fireAt" <= $1 AND "attempts" < $2
       AND NOT ("id"::text = ANY($3::text[])) ${id ? `AND "id" = $5::uuid` : ""}
     ORDER BY "fireAt", "id" LIMIT $4 FOR UPDATE SKIP LOCKED`,
    now,
    MAX_ATTEMPTS,
    skip,
    limit,
    ...(id ? [id] : []),
  );
}

async function send(tx: Tx, reminders: Reminder[], now: Date): Promise<void> {
  for (const reminder of reminders) {
    const handler = HANDLERS[reminder.kind];
    if (!handler) throw new Error(`没有处理“${reminder.kind}”提醒的程序`);
    await handler(tx, reminder, now);
  }
  await tx.$executeRaw`UPDATE "Reminder" SET "firedAt" = ${now}, attempts = attempts + 1 WHERE id = ANY(${reminders.map((r) => r.id)}::uuid[])`;
}

/** The next batch, in one transaction; null when no due reminder is left. */
async function deliverBatch(now: Date, skip: Set<string>, limit: number): Promise<{ fired: number; failed: number } | null> {
  let picked: string[] = [];
  try {
    const sent = await db.$transaction(async (tx) => {
      const reminders = await lockDue(tx, now, [...skip], limit);
      if (reminders.length === 0) return null;
      picked = reminders.map((r) => r.id);
      for (const id of picked) skip.add(id);
      await send(tx, reminders, now);
      return { fired: reminders.length, failed: 0 };
    });
    for (const id of picked) skip.delete(id);
    return sent;
  } catch (err) {
    // Not a handler's failure (the database went away): the queue retries the whole sweep.
    if (picked.length === 0) throw err;
    // A handler failed and took the batch with it: send them one by one, which isolates it.
    const sent = { fired: 0, failed: 0 };
    for (const id of picked) {
      const outcome = await deliverOne(now, id);
      if (outcome !== "failed") skip.delete(id);
      if (outcome !== "none") sent[outcome]++;
    }
    return sent;
  }
}

/** One reminder in its own transaction; "none" when someone else sent it meanwhile. */
async function deliverOne(now: Date, id: string): Promise<"fired" | "failed" | "none"> {
  try {
    const sent = await db.$transaction(async (tx) => {
      const reminders = await lockDue(tx, now, [], 1, id);
      if (reminders.length === 0) return false;
      await send(tx, reminders, now);
      return true;
    });
    return sent ? "fired" : "none";
  } catch (err) {
    const written = await db.reminder.updateMany({
      where: { id, firedAt: null },
      data: { attempts: { increment: 1 }, lastError: String((err as Error).message ?? err).slice(0, 500) },
    });
    if (written.count === 0) throw err;
    return "failed";
  }
}
