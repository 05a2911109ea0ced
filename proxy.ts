import { NextResponse, type NextRequest } from "next/server";

/** Only a redirect for visitors without a session cookie; every page and action checks the user itself. */
export function proxy(request: NextRequest) {
  const hasSession =
    request.cookies.has("next-auth.session-token") || request.cookies.has("__Secure-next-auth.session-token");
  if (hasSession) return NextResponse.next();
  const url = new URL("/login", request.url);
  return NextResponse.redirect(url);
}

// API routes (auth, uploads, downloads) answer 401 themselves; the proxy would buffer uploads.
export const config = { matcher: ["/((?!login|api/|_next|favicon.ico).*)"] };
