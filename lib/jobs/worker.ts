/**
 * The background worker: pg-boss queues in PostgreSQL (schema "pgboss").
 * - The reminder sweep runs every minute from a cron schedule kept in the database, so nothing
 *   depends on a timer in a web process, a restart loses nothing, and several workers may run
 *   side by side (each reminder row is locked while it is sent). A failed sweep is retried.
 * - The similarity index's full build (lib/similarity/build.ts) runs when one was asked for: at
 *   the worker's start, or within a minute of the administrator's request (the sweep looks).
 */
import "server-only";
import PgBoss from "pg-boss";
import { deliverDueReminders } from "@/lib/reminders/deliver";
import { indexBuildPending, runIndexBuild } from "@/lib/similarity/build";
import { QUEUE_SCHEMA, SIMILARITY_QUEUE, SWEEP_QUEUE } from "./queue";

export { SIMILARITY_QUEUE, SWEEP_QUEUE };

export type SweepJob = {
  /** Sweep as of this instant instead of now: catching up by hand, and tests driving the clock. */
  asOf?: string;
};

/** How long one index build job runs before it hands over to the next. */
const INDEX_RUN_MS = 5 * 60_000;

export type Worker = { boss: PgBoss; stop: () => Promise<void> };

export async function startWorker(opts: {
  connectionString: string;
  pollingIntervalSeconds?: number;
  /** false: only work jobs sent by hand (tests), no cron schedule. */
  schedule?: boolean;
  log?: (msg: string) => void;
}): Promise<Worker> {
  const log = opts.log ?? (() => {});
  // The schema and the queue exist already (installQueue, run with the migrations): migrate:
  // false keeps the worker, which runs as the application role, from trying any DDL.
  const boss = new PgBoss({ connectionString: opts.connectionString, schema: QUEUE_SCHEMA, application_name: "zugong-worker", max: 3, migrate: false });
  boss.on("error", (err) => log(`任务队列出错：${(err as Error).message}`));
  await boss.start();
  if (opts.schedule !== false) {
    await boss.schedule(SWEEP_QUEUE, "* * * * *", {}, { tz: "Asia/Shanghai", retryLimit: 5, retryDelay: 30 });
    // Catch up at once on what fell due while no worker ran.
    await boss.send(SWEEP_QUEUE, {});
  }
  const stopping = new AbortController();
  await requestIndexBuildRun(boss);
  await boss.work(SIMILARITY_QUEUE, { pollingIntervalSeconds: opts.pollingIntervalSeconds ?? 2, batchSize: 1 }, async () => {
    // Bounded runs: a worker killed mid-build leaves an "active" job behind until it expires
    // (15 minutes), not for the whole build; the next run goes on from the cursor.
    let logged = 0;
    const progress = (done: number, total: number) => {
      if (Date.now() - logged < 10_000) return;
      logged = Date.now();
      log(`相似度索引：已建 ${done}/${total} 篇`);
    };
    const indexed = await runIndexBuild({ progress, stopAt: new Date(Date.now() + INDEX_RUN_MS), signal: stopping.signal });
    if (indexed > 0 && !(await indexBuildPending())) log("相似度索引：已建好");
    await requestIndexBuildRun(boss);
    return { indexed };
  });
  await boss.work<SweepJob>(SWEEP_QUEUE, { pollingIntervalSeconds: opts.pollingIntervalSeconds ?? 2, batchSize: 1 }, async ([job]) => {
    const asOf = job.data?.asOf ? new Date(job.data.asOf) : undefined;
    const r = await deliverDueReminders({ now: asOf });
    if (r.fired || r.failed) log(`提醒：发出 ${r.fired} 条${r.failed ? `，${r.failed} 条出错待重试` : ""}`);
    if (r.more) await boss.send(SWEEP_QUEUE, asOf ? { asOf: asOf.toISOString() } : {});
    await requestIndexBuildRun(boss);
    return r;
  });
  return {
    boss,
    stop: () => {
      stopping.abort();
      return boss.stop({ graceful: true, wait: true, timeout: 15_000 });
    },
  };
}

/** Queues the index build when one is asked for and not finished (the queue keeps at most one waiting). */
async function requestIndexBuildRun(boss: PgBoss): Promise<void> {
  if (await indexBuildPending()) await boss.send(SIMILARITY_QUEUE, {});
}

export function requestSweep(boss: PgBoss, asOf?: Date) {
  return boss.send(SWEEP_QUEUE, asOf ? { asOf: asOf.toISOString() } : {});
}
