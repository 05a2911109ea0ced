import "server-only";
import type { UnitKind } from "@/lib/generated/prisma/enums";
import { cache } from "react";
import { getServerSession } from "next-auth";
import { redirect } from "next/navigation";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/authz/permissions";
import { ACTOR_UNIT, actorOf } from "./actor";
import { authOptions } from "./options";
import { passwordExpired } from "./password-policy";
import { securityRules } from "./security-settings";
import { checkSession, type SessionToken } from "./sessions";

export type CurrentUser = Actor & {
  name: string;
  username: string;
  unitName: string;
  unitKind: UnitKind;
  sessionId: string;
  /** An administrator set the password, or it is older than the rules allow: change it first. */
  mustChangePassword: "initial" | "expired" | null;
};

export type SessionState = { user: CurrentUser } | { user: null; reason: "none" | "idle" | "ended" };

/**
 * Loads the user behind a session token from the database on every request: an ended,
 * idle or forged session, a disabled user or unit, a changed role or a password reset
 * (which voids sessions that started earlier) counts at once.
 */
export async function loadSession(token: SessionToken, now = new Date()): Promise<SessionState> {
  const rules = await securityRules(now.getTime());
  const check = await checkSession(token, rules.idleMinutes, now);
  if (!check.ok) return { user: null, reason: check.reason };
  const user = await db.user.findUnique({ where: { id: check.userId }, include: { unit: ACTOR_UNIT } });
  if (!user || !user.active || !user.unit.active) return { user: null, reason: "ended" };
  if ((token.authAt as number) < user.sessionsValidFrom.getTime()) return { user: null, reason: "ended" };
  return {
    user: {
      ...actorOf(user),
      name: user.name,
      username: user.username,
      unitName: user.unit.name,
      unitKind: user.unit.kind,
      sessionId: check.sessionId,
      mustChangePassword: user.mustChangePassword ? "initial" : passwordExpired(user.passwordChangedAt, rules, now) ? "expired" : null,
    },
  };
}

export const getSessionState = cache(async (): Promise<SessionState> => {
  const session = await getServerSession(authOptions);
  const user = session?.user as { id?: unknown; sid?: unknown; authAt?: unknown } | undefined;
  if (!user) return { user: null, reason: "none" };
  return loadSession({ userId: user.id, sessionId: user.sid, authAt: user.authAt });
});

export const getCurrentUser = cache(async (): Promise<CurrentUser | null> => (await getSessionState()).user);

/** The signed-in user, or the login page saying why the session ended. */
export async function requireUser(): Promise<CurrentUser> {
  const state = await getSessionState();
  if (state.user) return state.user;
  redirect(state.reason === "none" ? "/login" : `/login?reason=${state.reason}`);
}
