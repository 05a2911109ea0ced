// `npm run -s bench:audit`: how long a page of the 操作日志 takes on a large trail — listAudit
// (count + 50 rows + names) with no filter and with each filter the page offers. Prints
// p50/p95/max of 20 requests after 2 warm-ups per filter. Not a test. Goal: every filter under 300 ms at p95.
//
// Data: its own embedded PostgreSQL in .data/pg-bench-audit (127.0.0.1:54369, database
// zugong_bench_audit; DATABASE_URL is ignored so generated rows never reach a real database).
// When it holds fewer than 1,000,000 audit rows, set-based SQL makes 30 units with 4 people
// each and 1,000,000 rows over two years (about 1,400 a day: logins, failed logins, draft
// moves, issue and score actions), each with an address. The data then stays; delete
// .data/pg-bench-audit to start afresh.
import { performance } from "node:perf_hooks";
import pg from "pg";
import type { DatabaseHandle } from "../db.ts";
import { migrateIfNeeded, ms, runBench, stats } from "./common.ts";

const ROWS = 1_000_000;
const RUNS = 20;
const WARMUP = 2;
const GOAL_MS = 300;

async function generate(client: pg.Client) {
  const { rows } = await client.query<{ n: string }>(`SELECT count(*) AS n FROM "AuditLog"`);
  if (Number(rows[0].n) >= ROWS) return console.log(`Using the ${rows[0].n} audit rows already there.`);
  console.log(`Generating ${ROWS} audit rows...`);
  const t = performance.now();
  await client.query("BEGIN");
  await client.query(`TRUNCATE "AuditLog", "User", "Unit" CASCADE`);
  await client.query(`
    INSERT INTO "Unit" (id, name, kind, "sortOrder", "updatedAt")
    SELECT gen_random_uuid(), '单位' || i, CASE WHEN i = 0 THEN 'COUNTY' ELSE 'TOWNSHIP' END::"UnitKind", i, now()
    FROM generate_series(0, 29) i`);
  await client.query(`
    INSERT INTO "User" (id, username, name, "passwordHash", roles, "unitId", "updatedAt")
    SELECT gen_random_uuid(), 'user' || u."sortOrder" || '_' || k, '人员' || u."sortOrder" || '_' || k, 'x',
           CASE WHEN u."sortOrder" = 0 THEN ARRAY['ADMIN']::"Role"[] ELSE ARRAY['OFFICER']::"Role"[] END, u.id, now()
    FROM "Unit" u, generate_series(1, 4) k`);
  // Rows in time order, as the app appends them; the unit comes from the insert trigger.
  await client.query(`
    WITH people AS (SELECT id, row_number() OVER (ORDER BY username) - 1 AS n FROM "User"),
         actions AS (SELECT a, row_number() OVER () - 1 AS n FROM unnest(ARRAY[
           'auth.login','auth.login','auth.login','auth.logout','auth.login_failed','draft.create','draft.update',
           'draft.update','draft.submit','draft.approve','issue.addItem','score.record','notification.read']) a)
    INSERT INTO "AuditLog" (id, "actorId", action, "entityType", "entityId", data, ip, "userAgent", "createdAt")
    SELECT gen_random_uuid(),
           CASE WHEN act.a = 'auth.login_failed' THEN NULL ELSE p.id END,
           act.a,
           CASE WHEN act.a LIKE 'auth.%' THEN 'User' WHEN act.a LIKE 'issue.%' THEN 'BulletinIssue' WHEN act.a LIKE 'score.%' THEN 'ScoreRecord'
                WHEN act.a = 'notification.read' THEN 'Notification' ELSE 'Draft' END,
           CASE WHEN act.a = 'auth.login_failed' THEN 'user' || (i % 30) || '_1' ELSE md5(i::text)::uuid::text END,
           CASE WHEN act.a LIKE 'draft.%' THEN jsonb_build_object('from', 'DRAFT', 'to', 'SUBMITTED') END,
           '10.' || (i % 30) || '.' || (i % 7) || '.' || (i % 250 + 1),
           'Mozilla/5.0 (Windows NT 10.0; Win64; x64) Chrome/120',
           timestamp '2025-01-01' + (i * interval '63 seconds')
    FROM generate_series(1, ${ROWS}) i
    JOIN people p ON p.n = i % 120
    JOIN actions act ON act.n = (i / 7) % 13`);
  await client.query("COMMIT");
  await client.query(`ANALYZE`);
  console.log(`Generated in ${((performance.now() - t) / 1000).toFixed(1)} s.`);
}

async function main(handle: DatabaseHandle) {
  await migrateIfNeeded(handle.url);
  const client = new pg.Client({ connectionString: handle.url });
  await client.connect();
  try {
    await generate(client);
    const unit = (await client.query<{ id: string }>(`SELECT id FROM "Unit" WHERE name = '单位7'`)).rows[0].id;
    const draft = (await client.query<{ id: string }>(`SELECT "entityId" AS id FROM "AuditLog" WHERE "entityType" = 'Draft' LIMIT 1 OFFSET 5000`)).rows[0].id;
    const admin = (await client.query<{ id: string; unitId: string }>(`SELECT id, "unitId" FROM "User" WHERE username = 'user0_1'`)).rows[0];

    process.env.DATABASE_URL = handle.url;
    const { listAudit } = await import("../../lib/audit/list-audit.ts");
    const { db } = await import("../../lib/db.ts");
    const { loadActor } = await import("../../lib/auth/actor.ts");
    const actor = await loadActor(admin.id);
    const cases: [string, Parameters<typeof listAudit>[1]][] = [
      ["no filter, page 1", { page: 1 }],
      ["no filter, page 200", { page: 200 }],
      ["person (name part)", { page: 1, who: "人员7_2" }],
      ["person (login name)", { page: 1, who: "user7_2" }],
      ["unit", { page: 1, unit }],
      ["kind: one action", { page: 1, kind: "auth.login_failed" }],
      ["kind: group 登录", { page: 1, kind: "auth" }],
      ["one day", { page: 1, from: "2026-06-01", to: "2026-06-01" }],
      ["record", { page: 1, type: "Draft", id: draft }],
      ["address prefix", { page: 1, ip: "10.7.3." }],
      ["unit + kind + month", { page: 1, unit, kind: "draft", from: "2026-03-01", to: "2026-03-31" }],
    ];
    console.log(`\nlistAudit on ${ROWS} rows, ${RUNS} runs each (goal: p95 < ${GOAL_MS} ms)`);
    let missed = 0;
    for (const [name, params] of cases) {
      const times: number[] = [];
      let total = 0;
      for (let i = 0; i < WARMUP + RUNS; i++) {
        const t = performance.now();
        total = (await listAudit(actor, params)).total;
        if (i >= WARMUP) times.push(performance.now() - t);
      }
      const s = stats(times);
      if (s.p95 >= GOAL_MS) missed++;
      console.log(`${name.padEnd(22)} p50 ${ms(s.p50)}  p95 ${ms(s.p95)}  max ${ms(s.max)}  (${total} rows)${s.p95 >= GOAL_MS ? "  ← over goal" : ""}`);
    }
    console.log(missed ? `\n${missed} filter(s) over the goal.` : "\nEvery filter within the goal.");
    await db.$disconnect();
  } finally {
    await client.end();
  }
}

await runBench({ dataDir: ".data/pg-bench-audit", port: 54369, database: "zugong_bench_audit" }, main);
