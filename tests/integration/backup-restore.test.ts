/**
 * `npm run backup` / `npm run restore`: data made through the app (drafts with attachments,
 * which live in PostgreSQL, notifications, reminders, queued jobs, awkward text), backed up,
 * restored into a new database, must come back identical: every table's rows (count and a
 * hash of the content), every sequence, every trigger, index and constraint. A database that
 * is not empty is refused without --force, and left as it was.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import pg from "pg";
import PgBoss from "pg-boss";
import { db } from "@/lib/db";
import { createDraft } from "@/lib/drafts/create-draft";
import { notify } from "@/lib/notifications/notify";
import { requestSweep } from "@/lib/jobs/worker";
import { backupDatabase } from "../../scripts/backup/backup.ts";
import { NotEmptyError, restoreDatabase } from "../../scripts/backup/restore.ts";
import { databaseName, withDatabase } from "../../scripts/db.ts";
import { makeCounty, sampleFields, type County } from "./fixtures";

const source = process.env.DATABASE_URL!;
// Beside this worker's own database (the other workers have theirs).
const targetName = `${databaseName(source)}_restored`;
const target = withDatabase(source, targetName);
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "zugong-backup-"));
const file = path.join(dir, "backup.sql.gz");
const EVERY_BYTE = Buffer.from(Array.from({ length: 256 }, (_, i) => i));
const AWKWARD = "引号'\"反斜杠\\ 分号; 注释-- /* 块 */ $$美元$$ $tag$ \n换行\t制表 😀 E'x'";

async function query<T extends pg.QueryResultRow>(url: string, sql: string): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(sql)).rows;
  } finally {
    await client.end();
  }
}

/** Everything that makes two databases the same, as comparable text. */
async function snapshot(url: string): Promise<Record<string, string>> {
  const tables = await query<{ name: string; key: string }>(
    url,
    `SELECT format('%I.%I', n.nspname, c.relname) AS name, n.nspname || '.' || c.relname AS key FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
     WHERE c.relkind IN ('r', 'p') AND n.nspname IN ('public', 'pgboss') ORDER BY 1`,
  );
  const out: Record<string, string> = {};
  for (const { name, key } of tables) {
    const [r] = await query<{ n: number; h: string }>(
      url,
      `SELECT count(*)::int AS n, md5(coalesce(string_agg(t::text, E'\\n' ORDER BY t::text), '')) AS h FROM ${name} t`,
    );
    out[`table ${key}`] = `${r!.n} rows, ${r!.h}`;
  }
  const catalog = await query<{ k: string; v: string }>(
    url,
    `SELECT 'sequence ' || schemaname || '.' || sequencename AS k, coalesce(last_value::text, 'unused') AS v FROM pg_sequences
       WHERE schemaname IN ('public', 'pgboss')
     UNION ALL SELECT 'trigger ' || tgrelid::regclass || '.' || tgname, pg_get_triggerdef(oid) FROM pg_trigger WHERE NOT tgisinternal
     UNION ALL SELECT 'index ' || schemaname || '.' || indexname, indexdef FROM pg_indexes WHERE schemaname IN ('public', 'pgboss')
     -- NOT NULL constraints by column: their generated names may differ after a restore (partitions).
     -- Parentheses dropped: a CHECK read back from the dump may lose redundant ones.
     UNION ALL SELECT 'constraint ' || conrelid::regclass || '.' || CASE contype WHEN 'n' THEN pg_get_constraintdef(oid) ELSE conname END,
       translate(pg_get_constraintdef(oid), '()', '') FROM pg_constraint
       WHERE connamespace IN (SELECT oid FROM pg_namespace WHERE nspname IN ('public', 'pgboss'))
     UNION ALL SELECT 'function ' || p.oid::regprocedure, md5(pg_get_functiondef(p.oid)) FROM pg_proc p
       JOIN pg_namespace n ON n.oid = p.pronamespace WHERE n.nspname IN ('public', 'pgboss')`,
  );
  for (const { k, v } of catalog) out[k] = v;
  return out;
}

let c: County;
let made: Record<string, string>;

beforeAll(async () => {
  c = await makeCounty();
  const draft = await createDraft(c.officerA, { ...sampleFields("备份测试稿件"), body: `一、正文\n${AWKWARD}` });
  await db.attachment.create({
    data: {
      draftId: draft.id, kind: "IMAGE", fileName: "全部字节.png", contentType: "image/png",
      size: EVERY_BYTE.length, sha256: "test", data: EVERY_BYTE, createdById: c.officerA.id,
    },
  });
  await db.$transaction((tx) => notify(tx, [c.reviewerA.id], { kind: "TOPIC_DUE", title: AWKWARD, body: AWKWARD, href: "/todo", key: "backup-test" }));
  const boss = new PgBoss({ connectionString: source, schema: "pgboss", supervise: false, schedule: false });
  await boss.start();
  await requestSweep(boss, new Date("2026-12-07T09:00:00+08:00"));
  await boss.stop({ graceful: false, wait: true });
  await query(withDatabase(source, "postgres"), `DROP DATABASE IF EXISTS "${targetName}" WITH (FORCE)`);
  await query(withDatabase(source, "postgres"), `CREATE DATABASE "${targetName}"`);
  made = await snapshot(source);
}, 60_000);

afterAll(async () => {
  await query(source, `DELETE FROM pgboss.job WHERE name = 'reminders-sweep' AND state = 'created'`);
  await query(withDatabase(source, "postgres"), `DROP DATABASE IF EXISTS "${targetName}" WITH (FORCE)`);
  fs.rmSync(dir, { recursive: true, force: true });
});

describe("backup and restore", () => {
  it("restores a backup into a new database identical, table by table", { timeout: 120_000 }, async () => {
    const r = await backupDatabase(source, file);
    expect(r.bytes).toBeGreaterThan(1000);
    expect(fs.existsSync(`${file}.partial`)).toBe(false);

    await restoreDatabase(target, file);
    const restored = await snapshot(target);
    expect(Object.keys(made).filter((k) => k.startsWith("table ")).length).toBeGreaterThan(30);
    expect(made["table public.Attachment"]).toMatch(/^1 rows/);
    expect(made["table pgboss.job"]).not.toMatch(/^0 rows/);
    expect(restored).toEqual(made);

    const [att] = await query<{ data: Buffer }>(target, `SELECT data FROM "Attachment"`);
    expect(Buffer.compare(att!.data, EVERY_BYTE)).toBe(0);
    const [note] = await query<{ title: string }>(target, `SELECT title FROM "Notification" WHERE "dedupeKey" LIKE 'backup-test:%'`);
    expect(note!.title).toBe(AWKWARD);
    // The append-only ledger keeps its trigger (compared above with everything else).
    expect(made["trigger \"ScoreEntry\".score_entry_append_only"]).toContain("BEFORE DELETE OR UPDATE");
  });

  it("refuses a database that is not empty, changing nothing, and replaces it with --force", { timeout: 120_000 }, async () => {
    await expect(restoreDatabase(source, file)).rejects.toThrow(NotEmptyError);
    await expect(restoreDatabase(source, file)).rejects.toThrow(/不是空的.*--force/s);
    expect(await snapshot(source)).toEqual(made);

    await query(target, `INSERT INTO "Unit" (id, name, kind, "parentId", "updatedAt") SELECT gen_random_uuid(), '多出来的单位', 'AGENCY', (SELECT id FROM "Unit" WHERE "parentId" IS NULL), now()`);
    await query(target, `CREATE TABLE public.leftover (id int)`);
    await restoreDatabase(target, file, { force: true });
    expect(await snapshot(target)).toEqual(made);
  });
});
