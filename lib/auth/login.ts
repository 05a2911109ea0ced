import { db } from "@/lib/db";
import { verifyPassword } from "./password";

export const MAX_FAILURES = 5;
export const LOCK_MINUTES = 15;

export type LoginResult = { ok: true; userId: string } | { ok: false; reason: "invalid" | "locked" };

/**
 * Counts an attempt against a login name (known or not, so both look the same from outside)
 * before the password is checked: parallel guesses each take one of the few attempts.
 * Attempts older than the lock window are forgotten.
 */
async function takeAttempt(username: string, now: Date) {
  const windowStart = new Date(now.getTime() - LOCK_MINUTES * 60_000);
  const [row] = await db.$queryRaw<Array<{ failures: number; lockedUntil: Date | null }>>`
    INSERT INTO "LoginThrottle" ("username", "failures", "lastFailure") VALUES (${username}, 1, ${now})
    ON CONFLICT ("username") DO UPDATE SET
      "failures" = CASE
        WHEN "LoginThrottle"."lockedUntil" > ${now} THEN "LoginThrottle"."failures"
        WHEN "LoginThrottle"."lastFailure" < ${windowStart} OR "LoginThrottle"."lockedUntil" <= ${now} THEN 1
        ELSE "LoginThrottle"."failures" + 1 END,
      "lockedUntil" = CASE WHEN "LoginThrottle"."lockedUntil" > ${now} THEN "LoginThrottle"."lockedUntil" ELSE NULL END,
      "lastFailure" = ${now}
    RETURNING "failures", "lockedUntil"`;
  return row;
}

export async function verifyLogin(rawUsername: string, password: string, now = new Date()): Promise<LoginResult> {
  const username = rawUsername.trim().toLowerCase();
  const attempt = await takeAttempt(username, now);
  if (attempt.lockedUntil && attempt.lockedUntil > now) return { ok: false, reason: "locked" };
  if (attempt.failures > MAX_FAILURES) return { ok: false, reason: "locked" };

  const user = await db.user.findUnique({
    where: { username },
    select: { id: true, active: true, passwordHash: true, unit: { select: { active: true } } },
  });
  const valid = await verifyPassword(user?.passwordHash ?? null, password);
  if (user && valid && user.active && user.unit.active) {
    await db.loginThrottle.deleteMany({ where: { username } });
    return { ok: true, userId: user.id };
  }
  if (attempt.failures >= MAX_FAILURES) {
    await db.loginThrottle.updateMany({
      where: { username },
      data: { lockedUntil: new Date(now.getTime() + LOCK_MINUTES * 60_000) },
    });
    return { ok: false, reason: "locked" };
  }
  return { ok: false, reason: "invalid" };
}
