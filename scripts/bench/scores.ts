// `npm run -s bench:scores`: how long the 积分看板 takes for a whole county at
// scale — getDashboard for the year 2026 (and this month) against five years of work —
// beside the bare SQL aggregate of the same year's per-unit figures. Prints p50/p95/max of
// 50 requests after 3 warm-ups, the time each statement of the dashboard takes and, when
// the dashboard misses its goal (or with --explain), their EXPLAIN ANALYZE plans. Not a test.
// Goal: the dashboard under 300 ms at p95.
//
// Data: its own embedded PostgreSQL in .data/pg-bench-scores (127.0.0.1:54359, database
// zugong_bench_scores; DATABASE_URL is ignored so that a real database never gets the
// generated rows). When it holds fewer than 60,000 drafts, its tables are emptied and one
// transaction of set-based SQL (generate_series, no row-by-row round trips) makes a county
// of 30 units (20 乡镇/街道, 10 县直) with their users, 2022-01-01 up to now:
//   - 60,000 drafts in the statuses of their age (old ones decided, recent ones still in the
//     pipeline), submittedAt/forwardedAt/decidedAt spread over the years, some units busier;
//   - an issue every 4.5 days (~400 published, numbered per year) holding the adopted drafts
//     (~25 % of those forwarded), and one issue being composed with the latest adoptions;
//   - each year's scoring rules (DEFAULT_RULES, plus a 2025 version 2 of one rule);
//   - ~180,000 score records (网评文章 mostly, media, upper-level adoptions of published
//     drafts, leader instructions), 2 % of them reversed;
//   - ~200,000 ledger entries: county adoption per published item, one per record, the
//     reversing entries, and a 2025 re-scoring (reversal + new entry) under the new version;
//     records and entries are written in the order they were made, as the app appends them.
// It takes about half a minute; the data then stays, so later runs measure at once. Delete
// .data/pg-bench-scores to start afresh. `--scale 10` makes a city instead: ten such
// counties' units, drafts and records (300 units, 600,000 drafts, ~2 million ledger rows)
// in .data/pg-bench-scores-x10, a few minutes the first time. DraftEvent/DraftVersion rows are not generated
// (nothing on the dashboard reads them).
import path from "node:path";
import { performance } from "node:perf_hooks";
import { pathToFileURL } from "node:url";
import pg from "pg";
import { PrismaPg } from "@prisma/adapter-pg";
import type { DatabaseHandle } from "../db.ts";
import { migrateIfNeeded, ms, runBench, stats } from "./common.ts";
import { DEFAULT_RULES } from "../../lib/scores/rules.ts";
import { PrismaClient } from "../../lib/generated/prisma/client.ts";

/** `--scale N`: N counties' worth of units, drafts and records (the city is 10). */
export const SCALE = Math.max(1, Number(process.argv[process.argv.indexOf("--scale") + 1]) || 1);
export const TARGET_DRAFTS = 60_000 * SCALE;
const RUNS = 50;
const WARMUP = 3;
const GOAL_MS = 300;
const YEAR = 2026;
const FIRST_YEAR = 2022;
const ISSUE_EVERY_DAYS = 4.5;
const MEDIA_RECORDS = 25_000 * SCALE;
const COMMENTARY_RECORDS = 150_000 * SCALE;
const EXPLAIN = process.argv.includes("--explain");

const TOWNSHIPS = [
  "青山镇", "石桥镇", "柳河乡", "东城街道", "西城街道", "南湖街道", "北关镇", "白沙镇", "红星乡", "龙泉镇",
  "花园乡", "新集镇", "黄岗镇", "马庄乡", "杨柳镇", "桃源乡", "双河镇", "金山镇", "清水乡", "凤凰街道",
];
const AGENCIES = [
  "县教育局", "县卫生健康局", "县财政局", "县农业农村局", "县自然资源局",
  "县人力资源和社会保障局", "县住房和城乡建设局", "县交通运输局", "县市场监督管理局", "县民政局",
];
const TOPICS = [
  "推行党员积分制管理", "抓实村级后备干部培养", "建强红色网格", "开展党员中心户评星定级", "发展壮大村集体经济",
  "扎实开展农村党员冬训", "整顿软弱涣散村党组织", "推进年轻干部实践锻炼", "党建引领乡村振兴", "抓好新就业群体党建",
  "深化党员志愿服务", "加强干部作风建设", "管好驻村第一书记", "规范主题党日活动", "回引在外人才",
  "为基层减负", "提升党群服务中心", "推动小区物业党建联建", "加强流动党员教育管理", "提高发展党员质量",
];
const PHRASE = "今年以来，围绕党建引领基层治理，扎实开展各项工作，取得明显成效。";

// ---------------------------------------------------------------------------
// Database
// ---------------------------------------------------------------------------

const sqlArray = (xs: readonly string[]) => `ARRAY[${xs.map((x) => `'${x.replace(/'/g, "''")}'`).join(",")}]`;

/** Everything in one transaction: a failed run leaves the tables as they were. */
async function generate(c: pg.Client, end: Date) {
  const started = performance.now();
  const secs = () => `${((performance.now() - started) / 1000).toFixed(1)} s`;
  const step = async (label: string, sql: string, params: unknown[] = []) => {
    const r = await c.query(sql, params);
    if (label) console.log(`  ${label}: ${r.rowCount ?? 0} rows (${secs()})`);
    return r;
  };
  const start = new Date(Date.UTC(FIRST_YEAR, 0, 1) - 8 * 3600_000); // 2022-01-01 00:00 Shanghai
  const S = start.toISOString();
  const E = end.toISOString();

  await c.query("BEGIN");
  await c.query("SET LOCAL TIME ZONE 'UTC'");
  await c.query("SELECT setseed(0.2026)");
  await step(
    "emptied",
    `TRUNCATE "ScoreEntry", "ScoreRecord", "ScoringRule", "ScoreNotice", "IssueItem", "BulletinIssue", "SeriesYearCounter", "Series",
       "DraftSimilarityBand", "DraftEditLock", "Attachment", "DraftEvent", "DraftVersion", "Draft", "AuditLog", "User", "Unit" CASCADE`,
  );

  // --- Units (each with a weight: some submit much more than others) and users -------------
  await step("", `INSERT INTO "Unit" (id, name, kind, "sortOrder", "createdAt", "updatedAt") VALUES (gen_random_uuid(), '中共示例县委组织部', 'COUNTY', 0, $1, $1)`, [S]);
  // Each further county's units carry its number: 第2县青山镇.
  const county = (k: number, xs: string[]) => xs.map((n) => (k === 1 ? n : `第${k}县${n}`));
  const counties = Array.from({ length: SCALE }, (_, i) => i + 1);
  const names = counties.flatMap((k) => [...county(k, TOWNSHIPS), ...county(k, AGENCIES)]);
  const agency = counties.flatMap(() => [...TOWNSHIPS.map(() => false), ...AGENCIES.map(() => true)]);
  await step(
    "units",
    `INSERT INTO "Unit" (id, name, kind, "rankGroup", "parentId", "sortOrder", "createdAt", "updatedAt")
     SELECT gen_random_uuid(), n,
       (CASE WHEN a THEN 'AGENCY' WHEN n LIKE '%街道' THEN 'SUBDISTRICT' ELSE 'TOWNSHIP' END)::"UnitKind",
       (CASE WHEN a THEN 'AGENCY' ELSE 'TOWNSHIP' END)::"RankGroup",
       (SELECT id FROM "Unit" WHERE kind = 'COUNTY'), i, $1::timestamp, $1::timestamp
     FROM unnest($2::text[], $3::boolean[]) WITH ORDINALITY AS x(n, a, i)`,
    [S, names, agency],
  );
  await step(
    "users",
    `INSERT INTO "User" (id, username, name, "passwordHash", roles, "unitId", "createdAt", "updatedAt")
     SELECT gen_random_uuid(), 'bench_' || u."sortOrder" || '_' || k, u.name || (ARRAY['信息员甲', '信息员乙', '组织委员'])[k],
       '-', (CASE WHEN k = 3 THEN ARRAY['REVIEWER'] ELSE ARRAY['OFFICER'] END)::"Role"[], u.id, $1::timestamp, $1::timestamp
     FROM "Unit" u CROSS JOIN generate_series(1, 3) k WHERE u."rankGroup" IS NOT NULL
     UNION ALL
     SELECT gen_random_uuid(), 'bench_county_' || k, (ARRAY['研究室编辑甲', '研究室编辑乙', '部领导', '系统管理员'])[k], '-',
       ARRAY[(ARRAY['EDITOR', 'EDITOR', 'LEADER', 'ADMIN'])[k]]::"Role"[], u.id, $1::timestamp, $1::timestamp
     FROM "Unit" u CROSS JOIN generate_series(1, 4) k WHERE u.kind = 'COUNTY'`,
    [S],
  );
  await c.query(`
    CREATE TEMP TABLE bench_units ON COMMIT DROP AS
    SELECT u.id AS unit_id, u.name, u."sortOrder" AS idx,
      (SELECT id FROM "User" WHERE username = 'bench_' || u."sortOrder" || '_1') AS officer1,
      (SELECT id FROM "User" WHERE username = 'bench_' || u."sortOrder" || '_2') AS officer2,
      coalesce(sum(w) OVER (ORDER BY u."sortOrder" ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING), 0) / sum(w) OVER () AS lo,
      sum(w) OVER (ORDER BY u."sortOrder") / sum(w) OVER () AS hi
    FROM (SELECT *, 0.4 + random() * 1.2 AS w FROM "Unit" WHERE "rankGroup" IS NOT NULL) u`);
  await c.query(`UPDATE bench_units SET hi = 1.0000001 WHERE idx = (SELECT max(idx) FROM bench_units)`);
  await c.query(`
    CREATE TEMP TABLE bench_people ON COMMIT DROP AS
    SELECT (SELECT id FROM "User" WHERE username = 'bench_county_1') AS editor,
           (SELECT id FROM "User" WHERE username = 'bench_county_2') AS editor2,
           (SELECT id FROM "User" WHERE username = 'bench_county_3') AS leader`);

  // --- Drafts ------------------------------------------------------------------------------
  // Status by age: older than 20 days all decided (or abandoned), the last weeks in the pipeline.
  // 'RETURNED_C' is a draft the county returned (it has forwardedAt) and the unit let lie.
  await step(
    "drafts",
    `INSERT INTO "Draft" (id, "unitId", "authorId", title, kind, "eventDate", body, status, version,
                          "submittedAt", "forwardedAt", "decidedAt", "createdAt", "updatedAt")
     SELECT gen_random_uuid(), u.unit_id, CASE WHEN x.r3 < 0.6 THEN u.officer1 ELSE u.officer2 END,
       u.name || (${sqlArray(TOPICS)})[1 + floor(x.r4 * ${TOPICS.length})::int],
       (ARRAY['NEWS','NEWS','NEWS','EXPERIENCE','EXPERIENCE','PROBLEM','RESEARCH','URGENT'])[1 + floor(x.r5 * 8)::int]::"DraftKind",
       (x.created + interval '8 hours')::date - floor(x.r6 * 5)::int,
       repeat('${PHRASE}', 5 + floor(x.r6 * 35)::int),
       (CASE WHEN s.status = 'RETURNED_C' THEN 'RETURNED' ELSE s.status END)::"DraftStatus",
       1 + floor(x.r7 * 3)::int,
       t.submitted, t.forwarded, t.decided, x.created, coalesce(t.decided, t.forwarded, t.submitted, x.created)
     FROM (
       SELECT g, random() AS r1, random() AS r2, random() AS r3, random() AS r4, random() AS r5, random() AS r6,
         random() AS r7, random() AS r8, random() AS r9, $1::timestamp + random() * ($2::timestamp - $1::timestamp) AS created
       FROM generate_series(1, ${TARGET_DRAFTS}) g
     ) x
     JOIN bench_units u ON x.r1 >= u.lo AND x.r1 < u.hi
     CROSS JOIN LATERAL (SELECT CASE
         WHEN $2::timestamp - x.created < interval '3 days' THEN
           CASE WHEN x.r2 < 0.35 THEN 'DRAFT' WHEN x.r2 < 0.60 THEN 'SUBMITTED' WHEN x.r2 < 0.70 THEN 'RETURNED'
                WHEN x.r2 < 0.90 THEN 'FORWARDED' ELSE 'EDITING' END
         WHEN $2::timestamp - x.created < interval '20 days' THEN
           CASE WHEN x.r2 < 0.04 THEN 'DRAFT' WHEN x.r2 < 0.08 THEN 'SUBMITTED' WHEN x.r2 < 0.12 THEN 'RETURNED'
                WHEN x.r2 < 0.22 THEN 'FORWARDED' WHEN x.r2 < 0.27 THEN 'EDITING' WHEN x.r2 < 0.50 THEN 'PUBLISHED' ELSE 'NOT_ADOPTED' END
         ELSE
           CASE WHEN x.r2 < 0.02 THEN 'DRAFT' WHEN x.r2 < 0.05 THEN 'RETURNED' WHEN x.r2 < 0.06 THEN 'RETURNED_C'
                WHEN x.r2 < 0.30 THEN 'PUBLISHED' ELSE 'NOT_ADOPTED' END
       END AS status) s
     CROSS JOIN LATERAL (SELECT
         CASE WHEN s.status <> 'DRAFT' THEN least(x.created + x.r7 * interval '2 days', $2::timestamp) END AS submitted,
         CASE WHEN s.status IN ('FORWARDED', 'EDITING', 'NOT_ADOPTED', 'PUBLISHED', 'RETURNED_C')
              THEN least(x.created + x.r7 * interval '2 days' + x.r8 * interval '3 days', $2::timestamp) END AS forwarded,
         CASE WHEN s.status IN ('NOT_ADOPTED', 'PUBLISHED')
              THEN least(x.created + x.r7 * interval '2 days' + x.r8 * interval '3 days' + x.r9 * interval '7 days', $2::timestamp) END AS decided
       ) t
     ORDER BY x.created`,
    [S, E],
  );

  // --- Issues: one every 4.5 days, numbered per (Shanghai) year; items are the drafts adopted before it --
  await step("series", `INSERT INTO "Series" (id, name, "issuingBody", "mastheadTitle", "distributionReport", "distributionSend", "distributionIssue", "printCount", "nodeId")
    VALUES (gen_random_uuid(), '示例县组工信息', '中共示例县委组织部', '示例县组工信息', '市委组织部', '县委常委', '各乡镇（街道）党（工）委，县直各单位党组（党委）', 120,
      (SELECT id FROM "Unit" WHERE "parentId" IS NULL))`);
  await step(
    "published issues",
    `INSERT INTO "BulletinIssue" (id, "seriesId", status, year, number, "totalNumber", "publishedAt", "publishedById",
        "distributionReport", "distributionSend", "distributionIssue", "printCount", "signedById", "signedAt", "signedHash",
        "createdById", version, "createdAt", "updatedAt")
     SELECT gen_random_uuid(), s.id, 'PUBLISHED', extract(year FROM x.at + interval '8 hours')::int,
       row_number() OVER (PARTITION BY extract(year FROM x.at + interval '8 hours') ORDER BY x.k), x.k, x.at, p.editor,
       s."distributionReport", s."distributionSend", s."distributionIssue", s."printCount", p.leader, x.at - interval '20 hours', 'bench',
       p.editor, 4, x.at - interval '3 days', x.at
     FROM (SELECT k, $1::timestamp + interval '3 days' + (k - 1) * interval '${ISSUE_EVERY_DAYS * 24} hours' + interval '1 hour' + random() * interval '8 hours' AS at
           FROM generate_series(1, floor(extract(epoch FROM $2::timestamp - $1::timestamp - interval '4 days') / ${ISSUE_EVERY_DAYS * 86400})::int) k) x
     CROSS JOIN "Series" s CROSS JOIN bench_people p`,
    [S, E],
  );
  await step(
    "items of published issues",
    `INSERT INTO "IssueItem" (id, "issueId", "draftId", position, section)
     SELECT gen_random_uuid(), i.id, d.id, row_number() OVER (PARTITION BY i.id ORDER BY d."decidedAt", d.id),
       CASE d.kind WHEN 'EXPERIENCE' THEN '经验交流' WHEN 'PROBLEM' THEN '问题反映' WHEN 'RESEARCH' THEN '调研报告' ELSE '工作动态' END
     FROM "Draft" d
     CROSS JOIN LATERAL (SELECT b.id, b."publishedAt" FROM "BulletinIssue" b WHERE b.status = 'PUBLISHED' AND b."publishedAt" > d."decidedAt"
                         ORDER BY b."publishedAt" LIMIT 1) i
     WHERE d.status = 'PUBLISHED'
     ORDER BY i."publishedAt", 4`,
  );
  // Adopted after the last issue: waiting in the issue being composed.
  await step("drafts adopted since the last issue", `UPDATE "Draft" d SET status = 'ADOPTED' WHERE status = 'PUBLISHED' AND NOT EXISTS (SELECT 1 FROM "IssueItem" i WHERE i."draftId" = d.id)`);
  await step(
    "",
    `INSERT INTO "BulletinIssue" (id, "seriesId", status, "createdById", "createdAt", "updatedAt")
     SELECT gen_random_uuid(), s.id, 'COMPOSING', p.editor, $1::timestamp - interval '2 days', $1::timestamp FROM "Series" s CROSS JOIN bench_people p`,
    [E],
  );
  await step(
    "items of the issue being composed",
    `INSERT INTO "IssueItem" (id, "issueId", "draftId", position, section)
     SELECT gen_random_uuid(), (SELECT id FROM "BulletinIssue" WHERE status = 'COMPOSING'), d.id, row_number() OVER (ORDER BY d."decidedAt", d.id), '工作动态'
     FROM "Draft" d WHERE d.status = 'ADOPTED'`,
  );
  await c.query(`
    INSERT INTO "SeriesYearCounter" ("seriesId", year, "lastNumber")
    SELECT "seriesId", year, max(number) FROM "BulletinIssue" WHERE status = 'PUBLISHED' GROUP BY "seriesId", year`);
  await c.query(`UPDATE "Series" SET "totalCount" = (SELECT max("totalNumber") FROM "BulletinIssue")`);

  // --- Rules: the defaults each year (version 1 on the eve of the year); 2025 raised 县级领导批示 in December ---
  const codes = DEFAULT_RULES.map((r) => r.code);
  await step(
    "scoring rules",
    `INSERT INTO "ScoringRule" (id, "nodeId", year, code, version, label, points, "createdAt")
     SELECT gen_random_uuid(), (SELECT id FROM "Unit" WHERE "parentId" IS NULL), y, r.code, 1, r.label, r.points, make_timestamp(y - 1, 12, 31, 16, 0, 0)
     FROM generate_series(${FIRST_YEAR}, ${YEAR}) y
     CROSS JOIN unnest($1::text[], $2::text[], $3::numeric[]) AS r(code, label, points)
     UNION ALL
     SELECT gen_random_uuid(), (SELECT id FROM "Unit" WHERE "parentId" IS NULL), 2025, 'INSTRUCTION_COUNTY', 2, label, 4, '2025-12-20 02:00' FROM unnest($1::text[], $2::text[]) AS r(code, label) WHERE code = 'INSTRUCTION_COUNTY'`,
    [codes, DEFAULT_RULES.map((r) => r.label), DEFAULT_RULES.map((r) => r.points)],
  );

  await c.query(`CREATE TEMP TABLE bench_records (LIKE "ScoreRecord" INCLUDING DEFAULTS) ON COMMIT DROP`);
  await c.query(`CREATE TEMP TABLE bench_entries (LIKE "ScoreEntry" INCLUDING DEFAULTS) ON COMMIT DROP`);

  // --- County adoption entries: one per published item, in the year of its issue ----------------
  await step(
    "ledger: county adoption",
    `INSERT INTO bench_entries (id, "unitId", "userId", "ruleId", points, year, "sourceType", "sourceId", "dedupeKey", "draftId", "occurredAt", "recordedById", "createdAt")
     SELECT gen_random_uuid(), d."unitId", d."authorId", r.id, r.points, b.year, 'ISSUE_ITEM', it.id::text,
       'ISSUE_ITEM:' || it.id || ':ADOPTION_COUNTY', d.id, b."publishedAt", b."publishedById", b."publishedAt"
     FROM "IssueItem" it
     JOIN "BulletinIssue" b ON b.id = it."issueId" AND b.status = 'PUBLISHED'
     JOIN "Draft" d ON d.id = it."draftId"
     JOIN "ScoringRule" r ON r.year = b.year AND r.code = 'ADOPTION_COUNTY' AND r.version = 1`,
  );

  // --- Score records -------------------------------------------------------------------------
  // Columns after the kind-specific part: createdAt some days after the event (not in the future), 2 % reversed.
  const recordTail = (occurred: string) => `
       ${occurred} AS "occurredOn", least((${occurred})::timestamp - interval '8 hours' + interval '1 day' + x.rc * interval '20 days', $1::timestamp) AS "createdAt",
       x.rr < 0.02 AS reversed, x.rt`;
  const insertRecords = async (label: string, select: string, params: unknown[] = [E]) => {
    await step(
      label,
      `INSERT INTO bench_records (id, kind, "unitId", "draftId", level, title, outlet, "issueNo", leader, content, "occurredOn", "recordedById", "createdAt",
                                  "reversedAt", "reversedById", "reverseReason")
       SELECT gen_random_uuid(), kind::"ScoreRecordKind", "unitId", "draftId", level::"ScoreRecordLevel", title, outlet, "issueNo", leader, content, "occurredOn", "recordedById", "createdAt",
         CASE WHEN reversed THEN least("createdAt" + interval '1 hour' + rt * interval '30 days', $1::timestamp) END,
         CASE WHEN reversed THEN (SELECT editor FROM bench_people) END,
         CASE WHEN reversed THEN '登记有误，冲销' END
       FROM (${select}) y
       WHERE "occurredOn" <= ($1::timestamp + interval '8 hours')::date`,
      params,
    );
  };
  await insertRecords(
    "records: upper-level adoption of published drafts",
    `SELECT 'UPPER_ADOPTION' AS kind, x."unitId", x.id AS "draftId",
       CASE WHEN x.rl < 0.80 THEN 'CITY' WHEN x.rl < 0.98 THEN 'PROVINCE' ELSE 'CENTRAL' END AS level, x.title,
       CASE WHEN x.rl < 0.80 THEN '市委组织部《组工信息》' WHEN x.rl < 0.98 THEN '省委组织部《组工信息》' ELSE '《组工通讯》' END AS outlet,
       '第' || (1 + floor(x.rc * 90)::int) || '期' AS "issueNo", '' AS leader, '' AS content, (SELECT editor FROM bench_people) AS "recordedById",
       ${recordTail(`(x."decidedAt" + interval '8 hours')::date + 10 + floor(x.ro * 50)::int`)}
     FROM (SELECT d.*, random() AS rl, random() AS rc, random() AS ro, random() AS rr, random() AS rt, random() AS rp FROM "Draft" d WHERE d.status = 'PUBLISHED') x
     WHERE x.rp < 0.35`,
  );
  await insertRecords(
    "records: leader instructions on forwarded drafts",
    `SELECT 'INSTRUCTION' AS kind, x."unitId", x.id AS "draftId",
       CASE WHEN x.rl < 0.60 THEN 'COUNTY' WHEN x.rl < 0.90 THEN 'CITY' WHEN x.rl < 0.99 THEN 'PROVINCE' ELSE 'CENTRAL' END AS level, x.title,
       '' AS outlet, '' AS "issueNo",
       CASE WHEN x.rl < 0.60 THEN '县委书记' WHEN x.rl < 0.90 THEN '市委常委、组织部部长' WHEN x.rl < 0.99 THEN '省委常委、组织部部长' ELSE '中央领导同志' END AS leader,
       '经验做法很好，请组织部总结推广。' AS content, (SELECT leader FROM bench_people) AS "recordedById",
       ${recordTail(`(x."forwardedAt" + interval '8 hours')::date + 3 + floor(x.ro * 37)::int`)}
     FROM (SELECT d.*, random() AS rl, random() AS rc, random() AS ro, random() AS rr, random() AS rt, random() AS rp FROM "Draft" d WHERE d."forwardedAt" IS NOT NULL) x
     WHERE x.rp < 0.03`,
  );
  const freeRecords = (n: number, kind: string, level: string, outlet: string, title: string) => `
     SELECT '${kind}' AS kind, u.unit_id AS "unitId", NULL::uuid AS "draftId", ${level} AS level, u.name || ${title} AS title, ${outlet} AS outlet,
       '' AS "issueNo", '' AS leader, '' AS content, CASE WHEN x.rc < 0.5 THEN p.editor ELSE p.editor2 END AS "recordedById",
       ${recordTail(`($2::timestamp + x.ro * ($1::timestamp - $2::timestamp) + interval '8 hours')::date`)}
     FROM (SELECT g, random() AS ru, random() AS rl, random() AS rc, random() AS ro, random() AS rr, random() AS rt FROM generate_series(1, ${n}) g) x
     JOIN bench_units u ON x.ru >= u.lo AND x.ru < u.hi CROSS JOIN bench_people p`;
  await insertRecords(
    "records: media and 网评文章",
    `${freeRecords(MEDIA_RECORDS, "MEDIA", `CASE WHEN x.rl < 0.08 THEN 'NATIONAL' WHEN x.rl < 0.38 THEN 'PROVINCIAL' ELSE 'CITY' END`,
       `CASE WHEN x.rl < 0.08 THEN '人民网' WHEN x.rl < 0.38 THEN '省日报' ELSE '市日报' END`, `'：基层党建工作见实效'`)}
     UNION ALL
     ${freeRecords(COMMENTARY_RECORDS, "COMMENTARY", `'ANY'`, `'网评'`, `'网评：' || (${sqlArray(TOPICS)})[1 + floor(x.rl * ${TOPICS.length})::int]`)}`,
    [E, S],
  );

  // --- Record entries under the rule version in force when recorded, then reversals and the 2025 re-scoring ---
  await step(
    "ledger: record entries",
    `INSERT INTO bench_entries (id, "unitId", "userId", "ruleId", points, year, "sourceType", "sourceId", "dedupeKey", "draftId", "occurredAt", "recordedById", "createdAt")
     SELECT gen_random_uuid(), rec."unitId", d."authorId", r.id, r.points, rec.yr, 'SCORE_RECORD', rec.id::text,
       'SCORE_RECORD:' || rec.id || ':' || rec.code, rec."draftId", rec."occurredOn"::timestamp - interval '8 hours', rec."recordedById", rec."createdAt"
     FROM (SELECT s.*, extract(year FROM s."occurredOn")::int AS yr,
             CASE s.kind
               WHEN 'UPPER_ADOPTION' THEN 'ADOPTION_' || s.level::text
               WHEN 'MEDIA' THEN 'MEDIA_' || s.level::text
               WHEN 'COMMENTARY' THEN 'COMMENTARY'
               ELSE 'INSTRUCTION_' || s.level::text END AS code
           FROM bench_records s) rec
     LEFT JOIN "Draft" d ON d.id = rec."draftId"
     CROSS JOIN LATERAL (SELECT r.id, r.points FROM "ScoringRule" r WHERE r.year = rec.yr AND r.code = rec.code AND r."createdAt" <= rec."createdAt"
                         ORDER BY r.version DESC LIMIT 1) r`,
  );
  await step(
    "ledger: reversals of reversed records",
    `INSERT INTO bench_entries (id, "unitId", "userId", "ruleId", points, year, "sourceType", "sourceId", "draftId", "occurredAt", "recordedById", "reversalOfId", "createdAt")
     SELECT gen_random_uuid(), e."unitId", e."userId", e."ruleId", -e.points, e.year, e."sourceType", e."sourceId", e."draftId", e."occurredAt",
       s."reversedById", e.id, s."reversedAt"
     FROM bench_records s JOIN bench_entries e ON e."sourceType" = 'SCORE_RECORD' AND e."sourceId" = s.id::text
     WHERE s."reversedAt" IS NOT NULL`,
  );
  await c.query(`
    CREATE TEMP TABLE bench_recalc ON COMMIT DROP AS
    SELECT e.*, v2.id AS new_rule, v2.points AS new_points, v2."createdAt" + interval '1 day' AS at
    FROM bench_entries e
    JOIN "ScoringRule" v1 ON v1.id = e."ruleId" AND v1.version = 1
    JOIN "ScoringRule" v2 ON v2.year = v1.year AND v2.code = v1.code AND v2.version = 2
    WHERE e."reversalOfId" IS NULL
      AND NOT EXISTS (SELECT 1 FROM bench_entries x WHERE x."reversalOfId" = e.id)`);
  await step(
    "ledger: 2025 re-scoring, reversals",
    `INSERT INTO bench_entries (id, "unitId", "userId", "ruleId", points, year, "sourceType", "sourceId", "draftId", "occurredAt", "recordedById", "reversalOfId", "createdAt")
     SELECT gen_random_uuid(), "unitId", "userId", "ruleId", -points, year, "sourceType", "sourceId", "draftId", "occurredAt", (SELECT editor FROM bench_people), id, at
     FROM bench_recalc`,
  );
  await step(
    "ledger: 2025 re-scoring, new entries",
    `INSERT INTO bench_entries (id, "unitId", "userId", "ruleId", points, year, "sourceType", "sourceId", "dedupeKey", "draftId", "occurredAt", "recordedById", "createdAt")
     SELECT gen_random_uuid(), "unitId", "userId", new_rule, new_points, year, "sourceType", "sourceId", "dedupeKey" || ':recalc:' || new_rule,
       "draftId", "occurredAt", (SELECT editor FROM bench_people), at
     FROM bench_recalc`,
  );
  // The ledger and the records are appended as time goes by: their rows lie in the order they were written.
  await step("score records, in the order recorded", `INSERT INTO "ScoreRecord" SELECT * FROM bench_records ORDER BY "createdAt"`);
  await step("ledger entries, in the order written", `INSERT INTO "ScoreEntry" SELECT * FROM bench_entries ORDER BY "createdAt", "reversalOfId" NULLS FIRST`);
  await c.query("COMMIT");
  for (const t of ["Unit", "User", "Draft", "Series", "BulletinIssue", "IssueItem", "ScoringRule", "ScoreRecord", "ScoreEntry", "PointsRollup", "CountsRollup"]) {
    await c.query(`VACUUM (ANALYZE) "${t}"`);
  }
  console.log(`  vacuumed and analysed (${secs()})`);
}

async function summary(c: pg.Client) {
  const { rows } = await c.query<{ what: string; n: string }>(`
    SELECT 'units' AS what, count(*)::text AS n FROM "Unit" WHERE "rankGroup" IS NOT NULL
    UNION ALL SELECT 'users', count(*)::text FROM "User"
    UNION ALL SELECT 'drafts', count(*)::text FROM "Draft"
    UNION ALL SELECT 'forwarded drafts', count(*)::text FROM "Draft" WHERE "forwardedAt" IS NOT NULL
    UNION ALL SELECT 'published issues', count(*)::text FROM "BulletinIssue" WHERE status = 'PUBLISHED'
    UNION ALL SELECT 'items in published issues', count(*)::text FROM "IssueItem" i JOIN "BulletinIssue" b ON b.id = i."issueId" WHERE b.status = 'PUBLISHED'
    UNION ALL SELECT 'score records', count(*)::text FROM "ScoreRecord"
    UNION ALL SELECT 'ledger entries', count(*)::text FROM "ScoreEntry"
    UNION ALL SELECT 'ledger entries in ${YEAR}', count(*)::text FROM "ScoreEntry" WHERE year = ${YEAR}`);
  const n = Object.fromEntries(rows.map((r) => [r.what, Number(r.n)]));
  console.log(
    `${n.units} units, ${n.users} users; ${n.drafts} drafts (${n["forwarded drafts"]} forwarded, ` +
      `${((100 * n["items in published issues"]) / Math.max(1, n["forwarded drafts"])).toFixed(1)} % of them in ${n["published issues"]} published issues); ` +
      `${n["score records"]} score records; ${n["ledger entries"]} ledger entries (${n[`ledger entries in ${YEAR}`]} in ${YEAR}).`,
  );
  const idx = await c.query<{ indexname: string }>(`SELECT indexname FROM pg_indexes WHERE tablename = 'ScoreEntry' ORDER BY indexname`);
  console.log(`ScoreEntry indexes: ${idx.rows.map((r) => r.indexname).join(", ")}`);
  return n.drafts;
}

// ---------------------------------------------------------------------------
// Measuring
// ---------------------------------------------------------------------------

function report(name: string, times: number[], goal?: number) {
  const { p50, p95, max } = stats(times);
  const verdict = goal === undefined ? "" : `   goal p95 < ${goal} ms  ${p95 < goal ? "ok" : "SLOW"}`;
  console.log(`${name.padEnd(34)} p50 ${ms(p50)}   p95 ${ms(p95)}   max ${ms(max)}${verdict}`);
  return { p50, p95, max };
}

async function timed(fn: () => Promise<unknown>): Promise<number[]> {
  for (let i = 0; i < WARMUP; i++) await fn();
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    await fn();
    times.push(performance.now() - t0);
  }
  return times;
}

type Logged = { query: string; params: string; duration: number };

/** A short name for a statement of the dashboard, from its text. */
function statementName(q: Logged): string {
  if (q.query.includes("FULL JOIN p")) return `period figures (${/"(\d{4}-\d\d)-01"/.exec(q.params)?.[1] ?? "?"})`;
  if (q.query.includes("extract(month")) return "monthly trend";
  if (q.query.includes(`"ruleCode" AS code`)) return "points by rule";
  if (q.query.includes(`LEFT JOIN "CountsRollup"`)) return "low submitters";
  if (q.query.includes(`FROM "public"."Unit"`)) return "units";
  return q.query.replace(/\s+/g, " ").slice(0, 40);
}

/** The bench database with its county, generated the first time: the number of drafts in it. */
export async function prepareScaleData(handle: DatabaseHandle): Promise<number> {
  await migrateIfNeeded(handle.url);
  const c = new pg.Client({ connectionString: handle.url, application_name: "bench-scores" });
  await c.connect();
  try {
    let drafts = await summary(c);
    if (drafts < TARGET_DRAFTS) {
      console.log(`${drafts} drafts: generating the county's five years...`);
      await generate(c, new Date());
      drafts = await summary(c);
    }
    return drafts;
  } finally {
    await c.end();
  }
}

/** One statement: each unit's points, submissions and adoption counts for [from, to), each source table read once. */
export const BARE_YEAR_FIGURES = `WITH sub AS (SELECT "unitId", count(*)::int AS n FROM "Draft" WHERE "forwardedAt" >= $1 AND "forwardedAt" < $2 GROUP BY 1),
     dec AS (SELECT "unitId", count(*)::int AS n FROM "Draft" WHERE status = 'NOT_ADOPTED' AND "decidedAt" >= $1 AND "decidedAt" < $2 GROUP BY 1),
     ado AS (SELECT d."unitId", count(*)::int AS n FROM "IssueItem" i JOIN "BulletinIssue" b ON b.id = i."issueId" JOIN "Draft" d ON d.id = i."draftId"
             WHERE b.status = 'PUBLISHED' AND b."publishedAt" >= $1 AND b."publishedAt" < $2 GROUP BY 1),
     upr AS (SELECT "unitId", count(*) FILTER (WHERE level = 'CITY')::int AS city, count(*) FILTER (WHERE level IN ('PROVINCE', 'CENTRAL'))::int AS prov
             FROM "ScoreRecord" WHERE kind = 'UPPER_ADOPTION' AND "reversedAt" IS NULL
               AND "occurredOn" >= ($1::timestamptz AT TIME ZONE 'Asia/Shanghai')::date AND "occurredOn" < ($2::timestamptz AT TIME ZONE 'Asia/Shanghai')::date GROUP BY 1),
     pts AS (SELECT "unitId", sum(points) AS p FROM "ScoreEntry" WHERE "occurredAt" >= $1 AND "occurredAt" < $2 GROUP BY 1)
SELECT u.id AS "unitId", coalesce(sub.n, 0) AS submitted, coalesce(ado.n, 0) AS "adoptedCounty", coalesce(upr.city, 0) AS "adoptedCity",
  coalesce(upr.prov, 0) AS "adoptedProvincePlus", coalesce(dec.n, 0) AS declined, coalesce(pts.p, 0)::text AS points
FROM "Unit" u LEFT JOIN sub ON sub."unitId" = u.id LEFT JOIN dec ON dec."unitId" = u.id LEFT JOIN ado ON ado."unitId" = u.id
  LEFT JOIN upr ON upr."unitId" = u.id LEFT JOIN pts ON pts."unitId" = u.id
WHERE u."rankGroup" IS NOT NULL ORDER BY u."sortOrder"`;

// BENCH_PG_PORT moves the port, for checkouts benchmarking side by side.
export const BENCH_DATABASE = { dataDir: `.data/pg-bench-scores${SCALE > 1 ? `-x${SCALE}` : ""}`, port: Number(process.env.BENCH_PG_PORT) || 54359, database: "zugong_bench_scores" };

async function main(handle: DatabaseHandle) {
  const drafts = await prepareScaleData(handle);
  const c = new pg.Client({ connectionString: handle.url, application_name: "bench-scores" });
  await c.connect();
  try {

    // The app's `db` (lib/db.ts), built the same way but logging each statement with its
    // parameters and duration: lib/db.ts keeps its client on globalThis.db outside production
    // and uses the one it finds there.
    process.env.DATABASE_URL = handle.url;
    const logged: Logged[] = [];
    const client = new PrismaClient({
      adapter: new PrismaPg({ connectionString: handle.url, max: Number(process.env.DB_POOL_MAX ?? 10) }),
      omit: { user: { passwordHash: true } },
      log: [{ emit: "event", level: "query" }],
    });
    client.$on("query", (e) => logged.push({ query: e.query, params: e.params, duration: Number(e.duration) }));
    (globalThis as unknown as { db?: unknown }).db = client;
    const { db } = await import("../../lib/db.ts");
    const { getDashboard } = await import("../../lib/scores/dashboard.ts");
    const { currentMonthOf } = await import("../../lib/scores/dashboard-view.ts");
    const { periodRange } = await import("../../lib/scores/period.ts");
    type Period = import("../../lib/scores/period.ts").Period;
    const logging = (db as unknown) === client;

    try {
      const leader = await db.user.findFirstOrThrow({ where: { roles: { has: "LEADER" } } });
      const { loadActor } = await import("../../lib/auth/actor.ts");
      const actor = await loadActor(leader.id);
      const yearPeriod: Period = { kind: "YEAR", year: YEAR, index: 1 };
      const monthPeriod = currentMonthOf(yearPeriod, new Date());
      const { from, to } = periodRange(yearPeriod);

      const bare = () => db.$queryRawUnsafe<Array<{ unitId: string; submitted: number; adoptedCounty: number; adoptedCity: number; adoptedProvincePlus: number; declined: number; points: string }>>(
        BARE_YEAR_FIGURES,
        from,
        to,
      );

      // Same numbers?
      const dash = await getDashboard(actor, yearPeriod);
      const sql = new Map((await bare()).map((r) => [r.unitId, r]));
      const mismatches = dash.table.filter((r) => {
        const s = sql.get(r.unitId);
        return !s || s.submitted !== r.submitted || s.adoptedCounty !== r.adoptedCounty || s.adoptedCity !== r.adoptedCity ||
          s.adoptedProvincePlus !== r.adoptedProvincePlus || s.declined !== r.declined || Number(s.points) !== r.points;
      });
      const top = dash.table.slice(0, 3).map((r) => `${r.name} ${r.points}`).join("、");
      console.log(`\n${YEAR}: ${dash.table.reduce((a, r) => a + r.submitted, 0)} submitted, ${dash.table.reduce((a, r) => a + r.adoptedCounty, 0)} adopted by the county; ` +
        `top: ${top}. Dashboard table and bare SQL agree: ${mismatches.length === 0 ? "yes" : `NO (${mismatches.length} units differ)`}`);

      logged.length = 0;
      console.log(`\n${RUNS} requests after ${WARMUP} warm-ups each (Node ${process.version}, ${drafts} drafts; DB pool ${process.env.DB_POOL_MAX ?? 10}):`);
      const yearTimes = await timed(() => getDashboard(actor, yearPeriod));
      const yearLog = logged.splice(0);
      const year = report(`getDashboard ${YEAR} (year)`, yearTimes, GOAL_MS);
      report(`bare SQL aggregate ${YEAR}`, await timed(bare));
      logged.length = 0;
      const monthTimes = await timed(() => getDashboard(actor, monthPeriod));
      const monthLog = logged.splice(0);
      report(`getDashboard ${monthPeriod.year}-${String(monthPeriod.index).padStart(2, "0")} (month)`, monthTimes, GOAL_MS);

      if (!logging) {
        console.log("(lib/db.ts did not take the logging client: no per-statement figures)");
        return;
      }
      // Each statement of the dashboard, as the database driver saw it (these run side by side).
      const perStatement = (log: Logged[], label: string) => {
        const groups = new Map<string, { sample: Logged; durations: number[] }>();
        for (const q of log) {
          const name = statementName(q);
          if (name.startsWith("SELECT 1") || /^(BEGIN|COMMIT)/.test(name)) continue;
          const g = groups.get(name) ?? { sample: q, durations: [] };
          g.durations.push(q.duration);
          groups.set(name, g);
        }
        console.log(`\nStatements of the ${label} dashboard (driver-reported, warm-ups included):`);
        for (const [name, g] of groups) report(`  ${name}`, g.durations);
        return groups;
      };
      const yearGroups = perStatement(yearLog, "year");
      perStatement(monthLog, "month");

      // Where the time goes: EXPLAIN ANALYZE of each statement of the year view.
      console.log(`\nEXPLAIN ANALYZE, year view:`);
      const plans: Array<{ name: string; time: number; plan: string }> = [];
      for (const [name, g] of yearGroups) {
        const params = JSON.parse(g.sample.params) as unknown[];
        const r = await c.query<{ "QUERY PLAN": string }>(`EXPLAIN (ANALYZE, BUFFERS) ${g.sample.query}`, params);
        const plan = r.rows.map((x) => x["QUERY PLAN"]).join("\n");
        const time = Number(/Execution Time: ([\d.]+) ms/.exec(plan)?.[1] ?? NaN);
        plans.push({ name, time, plan });
        console.log(`  ${name.padEnd(32)} ${ms(time)}`);
      }
      if (year.p95 >= GOAL_MS || EXPLAIN) {
        for (const p of plans.sort((a, b) => b.time - a.time).slice(0, EXPLAIN ? plans.length : 2)) {
          console.log(`\n--- ${p.name} ---\n${p.plan}`);
        }
      }
    } finally {
      await db.$disconnect();
    }
  } finally {
    await c.end();
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) await runBench(BENCH_DATABASE, main);
