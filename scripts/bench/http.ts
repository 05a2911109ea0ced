// `npm run -s bench:http`: the built app over HTTP on the county of scripts/bench/scores-data.ts
// (30 units, 60,000 drafts, ~200,000 ledger rows; generated the first time into
// .data/pg-bench-scores, then reused; `--scale 10`: a city of ten such counties, in
// .data/pg-bench-scores-x10, measured as the first county's people see their county's pages,
// plus the city's leader on the city's ranking, dashboard, ledger and 通报 and on the first
// county's ranking read from above). Builds into .next-bench (a running `npm start` keeps its .next), serves it
// on 127.0.0.1:$BENCH_PORT (default 3190), logs in as each role and prints, all in one run:
//   - single-user p50/p95 of every main page of every role (20 requests after 2 warm-ups), with
//     the size of the page and the SQL statements one request runs and their database time
//     (pg_stat_statements, loaded into the bench cluster);
//   - throughput (requests/s), latency and the server's CPU time per request at 20 and 100
//     connections (autocannon, 5 s each) for the officer pages, the ranking, the dashboard, the static /login and /api/auth/csrf;
//   - the bare SQL of the ranking's figures beside the rollup read the app does, and a check
//     that the rollups equal the bare aggregates on this data.
// --processes N serves with N processes on the port (scripts/web-cluster.ts), as `npm start` does.
// With --profile it then serves again under `node --cpu-prof`, loads each of the officer's pages
// measured under load at 20 connections for 10 s and prints where the server's CPU time went on each. Loopback only, bounded
// in requests and time. Not a test: figures to read, no goal asserted.
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { performance } from "node:perf_hooks";
import autocannon from "autocannon";
import pg from "pg";
import type { DatabaseHandle } from "../db.ts";
import { ROOT, WEB_NODE_FLAGS, bin, run, start, stopChild } from "../proc.ts";
import { sourceStamp } from "../source-stamp.ts";
import { ms, runBench, stats } from "./common.ts";
import { BARE_YEAR_FIGURES, BENCH_ACCOUNTS, BENCH_DATABASE, SCALE, prepareScaleData } from "./scores-data.ts";
import { summarizeProfile } from "./cpu-profile.ts";

const PORT = Number(process.env.BENCH_PORT) || 3190;
const ORIGIN = `http://127.0.0.1:${PORT}`;
const DIST_DIR = ".next-bench";
const PASSWORD = "Bench-2026-http";
const SINGLE_RUNS = 20;
const LOAD_SECONDS = 5;
/** Load on each page before its figures are taken, not counted. */
const WARM_UP_SECONDS = 2;
/** Each loaded page in the round before any is measured. */
const WARM_UP_ROUND_SECONDS = 5;
/** Each officer page under the profiler. */
const PROFILE_SECONDS = 10;
/** `--profile-pages /scores/ledger,cityLeader:/scores`: profile these pages (as the role named, or the first the page list has) instead of the officer's. */
const PROFILE_PAGES = process.argv.includes("--profile-pages") ? process.argv[process.argv.indexOf("--profile-pages") + 1].split(",") : [];
const PROFILE = process.argv.includes("--profile") || PROFILE_PAGES.length > 0;
/** `--sql /a,/b`: also list the statements one request of those pages runs. */
const SQL_PAGES = process.argv.includes("--sql") ? process.argv[process.argv.indexOf("--sql") + 1].split(",") : [];
/** `--single`: only the single-user table (a quick look after a change), no load runs. */
const SINGLE_ONLY = process.argv.includes("--single");
/** `--processes N`: serve with N `next start` processes on the one port (scripts/web-cluster.ts), as `npm start` does. */
const PROCESSES = Number(process.argv[process.argv.indexOf("--processes") + 1]) || 1;
const PROFILE_DIR = path.join(ROOT, ".data", "reports", "cpu-prof");

type Role = keyof typeof BENCH_ACCOUNTS;
/** The (first) county's people; at a city, its leader too. */
const ROLES = (Object.keys(BENCH_ACCOUNTS) as Role[]).filter((r) => SCALE > 1 || r !== "cityLeader");

/** Every main page of every role; `load` pages are also measured at 20 and 100 connections. */
function pages(draftId: string, countyId: string): Array<{ role: Role | null; path: string; load?: boolean }> {
  return [
    { role: "officer", path: "/todo", load: true },
    { role: "officer", path: "/drafts", load: true },
    { role: "officer", path: `/drafts/${draftId}`, load: true },
    { role: "officer", path: "/drafts/new", load: true },
    { role: "officer", path: "/notifications", load: true },
    { role: "officer", path: "/scores/mine" },
    { role: "reviewer", path: "/todo" },
    { role: "reviewer", path: "/drafts?status=SUBMITTED" },
    { role: "editor", path: "/county" },
    { role: "editor", path: "/issues/compose" },
    { role: "editor", path: "/scores/records" },
    { role: "editor", path: "/scores/ledger" },
    { role: "editor", path: "/scores/notices" },
    { role: "leader", path: "/scores", load: true },
    { role: "leader", path: "/scores/dashboard", load: true },
    { role: "leader", path: "/issues" },
    { role: "admin", path: "/admin/users" },
    { role: "admin", path: "/admin/audit" },
    ...(SCALE > 1
      ? [
          { role: "cityLeader" as const, path: "/scores" },
          { role: "cityLeader" as const, path: "/scores/dashboard" },
          { role: "cityLeader" as const, path: `/scores?node=${countyId}` },
          { role: "cityLeader" as const, path: "/scores/ledger" },
          { role: "cityLeader" as const, path: "/scores/notices" },
        ]
      : []),
    { role: null, path: "/login", load: true },
    { role: null, path: "/api/auth/csrf", load: true },
  ];
}

/** Passwords for the accounts; the officer's newest draft and the (first) county, for the pages' paths. */
async function prepareAccounts(c: pg.Client): Promise<{ draftId: string; countyId: string }> {
  const { hashPassword } = await import("../../lib/auth/password.ts");
  const hash = await hashPassword(PASSWORD);
  await c.query(`UPDATE "User" SET "passwordHash" = $1, "mustChangePassword" = false, "passwordChangedAt" = now(), active = true WHERE username = ANY($2)`, [
    hash,
    ROLES.map((r) => BENCH_ACCOUNTS[r]),
  ]);
  const { rows } = await c.query<{ id: string }>(
    `SELECT d.id FROM "Draft" d JOIN "User" u ON u.id = d."authorId" WHERE u.username = $1 ORDER BY d."createdAt" DESC LIMIT 1`,
    [BENCH_ACCOUNTS.officer],
  );
  const county = await c.query<{ unitId: string }>(`SELECT "unitId" FROM "User" WHERE username = $1`, [BENCH_ACCOUNTS.editor]);
  return { draftId: rows[0].id, countyId: county.rows[0].unitId };
}

async function build() {
  const stampPath = path.join(ROOT, DIST_DIR, "bench-source-stamp");
  const stamp = sourceStamp(ROOT);
  if (fs.existsSync(stampPath) && fs.readFileSync(stampPath, "utf8") === stamp) return console.log(`Build in ${DIST_DIR} is current.`);
  console.log(`Building into ${DIST_DIR} (next build)...`);
  const code = await run(bin("next"), ["build"], { env: { ...process.env, NEXT_DIST_DIR: DIST_DIR, NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1" } });
  if (code !== 0) throw new Error(`next build failed (exit code ${code})`);
  fs.writeFileSync(stampPath, stamp);
}

/** `next start` on the bench build (in PROCESSES processes); `nodeFlags` (e.g. --cpu-prof) go to the Node processes that serve. */
async function serve(url: string, nodeFlags: string[] = []) {
  if (await fetch(`${ORIGIN}/login`).then(() => true, () => false)) throw new Error(`something already answers on ${ORIGIN}: stop it, or set BENCH_PORT`);
  const env = {
    ...process.env,
    DATABASE_URL: url,
    NEXT_DIST_DIR: DIST_DIR,
    NEXTAUTH_URL: ORIGIN,
    NEXTAUTH_SECRET: crypto.randomBytes(32).toString("base64url"),
    NODE_ENV: "production" as const,
    NEXT_TELEMETRY_DISABLED: "1",
  };
  const nextArgs = ["start", "-p", String(PORT), "-H", "127.0.0.1"];
  if (PROCESSES > 1) {
    return start(bin("tsx"), ["scripts/web-cluster.ts", String(PROCESSES), ...nextArgs], {
      env: { ...env, WEB_NODE_FLAGS: nodeFlags.join(" ") },
      stdio: ["ignore", "ignore", "inherit"],
    });
  }
  // One process without the cluster's primary (the profiler's figures are the server's alone), with its flags.
  const next = path.join(ROOT, "node_modules", "next", "dist", "bin", "next");
  return start(process.execPath, [...WEB_NODE_FLAGS, ...nodeFlags, next, ...nextArgs], { env, stdio: ["ignore", "ignore", "inherit"] });
}

async function waitUp(exited: Promise<number>) {
  const deadline = Date.now() + 120_000;
  let gone = false;
  void exited.then(() => (gone = true));
  while (Date.now() < deadline && !gone) {
    try {
      if ((await fetch(`${ORIGIN}/login`)).ok) return;
    } catch {
      /* not yet */
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(gone ? "the server exited" : "the server did not answer within 2 minutes");
}

const cookiesOf = (res: Response) => res.headers.getSetCookie().map((c) => c.split(";")[0]);

/** next-auth's credentials login: the csrf cookie and token, then the callback; returns the Cookie header. */
async function login(username: string): Promise<string> {
  const csrf = await fetch(`${ORIGIN}/api/auth/csrf`);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const jar = cookiesOf(csrf);
  const res = await fetch(`${ORIGIN}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: jar.join("; ") },
    body: new URLSearchParams({ username, password: PASSWORD, csrfToken, callbackUrl: ORIGIN, json: "true" }),
  });
  const cookies = [...jar, ...cookiesOf(res)];
  if (!cookies.some((c) => c.includes("session-token"))) throw new Error(`login as ${username} failed (HTTP ${res.status})`);
  return cookies.join("; ");
}

/** What one request of a page costs the database: statements run (BEGIN/COMMIT included) and their time. */
async function sqlPerRequest(c: pg.Client, url: string, cookie: string): Promise<{ statements: number; rows: number; sqlMs: number; bytes: number }> {
  await c.query("SELECT pg_stat_statements_reset()");
  const res = await fetch(url, { headers: { cookie }, redirect: "manual" });
  const bytes = (await res.arrayBuffer()).byteLength;
  const { rows } = await c.query<{ n: string | null; r: string | null; t: number | null }>(
    `SELECT sum(calls) AS n, sum(rows) AS r, sum(total_exec_time) AS t FROM pg_stat_statements WHERE query NOT LIKE '%pg_stat_statements%'`,
  );
  if (SQL_PAGES.some((p) => url.endsWith(p))) {
    const each = await c.query<{ query: string; calls: string; rows: string; t: number }>(
      `SELECT query, calls, rows, total_exec_time AS t FROM pg_stat_statements WHERE query NOT LIKE '%pg_stat_statements%' ORDER BY rows DESC`,
    );
    for (const q of each.rows) console.log(`      ${q.calls}× ${String(q.rows).padStart(5)} rows ${ms(q.t)}  ${q.query.replace(/\s+/g, " ").slice(0, 160)}`);
  }
  return { statements: Number(rows[0].n ?? 0), rows: Number(rows[0].r ?? 0), sqlMs: rows[0].t ?? 0, bytes };
}

async function singleUser(url: string, cookie: string): Promise<number[]> {
  const once = async () => {
    const t0 = performance.now();
    const res = await fetch(url, { headers: { cookie }, redirect: "manual" });
    await res.arrayBuffer();
    if (res.status !== 200) throw new Error(`${url}: HTTP ${res.status}${res.headers.get("location") ? ` → ${res.headers.get("location")}` : ""}`);
    return performance.now() - t0;
  };
  for (let i = 0; i < 2; i++) await once();
  const times: number[] = [];
  for (let i = 0; i < SINGLE_RUNS; i++) times.push(await once());
  return times;
}

/**
 * Requests still queued in the server when a load run ends would slow the next run: wait
 * (at most 60 s) until a bare request answers quickly again.
 */
async function settle() {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    const t0 = performance.now();
    await (await fetch(`${ORIGIN}/api/auth/csrf`)).arrayBuffer();
    if (performance.now() - t0 < 50) return;
    await new Promise((r) => setTimeout(r, 1000));
  }
}

/**
 * CPU time (ms, user + system) the server's processes have used so far: the process and its
 * descendants, from /proc (Linux; null elsewhere). Divided by the requests served, it is each
 * request's cost whatever else the machine runs at the time (req/s on a shared machine is not).
 */
function serverCpuMs(pid: number | undefined): number | null {
  if (!pid || !fs.existsSync(`/proc/${pid}/stat`)) return null;
  const tick = 1000 / 100; // USER_HZ is 100 on Linux
  const own = (p: number): number => {
    try {
      const fields = fs.readFileSync(`/proc/${p}/stat`, "utf8").split(") ")[1].split(" ");
      const children = fs
        .readdirSync(`/proc/${p}/task`)
        .flatMap((t) => fs.readFileSync(`/proc/${p}/task/${t}/children`, "utf8").trim().split(/\s+/).filter(Boolean).map(Number));
      // utime and stime are fields 14 and 15 of stat; after "pid (comm) " they are at 11 and 12.
      return (Number(fields[11]) + Number(fields[12])) * tick + children.reduce((a, c) => a + own(c), 0);
    } catch {
      return 0; // a process gone meanwhile
    }
  };
  return own(pid);
}

let serverPid: number | undefined;

async function load(url: string, cookie: string, connections: number, seconds = LOAD_SECONDS) {
  const cpu0 = serverCpuMs(serverPid);
  const r = await autocannon({ url, connections, duration: seconds, headers: cookie ? { cookie } : {} });
  const cpu1 = serverCpuMs(serverPid);
  await settle();
  const cpuPerRequest = cpu0 !== null && cpu1 !== null && r.requests.total > 0 ? (cpu1 - cpu0) / r.requests.total : null;
  return { rps: r.requests.average, p50: r.latency.p50, p97: r.latency.p97_5, errors: r.errors + r.timeouts + r.non2xx, cpuPerRequest };
}

async function sqlFigures(c: pg.Client) {
  const year = new Date(Date.now() + 8 * 3600_000).getUTCFullYear();
  const from = new Date(Date.UTC(year, 0, 1) - 8 * 3600_000);
  const to = new Date(Date.UTC(year + 1, 0, 1) - 8 * 3600_000);
  const rollup = `SELECT "unitId", sum(submitted), sum("adoptedCounty"), sum("adoptedCity"), sum("adoptedProvincePlus"), sum(declined)
    FROM "CountsRollup" WHERE month >= $1::date AND month < $2::date GROUP BY 1
    UNION ALL SELECT "unitId", sum(points), 0, 0, 0, 0 FROM "PointsRollup" WHERE month >= $1::date AND month < $2::date GROUP BY 1`;
  const time = async (sql: string, params: unknown[]) => {
    for (let i = 0; i < 2; i++) await c.query(sql, params);
    const t: number[] = [];
    for (let i = 0; i < SINGLE_RUNS; i++) {
      const t0 = performance.now();
      await c.query(sql, params);
      t.push(performance.now() - t0);
    }
    return stats(t);
  };
  const bare = await time(BARE_YEAR_FIGURES, [from, to]);
  const roll = await time(rollup, [`${year}-01-01`, `${year + 1}-01-01`]);
  console.log(`\nThe ranking's figures for ${year} in SQL (${SINGLE_RUNS} runs):`);
  console.log(`  bare aggregate of drafts, issues, records, ledger   p50 ${ms(bare.p50)}   p95 ${ms(bare.p95)}`);
  console.log(`  from the rollups (what the app reads)               p50 ${ms(roll.p50)}   p95 ${ms(roll.p95)}`);
}

async function rollupsAgree(url: string) {
  process.env.DATABASE_URL = url;
  const { rollupDrift } = await import("../../lib/scores/rollup-check.ts");
  const { db } = await import("../../lib/db.ts");
  const t0 = performance.now();
  const drift = await rollupDrift();
  console.log(`Rollups against the bare aggregates of all months: ${drift.length === 0 ? "equal" : `${drift.length} rows DIFFER`} (${ms(performance.now() - t0).trim()})`);
  await db.$disconnect();
}

async function measure(handle: DatabaseHandle, c: pg.Client, paths: { draftId: string; countyId: string }) {
  const server = await serve(handle.url);
  serverPid = server.child.pid;
  try {
    await waitUp(server.exited);
    const cookies = Object.fromEntries(
      await Promise.all(ROLES.map(async (r) => [r, await login(BENCH_ACCOUNTS[r])] as const)),
    ) as Record<Role, string>;
    const list = pages(paths.draftId, paths.countyId);
    const who = SCALE > 1 ? `the first of ${SCALE} counties' people, and the city's leader` : "the county's people";
    console.log(`\nServed by ${PROCESSES} process${PROCESSES > 1 ? "es" : ""}. Single user (${who}), ${SINGLE_RUNS} requests after 2 warm-ups (Node ${process.version}):`);
    for (const p of list) {
      const cookie = p.role ? cookies[p.role] : "";
      const { p50, p95 } = stats(await singleUser(ORIGIN + p.path, cookie));
      const sql = await sqlPerRequest(c, ORIGIN + p.path, cookie);
      const cost = `${String(sql.statements).padStart(3)} SQL ${String(sql.rows).padStart(5)} rows ${ms(sql.sqlMs)} ${(sql.bytes / 1024).toFixed(0).padStart(4)} KB`;
      console.log(`  ${(p.role ?? "anyone").padEnd(10)} ${p.path.slice(0, 52).padEnd(52)} p50 ${ms(p50)}   p95 ${ms(p95)}   ${cost}`);
    }
    if (SINGLE_ONLY) return cookies.officer;
    console.log(`\nUnder load, ${LOAD_SECONDS} s each after ${WARM_UP_SECONDS} s of warm-up (autocannon; latency p50 / p97.5):`);
    const loaded = list.filter((x) => x.load);
    // A round of every page first: V8 compiles the server's hot code (React, Next, the driver)
    // over tens of seconds of load, and each pooled connection prepares and plans its
    // statements; measured cold, a page read half the requests per second it reads warm (待办:
    // 93 against 190 in one profiled process). A server on a deadline day has long been warm.
    for (const p of loaded) await load(ORIGIN + p.path, p.role ? cookies[p.role] : "", 20, WARM_UP_ROUND_SECONDS);
    for (const p of loaded) {
      const out: string[] = [];
      // Each process has compiled the page's code hot before the figures count (a cold second process skewed the first run).
      await load(ORIGIN + p.path, p.role ? cookies[p.role] : "", 20, WARM_UP_SECONDS);
      for (const n of [20, 100]) {
        const r = await load(ORIGIN + p.path, p.role ? cookies[p.role] : "", n);
        const cpu = r.cpuPerRequest === null ? "" : ` cpu ${r.cpuPerRequest.toFixed(1).padStart(4)} ms/req`;
        out.push(`${String(n).padStart(3)} conn ${r.rps.toFixed(0).padStart(5)} req/s ${ms(r.p50)} /${ms(r.p97)}${cpu}${r.errors ? ` ${r.errors} errors` : ""}`);
      }
      console.log(`  ${(p.role ?? "anyone").padEnd(10)} ${p.path.slice(0, 28).padEnd(28)} ${out.join("   ")}`);
    }
    return cookies.officer;
  } finally {
    await stopChild(server.child, "SIGTERM", 10_000);
  }
}

async function profile(handle: DatabaseHandle, paths: { draftId: string; countyId: string }) {
  const windows: Array<{ role: Role; path: string; from: number; to: number; rps: number }> = [];
  fs.rmSync(PROFILE_DIR, { recursive: true, force: true });
  fs.mkdirSync(PROFILE_DIR, { recursive: true });
  const server = await serve(handle.url, ["--cpu-prof", `--cpu-prof-dir=${PROFILE_DIR}`]);
  serverPid = server.child.pid;
  try {
    await waitUp(server.exited);
    const list = pages(paths.draftId, paths.countyId);
    const chosen = PROFILE_PAGES.length
      ? PROFILE_PAGES.map((page) => {
          const [role, path] = page.includes(":") ? (page.split(":") as [Role, string]) : [null, page];
          return list.find((x) => x.path === path && x.role && (!role || x.role === role)) ?? { role: role ?? ("officer" as const), path };
        })
      : list.filter((x) => x.load && x.role === "officer");
    const cookies = new Map<Role, string>();
    for (const p of chosen) {
      const role = p.role ?? "officer";
      if (!cookies.has(role)) cookies.set(role, await login(BENCH_ACCOUNTS[role]));
      const cookie = cookies.get(role)!;
      await load(ORIGIN + p.path, cookie, 20, 3); // warm-up, left out of the figures
      const from = Number(process.hrtime.bigint() / 1000n);
      const r = await load(ORIGIN + p.path, cookie, 20, PROFILE_SECONDS);
      windows.push({ role, path: p.path, from, to: Number(process.hrtime.bigint() / 1000n), rps: r.rps });
      const cpu = r.cpuPerRequest === null ? "" : ` (CPU ${r.cpuPerRequest.toFixed(1)} ms per request, profiler included)`;
      console.log(`\nProfiled: ${role} ${p.path} at 20 connections for ${PROFILE_SECONDS} s: ${r.rps.toFixed(0)} req/s, p50 ${ms(r.p50).trim()}, so ${(1000 / r.rps).toFixed(1)} ms of server time per request${cpu}`);
    }
  } finally {
    // SIGINT lets Node write the profile on its way out.
    await stopChild(server.child, "SIGINT", 20_000);
  }
  const files = fs.readdirSync(PROFILE_DIR).map((f) => path.join(PROFILE_DIR, f));
  const biggest = files.sort((a, b) => fs.statSync(b).size - fs.statSync(a).size)[0];
  if (!biggest) return console.log("No CPU profile was written.");
  console.log(`Profile: ${path.relative(ROOT, biggest)}`);
  const cpu = JSON.parse(fs.readFileSync(biggest, "utf8"));
  for (const w of windows) {
    console.log(`\n=== ${w.role} ${w.path} (${w.rps.toFixed(0)} req/s under the profiler) ===`);
    summarizeProfile(cpu, w, 15);
  }
}

async function main(handle: DatabaseHandle) {
  await prepareScaleData(handle);
  const c = new pg.Client({ connectionString: handle.url, application_name: "bench-http" });
  await c.connect();
  try {
    await c.query("CREATE EXTENSION IF NOT EXISTS pg_stat_statements");
    const paths = await prepareAccounts(c);
    await rollupsAgree(handle.url);
    await build();
    await measure(handle, c, paths);
    await sqlFigures(c);
    if (PROFILE) await profile(handle, paths);
  } finally {
    await c.end();
  }
}

// pg_stat_statements counts each page's SQL (it must be loaded when the cluster starts).
await runBench({ ...BENCH_DATABASE, postgresFlags: ["-c", "shared_preload_libraries=pg_stat_statements", "-c", "pg_stat_statements.track=all"] }, main);
