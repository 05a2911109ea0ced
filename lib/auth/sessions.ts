import "server-only";
import { randomBytes } from "node:crypto";
import { db, type Tx } from "@/lib/db";

/** A login lasts at most this long, however busy; idle sessions end sooner (SecuritySettings). */
export const SESSION_MAX_HOURS = 10;
/** lastSeenAt is written at most this often: an idle timeout of minutes needs no finer clock. */
const TOUCH_EVERY_MS = 60_000;
/** Clock skew tolerated between the app servers that issue and check a token. */
const SKEW_MS = 60_000;

export type SessionEndReason = "logout" | "idle" | "expired" | "admin" | "unit_disabled" | "user_disabled" | "password";

export interface SessionToken {
  userId?: unknown;
  sessionId?: unknown;
  authAt?: unknown;
}

export async function startSession(
  userId: string,
  meta: { address: string | null; userAgent: string | null },
  now = new Date(),
): Promise<{ sessionId: string; authAt: number }> {
  const sessionId = randomBytes(24).toString("base64url");
  await db.userSession.create({
    data: {
      id: sessionId,
      userId,
      createdAt: now,
      lastSeenAt: now,
      expiresAt: new Date(now.getTime() + SESSION_MAX_HOURS * 3_600_000),
      address: meta.address?.slice(0, 100) ?? null,
      userAgent: meta.userAgent?.slice(0, 300) ?? null,
    },
  });
  return { sessionId, authAt: now.getTime() };
}

export async function endSession(sessionId: string, reason: SessionEndReason, now = new Date()): Promise<boolean> {
  const { count } = await db.userSession.updateMany({
    where: { id: sessionId, endedAt: null },
    data: { endedAt: now, endReason: reason },
  });
  return count > 0;
}

/** Ends every open session of the users matched; call it inside the transaction that disables them. */
export async function endSessionsOf(
  tx: Tx,
  who: { userId: string } | { unitId: string },
  reason: SessionEndReason,
  opts: { now?: Date; except?: string } = {},
): Promise<number> {
  const { count } = await tx.userSession.updateMany({
    where: {
      endedAt: null,
      ...("userId" in who ? { userId: who.userId } : { user: { unitId: who.unitId } }),
      ...(opts.except ? { id: { not: opts.except } } : {}),
    },
    data: { endedAt: opts.now ?? new Date(), endReason: reason },
  });
  return count;
}

export type SessionCheck =
  | { ok: true; userId: string; sessionId: string }
  | { ok: false; reason: "none" | "idle" | "ended" };

/** What a session row must say for `checkSession` to judge it. */
export type SessionRow = { userId: string; createdAt: Date; lastSeenAt: Date; expiresAt: Date; endedAt: Date | null; endReason: string | null };

/** The token's own fields, when they have the right types (anything else names no session). */
export function tokenFields(token: SessionToken): { userId: string; sessionId: string; authAt: number } | null {
  const { userId, sessionId, authAt } = token;
  if (typeof userId !== "string" || typeof sessionId !== "string" || typeof authAt !== "number") return null;
  return { userId, sessionId, authAt };
}

/**
 * Decides whether a token still stands for a live session: it must name a session of that
 * user, carry the session's own start time (a forged or future time fails), and the session
 * must be neither ended, past its hard limit, nor idle longer than the setting allows.
 * `read` loads the session row (the caller may read the user with it in one statement);
 * ending an expired or idle session and noting the user's activity are written here.
 */
export async function checkSession<R extends SessionRow>(
  token: SessionToken,
  idleMinutes: number,
  now: Date,
  read: (sessionId: string) => Promise<R | null>,
): Promise<(SessionCheck & { ok: false }) | { ok: true; userId: string; sessionId: string; row: R }> {
  const t = tokenFields(token);
  if (!t) return { ok: false, reason: "none" };
  const { userId, sessionId, authAt } = t;
  if (!Number.isFinite(authAt) || authAt > now.getTime() + SKEW_MS) return { ok: false, reason: "ended" };
  const session = await read(sessionId);
  if (!session || session.userId !== userId || session.createdAt.getTime() !== authAt) return { ok: false, reason: "ended" };
  if (session.endedAt) return { ok: false, reason: session.endReason === "idle" ? "idle" : "ended" };
  if (now >= session.expiresAt) {
    await endSession(sessionId, "expired", now);
    return { ok: false, reason: "ended" };
  }
  if (now.getTime() - session.lastSeenAt.getTime() > idleMinutes * 60_000) {
    await endSession(sessionId, "idle", now);
    return { ok: false, reason: "idle" };
  }
  if (now.getTime() - session.lastSeenAt.getTime() >= TOUCH_EVERY_MS) {
    await db.userSession.updateMany({ where: { id: sessionId, endedAt: null }, data: { lastSeenAt: now } });
  }
  return { ok: true, userId, sessionId, row: session };
}
