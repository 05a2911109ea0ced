/**
 * The full build of the similarity index (DraftSimilarityBand for every draft), run by the
 * background worker in batches instead of by the web server at start: on a database with 60k
 * drafts it takes minutes, and pages must be served meanwhile.
 *
 * The one row of SimilarityIndexBuild holds the progress. Each batch locks it, indexes the next
 * drafts after its cursor and moves the cursor in the same transaction, so a restarted worker
 * goes on where the last one stopped, and two workers never index the same batch twice.
 * Drafts written meanwhile are indexed by indexDraft() as always, whichever side of the cursor
 * they fall on.
 */
import "server-only";
import { db, type Tx } from "@/lib/db";
import { sql } from "@/lib/sql";
import { bands } from "./minhash";
import { similarityText } from "./index";

export type IndexBuildState = "waiting" | "building" | "done";

export type IndexBuildStatus = {
  state: IndexBuildState;
  done: number;
  total: number;
  requestedAt: Date;
  startedAt: Date | null;
  finishedAt: Date | null;
};

/** Asks for a full rebuild from the first draft, in the caller's transaction: the worker picks it up. */
export async function requestIndexBuild(tx: Tx, now = new Date()): Promise<void> {
  const total = await tx.draft.count();
  const reset = { requestedAt: now, startedAt: null, finishedAt: null, total, done: 0, cursor: null };
  await tx.similarityIndexBuild.upsert({ where: { id: 1 }, create: { id: 1, ...reset }, update: reset });
}

/**
 * First start on drafts that have no bands yet (a restored backup, an upgrade from before the
 * index, the benchmark's generated data): ask for a build. True when one was asked for.
 */
export async function requestIndexBuildIfMissing(): Promise<boolean> {
  if (await db.similarityIndexBuild.findUnique({ where: { id: 1 }, select: { id: true } })) return false;
  const [row] = await db.$queryRaw<Array<{ drafts: boolean; bands: boolean }>>`
    SELECT EXISTS (SELECT 1 FROM "Draft") AS drafts, EXISTS (SELECT 1 FROM "DraftSimilarityBand") AS bands`;
  if (!row.drafts || row.bands) return false;
  await db.$transaction((tx) => requestIndexBuild(tx));
  return true;
}

export async function indexBuildStatus(): Promise<IndexBuildStatus | null> {
  // Beside every draft a reviewer opens: through `sql` (lib/sql.ts).
  const [row] = await sql<{ done: number; total: number; requestedAt: Date; startedAt: Date | null; finishedAt: Date | null }>`
    SELECT done, total, "requestedAt", "startedAt", "finishedAt" FROM "SimilarityIndexBuild" WHERE id = 1`;
  if (!row) return null;
  const state: IndexBuildState = row.finishedAt ? "done" : row.startedAt ? "building" : "waiting";
  return { state, done: row.done, total: row.total, requestedAt: row.requestedAt, startedAt: row.startedAt, finishedAt: row.finishedAt };
}

/** True while a requested build has not finished: the worker should run one. */
export async function indexBuildPending(): Promise<boolean> {
  const row = await db.similarityIndexBuild.findUnique({ where: { id: 1 }, select: { finishedAt: true } });
  return row !== null && row.finishedAt === null;
}

/**
 * Indexes the next `batch` drafts after the cursor. Returns how many it indexed: 0 when the
 * build is finished (or none was asked for).
 */
async function indexNextBatch(batch: number): Promise<{ indexed: number; done: number; total: number }> {
  return db.$transaction(async (tx) => {
    const [state] = await tx.$queryRaw<Array<{ cursor: string | null; finishedAt: Date | null }>>`
      SELECT "cursor", "finishedAt" FROM "SimilarityIndexBuild" WHERE id = 1 FOR UPDATE`;
    if (!state || state.finishedAt) return { indexed: 0, done: 0, total: 0 };
    const drafts = await tx.draft.findMany({
      select: { id: true, title: true, body: true },
      where: state.cursor ? { id: { gt: state.cursor } } : {},
      orderBy: { id: "asc" },
      take: batch,
    });
    const now = new Date();
    if (drafts.length === 0) {
      const row = await tx.similarityIndexBuild.update({ where: { id: 1 }, data: { finishedAt: now } });
      return { indexed: 0, done: row.done, total: row.total };
    }
    const draftIds: string[] = [];
    const bandNos: number[] = [];
    const hashes: number[] = [];
    for (const d of drafts) {
      for (const b of bands(similarityText(d))) {
        draftIds.push(d.id);
        bandNos.push(b.band);
        hashes.push(b.hash);
      }
    }
    const ids = drafts.map((d) => d.id);
    // Three array parameters instead of one per value: a batch is two statements.
    await tx.$executeRaw`DELETE FROM "DraftSimilarityBand" WHERE "draftId" = ANY(${ids}::uuid[])`;
    await tx.$executeRaw`
      INSERT INTO "DraftSimilarityBand" ("draftId", band, hash)
      SELECT * FROM unnest(${draftIds}::uuid[], ${bandNos}::int[], ${hashes}::int[])`;
    const [row] = await tx.$queryRaw<Array<{ done: number; total: number }>>`
      UPDATE "SimilarityIndexBuild"
      SET "cursor" = ${ids[ids.length - 1]}::uuid, done = done + ${drafts.length},
          "startedAt" = coalesce("startedAt", ${now}), "updatedAt" = ${now}
      WHERE id = 1
      RETURNING done, total`;
    return { indexed: drafts.length, done: row.done, total: row.total };
  });
}

export type RunOptions = {
  /** Drafts per transaction. */
  batch?: number;
  /** After each batch: how many of how many drafts the build has indexed so far. */
  progress?: (done: number, total: number) => void;
  /** Stop after the batch that ends past this instant: the worker runs the build in bounded jobs. */
  stopAt?: Date;
  /** Stop after the current batch: the worker is shutting down. */
  signal?: AbortSignal;
};

/**
 * Runs the requested build, batch by batch, to its end or until `stopAt` / `signal` says stop.
 * Returns how many drafts this call indexed.
 */
export async function runIndexBuild(opts: RunOptions = {}): Promise<number> {
  const { batch = 500, progress, stopAt, signal } = opts;
  let indexed = 0;
  while (!signal?.aborted && !(stopAt && Date.now() >= stopAt.getTime())) {
    const step = await indexNextBatch(batch);
    indexed += step.indexed;
    if (step.indexed > 0) progress?.(step.done, step.total);
    if (step.indexed === 0) break;
  }
  return indexed;
}

/** Rebuilds the bands of every draft now, in this process (tests, the benchmark). */
export async function reindexAll(batch = 500, progress?: RunOptions["progress"]): Promise<number> {
  await db.$transaction((tx) => requestIndexBuild(tx));
  return runIndexBuild({ batch, progress });
}
