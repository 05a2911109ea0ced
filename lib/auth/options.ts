import "server-only";
import { randomUUID } from "node:crypto";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { db, type Tx } from "@/lib/db";
import { audit } from "@/lib/audit";
import { clientAddress } from "./address";
import { signIn } from "./login";
import { SESSION_MAX_HOURS, endSession } from "./sessions";

const secure = (process.env.NEXTAUTH_URL ?? "").startsWith("https://");

/** next-auth's name for the session cookie with `useSecureCookies: secure` (lib/auth/current-user.ts reads it). */
export const SESSION_COOKIE = `${secure ? "__Secure-" : ""}next-auth.session-token`;

export const authOptions: NextAuthOptions = {
  session: { strategy: "jwt", maxAge: SESSION_MAX_HOURS * 60 * 60 },
  // Over HTTPS the session cookie is Secure (and __Secure- prefixed); it is always HttpOnly and SameSite=Lax.
  useSecureCookies: secure,
  pages: { signIn: "/login" },
  providers: [
    CredentialsProvider({
      name: "账号密码",
      credentials: { username: { label: "用户名", type: "text" }, password: { label: "密码", type: "password" } },
      async authorize(credentials, req) {
        let result;
        try {
          const headers = (req?.headers ?? {}) as Record<string, string | undefined>;
          result = await signIn(credentials?.username ?? "", credentials?.password ?? "", {
            address: clientAddress(headers),
            userAgent: headers["user-agent"] ?? null,
          });
        } catch (error) {
          // next-auth hands a thrown message to the browser: only codes may leave here.
          console.error(`[error ${randomUUID().slice(0, 8)}] login failed`, error);
          throw new Error("ERROR");
        }
        if (result.ok) return { id: result.userId, sid: result.sessionId, authAt: result.authAt };
        // The client maps these codes to Chinese messages; none tells whether the user exists.
        throw new Error(result.retryAfter ? `${result.reason.toUpperCase()}:${result.retryAfter}` : result.reason.toUpperCase());
      },
    }),
  ],
  callbacks: {
    // The token names the server-side session; roles, unit and status are read from the
    // database on every request, and the session row decides whether the token still counts.
    // Pages read the token with next-auth's `decode` (lib/auth/current-user.ts), not through
    // these callbacks: it carries only sub, sid and authAt.
    jwt: ({ token, user }) => {
      if (!user) return token;
      const u = user as { id: string; sid?: string; authAt?: number };
      return { sub: u.id, sid: u.sid, authAt: u.authAt };
    },
    session: ({ session, token }) =>
      ({ expires: session.expires, user: { id: token.sub, sid: token.sid, authAt: token.authAt } }) as typeof session,
  },
  events: {
    // 退出登录 ends the session on the server: the old cookie is refused from then on.
    async signOut({ token }) {
      const sid = (token as { sid?: unknown } | null)?.sid;
      const userId = (token as { sub?: unknown } | null)?.sub;
      if (typeof sid !== "string" || typeof userId !== "string") return;
      if (await endSession(sid, "logout")) {
        await audit(db as unknown as Tx, { actorId: userId, action: "auth.logout", entityType: "User", entityId: userId });
      }
    },
  },
};
