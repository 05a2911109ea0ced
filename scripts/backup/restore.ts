// restoreDatabase(): replays a backup (backup.ts; gzip or plain SQL) into the database of
// `url`, all in one transaction: a restore that fails half way leaves the database as it
// was. An empty database only, unless `force`: then everything in it is dropped first
// (inside the same transaction).
import fs from "node:fs";
import { createGunzip } from "node:zlib";
import pg from "pg";
import { SqlStatementSplitter } from "./sql-statements.ts";

const BATCH_CHARS = 4 * 1024 * 1024;

export class NotEmptyError extends Error {
  constructor(database: string, objects: number) {
    super(
      `数据库“${database}”不是空的（已有 ${objects} 个表等对象），未恢复。确要用备份覆盖其中全部数据，请加 --force。\n` +
        `Database "${database}" is not empty (${objects} tables and other objects): nothing restored. Add --force to replace everything in it with the backup.`,
    );
  }
}

/** Schemas that belong to the user (not PostgreSQL's own). */
const USER_SCHEMAS = `n.nspname NOT IN ('pg_catalog', 'information_schema', 'pg_toast') AND n.nspname NOT LIKE 'pg\\_temp\\_%' AND n.nspname NOT LIKE 'pg\\_toast\\_temp\\_%'`;

async function userObjects(client: pg.Client): Promise<number> {
  const { rows } = await client.query<{ n: number }>(
    `SELECT (SELECT count(*) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE ${USER_SCHEMAS})::int
          + (SELECT count(*) FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace WHERE ${USER_SCHEMAS})::int
          + (SELECT count(*) FROM pg_namespace n WHERE ${USER_SCHEMAS} AND n.nspname <> 'public')::int AS n`,
  );
  return rows[0]!.n;
}

async function dropEverything(client: pg.Client): Promise<void> {
  const { rows } = await client.query<{ nspname: string }>(`SELECT n.nspname FROM pg_namespace n WHERE ${USER_SCHEMAS}`);
  for (const { nspname } of rows) await client.query(`DROP SCHEMA ${client.escapeIdentifier(nspname)} CASCADE`);
  await client.query("CREATE SCHEMA public");
}

/** A `SET name = value` of the dump's header that an older server does not know is skipped. */
async function runSetting(client: pg.Client, statement: string, log: (m: string) => void): Promise<void> {
  await client.query("SAVEPOINT setting");
  try {
    await client.query(statement);
  } catch (err) {
    if ((err as { code?: string }).code !== "42704") throw err; // unrecognized configuration parameter
    await client.query("ROLLBACK TO SAVEPOINT setting");
    log(`skipped "${statement}" (this server does not know it)`);
  }
  await client.query("RELEASE SAVEPOINT setting");
}

export async function restoreDatabase(
  url: string,
  file: string,
  opts: { force?: boolean; log?: (m: string) => void } = {},
): Promise<{ statements: number }> {
  const log = opts.log ?? (() => undefined);
  const head = Buffer.alloc(2);
  const fd = fs.openSync(file, "r");
  fs.readSync(fd, head, 0, 2, 0);
  fs.closeSync(fd);
  const gzip = head[0] === 0x1f && head[1] === 0x8b;

  const client = new pg.Client({ connectionString: url, application_name: "zugong-restore" });
  await client.connect();
  let statements = 0;
  try {
    await client.query("BEGIN");
    const existing = await userObjects(client);
    if (existing > 0) {
      if (!opts.force) throw new NotEmptyError((await client.query("SELECT current_database() AS d")).rows[0].d, existing);
      log(`--force: dropping the ${existing} objects in the database first`);
      await dropEverything(client);
    }
    const input = fs.createReadStream(file);
    const text = (gzip ? input.pipe(createGunzip()) : input).setEncoding("utf8");
    const splitter = new SqlStatementSplitter();
    let batch: string[] = [];
    let size = 0;
    const flush = async () => {
      if (batch.length) await client.query(batch.join("\n"));
      batch = [];
      size = 0;
    };
    const take = async (statement: string) => {
      statements++;
      if (/^SET\s+\w+\s*=/i.test(statement)) {
        await flush();
        return runSetting(client, statement, log);
      }
      batch.push(statement);
      size += statement.length;
      if (size >= BATCH_CHARS) await flush();
    };
    for await (const chunk of text as AsyncIterable<string>) {
      for (const statement of splitter.push(chunk)) await take(statement);
    }
    splitter.end();
    await flush();
    await client.query("COMMIT");
  } catch (err) {
    await client.query("ROLLBACK").catch(() => undefined);
    throw err;
  } finally {
    await client.end();
  }
  return { statements };
}
