import { randomUUID } from "node:crypto";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { verifyLogin } from "./login";

export const authOptions: NextAuthOptions = {
  session: { strategy: "jwt", maxAge: 10 * 60 * 60 },
  pages: { signIn: "/login" },
  providers: [
    CredentialsProvider({
      name: "账号密码",
      credentials: { username: { label: "用户名", type: "text" }, password: { label: "密码", type: "password" } },
      async authorize(credentials) {
        let result;
        try {
          result = await verifyLogin(credentials?.username ?? "", credentials?.password ?? "");
        } catch (error) {
          // next-auth hands a thrown message to the browser: only codes may leave here.
          console.error(`[error ${randomUUID().slice(0, 8)}] login failed`, error);
          throw new Error("ERROR");
        }
        if (result.ok) return { id: result.userId };
        // The client maps these codes to Chinese messages; both hide whether the user exists.
        throw new Error(result.reason === "locked" ? "LOCKED" : "INVALID");
      },
    }),
  ],
  callbacks: {
    // The token carries the user id and when they logged in; roles, unit and active status
    // are read from the database on every request.
    jwt: ({ token, user }) => (user ? { sub: user.id, authAt: Date.now() } : token),
    session: ({ session, token }) => ({ expires: session.expires, user: { id: token.sub, authAt: token.authAt } }) as typeof session,
  },
};
