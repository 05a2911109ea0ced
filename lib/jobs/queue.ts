/**
 * The background queues' place in PostgreSQL: pg-boss keeps its tables in the schema "pgboss".
 * Creating or upgrading that schema and the queue is DDL, so it runs with the migrations as the
 * database owner (scripts/migrate.ts); the worker then connects as the application role, which
 * may only read and write rows.
 */
import "server-only";
import PgBoss from "pg-boss";

/** Every minute: deliver the reminders that fell due. */
export const SWEEP_QUEUE = "reminders-sweep";
/** The similarity index's full build (lib/similarity/build.ts): one at a time, at most one waiting. */
export const SIMILARITY_QUEUE = "similarity-index";
export const QUEUE_SCHEMA = "pgboss";

export async function installQueue(connectionString: string): Promise<void> {
  const boss = new PgBoss({ connectionString, schema: QUEUE_SCHEMA, application_name: "zugong-migrate", max: 1, supervise: false, schedule: false });
  await boss.start();
  try {
    if (!(await boss.getQueue(SWEEP_QUEUE))) {
      await boss.createQueue(SWEEP_QUEUE, { name: SWEEP_QUEUE, retryLimit: 5, retryDelay: 30, expireInSeconds: 600 });
    }
    if (!(await boss.getQueue(SIMILARITY_QUEUE))) {
      // Each job runs at most 5 minutes (lib/jobs/worker.ts); an expired or failed one is
      // retried and goes on from the build's cursor.
      await boss.createQueue(SIMILARITY_QUEUE, { name: SIMILARITY_QUEUE, policy: "stately", retryLimit: 10, retryDelay: 60, expireInSeconds: 15 * 60 });
    }
  } finally {
    await boss.stop({ graceful: false, wait: true });
  }
}
