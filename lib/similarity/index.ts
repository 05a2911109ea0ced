/**
 * Similar drafts (copied text, the same event reported twice) among every earlier draft,
 * through the LSH bands of DraftSimilarityBand (see ./minhash.ts):
 *
 * - indexDraft(): (re)writes a draft's bands, inside the caller's transaction — call it
 *   wherever a draft's title or body is written.
 * - findSimilar(): drafts of any unit whose text is at least `threshold` similar (exact
 *   Jaccard of 3-character shingles), best first. It returns only what a similarity hint
 *   shows (id, title, unit name, status, date, score, the shared passage); whether the
 *   caller may show it, or link to the draft, is the caller's decision.
 * - the full build of every draft's bands runs in the background worker: see ./build.ts.
 */
import "server-only";
import { db, type Tx } from "@/lib/db";
import { sql } from "@/lib/sql";
import { bands, jaccardAgainst, minSharedBands, sharedPassage } from "./minhash";

export { MIN_LENGTH } from "./minhash";

/** At most this many candidates (those sharing the most bands) are compared in full. */
export const MAX_CANDIDATES = 200;

/** The text a draft is indexed and compared by: its title and body. */
export function similarityText(draft: { title?: string | null; body: string }): string {
  return draft.title ? `${draft.title}\n${draft.body}` : draft.body;
}

/** Replaces the draft's bands (none when its text is too short to compare). */
export async function indexDraft(tx: Tx, draft: { id: string; body: string; title?: string }): Promise<void> {
  const rows = bands(similarityText(draft)).map((b) => ({ draftId: draft.id, band: b.band, hash: b.hash }));
  await tx.draftSimilarityBand.deleteMany({ where: { draftId: draft.id } });
  if (rows.length > 0) await tx.draftSimilarityBand.createMany({ data: rows });
}

export type SimilarDraft = {
  draftId: string;
  title: string;
  unitName: string;
  authorId: string;
  status: string;
  createdAt: Date;
  /** Exact Jaccard similarity, 0..1. */
  score: number;
  /** The longest passage both texts have (相同文字), as written in `text`, possibly cut with "…". */
  shared: string;
};

/**
 * Drafts whose title and body are at least `threshold` similar to `text` (pass
 * `similarityText({ title, body })` of the draft being checked), best first, at most
 * `limit` (default 5). `excludeDraftIds`: the draft being checked itself (and the drafts of its
 * 报送上级 line, which carry the same text).
 *
 * One query finds the drafts sharing bands with the text (only those sharing enough bands
 * to plausibly reach the threshold, see minSharedBands), the MAX_CANDIDATES sharing the
 * most are compared in full. For thresholds of 0.5 and above a pair exactly at the threshold
 * is missed in under 0.5 % of cases, more similar pairs practically never; below 0.5 the
 * bands alone decide (94 % found at 0.4, 68 % at 0.3, see ./minhash.ts).
 */
export async function findSimilar(input: {
  text: string;
  excludeDraftIds?: readonly string[];
  threshold: number;
  limit?: number;
}): Promise<SimilarDraft[]> {
  const limit = input.limit ?? 5;
  const own = bands(input.text);
  if (own.length === 0 || limit <= 0) return [];

  // Beside every draft a reviewer opens: through `sql` (lib/sql.ts).
  const candidates = await sql<{ draftId: string; shared: number }>`
    SELECT b."draftId", count(*)::int AS shared
    FROM unnest(${own.map((b) => b.band)}::int[], ${own.map((b) => b.hash)}::int[]) AS q(band, hash)
    JOIN "DraftSimilarityBand" b ON b.band = q.band AND b.hash = q.hash
    WHERE b."draftId" <> ALL(${input.excludeDraftIds ?? []}::uuid[])
    GROUP BY b."draftId"
    HAVING count(*) >= ${minSharedBands(input.threshold)}
    ORDER BY shared DESC, b."draftId"
    LIMIT ${MAX_CANDIDATES}`;
  if (candidates.length === 0) return [];

  const drafts = await db.draft.findMany({
    where: { id: { in: candidates.map((c) => c.draftId) } },
    select: { id: true, title: true, body: true, status: true, createdAt: true, authorId: true, unit: { select: { name: true } } },
  });
  const against = jaccardAgainst(input.text);
  const scored = drafts
    .map((d) => ({ d, score: against(similarityText(d)) }))
    .filter((s) => s.score >= input.threshold)
    .sort((x, y) => y.score - x.score || y.d.createdAt.getTime() - x.d.createdAt.getTime())
    .slice(0, limit);
  return scored.map(({ d, score }) => ({
    draftId: d.id,
    title: d.title,
    unitName: d.unit.name,
    authorId: d.authorId,
    status: d.status,
    createdAt: d.createdAt,
    score,
    shared: sharedPassage(input.text, d.body),
  }));
}
