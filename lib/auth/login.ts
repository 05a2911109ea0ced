import { db } from "@/lib/db";
import { verifyPassword } from "./password";

export const MAX_FAILURES = 5;
export const LOCK_MINUTES = 15;

export type LoginResult = { ok: true; userId: string } | { ok: false; reason: "invalid" | "locked" };

/**
 * Checks a username and password. Failures are counted per login name, known or not,
 * so an unknown user and a wrong password look the same from outside.
 */
export async function verifyLogin(rawUsername: string, password: string, now = new Date()): Promise<LoginResult> {
  const username = rawUsername.trim().toLowerCase();
  const throttle = await db.loginThrottle.findUnique({ where: { username } });
  if (throttle?.lockedUntil && throttle.lockedUntil > now) return { ok: false, reason: "locked" };

  const user = await db.user.findUnique({
    where: { username },
    select: { id: true, active: true, passwordHash: true, unit: { select: { active: true } } },
  });
  const valid = await verifyPassword(user?.passwordHash ?? null, password);
  if (user && valid && user.active && user.unit.active) {
    if (throttle) await db.loginThrottle.delete({ where: { username } });
    return { ok: true, userId: user.id };
  }

  const failures = (throttle?.lockedUntil && throttle.lockedUntil <= now ? 0 : (throttle?.failures ?? 0)) + 1;
  const lockedUntil = failures >= MAX_FAILURES ? new Date(now.getTime() + LOCK_MINUTES * 60_000) : null;
  await db.loginThrottle.upsert({
    where: { username },
    create: { username, failures, lastFailure: now, lockedUntil },
    update: { failures, lastFailure: now, lockedUntil },
  });
  return { ok: false, reason: lockedUntil ? "locked" : "invalid" };
}
