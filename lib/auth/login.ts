import "server-only";
import { db, type Tx } from "@/lib/db";
import { audit } from "@/lib/audit";
import { verifyPassword } from "./password";
import { startSession } from "./sessions";

export const WINDOW_MINUTES = 15;
/**
 * Three kinds of counter, so that guessing cannot be turned against the account's owner:
 * - pair (login name × address): after a few failures each further try waits longer,
 *   doubling up to a minute; never a lock, so the owner at their own desk only waits;
 * - acct (login name, all addresses): past the limit, addresses the owner has not signed
 *   in from lately are refused for the window; the owner's usual addresses still get in;
 * - addr (one address, any names): past the limit that address is refused for the window.
 */
const POLICIES = {
  pair: { limit: 3, firstBlockSeconds: 1, maxBlockSeconds: 60 },
  acct: { limit: 10, firstBlockSeconds: WINDOW_MINUTES * 60, maxBlockSeconds: WINDOW_MINUTES * 60 },
  addr: { limit: 50, firstBlockSeconds: WINDOW_MINUTES * 60, maxBlockSeconds: WINDOW_MINUTES * 60 },
} as const;
type CounterKind = keyof typeof POLICIES;
/** An address the user signed in from within this many days counts as theirs. */
const KNOWN_ADDRESS_DAYS = 30;

export type LoginRefusal = "invalid" | "wait" | "locked" | "address";
export type LoginResult = { ok: true; userId: string } | { ok: false; reason: LoginRefusal; retryAfter?: number };

interface Counter {
  kind: CounterKind;
  key: string;
}

function countersFor(username: string, address: string | null, known: boolean): Counter[] {
  const counters: Counter[] = [{ kind: "pair", key: `pair:${username}|${address ?? "-"}` }];
  if (!known) counters.push({ kind: "acct", key: `acct:${username}` });
  if (address) counters.push({ kind: "addr", key: `addr:${address}` });
  return counters;
}

/** How long a counter blocks after its n-th failure within the window (0: not at all). */
export function blockSeconds(kind: CounterKind, failures: number): number {
  const p = POLICIES[kind];
  if (failures < p.limit) return 0;
  return Math.min(p.firstBlockSeconds * 2 ** (failures - p.limit), p.maxBlockSeconds);
}

/**
 * Counts the attempt before the password is checked, under a row lock, so parallel guesses
 * each take a try. Returns the block that stood before this attempt, if any (a blocked
 * attempt is not counted).
 */
async function takeAttempt(c: Counter, now: Date): Promise<Date | null> {
  return db.$transaction(async (tx) => {
    await tx.$executeRaw`INSERT INTO "LoginThrottle" ("key", "failures") VALUES (${c.key}, 0) ON CONFLICT ("key") DO NOTHING`;
    const [row] = await tx.$queryRaw<Array<{ failures: number; lastFailure: Date | null; blockedUntil: Date | null }>>`
      SELECT "failures", "lastFailure", "blockedUntil" FROM "LoginThrottle" WHERE "key" = ${c.key} FOR UPDATE`;
    if (row.blockedUntil && row.blockedUntil > now) return row.blockedUntil;
    const inWindow = row.lastFailure && row.lastFailure.getTime() > now.getTime() - WINDOW_MINUTES * 60_000;
    const failures = inWindow ? row.failures + 1 : 1;
    const block = blockSeconds(c.kind, failures);
    await tx.loginThrottle.update({
      where: { key: c.key },
      data: { failures, lastFailure: now, blockedUntil: block ? new Date(now.getTime() + block * 1000) : null },
    });
    return null;
  });
}

/** A right password takes back what its own attempt counted. */
async function forgiveAttempt(counters: Counter[], username: string): Promise<void> {
  // The account counter goes too, also when a known address did not count against it.
  const cleared = [...counters.filter((c) => c.kind === "pair").map((c) => c.key), `acct:${username}`];
  await db.loginThrottle.deleteMany({ where: { key: { in: cleared } } });
  const addr = counters.find((c) => c.kind === "addr");
  if (addr) {
    await db.$executeRaw`UPDATE "LoginThrottle" SET "failures" = GREATEST("failures" - 1, 0),
      "blockedUntil" = CASE WHEN "failures" - 1 < ${POLICIES.addr.limit} THEN NULL ELSE "blockedUntil" END
      WHERE "key" = ${addr.key}`;
  }
}

async function isKnownAddress(userId: string, address: string, now: Date): Promise<boolean> {
  const since = new Date(now.getTime() - KNOWN_ADDRESS_DAYS * 86_400_000);
  return (await db.userSession.count({ where: { userId, address, createdAt: { gte: since } } })) > 0;
}

const REFUSAL_OF: Record<CounterKind, LoginRefusal> = { pair: "wait", acct: "locked", addr: "address" };

export async function verifyLogin(
  rawUsername: string,
  password: string,
  ctx: { address?: string | null; now?: Date } = {},
): Promise<LoginResult> {
  const now = ctx.now ?? new Date();
  const address = ctx.address ?? null;
  const username = rawUsername.trim().toLowerCase().slice(0, 100);
  const user = await db.user.findUnique({
    where: { username },
    select: { id: true, active: true, passwordHash: true, unit: { select: { active: true } } },
  });
  const known = !!user && !!address && (await isKnownAddress(user.id, address, now));
  const counters = countersFor(username, address, known);
  for (const c of counters) {
    const blockedUntil = await takeAttempt(c, now);
    if (blockedUntil) {
      const retryAfter = Math.max(1, Math.ceil((blockedUntil.getTime() - now.getTime()) / 1000));
      return { ok: false, reason: REFUSAL_OF[c.kind], retryAfter };
    }
  }
  const valid = await verifyPassword(user?.passwordHash ?? null, password);
  if (user && valid && user.active && user.unit.active) {
    await forgiveAttempt(counters, username);
    return { ok: true, userId: user.id };
  }
  return { ok: false, reason: "invalid" };
}

export type SignInResult = { ok: true; userId: string; sessionId: string; authAt: number } | Extract<LoginResult, { ok: false }>;

/** 登录: checks the password under the throttle, opens a server-side session, audits both outcomes. */
export async function signIn(
  username: string,
  password: string,
  meta: { address: string | null; userAgent: string | null },
  now = new Date(),
): Promise<SignInResult> {
  const result = await verifyLogin(username, password, { address: meta.address, now });
  if (!result.ok) {
    const typed = username.trim().toLowerCase().slice(0, 100);
    // The named person's unit, so that their node's administrator sees the attempt (a name nobody has stays with the top node's).
    const named = await db.user.findUnique({ where: { username: typed }, select: { unitId: true } });
    await audit(db as unknown as Tx, {
      actorId: null,
      unitId: named?.unitId ?? null,
      action: result.reason === "invalid" ? "auth.login_failed" : "auth.locked",
      entityType: "User",
      entityId: typed,
      // The address and browser go into the audit row's own columns (lib/audit).
      data: { reason: result.reason },
    });
    return result;
  }
  const session = await startSession(result.userId, meta, now);
  await audit(db as unknown as Tx, {
    actorId: result.userId,
    action: "auth.login",
    entityType: "User",
    entityId: result.userId,
  });
  return { ok: true, userId: result.userId, ...session };
}

/** What the administrator sees of an account's throttle, and can lift. */
export type ThrottleState = { recentFailures: number; lockedUntil: Date | null };

/** Each account's recent failed logins and lock, in one query for a page of accounts. */
export async function throttleStates(usernames: string[], now = new Date()): Promise<Map<string, ThrottleState>> {
  const rows = await db.loginThrottle.findMany({ where: { key: { in: usernames.map((u) => `acct:${u}`) } } });
  const byKey = new Map(rows.map((r) => [r.key, r]));
  return new Map(
    usernames.map((u) => {
      const acct = byKey.get(`acct:${u}`);
      return [
        u,
        {
          recentFailures: acct && acct.lastFailure && acct.lastFailure.getTime() > now.getTime() - WINDOW_MINUTES * 60_000 ? acct.failures : 0,
          lockedUntil: acct?.blockedUntil && acct.blockedUntil > now ? acct.blockedUntil : null,
        },
      ];
    }),
  );
}

export async function clearThrottle(tx: Tx, username: string): Promise<void> {
  await tx.loginThrottle.deleteMany({ where: { OR: [{ key: `acct:${username}` }, { key: { startsWith: `pair:${username}|` } }] } });
}
