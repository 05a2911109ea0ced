// `npm run backup [-- FILE]`: the whole database in one file (scripts/backup/backup.ts):
// DATABASE_URL, or the embedded database (.data/pg, started for the backup if `npm start` is
// not running). FILE defaults to .data/backups/zugong-<date>-<time>.sql.gz.
import path from "node:path";
import { backupDatabase, defaultBackupFile } from "./backup/backup.ts";
import { DEV_DATABASE, ensureDatabase } from "./db.ts";
import { ROOT } from "./proc.ts";

const file = path.resolve(process.argv[2] ?? defaultBackupFile(path.join(ROOT, ".data", "backups")));
const db = await ensureDatabase(DEV_DATABASE);
let code = 0;
try {
  const r = await backupDatabase(db.url, file);
  const tool = r.tool.kind === "native" ? `${r.tool.path} ${r.tool.version}` : `pg_dump ${r.tool.version}`;
  console.log(`备份完成 / backup written: ${r.file}`);
  console.log(`  ${(r.bytes / 1024 / 1024).toFixed(1)} MB, PostgreSQL ${r.server}, ${tool}`);
} catch (err) {
  console.error(`备份失败 / backup failed: ${(err as Error).message}`);
  code = 1;
} finally {
  await db.stop();
}
process.exit(code);
