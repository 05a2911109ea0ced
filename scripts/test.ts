// `npm test`: every test suite against a real PostgreSQL.
//
//   npm test                     lint + unit + integration + e2e (SKIP_E2E=1: no e2e)
//   npm test -- lint             only the static checks: tsc, eslint, the import graph (= `npm run lint`)
//   npm test -- unit             only unit tests (lib/, scripts/ and components/ **/*.test.ts; no database)
//   npm test -- integration      only integration tests (tests/integration)
//   npm test -- e2e              only browser tests (tests/e2e, Playwright)
//   npm test -- unit integration ...sections can be combined.
// Other arguments go to vitest (or to playwright when e2e is the only section),
// e.g. `npm test -- unit lib/foo.test.ts`.
//
// Database: an embedded PostgreSQL in .data/pg-test (127.0.0.1:54339) unless
// TEST_DATABASE_URL is given. DATABASE_URL is never used here, so a real
// server is never wiped. Each run drops and recreates the test database
// (zugong_test, or the one in TEST_DATABASE_URL) and migrates it; it is the template
// of the integration workers' databases (TEST_WORKERS of them, 2 by default, running
// their files side by side: zugong_test_1, zugong_test_2, see tests/integration/setup.ts).
// e2e uses another copy on the same server, zugong_e2e, with demo data, served by
// `next start` on 127.0.0.1:3100 in two processes sharing the port as `npm start` runs it
// (scripts/web-cluster.ts; E2E_WEB_PROCESSES changes the count), so every browser test also
// checks that a session, a form's edit lock and the like hold whichever process answers.
// Built into .next-test (a running `npm start` keeps its .next). TEST_PG_PORT and E2E_PORT
// move those ports (two checkouts testing side by side).
import crypto from "node:crypto";
import fs from "node:fs";
import net from "node:net";
import path from "node:path";
import pg from "pg";
import {
  type DatabaseHandle,
  databaseName,
  isShuttingDown,
  recreateDatabase,
  startEmbedded,
  withDatabase,
} from "./db.ts";
import { APP_ROLE } from "./db-roles.ts";
import { migrate } from "./migrate.ts";
import { workerDatabaseUrl } from "../tests/integration/worker-database.ts";
import { ROOT, bin, heading, run, start, stopChild } from "./proc.ts";

process.chdir(ROOT);
process.env.NEXT_TELEMETRY_DISABLED = "1";

const SECTIONS = ["lint", "unit", "integration", "e2e"] as const;
type Section = (typeof SECTIONS)[number];

const argv = process.argv.slice(2);
const chosen = new Set(argv.filter((a): a is Section => (SECTIONS as readonly string[]).includes(a)));
const extraArgs = argv.filter((a) => !(SECTIONS as readonly string[]).includes(a));
const skipE2e = process.env.SKIP_E2E === "1";
const sections = new Set<Section>(
  chosen.size > 0 ? chosen : (["lint", "unit", "integration", ...(skipE2e ? [] : ["e2e"])] as Section[]),
);

/** Integration test files run in this many processes at once, each on its own copy of the migrated database. */
const TEST_WORKERS = Math.max(1, Number(process.env.TEST_WORKERS) || 2);
const E2E_PORT = Number(process.env.E2E_PORT) || 3100;
const E2E_WEB_PROCESSES = Math.max(1, Number(process.env.E2E_WEB_PROCESSES) || 2);
const E2E_ORIGIN = `http://127.0.0.1:${E2E_PORT}`;
const E2E_DIST_DIR = ".next-test";
const REPORTS = path.join(ROOT, ".data", "reports");

interface Result {
  name: string;
  code: number;
  passed: number;
  failed: number;
  skipped: number;
  note?: string;
}
const results: Result[] = [];

/** Wall time of each part of the run, for the summary (what got slower, what a change saved). */
const times: Array<[part: string, seconds: number]> = [];
async function timed<T>(part: string, fn: () => Promise<T>): Promise<T> {
  const began = Date.now();
  try {
    return await fn();
  } finally {
    times.push([part, (Date.now() - began) / 1000]);
  }
}

function record(r: Result): number {
  // A failing step without failing tests (crash, build error...) still counts as one failure.
  if (r.code !== 0 && r.failed === 0) r.failed = 1;
  results.push(r);
  return r.code;
}

function readJson<T>(file: string): T | undefined {
  try {
    return JSON.parse(fs.readFileSync(file, "utf8")) as T;
  } catch {
    return undefined;
  }
}

const redact = (url: string) => url.replace(/:[^:@/]*@/, ":***@");

if (process.env.DATABASE_URL) {
  console.log("Note: DATABASE_URL is ignored by the tests (use TEST_DATABASE_URL for your own test server).");
}
delete process.env.DATABASE_URL;
fs.rmSync(REPORTS, { recursive: true, force: true });
fs.mkdirSync(REPORTS, { recursive: true });

let db: DatabaseHandle | undefined;
/** The embedded test cluster has the application role; a TEST_DATABASE_URL server may not. */
const appRole = () => (db?.appUrl ? APP_ROLE : undefined);
let exitCode = 0;
const fail = (code: number) => {
  if (code !== 0 && exitCode === 0) exitCode = code;
};

/**
 * (Re)creates the database of `url` as a copy of `template`: CREATE DATABASE ... TEMPLATE copies
 * an already migrated database in a moment (each `prisma migrate deploy` costs ~10 s). Nobody
 * may be connected to the template meanwhile. False (and why) when the server refuses.
 */
async function copyDatabase(url: string, template: string): Promise<boolean> {
  const name = databaseName(url);
  try {
    const admin = new pg.Client({ connectionString: withDatabase(url, "postgres") });
    await admin.connect();
    try {
      await admin.query(`DROP DATABASE IF EXISTS ${admin.escapeIdentifier(name)} WITH (FORCE)`);
      await admin.query(`CREATE DATABASE ${admin.escapeIdentifier(name)} TEMPLATE ${admin.escapeIdentifier(template)}`);
    } finally {
      await admin.end();
    }
    console.log(`Created ${name} as a copy of the migrated ${template}.`);
    return true;
  } catch (err) {
    console.log(`Could not copy ${template} into ${name} (${(err as Error).message}).`);
    return false;
  }
}

async function copyOrMigrate(url: string, template: string | undefined): Promise<void> {
  if (template && (await copyDatabase(url, template))) return;
  console.log(`Migrating ${databaseName(url)} instead.`);
  await recreateDatabase(url);
  await migrate(url, appRole());
}

/**
 * One copy of the migrated test database per integration worker (tests/integration/setup.ts
 * picks its own by VITEST_POOL_ID), so that the files run side by side. How many there are;
 * 0 when the server may not create databases: then one worker uses the test database itself.
 */
async function makeWorkerDatabases(testUrl: string): Promise<number> {
  const template = databaseName(testUrl);
  for (let id = 1; id <= TEST_WORKERS; id++) {
    if (!(await copyDatabase(workerDatabaseUrl(testUrl, id), template))) {
      console.log(`The integration tests run one file at a time on ${template}.`);
      return 0;
    }
  }
  return TEST_WORKERS;
}

function portFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const srv = net.createServer();
    srv.once("error", () => resolve(false));
    srv.listen(port, "127.0.0.1", () => srv.close(() => resolve(true)));
  });
}

async function waitForHttp(url: string, timeoutMs: number, exited: Promise<number>): Promise<void> {
  let gone: number | undefined;
  void exited.then((c) => (gone = c));
  const until = Date.now() + timeoutMs;
  let last = "";
  while (Date.now() < until) {
    if (gone !== undefined) throw new Error(`the server exited (code ${gone}) before answering ${url}`);
    try {
      const res = await fetch(url, { redirect: "manual", signal: AbortSignal.timeout(10_000) });
      await res.arrayBuffer().catch(() => undefined);
      console.log(`${url} answered (HTTP ${res.status}).`);
      return;
    } catch (err) {
      last = (err as Error).message;
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`${url} did not answer within ${timeoutMs / 1000} s (${last})`);
}

interface PlaywrightSuite {
  title: string;
  suites?: PlaywrightSuite[];
  specs?: {
    title: string;
    file: string;
    line: number;
    tests: { status: string; results: { error?: { message?: string } }[] }[];
  }[];
}
interface PlaywrightReport {
  stats?: { expected: number; unexpected: number; flaky: number; skipped: number };
  suites?: PlaywrightSuite[];
}

/** "file:line title" and the first lines of the error, for each test that failed ("unexpected") or passed only on a retry ("flaky"). */
function testsWith(rep: PlaywrightReport | undefined, status: "unexpected" | "flaky"): string[] {
  const out: string[] = [];
  const walk = (suite: PlaywrightSuite) => {
    for (const spec of suite.specs ?? []) {
      for (const test of spec.tests) {
        if (test.status !== status) continue;
        const message = test.results.map((r) => r.error?.message ?? "").find(Boolean) ?? "";
        const plain = message.replace(/\u001b\[[0-9;]*m/g, "").split("\n").slice(0, 12).join("\n");
        out.push(`${spec.file}:${spec.line} ${spec.title}\n${plain}`);
      }
    }
    suite.suites?.forEach(walk);
  };
  rep?.suites?.forEach(walk);
  return out;
}

function tail(file: string, lines: number): string {
  try {
    return fs.readFileSync(file, "utf8").split("\n").slice(-lines).join("\n");
  } catch {
    return "";
  }
}

const GRAPH_ROOTS = ["app", "components", "actions", "lib", "scripts", "tests", "prisma", "proxy.ts", "instrumentation.ts"];

/** The static checks, first: they take a minute and name a broken rule before the long tiers run. */
async function lint(): Promise<void> {
  const checks: Array<[name: string, cmd: string, args: string[]]> = [
    ["tsc", "tsc", ["--noEmit"]],
    ["eslint", "eslint", ["--max-warnings=0", "--cache", "--cache-location", ".data/eslint-cache", "."]],
    // The import graph (.dependency-cruiser.cjs): no cycles, nothing imported upward.
    ["import graph", "depcruise", ["--config", ".dependency-cruiser.cjs", ...GRAPH_ROOTS]],
  ];
  for (const [name, cmd, args] of checks) {
    if (isShuttingDown()) return;
    heading(`Lint: ${name}`);
    const began = Date.now();
    const code = await run(bin(cmd), args);
    const seconds = ((Date.now() - began) / 1000).toFixed(1);
    console.log(`${name}: ${code === 0 ? "clean" : `failed (exit code ${code})`} in ${seconds} s`);
    fail(record({ name: `lint: ${name}`, code, passed: code === 0 ? 1 : 0, failed: 0, skipped: 0 }));
  }
}

/** One vitest project (vitest.config.ts), its counts recorded. */
async function vitest(project: "unit" | "integration", env: NodeJS.ProcessEnv, args: string[]): Promise<void> {
  heading(`Vitest: ${project} tests`);
  const reportFile = path.join(REPORTS, `vitest-${project}.json`);
  const code = await run(
    bin("vitest"),
    ["run", "--project", project, "--passWithNoTests", "--reporter=default", "--reporter=json", `--outputFile.json=${reportFile}`, ...args],
    { env },
  );
  const rep = readJson<{
    numPassedTests: number;
    numFailedTests: number;
    numPendingTests: number;
    numTodoTests: number;
  }>(reportFile);
  fail(
    record({
      name: `vitest (${project})`,
      code,
      passed: rep?.numPassedTests ?? 0,
      failed: rep?.numFailedTests ?? 0,
      skipped: (rep?.numPendingTests ?? 0) + (rep?.numTodoTests ?? 0),
    }),
  );
}

/** Seeds the demo data into `e2eUrl`, builds and serves the app, runs Playwright against it. */
async function e2e(e2eUrl: string): Promise<void> {
  // Seeded as the owner; served as the application role, as `npm start` does.
  const serverUrl = db?.appUrl ? withDatabase(db.appUrl, databaseName(e2eUrl)) : e2eUrl;
  const e2eEnv: NodeJS.ProcessEnv = {
    ...process.env,
    DATABASE_URL: e2eUrl,
    NEXTAUTH_URL: E2E_ORIGIN,
    E2E_ORIGIN,
    NEXTAUTH_SECRET: crypto.randomBytes(32).toString("base64url"),
    NEXT_TELEMETRY_DISABLED: "1",
    DEMO_DATA: "1",
    // Its own build folder: a running `npm start` keeps serving .next (next.config.ts).
    NEXT_DIST_DIR: E2E_DIST_DIR,
  };

  heading("E2E: seed demo data");
  let code = await run(bin("tsx"), ["--conditions=react-server", "scripts/seed.ts", "--demo", "--no-work"], { env: e2eEnv });
  if (code !== 0) return void fail(record({ name: "e2e: seed", code, passed: 0, failed: 0, skipped: 0 }));

  heading("E2E: next build");
  code = await run(bin("next"), ["build"], { env: { ...e2eEnv, NODE_ENV: "production" } });
  if (code !== 0) return void fail(record({ name: "e2e: next build", code, passed: 0, failed: 0, skipped: 0 }));

  heading(`E2E: next start on ${E2E_ORIGIN} (${E2E_WEB_PROCESSES} processes)`);
  if (!(await portFree(E2E_PORT))) {
    console.error(`Port ${E2E_PORT} is already in use: stop what listens there (an earlier test server?).`);
    return void fail(record({ name: "e2e: server", code: 1, passed: 0, failed: 0, skipped: 0 }));
  }
  const serverLog = path.join(REPORTS, "next-e2e.log");
  const logFd = fs.openSync(serverLog, "w");
  const server = start(bin("tsx"), ["scripts/web-cluster.ts", String(E2E_WEB_PROCESSES), "start", "-p", String(E2E_PORT), "-H", "127.0.0.1"], {
    env: { ...e2eEnv, DATABASE_URL: serverUrl, NODE_ENV: "production", PORT: String(E2E_PORT) },
    stdio: ["ignore", logFd, logFd],
  });
  console.log(`Server log: ${path.relative(ROOT, serverLog)}`);
  try {
    try {
      await waitForHttp(`${E2E_ORIGIN}/login`, 120_000, server.exited);
    } catch (err) {
      console.error((err as Error).message);
      console.error(`--- last lines of ${path.relative(ROOT, serverLog)} ---\n${tail(serverLog, 60)}`);
      return void fail(record({ name: "e2e: server", code: 1, passed: 0, failed: 0, skipped: 0 }));
    }

    heading("E2E: playwright test");
    const reportFile = path.join(REPORTS, "playwright.json");
    code = await run(
      bin("playwright"),
      ["test", "--reporter=list,json", "--pass-with-no-tests", ...(sections.size === 1 ? extraArgs : [])],
      { env: { ...e2eEnv, PLAYWRIGHT_JSON_OUTPUT_NAME: reportFile } },
    );
    const rep = readJson<PlaywrightReport>(reportFile);
    fail(
      record({
        name: "e2e (playwright)",
        code,
        passed: (rep?.stats?.expected ?? 0) + (rep?.stats?.flaky ?? 0),
        failed: rep?.stats?.unexpected ?? 0,
        skipped: rep?.stats?.skipped ?? 0,
        note: rep?.stats?.flaky ? `${rep.stats.flaky} passed only on a retry: see "passed only on a retry" above` : undefined,
      }),
    );
    const flaky = testsWith(rep, "flaky");
    if (flaky.length > 0) console.error(`--- browser tests that passed only on a retry (fix them) ---\n${flaky.join("\n\n")}`);
    if (code !== 0) {
      console.error(`--- last lines of ${path.relative(ROOT, serverLog)} ---\n${tail(serverLog, 40)}`);
      console.error("Screenshots of failed tests: test-results/");
      // Last, so that a CI excerpt of the output's tail names what failed and why.
      console.error(`--- failed browser tests ---\n${testsWith(rep, "unexpected").join("\n\n")}`);
    }
  } finally {
    await stopChild(server.child, "SIGTERM", 10_000);
    fs.closeSync(logFd);
  }
}

/**
 * The test server (embedded, or TEST_DATABASE_URL) and its databases: for integration the
 * migrated test database and a copy of it per worker, for e2e another copy.
 */
async function databases(): Promise<{ testUrl: string; workers: number; e2eUrl?: string }> {
  heading("Test database");
  if (process.env.TEST_DATABASE_URL) {
    db = { url: process.env.TEST_DATABASE_URL, stop: async () => undefined, embedded: false };
    console.log(`Using TEST_DATABASE_URL: ${redact(db.url)}`);
  } else {
    db = await startEmbedded({
      dataDir: path.join(ROOT, ".data/pg-test"),
      port: Number(process.env.TEST_PG_PORT) || 54339,
      database: "zugong_test",
      // Throwaway data: trade durability for speed.
      postgresFlags: ["-c", "fsync=off", "-c", "synchronous_commit=off", "-c", "full_page_writes=off"],
    });
  }
  const testUrl = db.url;
  let migratedTemplate: string | undefined;
  let workers = 0;
  if (sections.has("integration")) {
    console.log(`Recreating database ${databaseName(testUrl)} and applying migrations...`);
    await recreateDatabase(testUrl);
    await migrate(testUrl, appRole());
    migratedTemplate = databaseName(testUrl);
    workers = await makeWorkerDatabases(testUrl);
  }
  let e2eUrl: string | undefined;
  if (sections.has("e2e")) {
    heading("E2E database");
    e2eUrl = withDatabase(testUrl, "zugong_e2e");
    await copyOrMigrate(e2eUrl, migratedTemplate);
  }
  return { testUrl, workers, e2eUrl };
}

async function main(): Promise<void> {
  console.log(`Test sections: ${[...sections].join(", ") || "(none)"}${skipE2e && !chosen.size ? " (SKIP_E2E=1)" : ""}`);
  if (sections.has("lint")) await timed("lint", lint);
  const vitestProjects = (["unit", "integration"] as const).filter((s) => sections.has(s));
  const needDb = sections.has("integration") || sections.has("e2e");

  const dbs = needDb ? await timed("databases", databases) : undefined;
  for (const project of vitestProjects) {
    if (isShuttingDown()) break;
    const env: NodeJS.ProcessEnv = { ...process.env };
    delete env.DATABASE_URL;
    const args = [...extraArgs];
    if (project === "integration" && dbs) {
      env.DATABASE_URL = dbs.testUrl;
      if (dbs.workers > 0) env.TEST_WORKER_DATABASES = "1";
      // tests/integration/app-role.test.ts checks what the application role may not do.
      if (db?.appUrl) env.TEST_APP_DATABASE_URL = withDatabase(db.appUrl, databaseName(dbs.testUrl));
      // As many processes as databases: VITEST_POOL_ID runs from 1 to --maxWorkers.
      args.unshift("--maxWorkers", String(Math.max(1, dbs.workers)), "--minWorkers", "1");
    }
    await timed(project, () => vitest(project, env, args));
  }

  if (dbs?.e2eUrl && !isShuttingDown()) await timed("e2e", () => e2e(dbs.e2eUrl!));
}

try {
  await main();
} catch (err) {
  console.error(`\n${err instanceof Error ? err.message : String(err)}`);
  fail(record({ name: "setup", code: 1, passed: 0, failed: 0, skipped: 0 }));
} finally {
  if (db) await db.stop();
}

if (!isShuttingDown()) {
  heading("Summary");
  for (const r of results) {
    console.log(
      `${r.code === 0 ? "ok  " : "FAIL"} ${r.name}: ${r.passed} passed, ${r.failed} failed, ${r.skipped} skipped` +
        (r.code !== 0 ? ` (exit code ${r.code})` : "") +
        (r.note ? ` (${r.note})` : ""),
    );
  }
  const sum = (k: "passed" | "failed" | "skipped") => results.reduce((n, r) => n + r[k], 0);
  console.log(`Total: ${sum("passed")} passed, ${sum("failed")} failed, ${sum("skipped")} skipped`);
  const s = (seconds: number) => `${Math.round(seconds)} s`;
  console.log(`Times: ${[...times.map(([part, seconds]) => `${part} ${s(seconds)}`), `total ${s(process.uptime())}`].join(", ")}`);
  process.exit(exitCode);
}
