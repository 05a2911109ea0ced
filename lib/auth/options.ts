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
        const result = await verifyLogin(credentials?.username ?? "", credentials?.password ?? "");
        if (result.ok) return { id: result.userId };
        // The client maps these codes to Chinese messages; both reasons hide whether the user exists.
        throw new Error(result.reason === "locked" ? "LOCKED" : "INVALID");
      },
    }),
  ],
  callbacks: {
    // The token carries only the user id: roles, unit and active status are read from the database on every request.
    jwt: ({ token, user }) => (user ? { sub: user.id, iat: token.iat, exp: token.exp, jti: token.jti } : token),
    session: ({ session, token }) => ({ expires: session.expires, user: { id: token.sub } }) as typeof session,
  },
};
