/**
 * A search over a record's title and text: a case-insensitive substring match, which is what
 * Chinese needs (搜 "党建" finds "基层党建"). Fits drafts and issue items alike.
 */
export function titleOrBody(q: string | undefined) {
  if (!q) return {};
  const contains = { contains: q, mode: "insensitive" as const };
  return { OR: [{ title: contains }, { body: contains }] };
}

/** The same search as an `ILIKE` pattern, for SQL written by hand (lib/sql.ts): % and _ in it match themselves. */
export function likePattern(q: string | undefined): string | null {
  return q ? `%${q.replace(/[\\%_]/g, "\\$&")}%` : null;
}
