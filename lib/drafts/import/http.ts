/**
 * The small decisions of the 导入 Word route (app/api/drafts/import/route.ts), kept here so
 * they can be tested without a server: the upload limit from the environment, the request's
 * declared length, the same-origin check, and the HTTP status of an error.
 */
import { ConflictError, DomainError, ForbiddenError, NotFoundError, ValidationError } from "@/lib/errors";

const DEFAULT_UPLOAD_MAX_MB = 20;

/** UPLOAD_MAX_MB as a number of megabytes: anything that is not a positive number gives 20. */
export function uploadMaxMb(value: string | undefined): number {
  if (value === undefined || value.trim() === "") return DEFAULT_UPLOAD_MAX_MB;
  const mb = Number(value);
  return Number.isFinite(mb) && mb > 0 ? mb : DEFAULT_UPLOAD_MAX_MB;
}

/** A Content-Length header as a byte count, or null when missing or not a plain non-negative integer. */
export function contentLength(header: string | null): number | null {
  if (header === null || !/^\s*\d{1,15}\s*$/.test(header)) return null;
  return Number(header);
}

/**
 * Whether a request may come from this site: no Origin header (not a browser's cross-site
 * request), or an Origin whose host (and port) is the request's Host. An Origin of "null"
 * (a sandboxed frame, a file) or one that does not parse is refused.
 */
export function sameOrigin(origin: string | null, host: string | null): boolean {
  if (origin === null) return true;
  if (!host) return false;
  let from: URL;
  let to: URL;
  try {
    from = new URL(origin);
    // The Host header read with the Origin's scheme, so default ports compare equal.
    to = new URL(`${from.protocol}//${host.trim()}`);
  } catch {
    return false;
  }
  if (from.protocol !== "http:" && from.protocol !== "https:") return false;
  return to.host !== "" && from.host === to.host;
}

/** The status an import failure answers with; anything unexpected is a 500. */
export function errorStatus(error: unknown): number {
  if (error instanceof ValidationError) return 400;
  if (error instanceof ForbiddenError) return 403;
  if (error instanceof NotFoundError) return 404;
  if (error instanceof ConflictError) return 409;
  if (error instanceof DomainError) return 400;
  return 500;
}
