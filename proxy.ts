import { NextResponse, type NextRequest } from "next/server";

/** Only a redirect for visitors without a session cookie; every page and action checks the user itself. */
export function proxy(request: NextRequest) {
  const hasSession =
    request.cookies.has("next-auth.session-token") || request.cookies.has("__Secure-next-auth.session-token");
  if (hasSession) return NextResponse.next();
  const url = new URL("/login", request.url);
  return NextResponse.redirect(url);
}

export const config = { matcher: ["/((?!login|api/auth|_next|favicon.ico).*)"] };
