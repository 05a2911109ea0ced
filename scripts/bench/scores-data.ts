// The data of the score benchmarks (bench:scores, bench:http, bench:people): its own embedded
// PostgreSQL in .data/pg-bench-scores (127.0.0.1:54359, database zugong_bench_scores;
// DATABASE_URL is ignored so that a real database never gets the generated rows). When it
// holds fewer than 60,000 drafts per county, or another tree than `--scale` asks for, its tables
// are emptied and one transaction of set-based SQL (generate_series, no row-by-row round trips)
// makes a county of 30 units (20 乡镇/街道, 10 县直) with their users, 2022-01-01 up to now:
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
// .data/pg-bench-scores to start afresh.
//
// `--scale N` (N > 1) makes a city instead, in .data/pg-bench-scores-xN: 中共示例市委组织部
// (CITY, the root) over N counties (COUNTY, ranked as DEPARTMENT), each one such county of its
// own — its 30 units (第2县青山镇 …), people, series, issues, year rules and ledger — and the
// city's own layer: its editor, leader and administrator, its series (an issue a week), its
// rules, and ~8 % of the counties' published items without an upper-adoption record sent up to
// it (Draft.sentUpFromId, owned by the county's department unit, in the 报送 pool until decided,
// ~30 % adopted), whose publication gives the county department 市级采用 on the city's ledger
// and the township that wrote it 市级采用 on its county's ledger, as lib/scores/ledger.ts does.
// County 1 keeps the names and accounts of the single county (bench_county_1, bench_1_1 …).
// The city of 10 takes about 15 minutes the first time (most of it the rollup triggers on the
// 2 million ledger rows and 1.8 million records). DraftEvent/DraftVersion rows are not
// generated (nothing measured reads them).
import { performance } from "node:perf_hooks";
import pg from "pg";
import type { DatabaseHandle } from "../db.ts";
import { migrateIfNeeded } from "./common.ts";
import { DEFAULT_RULES } from "../../lib/scores/rules.ts";

/** `--scale N`: one county, or a city of N counties (the city is 10). */
export const SCALE = Math.max(1, Number(process.argv[process.argv.indexOf("--scale") + 1]) || 1);
const TARGET_DRAFTS = 60_000 * SCALE;
export const YEAR = 2026;
const FIRST_YEAR = 2022;
const COUNTY_ISSUE_EVERY_HOURS = 4.5 * 24;
const CITY_ISSUE_EVERY_HOURS = 7 * 24;
const MEDIA_RECORDS = 25_000 * SCALE;
const COMMENTARY_RECORDS = 150_000 * SCALE;
/** Of a county's published items without an upper-adoption record, the share it sends up to the city; the share the city adopts. */
const SENT_UP = 0.08;
const CITY_ADOPTS = 0.3;

/** Who the benchmarks log in as: the (first) county's people, and at a city its leader. */
export const BENCH_ACCOUNTS = {
  officer: "bench_1_1",
  reviewer: "bench_1_3",
  editor: "bench_county_1",
  leader: "bench_county_3",
  admin: "bench_county_4",
  cityLeader: "bench_city_leader",
} as const;

/** A county's units (the same in every county of a city, prefixed with its number). */
export const TOWNSHIPS = [
  "青山镇", "石桥镇", "柳河乡", "东城街道", "西城街道", "南湖街道", "北关镇", "白沙镇", "红星乡", "龙泉镇",
  "花园乡", "新集镇", "黄岗镇", "马庄乡", "杨柳镇", "桃源乡", "双河镇", "金山镇", "清水乡", "凤凰街道",
];
export const AGENCIES = [
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
/** The reporting units' kinds (not the 组织部 nodes). */
const REPORTING = `('TOWNSHIP', 'SUBDISTRICT', 'AGENCY')`;

const sqlArray = (xs: readonly string[]) => `ARRAY[${xs.map((x) => `'${x.replace(/'/g, "''")}'`).join(",")}]`;
/** County k's name for a thing: the first county's as the single county's, the others' numbered (第2县青山镇). */
const ofCounty = (k: number, name: string) => (k === 1 ? name : `第${k}县${name}`);
const countyName = (k: number) => (k === 1 ? "中共示例县委组织部" : `中共示例第${k}县委组织部`);

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

  // --- The 组织部: one county at the root, or a city over its counties -----------------------------
  const counties = Array.from({ length: SCALE }, (_, i) => i + 1);
  if (SCALE === 1) {
    await step("", `INSERT INTO "Unit" (id, name, kind, "sortOrder", "createdAt", "updatedAt") VALUES (gen_random_uuid(), $2, 'COUNTY', 0, $1, $1)`, [S, countyName(1)]);
  } else {
    await step("", `INSERT INTO "Unit" (id, name, kind, "sortOrder", "createdAt", "updatedAt") VALUES (gen_random_uuid(), '中共示例市委组织部', 'CITY', 0, $1, $1)`, [S]);
    await step(
      "counties",
      `INSERT INTO "Unit" (id, name, kind, "rankGroup", "parentId", "sortOrder", "createdAt", "updatedAt")
       SELECT gen_random_uuid(), n, 'COUNTY', 'DEPARTMENT', (SELECT id FROM "Unit" WHERE kind = 'CITY'), k, $1::timestamp, $1::timestamp
       FROM unnest($2::text[]) WITH ORDINALITY AS x(n, k)`,
      [S, counties.map(countyName)],
    );
  }

  // --- Units (each with a weight: some submit much more than others) and users -------------
  // sortOrder runs on across the counties: county 1's units are 1–30, as in the single county.
  const names = counties.flatMap((k) => [...TOWNSHIPS, ...AGENCIES].map((n) => ofCounty(k, n)));
  const agency = counties.flatMap(() => [...TOWNSHIPS.map(() => false), ...AGENCIES.map(() => true)]);
  const parent = counties.flatMap((k) => [...TOWNSHIPS, ...AGENCIES].map(() => countyName(k)));
  await step(
    "units",
    `INSERT INTO "Unit" (id, name, kind, "rankGroup", "parentId", "sortOrder", "createdAt", "updatedAt")
     SELECT gen_random_uuid(), n,
       (CASE WHEN a THEN 'AGENCY' WHEN n LIKE '%街道' THEN 'SUBDISTRICT' ELSE 'TOWNSHIP' END)::"UnitKind",
       (CASE WHEN a THEN 'AGENCY' ELSE 'TOWNSHIP' END)::"RankGroup",
       (SELECT id FROM "Unit" WHERE name = p), i, $1::timestamp, $1::timestamp
     FROM unnest($2::text[], $3::boolean[], $4::text[]) WITH ORDINALITY AS x(n, a, p, i)`,
    [S, names, agency, parent],
  );
  await step(
    "users",
    `INSERT INTO "User" (id, username, name, "passwordHash", roles, "unitId", "createdAt", "updatedAt")
     SELECT gen_random_uuid(), 'bench_' || u."sortOrder" || '_' || k, u.name || (ARRAY['信息员甲', '信息员乙', '组织委员'])[k],
       '-', (CASE WHEN k = 3 THEN ARRAY['REVIEWER'] ELSE ARRAY['OFFICER'] END)::"Role"[], u.id, $1::timestamp, $1::timestamp
     FROM "Unit" u CROSS JOIN generate_series(1, 3) k WHERE u.kind IN ${REPORTING}
     UNION ALL
     SELECT gen_random_uuid(), 'bench_county' || CASE WHEN u."sortOrder" > 1 THEN u."sortOrder"::text ELSE '' END || '_' || k,
       CASE WHEN u."sortOrder" > 1 THEN '第' || u."sortOrder" || '县' ELSE '' END || (ARRAY['研究室编辑甲', '研究室编辑乙', '部领导', '系统管理员'])[k], '-',
       ARRAY[(ARRAY['EDITOR', 'EDITOR', 'LEADER', 'ADMIN'])[k]]::"Role"[], u.id, $1::timestamp, $1::timestamp
     FROM "Unit" u CROSS JOIN generate_series(1, 4) k WHERE u.kind = 'COUNTY'
     UNION ALL
     SELECT gen_random_uuid(), 'bench_city_' || r, '市委组织部' || n, '-', ARRAY[role]::"Role"[], u.id, $1::timestamp, $1::timestamp
     FROM "Unit" u CROSS JOIN (VALUES ('editor', '研究室编辑', 'EDITOR'), ('leader', '部领导', 'LEADER'), ('admin', '系统管理员', 'ADMIN')) AS x(r, n, role)
     WHERE u.kind = 'CITY'`,
    [S],
  );
  // Each 组织部 with the people who publish, sign and record there, and how often it publishes.
  await c.query(
    `CREATE TEMP TABLE bench_desks ON COMMIT DROP AS
     SELECT n.id AS node_id, n.kind::text AS kind, n.name,
       (SELECT id FROM "User" WHERE "unitId" = n.id AND 'EDITOR' = ANY(roles) ORDER BY username LIMIT 1) AS editor,
       (SELECT id FROM "User" WHERE "unitId" = n.id AND 'EDITOR' = ANY(roles) ORDER BY username DESC LIMIT 1) AS editor2,
       (SELECT id FROM "User" WHERE "unitId" = n.id AND 'LEADER' = ANY(roles) LIMIT 1) AS leader,
       CASE WHEN n.kind = 'CITY' THEN ${CITY_ISSUE_EVERY_HOURS} ELSE ${COUNTY_ISSUE_EVERY_HOURS} END * interval '1 hour' AS every, NULL::uuid AS series_id
     FROM "Unit" n WHERE n.kind IN ('CITY', 'COUNTY')`,
  );
  await c.query(`
    CREATE TEMP TABLE bench_units ON COMMIT DROP AS
    SELECT u.id AS unit_id, u.name, u."sortOrder" AS idx, u."deskId" AS desk_id,
      (SELECT id FROM "User" WHERE username = 'bench_' || u."sortOrder" || '_1') AS officer1,
      (SELECT id FROM "User" WHERE username = 'bench_' || u."sortOrder" || '_2') AS officer2,
      coalesce(sum(w) OVER (ORDER BY u."sortOrder" ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING), 0) / sum(w) OVER () AS lo,
      sum(w) OVER (ORDER BY u."sortOrder") / sum(w) OVER () AS hi
    FROM (SELECT *, 0.4 + random() * 1.2 AS w FROM "Unit" WHERE kind IN ${REPORTING}) u`);
  await c.query(`UPDATE bench_units SET hi = 1.0000001 WHERE idx = (SELECT max(idx) FROM bench_units)`);

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

  // --- Series and their issues: one every 4.5 days at a county, every week at the city, numbered per series and (Shanghai) year --
  await step(
    "series",
    `INSERT INTO "Series" (id, name, "issuingBody", "mastheadTitle", "distributionReport", "distributionSend", "distributionIssue", "printCount", "nodeId")
     SELECT gen_random_uuid(), t.title, p.name, t.title,
       CASE WHEN p.kind = 'CITY' THEN '省委组织部' ELSE '市委组织部' END,
       CASE WHEN p.kind = 'CITY' THEN '市委常委' ELSE '县委常委' END,
       CASE WHEN p.kind = 'CITY' THEN '各县（市、区）委组织部，市直各单位党组（党委）' ELSE '各乡镇（街道）党（工）委，县直各单位党组（党委）' END,
       120, p.node_id
     FROM bench_desks p CROSS JOIN LATERAL (SELECT substring(p.name FROM '中共(.*)委组织部') || '组工信息' AS title) t`,
  );
  await c.query(`UPDATE bench_desks p SET series_id = s.id FROM "Series" s WHERE s."nodeId" = p.node_id`);
  await step(
    "published issues",
    `INSERT INTO "BulletinIssue" (id, "seriesId", status, year, number, "totalNumber", "publishedAt", "publishedById",
        "distributionReport", "distributionSend", "distributionIssue", "printCount", "signedById", "signedAt", "signedHash",
        "createdById", version, "createdAt", "updatedAt")
     SELECT gen_random_uuid(), s.id, 'PUBLISHED', extract(year FROM x.at + interval '8 hours')::int,
       row_number() OVER (PARTITION BY s.id, extract(year FROM x.at + interval '8 hours') ORDER BY x.k), x.k, x.at, p.editor,
       s."distributionReport", s."distributionSend", s."distributionIssue", s."printCount", p.leader, x.at - interval '20 hours', 'bench',
       p.editor, 4, x.at - interval '3 days', x.at
     FROM bench_desks p JOIN "Series" s ON s.id = p.series_id
     CROSS JOIN LATERAL (SELECT k, $1::timestamp + interval '3 days' + (k - 1) * p.every + interval '1 hour' + random() * interval '8 hours' AS at
           FROM generate_series(1, floor(extract(epoch FROM $2::timestamp - $1::timestamp - interval '4 days') / extract(epoch FROM p.every))::int) k) x`,
    [S, E],
  );
  await c.query(`
    CREATE TEMP TABLE bench_issues ON COMMIT DROP AS
    SELECT id, "seriesId" AS series_id, "publishedAt" AS at FROM "BulletinIssue" WHERE status = 'PUBLISHED'`);
  await c.query(`CREATE INDEX ON bench_issues (series_id, at)`);
  await c.query(`ANALYZE bench_issues`);
  // A published draft is an item of the first issue of its desk's series after it was adopted;
  // one adopted after the last issue waits in the issue being composed (below).
  const placeItems = (label: string, which: string) =>
    step(
      label,
      `INSERT INTO "IssueItem" (id, "issueId", "draftId", position, section)
       SELECT gen_random_uuid(), i.id, d.id, row_number() OVER (PARTITION BY i.id ORDER BY d."decidedAt", d.id),
         CASE d.kind WHEN 'EXPERIENCE' THEN '经验交流' WHEN 'PROBLEM' THEN '问题反映' WHEN 'RESEARCH' THEN '调研报告' ELSE '工作动态' END
       FROM "Draft" d JOIN "Unit" u ON u.id = d."unitId" JOIN bench_desks p ON p.node_id = u."deskId"
       CROSS JOIN LATERAL (SELECT b.id, b.at FROM bench_issues b WHERE b.series_id = p.series_id AND b.at > d."decidedAt" ORDER BY b.at LIMIT 1) i
       WHERE d.status = 'PUBLISHED' AND d."sentUpFromId" IS ${which}
       ORDER BY i.at, 4`,
    ).then(() =>
      step(
        `${label}: adopted since the last issue`,
        `UPDATE "Draft" d SET status = 'ADOPTED' WHERE status = 'PUBLISHED' AND "sentUpFromId" IS ${which} AND NOT EXISTS (SELECT 1 FROM "IssueItem" i WHERE i."draftId" = d.id)`,
      ),
    );
  await placeItems("items of published issues", "NULL");

  // --- Rules: each 组织部's defaults each year (version 1 on the eve of the year); 2025 raised 县级领导批示 at each county in December ---
  const codes = DEFAULT_RULES.map((r) => r.code);
  await step(
    "scoring rules",
    `INSERT INTO "ScoringRule" (id, "nodeId", year, code, version, label, points, "createdAt")
     SELECT gen_random_uuid(), p.node_id, y, r.code, 1, r.label, r.points, make_timestamp(y - 1, 12, 31, 16, 0, 0)
     FROM bench_desks p CROSS JOIN generate_series(${FIRST_YEAR}, ${YEAR}) y
     CROSS JOIN unnest($1::text[], $2::text[], $3::numeric[]) AS r(code, label, points)
     UNION ALL
     SELECT gen_random_uuid(), p.node_id, 2025, 'INSTRUCTION_COUNTY', 2, label, 4, '2025-12-20 02:00'
     FROM bench_desks p CROSS JOIN unnest($1::text[], $2::text[]) AS r(code, label) WHERE code = 'INSTRUCTION_COUNTY' AND p.kind = 'COUNTY'`,
    [codes, DEFAULT_RULES.map((r) => r.label), DEFAULT_RULES.map((r) => r.points)],
  );

  // --- Score records -------------------------------------------------------------------------
  await c.query(`CREATE TEMP TABLE bench_records (LIKE "ScoreRecord" INCLUDING DEFAULTS) ON COMMIT DROP`);
  await c.query(`CREATE TEMP TABLE bench_entries (LIKE "ScoreEntry" INCLUDING DEFAULTS) ON COMMIT DROP`);
  // Columns after the kind-specific part: createdAt some days after the event (not in the future), 2 % reversed (by the county's editor).
  const recordTail = (occurred: string) => `
       ${occurred} AS "occurredOn", least((${occurred})::timestamp - interval '8 hours' + interval '1 day' + x.rc * interval '20 days', $1::timestamp) AS "createdAt",
       x.rr < 0.02 AS reversed, x.rt, p.editor AS reverser`;
  const insertRecords = async (label: string, select: string, params: unknown[] = [E]) => {
    await step(
      label,
      `INSERT INTO bench_records (id, kind, "unitId", "draftId", level, title, outlet, "issueNo", leader, content, "occurredOn", "recordedById", "createdAt",
                                  "reversedAt", "reversedById", "reverseReason")
       SELECT gen_random_uuid(), kind::"ScoreRecordKind", "unitId", "draftId", level::"ScoreRecordLevel", title, outlet, "issueNo", leader, content, "occurredOn", "recordedById", "createdAt",
         CASE WHEN reversed THEN least("createdAt" + interval '1 hour' + rt * interval '30 days', $1::timestamp) END,
         CASE WHEN reversed THEN reverser END,
         CASE WHEN reversed THEN '登记有误，冲销' END
       FROM (${select}) y
       WHERE "occurredOn" <= ($1::timestamp + interval '8 hours')::date`,
      params,
    );
  };
  // Drafts of the counties' units, each with its county's people.
  const countyDrafts = (where: string) => `
     (SELECT d.*, random() AS rl, random() AS rc, random() AS ro, random() AS rr, random() AS rt, random() AS rp
      FROM "Draft" d WHERE ${where}) x
     JOIN bench_units u ON u.unit_id = x."unitId" JOIN bench_desks p ON p.node_id = u.desk_id`;
  await insertRecords(
    "records: upper-level adoption of published drafts",
    `SELECT 'UPPER_ADOPTION' AS kind, x."unitId", x.id AS "draftId",
       CASE WHEN x.rl < 0.80 THEN 'CITY' WHEN x.rl < 0.98 THEN 'PROVINCE' ELSE 'CENTRAL' END AS level, x.title,
       CASE WHEN x.rl < 0.80 THEN '市委组织部《组工信息》' WHEN x.rl < 0.98 THEN '省委组织部《组工信息》' ELSE '《组工通讯》' END AS outlet,
       '第' || (1 + floor(x.rc * 90)::int) || '期' AS "issueNo", '' AS leader, '' AS content, p.editor AS "recordedById",
       ${recordTail(`(x."decidedAt" + interval '8 hours')::date + 10 + floor(x.ro * 50)::int`)}
     FROM ${countyDrafts(`d.status = 'PUBLISHED'`)}
     WHERE x.rp < 0.35`,
  );
  await insertRecords(
    "records: leader instructions on forwarded drafts",
    `SELECT 'INSTRUCTION' AS kind, x."unitId", x.id AS "draftId",
       CASE WHEN x.rl < 0.60 THEN 'COUNTY' WHEN x.rl < 0.90 THEN 'CITY' WHEN x.rl < 0.99 THEN 'PROVINCE' ELSE 'CENTRAL' END AS level, x.title,
       '' AS outlet, '' AS "issueNo",
       CASE WHEN x.rl < 0.60 THEN '县委书记' WHEN x.rl < 0.90 THEN '市委常委、组织部部长' WHEN x.rl < 0.99 THEN '省委常委、组织部部长' ELSE '中央领导同志' END AS leader,
       '经验做法很好，请组织部总结推广。' AS content, p.leader AS "recordedById",
       ${recordTail(`(x."forwardedAt" + interval '8 hours')::date + 3 + floor(x.ro * 37)::int`)}
     FROM ${countyDrafts(`d."forwardedAt" IS NOT NULL`)}
     WHERE x.rp < 0.03`,
  );
  const freeRecords = (n: number, kind: string, level: string, outlet: string, title: string) => `
     SELECT '${kind}' AS kind, u.unit_id AS "unitId", NULL::uuid AS "draftId", ${level} AS level, u.name || ${title} AS title, ${outlet} AS outlet,
       '' AS "issueNo", '' AS leader, '' AS content, CASE WHEN x.rc < 0.5 THEN p.editor ELSE p.editor2 END AS "recordedById",
       ${recordTail(`($2::timestamp + x.ro * ($1::timestamp - $2::timestamp) + interval '8 hours')::date`)}
     FROM (SELECT g, random() AS ru, random() AS rl, random() AS rc, random() AS ro, random() AS rr, random() AS rt FROM generate_series(1, ${n}) g) x
     JOIN bench_units u ON x.ru >= u.lo AND x.ru < u.hi JOIN bench_desks p ON p.node_id = u.desk_id`;
  await insertRecords(
    "records: media and 网评文章",
    `${freeRecords(MEDIA_RECORDS, "MEDIA", `CASE WHEN x.rl < 0.08 THEN 'NATIONAL' WHEN x.rl < 0.38 THEN 'PROVINCIAL' ELSE 'CITY' END`,
       `CASE WHEN x.rl < 0.08 THEN '人民网' WHEN x.rl < 0.38 THEN '省日报' ELSE '市日报' END`, `'：基层党建工作见实效'`)}
     UNION ALL
     ${freeRecords(COMMENTARY_RECORDS, "COMMENTARY", `'ANY'`, `'网评'`, `'网评：' || (${sqlArray(TOPICS)})[1 + floor(x.rl * ${TOPICS.length})::int]`)}`,
    [E, S],
  );

  // --- The city: items its counties published (and recorded no upper adoption for) sent up to it, decided there within 10 days --
  if (SCALE > 1) {
    await step(
      "city: drafts sent up by the counties",
      `INSERT INTO "Draft" (id, "unitId", "authorId", title, kind, "eventDate", body, status, version,
                            "submittedAt", "forwardedAt", "decidedAt", "createdAt", "updatedAt", "sentUpFromId")
       SELECT gen_random_uuid(), x.desk_id, x.editor, x.title, x.kind, x."eventDate", x.body,
         (CASE WHEN t.decided IS NULL THEN 'FORWARDED' WHEN x.r2 < ${CITY_ADOPTS} THEN 'PUBLISHED' ELSE 'NOT_ADOPTED' END)::"DraftStatus",
         1, s.sent, s.sent, t.decided, s.sent, coalesce(t.decided, s.sent), x.id
       FROM (SELECT d.*, u.desk_id, p.editor, b."publishedAt" AS published, random() AS r1, random() AS r2, random() AS r3, random() AS r4
             FROM "Draft" d JOIN "IssueItem" it ON it."draftId" = d.id JOIN "BulletinIssue" b ON b.id = it."issueId" AND b.status = 'PUBLISHED'
               JOIN bench_units u ON u.unit_id = d."unitId" JOIN bench_desks p ON p.node_id = u.desk_id
             WHERE NOT EXISTS (SELECT 1 FROM bench_records r WHERE r."draftId" = d.id AND r.kind = 'UPPER_ADOPTION')) x
       CROSS JOIN LATERAL (SELECT x.published + interval '2 hours' + x.r3 * interval '2 days' AS sent) s
       CROSS JOIN LATERAL (SELECT CASE WHEN s.sent + interval '1 day' + x.r4 * interval '9 days' < $1::timestamp
                                       THEN s.sent + interval '1 day' + x.r4 * interval '9 days' END AS decided) t
       WHERE x.r1 < ${SENT_UP} AND s.sent < $1::timestamp
       ORDER BY s.sent`,
      [E],
    );
    await placeItems("city: items of published issues", "NOT NULL");
  }
  await step(
    "",
    `INSERT INTO "BulletinIssue" (id, "seriesId", status, "createdById", "createdAt", "updatedAt")
     SELECT gen_random_uuid(), p.series_id, 'COMPOSING', p.editor, $1::timestamp - interval '2 days', $1::timestamp FROM bench_desks p`,
    [E],
  );
  await step(
    "items of the issues being composed",
    `INSERT INTO "IssueItem" (id, "issueId", "draftId", position, section)
     SELECT gen_random_uuid(), b.id, d.id, row_number() OVER (PARTITION BY b.id ORDER BY d."decidedAt", d.id), '工作动态'
     FROM "Draft" d JOIN "Unit" u ON u.id = d."unitId" JOIN bench_desks p ON p.node_id = u."deskId"
       JOIN "BulletinIssue" b ON b."seriesId" = p.series_id AND b.status = 'COMPOSING'
     WHERE d.status = 'ADOPTED'`,
  );
  await c.query(`
    INSERT INTO "SeriesYearCounter" ("seriesId", year, "lastNumber")
    SELECT "seriesId", year, max(number) FROM "BulletinIssue" WHERE status = 'PUBLISHED' GROUP BY "seriesId", year`);
  await c.query(`UPDATE "Series" s SET "totalCount" = coalesce((SELECT max("totalNumber") FROM "BulletinIssue" b WHERE b."seriesId" = s.id), 0)`);

  // --- Adoption entries: one per published item under the publishing 组织部's rule of its level
  // (县级采用 at a county, 市级采用 at the city), and for an item sent up, the same level's
  // adoption for the unit it came from under that unit's desk's rule (lib/scores/ledger.ts) ---
  const adoption = (label: string, draft: string, key: string) =>
    step(
      label,
      `INSERT INTO bench_entries (id, "unitId", "userId", "ruleId", points, year, "sourceType", "sourceId", "dedupeKey", "draftId", "occurredAt", "recordedById", "createdAt")
       SELECT gen_random_uuid(), w."unitId", w."authorId", r.id, r.points, b.year, 'ISSUE_ITEM', it.id::text,
         'ISSUE_ITEM:' || it.id || ':' || r.code || ${key}, w.id, b."publishedAt", b."publishedById", b."publishedAt"
       FROM "IssueItem" it
       JOIN "BulletinIssue" b ON b.id = it."issueId" AND b.status = 'PUBLISHED'
       JOIN "Series" s ON s.id = b."seriesId" JOIN "Unit" n ON n.id = s."nodeId"
       JOIN "Draft" d ON d.id = it."draftId"
       ${draft}
       JOIN "Unit" wu ON wu.id = w."unitId"
       JOIN "ScoringRule" r ON r."nodeId" = coalesce(wu."deskId", wu.id) AND r.year = b.year AND r.code = 'ADOPTION_' || n.kind::text AND r.version = 1`,
    );
  await adoption("ledger: adoption of each published item", `JOIN "Draft" w ON w.id = d.id`, `''`);
  if (SCALE > 1) await adoption("ledger: the city's adoptions for the units the items came from", `JOIN "Draft" w ON w.id = d."sentUpFromId"`, `':' || w."unitId"`);

  // --- Record entries under the county's rule version in force when recorded, then reversals and the 2025 re-scoring ---
  await step(
    "ledger: record entries",
    `INSERT INTO bench_entries (id, "unitId", "userId", "ruleId", points, year, "sourceType", "sourceId", "dedupeKey", "draftId", "occurredAt", "recordedById", "createdAt")
     SELECT gen_random_uuid(), rec."unitId", d."authorId", r.id, r.points, rec.yr, 'SCORE_RECORD', rec.id::text,
       'SCORE_RECORD:' || rec.id || ':' || rec.code, rec."draftId", rec."occurredOn"::timestamp - interval '8 hours', rec."recordedById", rec."createdAt"
     FROM (SELECT s.*, u.desk_id, extract(year FROM s."occurredOn")::int AS yr,
             CASE s.kind
               WHEN 'UPPER_ADOPTION' THEN 'ADOPTION_' || s.level::text
               WHEN 'MEDIA' THEN 'MEDIA_' || s.level::text
               WHEN 'COMMENTARY' THEN 'COMMENTARY'
               ELSE 'INSTRUCTION_' || s.level::text END AS code
           FROM bench_records s JOIN bench_units u ON u.unit_id = s."unitId") rec
     LEFT JOIN "Draft" d ON d.id = rec."draftId"
     CROSS JOIN LATERAL (SELECT r.id, r.points FROM "ScoringRule" r
                         WHERE r."nodeId" = rec.desk_id AND r.year = rec.yr AND r.code = rec.code AND r."createdAt" <= rec."createdAt"
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
    SELECT e.*, v2.id AS new_rule, v2.points AS new_points, v2."createdAt" + interval '1 day' AS at, p.editor AS recalc_by
    FROM bench_entries e
    JOIN "ScoringRule" v1 ON v1.id = e."ruleId" AND v1.version = 1
    JOIN "ScoringRule" v2 ON v2."nodeId" = v1."nodeId" AND v2.year = v1.year AND v2.code = v1.code AND v2.version = 2
    JOIN bench_desks p ON p.node_id = v1."nodeId"
    WHERE e."reversalOfId" IS NULL
      AND NOT EXISTS (SELECT 1 FROM bench_entries x WHERE x."reversalOfId" = e.id)`);
  await step(
    "ledger: 2025 re-scoring, reversals",
    `INSERT INTO bench_entries (id, "unitId", "userId", "ruleId", points, year, "sourceType", "sourceId", "draftId", "occurredAt", "recordedById", "reversalOfId", "createdAt")
     SELECT gen_random_uuid(), "unitId", "userId", "ruleId", -points, year, "sourceType", "sourceId", "draftId", "occurredAt", recalc_by, id, at
     FROM bench_recalc`,
  );
  await step(
    "ledger: 2025 re-scoring, new entries",
    `INSERT INTO bench_entries (id, "unitId", "userId", "ruleId", points, year, "sourceType", "sourceId", "dedupeKey", "draftId", "occurredAt", "recordedById", "createdAt")
     SELECT gen_random_uuid(), "unitId", "userId", new_rule, new_points, year, "sourceType", "sourceId", "dedupeKey" || ':recalc:' || new_rule,
       "draftId", "occurredAt", recalc_by, at
     FROM bench_recalc`,
  );
  // The ledger and the records are appended as time goes by: their rows lie in the order they were written.
  await step("score records, in the order recorded", `INSERT INTO "ScoreRecord" SELECT * FROM bench_records ORDER BY "createdAt"`);
  await step("ledger entries, in the order written", `INSERT INTO "ScoreEntry" SELECT * FROM bench_entries ORDER BY "createdAt", "reversalOfId" NULLS FIRST`);
  await c.query("COMMIT");
  for (const t of ["Unit", "UnitAncestry", "User", "Draft", "Series", "BulletinIssue", "IssueItem", "ScoringRule", "ScoreRecord", "ScoreEntry", "PointsRollup", "CountsRollup"]) {
    await c.query(`VACUUM (ANALYZE) "${t}"`);
  }
  console.log(`  vacuumed and analysed (${secs()})`);
}

/** What the database holds, as one line; at a city, a line per 组织部 too. Returns the number of drafts. */
async function summary(c: pg.Client) {
  const { rows } = await c.query<{ what: string; n: string }>(`
    SELECT 'units' AS what, count(*)::text AS n FROM "Unit" WHERE kind IN ${REPORTING}
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

/**
 * Per 组织部: the units reporting to it, their drafts and published items, and the ledger entries
 * under its rules (each unit's entries must be under its own desk's rules: `foreign` counts the
 * others, 0); and the tree: units per depth below the root, and any unit whose deskId is not
 * its nearest 组织部 above or whose UnitAncestry rows are not its chain of parents.
 */
async function perNode(c: pg.Client) {
  const { rows } = await c.query<Record<string, string>>(`
    WITH units AS (SELECT "deskId" AS node, count(*)::int AS units FROM "Unit" GROUP BY 1),
      drafts AS (SELECT u."deskId" AS node, count(*)::int AS drafts, count(d."sentUpFromId")::int AS "sentUp"
                 FROM "Draft" d JOIN "Unit" u ON u.id = d."unitId" GROUP BY 1),
      items AS (SELECT s."nodeId" AS node, count(*)::int AS items FROM "IssueItem" i JOIN "BulletinIssue" b ON b.id = i."issueId" AND b.status = 'PUBLISHED'
                JOIN "Series" s ON s.id = b."seriesId" GROUP BY 1),
      entries AS (SELECT r."nodeId" AS node, count(*)::int AS entries, count(*) FILTER (WHERE coalesce(u."deskId", u.id) <> r."nodeId")::int AS others
                  FROM "ScoreEntry" e JOIN "ScoringRule" r ON r.id = e."ruleId" JOIN "Unit" u ON u.id = e."unitId" GROUP BY 1)
    SELECT n.name, units.units, drafts.drafts, drafts."sentUp", items.items, entries.entries, entries.others
    FROM "Unit" n JOIN units ON units.node = n.id JOIN drafts ON drafts.node = n.id JOIN items ON items.node = n.id JOIN entries ON entries.node = n.id
    WHERE n.kind IN ('CITY', 'COUNTY') ORDER BY n."sortOrder"`);
  for (const r of rows) {
    console.log(
      `  ${r.name}: ${r.units} units, ${r.drafts} drafts (${r.sentUp} sent up from below), ${r.items} items published, ` +
        `${r.entries} ledger entries under its rules (${r.others} of units not reporting to it)`,
    );
  }
  const tree = await c.query<{ depth: number; units: number }>(`SELECT depth, count(*)::int AS units FROM "UnitAncestry" a JOIN "Unit" r ON r.id = a."ancestorId" AND r."parentId" IS NULL GROUP BY 1 ORDER BY 1`);
  const wrong = await c.query<{ desk: number; ancestry: number }>(`
    WITH RECURSIVE up AS (
      SELECT id AS unit, id AS anc, 0 AS depth FROM "Unit"
      UNION ALL SELECT up.unit, u."parentId", up.depth + 1 FROM up JOIN "Unit" u ON u.id = up.anc WHERE u."parentId" IS NOT NULL
    )
    SELECT
      (SELECT count(*) FROM "Unit" u WHERE u."deskId" IS DISTINCT FROM
        (SELECT up.anc FROM up JOIN "Unit" d ON d.id = up.anc WHERE up.unit = u.id AND up.depth > 0 AND d.kind IN ('PROVINCE', 'CITY', 'COUNTY') ORDER BY up.depth LIMIT 1))::int AS desk,
      (SELECT count(*) FROM (SELECT unit, anc, depth FROM up EXCEPT SELECT "unitId", "ancestorId", depth FROM "UnitAncestry") x)::int
      + (SELECT count(*) FROM (SELECT "unitId", "ancestorId", depth FROM "UnitAncestry" EXCEPT SELECT unit, anc, depth FROM up) x)::int AS ancestry`);
  console.log(
    `  tree: ${tree.rows.map((r) => `${r.units} at depth ${r.depth}`).join(", ")}; ` +
      `deskId wrong for ${wrong.rows[0].desk} units, UnitAncestry rows off the parent chains: ${wrong.rows[0].ancestry}`,
  );
}

/** Whether the tree is the one `--scale` asks for: a county at the root, or a city over SCALE counties. */
async function treeIsCurrent(c: pg.Client): Promise<boolean> {
  const { rows } = await c.query<{ cities: number; counties: number }>(
    `SELECT count(*) FILTER (WHERE kind = 'CITY')::int AS cities, count(*) FILTER (WHERE kind = 'COUNTY')::int AS counties FROM "Unit"`,
  );
  return rows[0].cities === (SCALE > 1 ? 1 : 0) && rows[0].counties === SCALE;
}

/** The bench database with its county (or city), generated the first time: the number of drafts in it. */
export async function prepareScaleData(handle: DatabaseHandle): Promise<number> {
  await migrateIfNeeded(handle.url);
  const c = new pg.Client({ connectionString: handle.url, application_name: "bench-scores" });
  await c.connect();
  try {
    let drafts = await summary(c);
    if (drafts < TARGET_DRAFTS || !(await treeIsCurrent(c))) {
      console.log(`${drafts} drafts: generating ${SCALE > 1 ? `the city's ${SCALE} counties'` : "the county's"} five years...`);
      await generate(c, new Date());
      drafts = await summary(c);
      if (SCALE > 1) await perNode(c);
    }
    return drafts;
  } finally {
    await c.end();
  }
}

/**
 * One statement: each unit's points, submissions and adoption counts for [from, to), each source
 * table read once. 市级采用 counts the upper-adoption records and the items the city published
 * that came up from the unit (the bench's chains are one step long: no province above).
 */
export const BARE_YEAR_FIGURES = `WITH sub AS (SELECT "unitId", count(*)::int AS n FROM "Draft" WHERE "forwardedAt" >= $1 AND "forwardedAt" < $2 GROUP BY 1),
     dec AS (SELECT "unitId", count(*)::int AS n FROM "Draft" WHERE status = 'NOT_ADOPTED' AND "decidedAt" >= $1 AND "decidedAt" < $2 GROUP BY 1),
     ado AS (SELECT d."unitId", count(*)::int AS n FROM "IssueItem" i JOIN "BulletinIssue" b ON b.id = i."issueId" JOIN "Draft" d ON d.id = i."draftId"
             WHERE b.status = 'PUBLISHED' AND b."publishedAt" >= $1 AND b."publishedAt" < $2 GROUP BY 1),
     upr AS (SELECT "unitId", sum(city)::int AS city, sum(prov)::int AS prov FROM (
               SELECT "unitId", (level = 'CITY')::int AS city, (level IN ('PROVINCE', 'CENTRAL'))::int AS prov
               FROM "ScoreRecord" WHERE kind = 'UPPER_ADOPTION' AND "reversedAt" IS NULL
                 AND "occurredOn" >= ($1::timestamptz AT TIME ZONE 'Asia/Shanghai')::date AND "occurredOn" < ($2::timestamptz AT TIME ZONE 'Asia/Shanghai')::date
               UNION ALL
               SELECT l."unitId", 1, 0 FROM "IssueItem" i JOIN "BulletinIssue" b ON b.id = i."issueId" JOIN "Series" s ON s.id = b."seriesId"
                 JOIN "Unit" n ON n.id = s."nodeId" AND n.kind = 'CITY' JOIN "Draft" d ON d.id = i."draftId" JOIN "Draft" l ON l.id = d."sentUpFromId"
               WHERE b.status = 'PUBLISHED' AND b."publishedAt" >= $1 AND b."publishedAt" < $2) x GROUP BY 1),
     pts AS (SELECT "unitId", sum(points) AS p FROM "ScoreEntry" WHERE "occurredAt" >= $1 AND "occurredAt" < $2 GROUP BY 1)
SELECT u.id AS "unitId", coalesce(sub.n, 0) AS submitted, coalesce(ado.n, 0) AS "adoptedCounty", coalesce(upr.city, 0) AS "adoptedCity",
  coalesce(upr.prov, 0) AS "adoptedProvincePlus", coalesce(dec.n, 0) AS declined, coalesce(pts.p, 0)::text AS points
FROM "Unit" u LEFT JOIN sub ON sub."unitId" = u.id LEFT JOIN dec ON dec."unitId" = u.id LEFT JOIN ado ON ado."unitId" = u.id
  LEFT JOIN upr ON upr."unitId" = u.id LEFT JOIN pts ON pts."unitId" = u.id
WHERE u."rankGroup" IS NOT NULL ORDER BY u."sortOrder"`;

// BENCH_PG_PORT moves the port, for checkouts benchmarking side by side.
export const BENCH_DATABASE = { dataDir: `.data/pg-bench-scores${SCALE > 1 ? `-x${SCALE}` : ""}`, port: Number(process.env.BENCH_PG_PORT) || 54359, database: "zugong_bench_scores" };
