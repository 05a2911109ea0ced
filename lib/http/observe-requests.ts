// Every HTTP response of this server, seen from Node's http layer: Next has no hook that reaches
// static files, its own answers to malformed URLs, or the API routes the proxy must skip (it would
// buffer uploads). Node's diagnostics channels see them all, before Next and after the last byte.
import diagnosticsChannel from "node:diagnostics_channel";
import type { IncomingMessage, ServerResponse } from "node:http";
import { log } from "@/lib/log";
import {
  FIXED_SECURITY_HEADERS,
  HSTS_VALUE,
  contentSecurityPolicy,
  httpsSignalsFromEnv,
  requestIdFor,
  servedOverHttps,
} from "./security-headers";

type HttpMessage = { request: IncomingMessage; response: ServerResponse };

const startedAt = new WeakMap<IncomingMessage, number>();
const INSTALLED = Symbol.for("zugong.observe-requests");

function firstHeader(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

function onRequestStart({ request, response }: HttpMessage): void {
  startedAt.set(request, performance.now());
  const env = process.env;
  const id = requestIdFor(firstHeader(request.headers["x-request-id"]), env.TRUST_PROXY === "1");
  // On the incoming headers too, so the proxy, route handlers and onRequestError read the same id.
  request.headers["x-request-id"] = id;
  response.setHeader("X-Request-Id", id);
  for (const [name, value] of Object.entries(FIXED_SECURITY_HEADERS)) response.setHeader(name, value);
  const https = servedOverHttps(httpsSignalsFromEnv(firstHeader(request.headers["x-forwarded-proto"]), env));
  if (https) response.setHeader("Strict-Transport-Security", HSTS_VALUE);
  // Pages get a CSP with their nonce from the proxy instead; this one covers everything else.
  response.setHeader("Content-Security-Policy", contentSecurityPolicy({ nonce: null, dev: false, https }));
}

function onResponseFinish({ request, response }: HttpMessage): void {
  const start = startedAt.get(request);
  log("info", "request", {
    id: firstHeader(request.headers["x-request-id"]),
    method: request.method,
    // The path only: query strings carry search words and names.
    path: (request.url ?? "").split("?")[0],
    status: response.statusCode,
    ms: start === undefined ? undefined : Math.round(performance.now() - start),
  });
}

/** Subscribes once per process (Next may run instrumentation's register more than once in dev). */
export function observeRequests(): void {
  const g = globalThis as { [INSTALLED]?: boolean };
  if (g[INSTALLED]) return;
  g[INSTALLED] = true;
  diagnosticsChannel.subscribe("http.server.request.start", (m) => onRequestStart(m as HttpMessage));
  diagnosticsChannel.subscribe("http.server.response.finish", (m) => onResponseFinish(m as HttpMessage));
}
