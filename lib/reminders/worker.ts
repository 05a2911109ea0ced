/**
 * The reminder worker: a pg-boss queue in PostgreSQL (schema "pgboss") runs the sweep every
 * minute from a cron schedule kept in the database, so nothing depends on a timer in a web
 * process, a restart loses nothing, and several workers may run side by side (each reminder
 * row is locked while it is sent). A sweep that fails is retried by the queue.
 */
import "server-only";
import PgBoss from "pg-boss";
import { deliverDueReminders } from "./deliver";
import { QUEUE_SCHEMA, SWEEP_QUEUE } from "./queue";

export { SWEEP_QUEUE };

export type SweepJob = {
  /** Sweep as of this instant instead of now: catching up by hand, and tests driving the clock. */
  asOf?: string;
};

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
  await boss.work<SweepJob>(SWEEP_QUEUE, { pollingIntervalSeconds: opts.pollingIntervalSeconds ?? 2, batchSize: 1 }, async ([job]) => {
    const asOf = job.data?.asOf ? new Date(job.data.asOf) : undefined;
    const r = await deliverDueReminders({ now: asOf });
    if (r.fired || r.failed) log(`提醒：发出 ${r.fired} 条${r.failed ? `，${r.failed} 条出错待重试` : ""}`);
    return r;
  });
  return { boss, stop: () => boss.stop({ graceful: true, wait: true, timeout: 15_000 }) };
}

export function requestSweep(boss: PgBoss, asOf?: Date) {
  return boss.send(SWEEP_QUEUE, asOf ? { asOf: asOf.toISOString() } : {});
}
