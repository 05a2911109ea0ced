import "server-only";
import type { UnitKind } from "@/lib/generated/prisma/enums";
import { cache } from "react";
import { cookies } from "next/headers";
import { decode } from "next-auth/jwt";
import { redirect } from "next/navigation";
import { sql } from "@/lib/sql";
import type { Actor, Role } from "@/lib/authz/permissions";
import { actorOf } from "./actor";
import { isDeskKind } from "@/lib/units/labels";
import { SESSION_COOKIE } from "./options";
import { passwordExpired } from "./password-policy";
import { securityRules } from "./security-settings";
import { checkSession, type SessionRow, type SessionToken } from "./sessions";

export type CurrentUser = Actor & {
  name: string;
  username: string;
  unitName: string;
  unitKind: UnitKind;
  /** The person works in a 组织部 that reports to a desk above (its office writes pieces for it). */
  inNodeBelowDesk: boolean;
  sessionId: string;
  /** An administrator set the password, or it is older than the rules allow: change it first. */
  mustChangePassword: "initial" | "expired" | null;
  /** The bell's figure: the person's unread notifications, read with the session (every page shows it). */
  unreadNotifications: number;
};

export type SessionState = { user: CurrentUser } | { user: null; reason: "none" | "idle" | "ended" };

type SessionAndUser = SessionRow & {
  username: string;
  name: string;
  roles: Role[];
  unitId: string;
  active: boolean;
  sessionsValidFrom: Date;
  passwordChangedAt: Date;
  mustChangePassword: boolean;
  unitName: string;
  unitKind: UnitKind;
  unitActive: boolean;
  unitReporters: string[];
  deskId: string | null;
  deskKind: UnitKind | null;
  deskReporters: string[];
  unreadNotifications: number;
};

/**
 * The session row with its user, the user's unit and the unit's desk (what `actorOf` needs), and
 * the bell's figure, in one statement: every signed-in request runs it (so through `sql`, see
 * lib/sql.ts), and each statement more is a round trip to the database on every page.
 */
async function readSessionAndUser(sessionId: string): Promise<SessionAndUser | null> {
  const rows = await sql<SessionAndUser>`
    SELECT s."userId", s."createdAt", s."lastSeenAt", s."expiresAt", s."endedAt", s."endReason",
      u.username, u.name, u.roles::text[] AS roles, u."unitId", u.active, u."sessionsValidFrom", u."passwordChangedAt", u."mustChangePassword",
      un.name AS "unitName", un.kind::text AS "unitKind", un.active AS "unitActive",
      ARRAY(SELECT r.id::text FROM "Unit" r WHERE r."deskId" = un.id) AS "unitReporters",
      d.id::text AS "deskId", d.kind::text AS "deskKind",
      ARRAY(SELECT r.id::text FROM "Unit" r WHERE r."deskId" = d.id) AS "deskReporters",
      (SELECT count(*)::int FROM "Notification" n WHERE n."userId" = u.id AND n."readAt" IS NULL) AS "unreadNotifications"
    FROM "UserSession" s
    JOIN "User" u ON u.id = s."userId"
    JOIN "Unit" un ON un.id = u."unitId"
    LEFT JOIN "Unit" d ON d.id = un."deskId"
    WHERE s.id = ${sessionId}`;
  return rows[0] ?? null;
}

/**
 * Loads the user behind a session token from the database on every request: an ended,
 * idle or forged session, a disabled user or unit, a changed role or a password reset
 * (which voids sessions that started earlier) counts at once.
 */
export async function loadSession(token: SessionToken, now = new Date()): Promise<SessionState> {
  const rules = await securityRules(now.getTime());
  const check = await checkSession(token, rules.idleMinutes, now, readSessionAndUser);
  if (!check.ok) return { user: null, reason: check.reason };
  const user = check.row;
  if (!user.active || !user.unitActive) return { user: null, reason: "ended" };
  if ((token.authAt as number) < user.sessionsValidFrom.getTime()) return { user: null, reason: "ended" };
  const ids = (list: string[]) => list.map((id) => ({ id }));
  const desk = user.deskId && user.deskKind ? { id: user.deskId, kind: user.deskKind, reporters: ids(user.deskReporters) } : null;
  const actor = actorOf({
    id: check.userId,
    roles: user.roles,
    unitId: user.unitId,
    unit: { id: user.unitId, kind: user.unitKind, reporters: ids(user.unitReporters), desk },
  });
  return {
    user: {
      ...actor,
      name: user.name,
      username: user.username,
      unitName: user.unitName,
      unitKind: user.unitKind,
      // A 组织部's own unit: its desk (read with the unit) is the desk above.
      inNodeBelowDesk: isDeskKind(user.unitKind) && !!user.deskId,
      sessionId: check.sessionId,
      mustChangePassword: user.mustChangePassword ? "initial" : passwordExpired(user.passwordChangedAt, rules, now) ? "expired" : null,
      unreadNotifications: user.unreadNotifications,
    },
  };
}

/**
 * Cookies decoded lately, by their exact text, with the token's expiry (seconds): the same
 * person sends the same cookie with every request, and decoding it (a key derived from the
 * secret, then AES-GCM) was about 3 % of the server's time on each page. Only a cookie that
 * decoded once is here, byte for byte; the expiry is checked on each use, and the session
 * behind it is still read from the database on every request. Oldest out first past the size.
 */
const decoded = new Map<string, { token: SessionToken; exp: number }>();
const DECODED_KEPT = 5000;
/** next-auth's own leeway on a token's expiry. */
const CLOCK_TOLERANCE_S = 15;

/**
 * The session cookie's token, decoded as getServerSession decodes it (same cookie, secret and
 * expiry check; null when missing, forged or expired). getServerSession would also set up
 * next-auth's whole request handling and encrypt a refreshed token on every call, which a page
 * cannot send anyway.
 */
async function sessionToken(): Promise<SessionToken | null> {
  const raw = (await cookies()).get(SESSION_COOKIE)?.value;
  if (!raw) return null;
  const known = decoded.get(raw);
  if (known) {
    if (Date.now() / 1000 <= known.exp + CLOCK_TOLERANCE_S) return known.token;
    decoded.delete(raw);
  }
  try {
    const payload = await decode({ token: raw, secret: process.env.NEXTAUTH_SECRET ?? process.env.AUTH_SECRET ?? "" });
    if (!payload) return null;
    const token = { userId: payload.sub, sessionId: payload.sid, authAt: payload.authAt };
    if (typeof payload.exp === "number") {
      if (decoded.size >= DECODED_KEPT) decoded.delete(decoded.keys().next().value!);
      decoded.set(raw, { token, exp: payload.exp });
    }
    return token;
  } catch {
    return null;
  }
}

export const getSessionState = cache(async (): Promise<SessionState> => {
  const token = await sessionToken();
  if (!token) return { user: null, reason: "none" };
  return loadSession(token);
});

export const getCurrentUser = cache(async (): Promise<CurrentUser | null> => (await getSessionState()).user);

/** The signed-in user, or the login page saying why the session ended. */
export async function requireUser(): Promise<CurrentUser> {
  const state = await getSessionState();
  if (state.user) return state.user;
  redirect(state.reason === "none" ? "/login" : `/login?reason=${state.reason}`);
}
