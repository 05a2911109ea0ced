import "server-only";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";

/** A claim left unfinished this long (the server died mid-way) may be taken again. */
const ABANDONED_MS = 2 * 60_000;
const WAIT_STEP_MS = 100;
const WAIT_MAX_MS = 15_000;
/** Keys are only needed against double clicks and retries: a day is plenty. */
const KEEP_MS = 24 * 3_600_000;

export type Claim = { kind: "mine" } | { kind: "done"; result: unknown } | { kind: "busy" } | { kind: "foreign" };

/**
 * Takes a form's request key for one run of `action`. The first caller runs it; a repeat
 * (double click, a retry after a lost answer, five tabs at once) waits for and gets the
 * first run's result instead of a second record.
 */
export async function claimRequest(userId: string, action: string, key: string, now = new Date()): Promise<Claim> {
  await db.submittedRequest.deleteMany({ where: { userId, createdAt: { lt: new Date(now.getTime() - KEEP_MS) } } });
  const inserted = await db.$executeRaw`
    INSERT INTO "SubmittedRequest" ("key", "userId", "action", "createdAt") VALUES (${key}::uuid, ${userId}::uuid, ${action}, ${now})
    ON CONFLICT ("key") DO NOTHING`;
  if (inserted === 1) return { kind: "mine" };
  for (let waited = 0; waited <= WAIT_MAX_MS; waited += WAIT_STEP_MS) {
    const row = await db.submittedRequest.findUnique({ where: { key } });
    if (!row) return claimRequest(userId, action, key, now); // the first run failed and let go
    if (row.userId !== userId || row.action !== action) return { kind: "foreign" };
    if (row.result !== null) return { kind: "done", result: (row.result as { v: unknown }).v ?? undefined };
    if (Date.now() - row.createdAt.getTime() > ABANDONED_MS) {
      const taken = await db.submittedRequest.updateMany({ where: { key, result: { equals: Prisma.DbNull }, createdAt: row.createdAt }, data: { createdAt: new Date() } });
      if (taken.count === 1) return { kind: "mine" };
    }
    await new Promise((r) => setTimeout(r, WAIT_STEP_MS));
  }
  return { kind: "busy" };
}

export async function finishRequest(key: string, result: unknown): Promise<void> {
  // Wrapped, so that an action answering nothing still marks the key as done.
  const v = result === undefined ? null : (JSON.parse(JSON.stringify(result)) as Prisma.InputJsonValue);
  await db.submittedRequest.update({ where: { key }, data: { result: { v } } });
}

/** A failed run lets go of its key, so the corrected form can be sent again as it is. */
export async function releaseRequest(key: string): Promise<void> {
  await db.submittedRequest.deleteMany({ where: { key, result: { equals: Prisma.DbNull } } });
}
