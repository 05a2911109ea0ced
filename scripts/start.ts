// `npm start` (production server) and `npm run dev` (= --dev, Next dev server).
//
//   1. database: DATABASE_URL, or an embedded PostgreSQL in .data/pg (port 54329,
//      database "zugong") that keeps its data between runs;
//   2. migrations as the owner (scripts/migrate.ts), then rights for the application role;
//   3. seed (prisma/seed.ts, idempotent; demo data with the embedded database or DEMO_DATA=1);
//   4. `next build` when there is no build yet (.next/BUILD_ID) or with --rebuild;
//   5. the reminder worker (scripts/worker.ts, a pg-boss queue in the same database);
//   6. `next start -p $PORT` (default 3000) in WEB_PROCESSES processes, or `next dev` with --dev.
// With the embedded database, 5 and 6 connect as the application role zugong_app
// (scripts/db-roles.ts), not as the owner.
//
// NEXTAUTH_SECRET: generated once into .data/secret unless set. NEXTAUTH_URL:
// http://localhost:$PORT unless set. Ctrl-C / SIGTERM stop Next, then PostgreSQL.
import os from "node:os";
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { APP_ROLE } from "./db-roles.ts";
import { DEV_DATABASE, ensureDatabase, isShuttingDown } from "./db.ts";
import { migrate } from "./migrate.ts";
import { ROOT, bin, heading, run, start, stopChild } from "./proc.ts";
import { sourceStamp, stampFile } from "./source-stamp.ts";

const args = new Set(process.argv.slice(2));
const dev = args.has("--dev");
const rebuild = args.has("--rebuild");
const port = process.env.PORT || "3000";
/**
 * One process per core unless WEB_PROCESSES says otherwise: on the quiet 2-core machine
 * (`npm run -s bench:http` against `-- --processes 2`, 2026-12-02) two processes doubled /login
 * (153 -> 303 requests/s), 消息 (74 -> 140) and the ranking (30 -> 59) at 20 connections, and
 * slowed no page.
 */
const DEFAULT_WEB_PROCESSES = os.availableParallelism();

process.chdir(ROOT);
process.env.NEXT_TELEMETRY_DISABLED = "1";

function authSecret(): string {
  if (process.env.NEXTAUTH_SECRET) return process.env.NEXTAUTH_SECRET;
  const file = path.join(ROOT, ".data", "secret");
  try {
    const existing = fs.readFileSync(file, "utf8").trim();
    if (existing) return existing;
  } catch {
    /* first run */
  }
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const secret = crypto.randomBytes(32).toString("base64url");
  fs.writeFileSync(file, secret + "\n", { mode: 0o600 });
  console.log(`Generated NEXTAUTH_SECRET into ${path.relative(ROOT, file)} (kept for later starts).`);
  return secret;
}

heading("Database");
const db = await ensureDatabase(DEV_DATABASE);
console.log(db.embedded ? `Embedded PostgreSQL: ${db.url.replace(/:[^:@/]*@/, ":***@")}` : "Using DATABASE_URL.");

async function finish(code: number): Promise<never> {
  await db.stop();
  process.exit(code);
}

try {
  heading("Migrations");
  await migrate(db.url, db.appUrl ? APP_ROLE : process.env.APP_DB_ROLE);

  heading("Seed");
  process.env.DATABASE_URL = db.url;
  const demo = db.embedded || process.env.DEMO_DATA === "1";
  const { default: seed } = (await import("../prisma/seed.ts")) as {
    default: (o: { demo: boolean; work?: boolean }) => Promise<void>;
  };
  await seed({ demo });
  console.log(`Seed done${demo ? " (with demo data)" : ""}.`);
} catch (err) {
  console.error(err instanceof Error ? err.message : err);
  await finish(1);
}

const env: NodeJS.ProcessEnv = {
  ...process.env,
  // The embedded database: the app and the worker connect as the application role.
  DATABASE_URL: db.appUrl ?? db.url,
  NEXTAUTH_SECRET: authSecret(),
  NEXTAUTH_URL: process.env.NEXTAUTH_URL || `http://localhost:${port}`,
  NEXT_TELEMETRY_DISABLED: "1",
  PORT: port,
};

const hasBuild = fs.existsSync(path.join(ROOT, ".next", "BUILD_ID"));
const stamp = dev ? "" : sourceStamp(ROOT);
const stale = hasBuild && (!fs.existsSync(stampFile(ROOT)) || fs.readFileSync(stampFile(ROOT), "utf8") !== stamp);
if (!dev && (rebuild || !hasBuild || stale)) {
  heading("Build");
  console.log(
    rebuild
      ? "Rebuilding the app (next build)..."
      : stale
        ? "The code changed since the last build: rebuilding the app (next build)..."
        : "No build found: the first start builds the app (next build), this takes a minute or two...",
  );
  const code = await run(bin("next"), ["build"], { env: { ...env, NODE_ENV: "production" } });
  if (code !== 0) {
    if (!isShuttingDown()) console.error(`next build failed (exit code ${code})`);
    await finish(code);
  }
  fs.writeFileSync(stampFile(ROOT), stamp);
}

heading("Reminder worker");
const worker = start(bin("tsx"), ["--conditions=react-server", "scripts/worker.ts"], { env });

// WEB_PROCESSES: how many `next start` processes share the port (scripts/web-cluster.ts).
const processes = dev ? 1 : Math.max(1, Number(process.env.WEB_PROCESSES) || DEFAULT_WEB_PROCESSES);
heading(dev ? `Next dev server on port ${port}` : `Next server on port ${port}${processes > 1 ? ` (${processes} processes)` : ""}`);
console.log(`Open ${env.NEXTAUTH_URL}`);
const code = dev
  ? await run(bin("next"), ["dev", "-p", port], { env })
  : await run(bin("tsx"), ["scripts/web-cluster.ts", String(processes), "start", "-p", port], { env });
await stopChild(worker.child);
if (!isShuttingDown()) await finish(code);
