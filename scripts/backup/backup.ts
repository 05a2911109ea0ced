// backupDatabase(): the whole database (every schema: the app's tables with the attachments,
// which are stored in PostgreSQL, and the job queue) into one gzip-compressed SQL file,
// written under a temporary name and renamed when complete, so a file that exists is whole.
import fs from "node:fs";
import path from "node:path";
import { pipeline } from "node:stream/promises";
import { PassThrough } from "node:stream";
import zlib from "node:zlib";
import { chooseDumpTool, runDump, serverVersion, type DumpTool } from "./pg-dump.ts";

export interface BackupResult {
  file: string;
  bytes: number;
  tool: DumpTool;
  server: string;
}

/** .data/backups/zugong-20261201-230501.sql.gz (local time of the machine). */
export function defaultBackupFile(dir: string, now = new Date()): string {
  const p = (n: number) => String(n).padStart(2, "0");
  const stamp = `${now.getFullYear()}${p(now.getMonth() + 1)}${p(now.getDate())}-${p(now.getHours())}${p(now.getMinutes())}${p(now.getSeconds())}`;
  return path.join(dir, `zugong-${stamp}.sql.gz`);
}

export async function backupDatabase(url: string, file: string): Promise<BackupResult> {
  const server = await serverVersion(url);
  const tool = chooseDumpTool(server.major);
  fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  const partial = `${file}.partial`;
  const sql = new PassThrough();
  const written = pipeline(sql, zlib.createGzip(), fs.createWriteStream(partial, { mode: 0o600 }));
  try {
    sql.write(`-- 组工信息报送编发平台 backup, ${new Date().toISOString()}, PostgreSQL ${server.text}, pg_dump ${tool.version}\n`);
    await runDump(tool, url, (chunk) => sql.write(chunk));
    sql.end();
    await written;
  } catch (err) {
    sql.destroy();
    await written.catch(() => undefined);
    fs.rmSync(partial, { force: true });
    throw err;
  }
  fs.renameSync(partial, file);
  return { file, bytes: fs.statSync(file).size, tool, server: server.text };
}
