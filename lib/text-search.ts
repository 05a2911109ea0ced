/**
 * A search over a record's title and text: a case-insensitive substring match, which is what
 * Chinese needs (搜 "党建" finds "基层党建"). Fits drafts and issue items alike.
 */
export function titleOrBody(q: string | undefined) {
  if (!q) return {};
  const contains = { contains: q, mode: "insensitive" as const };
  return { OR: [{ title: contains }, { body: contains }] };
}
