// The security headers of every response, in one place: the Node hook (lib/http/observe-requests.ts)
// puts the fixed ones and a nonce-less CSP on every response, the proxy replaces the CSP of pages
// with one carrying that request's nonce. No Next imports: the proxy and unit tests use them alike.
import { createHash } from "node:crypto";
import { SHEET_CSS } from "@/lib/bulletins/print/sheet-css";

export type CspOptions = {
  /** This request's nonce; null for responses no page script runs in (API, static files). */
  nonce: string | null;
  /** `next dev` needs eval for React's debugging aids; production never does. */
  dev: boolean;
  https: boolean;
};

/**
 * The app's own inline `<style>` texts, allowed by hash: a nonce is fresh per request, so a
 * `<style nonce>` that arrives through client-side navigation (an RSC request) would not match the
 * document's nonce. Hashes hold for every request.
 */
const INLINE_STYLE_HASHES = [SHEET_CSS].map((css) => `'sha256-${createHash("sha256").update(css).digest("base64")}'`);

/**
 * Scripts only with the nonce Next puts on its own tags ('strict-dynamic' trusts what they load);
 * `<style>` elements likewise, or by hash (above). Style *attributes* stay allowed (`style-src-attr 'unsafe-inline'`):
 * React renders `style={...}` as attributes (the bulletin sheets position every line that way) and
 * charts size their canvas with them; an attribute cannot carry a nonce, and it cannot run script.
 */
export function contentSecurityPolicy({ nonce, dev, https }: CspOptions): string {
  const withNonce = nonce ? ` 'nonce-${nonce}'` : "";
  const directives = [
    "default-src 'self'",
    `script-src 'self'${withNonce}${nonce ? " 'strict-dynamic'" : ""}${dev ? " 'unsafe-eval'" : ""}`,
    `style-src 'self'${withNonce} ${INLINE_STYLE_HASHES.join(" ")}`,
    "style-src-attr 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    ...(https ? ["upgrade-insecure-requests"] : []),
  ];
  return directives.join("; ");
}

/** Headers that never vary. Permissions-Policy turns off every device and tracking feature the app does not use. */
export const FIXED_SECURITY_HEADERS: Readonly<Record<string, string>> = {
  "X-Frame-Options": "DENY",
  "X-Content-Type-Options": "nosniff",
  "Referrer-Policy": "same-origin",
  "Permissions-Policy": [
    "accelerometer=()",
    "autoplay=()",
    "camera=()",
    "display-capture=()",
    "geolocation=()",
    "gyroscope=()",
    "magnetometer=()",
    "microphone=()",
    "midi=()",
    "payment=()",
    "publickey-credentials-get=()",
    "screen-wake-lock=()",
    "serial=()",
    "usb=()",
    "xr-spatial-tracking=()",
    "browsing-topics=()",
  ].join(", "),
  "Cross-Origin-Opener-Policy": "same-origin",
};

/** One year; browsers ignore the header over plain HTTP, and sending it there would be wrong anyway. */
export const HSTS_VALUE = "max-age=31536000; includeSubDomains";

export type HttpsSignals = {
  nextauthUrl: string | undefined;
  /** TRUST_PROXY=1: a reverse proxy in front sets X-Forwarded-Proto and X-Request-Id, clients cannot. */
  trustProxy: boolean;
  forwardedProto: string | null | undefined;
};

/** Whether the browser reached us over HTTPS: the configured public address says so, or a trusted proxy does. */
export function servedOverHttps({ nextauthUrl, trustProxy, forwardedProto }: HttpsSignals): boolean {
  if (nextauthUrl?.trim().toLowerCase().startsWith("https://")) return true;
  // "https, http" when several proxies append: the first is the one the browser spoke to.
  return trustProxy && forwardedProto?.split(",")[0].trim().toLowerCase() === "https";
}

export function httpsSignalsFromEnv(forwardedProto: string | null | undefined, env = process.env): HttpsSignals {
  return { nextauthUrl: env.NEXTAUTH_URL, trustProxy: env.TRUST_PROXY === "1", forwardedProto };
}

const REQUEST_ID = /^[A-Za-z0-9._:-]{8,128}$/;

/** A trusted proxy's request id when it looks like one (no header injection), else a fresh one. */
export function requestIdFor(incoming: string | null | undefined, trustProxy: boolean): string {
  if (trustProxy && incoming && REQUEST_ID.test(incoming)) return incoming;
  return crypto.randomUUID();
}

/** 128 random bits, base64: unguessable per response. */
export function newNonce(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return btoa(String.fromCharCode(...bytes));
}
