import { NextResponse, type NextRequest } from "next/server";
import { contentSecurityPolicy, httpsSignalsFromEnv, newNonce, servedOverHttps } from "@/lib/http/security-headers";

const SESSION_COOKIES = ["next-auth.session-token", "__Secure-next-auth.session-token"];

/** No page answers here: private folders (`_name`) never become routes, so Next renders app/not-found.tsx. */
const NOT_FOUND_PATH = "/_bad-url";

function decodes(pathname: string): boolean {
  try {
    decodeURIComponent(pathname);
    return true;
  } catch {
    return false;
  }
}

/**
 * For every page request: a CSP whose nonce Next puts on its own scripts and styles (it reads the
 * nonce from the request's CSP header), and a redirect to /login for visitors without a session
 * cookie. The redirect is only a convenience: every page and action checks the user itself.
 * For every request it reaches: a path that is not valid percent-encoding gets a Chinese answer
 * here, because Next would fail to decode it into a route parameter and answer a bare 500.
 * The other security headers come from lib/http/observe-requests.ts.
 */
export function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl;
  const isApi = pathname.startsWith("/api/");
  if (!decodes(pathname)) {
    if (isApi) return NextResponse.json({ error: "地址有误，请检查链接是否完整" }, { status: 400 });
    return withCsp(request, (headers) => NextResponse.rewrite(new URL(NOT_FOUND_PATH, request.url), { request: { headers } }));
  }
  // API routes answer 401 themselves and keep their nonce-less CSP (they render no page).
  if (isApi) return NextResponse.next();

  const hasSession = SESSION_COOKIES.some((name) => request.cookies.has(name));
  if (!hasSession && pathname !== "/login") {
    return withCsp(request, () => NextResponse.redirect(new URL("/login", request.url)));
  }
  return withCsp(request, (headers) => NextResponse.next({ request: { headers } }));
}

/** Puts a fresh nonce CSP on both the request (where Next reads it) and the response. */
function withCsp(request: NextRequest, respond: (requestHeaders: Headers) => NextResponse): NextResponse {
  const nonce = newNonce();
  const https = servedOverHttps(httpsSignalsFromEnv(request.headers.get("x-forwarded-proto")));
  const csp = contentSecurityPolicy({ nonce, dev: process.env.NODE_ENV === "development", https });
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("Content-Security-Policy", csp);
  const response = respond(requestHeaders);
  response.headers.set("Content-Security-Policy", csp);
  return response;
}

// Everything but build assets, the app icon (the login page shows it before any session) and the
// uploads, the Word import, a placement's evidence and training materials (the proxy would buffer their bodies, and cut
// them at 10 MB); those keep the nonce-less CSP and the other headers from lib/http/observe-requests.ts.
export const config = { matcher: ["/((?!api/drafts/import|api/placements/report|api/training/upload|_next/static/|_next/image|favicon.ico|icon.svg).*)"] };
