// Server logs: one JSON object per line on stdout (info) or stderr (warn, error), so a log
// collector (journald, Loki, ELK) can filter by request id, level or event without parsing text.
// Callers pass only what is safe to keep: never passwords, tokens, cookies or form contents.

export type LogLevel = "info" | "warn" | "error";

const MAX_MESSAGE = 500;

/** Connection strings and bearer-like secrets that can ride along in an error message. */
const SECRET_PATTERNS: Array<[RegExp, string]> = [
  [/(\w+:\/\/[^:/@\s]+:)[^@\s]+@/g, "$1***@"],
  [/(password|passwd|secret|token)(["']?\s*[:=]\s*["']?)[^\s"',}]+/gi, "$1$2***"],
];

/** An error's message, without credentials, on one bounded line. */
export function safeMessage(err: unknown): string {
  const raw = err instanceof Error ? err.message : String(err);
  const redacted = SECRET_PATTERNS.reduce((text, [pattern, mask]) => text.replace(pattern, mask), raw);
  const oneLine = redacted.replace(/\s+/g, " ").trim();
  return oneLine.length > MAX_MESSAGE ? `${oneLine.slice(0, MAX_MESSAGE)}…` : oneLine;
}

/** Writes `{"time","level","event",...fields}` as one line. */
export function log(level: LogLevel, event: string, fields: Record<string, unknown> = {}): void {
  const line = JSON.stringify({ time: new Date().toISOString(), level, event, ...fields });
  if (level === "info") console.log(line);
  else console.error(line);
}

/** An unexpected error: the id the user sees (digest or error id), the request id and a safe message. */
export function logError(event: string, err: unknown, fields: Record<string, unknown> = {}): void {
  log("error", event, { ...fields, name: err instanceof Error ? err.name : typeof err, message: safeMessage(err) });
}
