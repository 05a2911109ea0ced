/**
 * Text as it may be stored: no NUL or other control characters (PostgreSQL refuses NUL in
 * text; the rest are never typed by a person) except tab and line breaks, and no lone UTF-16
 * surrogates (half an emoji, which PostgreSQL's UTF-8 cannot hold).
 */
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export function cleanText(text: string): string {
  return text.replace(CONTROL, "").replace(LONE_SURROGATE, "");
}

/** Cleans every string inside plain objects and arrays, in one place for all action input. */
export function cleanInput<T>(value: T, depth = 0): T {
  if (typeof value === "string") return cleanText(value) as T;
  if (depth > 32 || value === null || typeof value !== "object") return value;
  if (Array.isArray(value)) return value.map((v) => cleanInput(v, depth + 1)) as T;
  if (Object.getPrototypeOf(value) !== Object.prototype && Object.getPrototypeOf(value) !== null) return value;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) out[cleanText(k)] = cleanInput(v, depth + 1);
  return out as T;
}
