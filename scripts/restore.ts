// `npm run restore -- FILE [--force] [--database NAME]`: replays a backup of `npm run backup`
// into DATABASE_URL, or into the embedded database (.data/pg). Refuses a database that is not
// empty unless --force. --database NAME restores into another database on the same server,
// created if missing: the way to test a backup without touching the live data.
// Afterwards the application role gets its rights again (embedded: zugong_app; a server:
// APP_DB_ROLE), and the next `npm start` / `npm run db:migrate` applies newer migrations.
import fs from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { NotEmptyError, restoreDatabase } from "./backup/restore.ts";
import { APP_ROLE, grantAppRole } from "./db-roles.ts";
import { DEV_DATABASE, createDatabaseIfMissing, ensureDatabase, withDatabase } from "./db.ts";

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { force: { type: "boolean", default: false }, database: { type: "string" } },
});
const file = positionals[0];
if (!file || !fs.existsSync(file)) {
  console.error(file ? `找不到备份文件 / no such file: ${file}` : "用法 / usage: npm run restore -- FILE [--force] [--database NAME]");
  process.exit(2);
}

const db = await ensureDatabase(DEV_DATABASE);
let code = 0;
try {
  const url = values.database ? withDatabase(db.url, values.database) : db.url;
  if (values.database && (await createDatabaseIfMissing(url))) console.log(`created database "${values.database}"`);
  const r = await restoreDatabase(url, path.resolve(file), { force: values.force, log: (m) => console.log(m) });
  const role = db.embedded ? APP_ROLE : process.env.APP_DB_ROLE;
  if (role) await grantAppRole(url, role);
  console.log(`恢复完成 / restored: ${r.statements} statements from ${file}${role ? `; rights granted to ${role}` : ""}`);
  if (!role) console.log("应用账号尚未授权：请设 APP_DB_ROLE=应用账号 后执行 npm run db:migrate / set APP_DB_ROLE and run npm run db:migrate to grant the app's role its rights.");
} catch (err) {
  console.error(err instanceof NotEmptyError ? err.message : `恢复失败，数据库未改动 / restore failed, nothing changed: ${(err as Error).message}`);
  code = 1;
} finally {
  await db.stop();
}
process.exit(code);
