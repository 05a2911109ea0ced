// What the benchmark scripts share: migrating their own database only when needed, and
// the percentile figures they print.
import fs from "node:fs";
import path from "node:path";
import pg from "pg";
import { type DatabaseHandle, type EnsureDatabaseOptions, startEmbedded } from "../db.ts";
import { ROOT, migrate } from "../migrate.ts";

async function migratedAlready(url: string): Promise<boolean> {
  const wanted = fs
    .readdirSync(path.join(ROOT, "prisma/migrations"), { withFileTypes: true })
    .filter((e) => e.isDirectory())
    .map((e) => e.name);
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ name: string }>(
      `SELECT migration_name AS name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`,
    );
    const done = new Set(rows.map((x) => x.name));
    return wanted.every((m) => done.has(m));
  } catch {
    return false;
  } finally {
    await client.end();
  }
}

/** `prisma migrate deploy` lingers ~10 s even with nothing to do: skip it when every migration is in. */
export async function migrateIfNeeded(url: string): Promise<void> {
  if (await migratedAlready(url)) console.log("Database already migrated.");
  else await migrate(url);
}

export function stats(times: number[]) {
  const s = [...times].sort((a, b) => a - b);
  const at = (q: number) => s[Math.min(s.length - 1, Math.max(0, Math.ceil(q * s.length) - 1))];
  return { p50: at(0.5), p95: at(0.95), max: s[s.length - 1] };
}

export const ms = (x: number) => `${x.toFixed(1).padStart(6)} ms`;

/**
 * Runs a benchmark on its own embedded PostgreSQL (never DATABASE_URL: generated data must
 * not land in a real database), stopping the server however the run ends.
 */
export async function runBench(db: Pick<EnsureDatabaseOptions, "dataDir" | "port" | "database" | "postgresFlags">, main: (handle: DatabaseHandle) => Promise<void>): Promise<never> {
  delete process.env.DATABASE_URL;
  const handle = await startEmbedded({ ...db, dataDir: path.join(ROOT, db.dataDir) });
  let code = 0;
  try {
    await main(handle);
  } catch (err) {
    console.error(err);
    code = 1;
  } finally {
    await handle.stop();
  }
  process.exit(code);
}
