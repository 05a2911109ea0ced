// `migrate(url, appRole?)`, run as the database owner: applies prisma/migrations with
// `prisma migrate deploy` (JS schema engine through the patched @prisma/adapter-pg, see
// prisma.config.ts), output on our stdio; creates or upgrades the reminder queue's schema
// (pg-boss, lib/jobs/queue.ts); then gives the application role its rights on what
// exists now (scripts/db-roles.ts).
//
// As a script (`npm run db:migrate`): migrates DATABASE_URL (the owner's connection), or the
// embedded development database (.data/pg, as `npm start` uses) when DATABASE_URL is unset.
// APP_DB_ROLE names the application role to grant (the embedded database: zugong_app).
//
// Note: each `prisma migrate deploy` (6.19, JS engine) lingers ~10 s after its
// work before exiting (a pending timer inside the schema engine's WebAssembly).
import path from "node:path";
import { pathToFileURL } from "node:url";
import { installQueue } from "../lib/jobs/queue.ts";
import { APP_ROLE, grantAppRole } from "./db-roles.ts";
import { DEV_DATABASE, ensureDatabase } from "./db.ts";
import { ROOT, bin, run } from "./proc.ts";

export { ROOT, bin };

export async function migrate(url: string, appRole?: string): Promise<void> {
  const code = await run(bin("prisma"), ["migrate", "deploy"], {
    env: { ...process.env, DATABASE_URL: url, PRISMA_HIDE_UPDATE_MESSAGE: "1", CHECKPOINT_DISABLE: "1" },
  });
  if (code !== 0) throw new Error(`prisma migrate deploy failed (exit code ${code})`);
  await installQueue(url);
  if (appRole) {
    await grantAppRole(url, appRole);
    console.log(`Granted ${appRole} read/write on the tables of public and pgboss.`);
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  const db = await ensureDatabase(DEV_DATABASE);
  let code = 0;
  try {
    await migrate(db.url, process.env.APP_DB_ROLE || (db.embedded ? APP_ROLE : undefined));
  } catch (err) {
    console.error((err as Error).message);
    code = 1;
  } finally {
    await db.stop();
  }
  process.exit(code);
}
