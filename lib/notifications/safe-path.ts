/**
 * Where opening a notification may go: only a path inside the system ("/drafts/…"). Anything
 * else, including "//evil.com" and "/\\evil.com" (browsers read a backslash as a slash, so
 * both leave the site), falls back to the notification list.
 */
export function safeInternalPath(href: string | null | undefined): string {
  // Control characters are refused too: browsers drop tabs and newlines, so "/\t/evil.com" is "//evil.com".
  return typeof href === "string" && /^\/(?![\/\\])/.test(href) && !/[\u0000-\u001f\u007f]/.test(href) ? href : "/notifications";
}
