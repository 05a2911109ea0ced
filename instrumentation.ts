import type { Instrumentation } from "next";

/** Runs once when the server starts: request ids, security headers, the request log, JSON error lines. */
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { observeRequests } = await import("./lib/http/observe-requests");
  const { jsonConsole } = await import("./lib/http/json-console");
  observeRequests();
  jsonConsole();
}

/** Next reports one failure once per render pass it breaks (the page and its RSC payload): log it once. */
const reported = new WeakSet<object>();

/**
 * One JSON line per unexpected error in a page, route handler, server action or the proxy. `digest`
 * is the 错误编号 app/error.tsx shows, so an operator finds the line a user quotes.
 */
export const onRequestError: Instrumentation.onRequestError = async (error, request, context) => {
  if (typeof error === "object" && error !== null) {
    if (reported.has(error)) return;
    reported.add(error);
  }
  const { logError } = await import("./lib/log");
  const digest = (error as { digest?: unknown }).digest;
  const id = request.headers["x-request-id"];
  logError("request-error", error, {
    id: Array.isArray(id) ? id[0] : id,
    digest: typeof digest === "string" ? digest : undefined,
    method: request.method,
    path: request.path.split("?")[0],
    route: context.routePath,
    routeType: context.routeType,
  });
};
