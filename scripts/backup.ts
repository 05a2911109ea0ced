// `npm run backup [-- FILE]`: the whole database in one file (scripts/backup/backup.ts):
// DATABASE_URL, or the embedded database (.data/pg, started for the backup if `npm start` is
// not running). FILE defaults to .data/backups/zugong-<date>-<time>.sql.gz; a directory
// (existing, or written with a trailing /) gets a file of that name inside it.
import fs from "node:fs";
import path from "node:path";
import { backupDatabase, defaultBackupFile } from "./backup/backup.ts";
import { DEV_DATABASE, ensureDatabase } from "./db.ts";
import { ROOT } from "./proc.ts";

const arg = process.argv[2];
const isDir = (p: string) => p.endsWith("/") || (fs.existsSync(p) && fs.statSync(p).isDirectory());
const file = path.resolve(!arg ? defaultBackupFile(path.join(ROOT, ".data", "backups")) : isDir(arg) ? defaultBackupFile(arg) : arg);
const db = await ensureDatabase(DEV_DATABASE);
let code = 0;
try {
  const r = await backupDatabase(db.url, file);
  const tool = r.tool.kind === "native" ? `${r.tool.path} ${r.tool.version}` : `pg_dump ${r.tool.version}`;
  console.log(`备份完成 / backup written: ${r.file}`);
  const size = r.bytes < 1024 * 1024 ? `${Math.ceil(r.bytes / 1024)} KB` : `${(r.bytes / 1024 / 1024).toFixed(1)} MB`;
  console.log(`  ${size}, PostgreSQL ${r.server}, ${tool}`);
} catch (err) {
  console.error(`备份失败 / backup failed: ${(err as Error).message}`);
  code = 1;
} finally {
  await db.stop();
}
process.exit(code);
