/**
 * The bare aggregates the rollups (migrations 0016, 0033, 0037, read in rollups.ts) must always equal,
 * computed straight from drafts, issues, records and the ledger with an independent month
 * formula (UTC + 8 h; China has no daylight saving) and an independent walk down the chains
 * of origin (报送上级, migration 0033). Used by the rollup test after every kind of change
 * and by `npm run -s bench:http` to check a generated database.
 */
import "server-only";
import { db } from "@/lib/db";

export type RollupDrift = { rollup: "counts" | "points"; unitId: string; month: string; stored: unknown; source: unknown };

/** Every unit × month (× rule, node and ledger year) where a rollup differs from its bare aggregate; [] when they agree. */
export async function rollupDrift(): Promise<RollupDrift[]> {
  return db.$queryRaw<RollupDrift[]>`
    WITH RECURSIVE chain AS (
      -- 报送上级: each draft down the chain of origin of an item the city or province published
      -- takes that level's adoption (the item's own draft keeps its 县级采用 above).
      SELECT i.id AS "itemId", d."sentUpFromId" AS "draftId", n.kind AS level, b."publishedAt"
      FROM "IssueItem" i JOIN "BulletinIssue" b ON b.id = i."issueId" JOIN "Draft" d ON d.id = i."draftId"
        JOIN "Series" s ON s.id = b."seriesId" JOIN "Unit" n ON n.id = s."nodeId"
      WHERE b.status = 'PUBLISHED' AND b."publishedAt" IS NOT NULL AND n.kind IN ('CITY', 'PROVINCE') AND d."sentUpFromId" IS NOT NULL
      UNION
      SELECT chain."itemId", d."sentUpFromId", chain.level, chain."publishedAt"
      FROM chain JOIN "Draft" d ON d.id = chain."draftId" WHERE d."sentUpFromId" IS NOT NULL
    ), counts AS (
      SELECT "unitId", month, sum(s)::int AS submitted, sum(ac)::int AS "adoptedCounty", sum(ci)::int AS "adoptedCity",
        sum(pr)::int AS "adoptedProvincePlus", sum(de)::int AS declined
      FROM (
        SELECT "unitId", date_trunc('month', "forwardedAt" + interval '8 hours')::date AS month, 1 AS s, 0 AS ac, 0 AS ci, 0 AS pr, 0 AS de
        FROM "Draft" WHERE "forwardedAt" IS NOT NULL
        UNION ALL
        SELECT "unitId", date_trunc('month', "decidedAt" + interval '8 hours')::date, 0, 0, 0, 0, 1
        FROM "Draft" WHERE status = 'NOT_ADOPTED' AND "decidedAt" IS NOT NULL
        UNION ALL
        SELECT d."unitId", date_trunc('month', b."publishedAt" + interval '8 hours')::date, 0, 1, 0, 0, 0
        FROM "IssueItem" i JOIN "BulletinIssue" b ON b.id = i."issueId" JOIN "Draft" d ON d.id = i."draftId"
        WHERE b.status = 'PUBLISHED' AND b."publishedAt" IS NOT NULL
        UNION ALL
        SELECT d."unitId", date_trunc('month', c."publishedAt" + interval '8 hours')::date, 0, 0, (c.level = 'CITY')::int, (c.level = 'PROVINCE')::int, 0
        FROM chain c JOIN "Draft" d ON d.id = c."draftId"
        UNION ALL
        SELECT "unitId", date_trunc('month', "occurredOn")::date, 0, 0, (level = 'CITY')::int, (level IN ('PROVINCE', 'CENTRAL'))::int, 0
        FROM "ScoreRecord" WHERE kind = 'UPPER_ADOPTION' AND "reversedAt" IS NULL
      ) x
      GROUP BY 1, 2
    ), points AS (
      SELECT e."unitId", date_trunc('month', e."occurredAt" + interval '8 hours')::date AS month, r.code AS "ruleCode",
        r."nodeId", e.year, sum(e.points) AS points, count(*)::int AS entries
      FROM "ScoreEntry" e JOIN "ScoringRule" r ON r.id = e."ruleId"
      GROUP BY 1, 2, 3, 4, 5
    )
    SELECT 'counts' AS rollup, coalesce(a."unitId", b."unitId")::text AS "unitId", coalesce(a.month, b.month)::text AS month,
      to_jsonb(a) - 'unitId' - 'month' AS stored, to_jsonb(b) - 'unitId' - 'month' AS source
    FROM "CountsRollup" a FULL JOIN counts b ON b."unitId" = a."unitId" AND b.month = a.month
    WHERE (coalesce(a.submitted, 0), coalesce(a."adoptedCounty", 0), coalesce(a."adoptedCity", 0), coalesce(a."adoptedProvincePlus", 0), coalesce(a.declined, 0))
      IS DISTINCT FROM (coalesce(b.submitted, 0), coalesce(b."adoptedCounty", 0), coalesce(b."adoptedCity", 0), coalesce(b."adoptedProvincePlus", 0), coalesce(b.declined, 0))
    UNION ALL
    SELECT 'points', coalesce(a."unitId", b."unitId")::text, coalesce(a.month, b.month)::text,
      to_jsonb(a) - 'unitId' - 'month', to_jsonb(b) - 'unitId' - 'month'
    FROM "PointsRollup" a FULL JOIN points b
      ON b."unitId" = a."unitId" AND b.month = a.month AND b."ruleCode" = a."ruleCode" AND b."nodeId" = a."nodeId" AND b.year = a.year
    WHERE (coalesce(a.points, 0), coalesce(a.entries, 0)) IS DISTINCT FROM (coalesce(b.points, 0), coalesce(b.entries, 0))`;
}
