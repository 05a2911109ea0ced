import { db } from "@/lib/db";
import { requirePermission, type Actor } from "@/lib/authz/permissions";
import { adoptionRate, rankByGroup } from "./ranking";
import { periodRange, type Period } from "./period";
import { shanghaiDate } from "@/lib/time";

export type PeriodRow = {
  unitId: string;
  name: string;
  group: "TOWNSHIP" | "AGENCY";
  /** 报送数: drafts that first reached the county in the period. */
  submitted: number;
  /** 县级采用: items in county issues published in the period. */
  adoptedCounty: number;
  /** 市级采用 and 省级及以上采用: upper-level adoption records of the period, reversals netted out. */
  adoptedCity: number;
  adoptedProvincePlus: number;
  declined: number;
  /** 采用率 (county): adopted / (adopted + declined). */
  rate: number | null;
  /** Ledger points of entries that occurred in the period. */
  points: number;
  rank: number;
};

/**
 * Each unit's figures for a month, quarter or year, every one counted from the event that
 * earns it (so each can be traced to drafts, issues, records and ledger rows), ranked within
 * its group with shared ranks for equal points.
 */
export async function getPeriodTable(actor: Actor, period: Period): Promise<PeriodRow[]> {
  requirePermission(actor, "scores.read");
  return computePeriodTable(period);
}

/** The table without a permission check: for callers that show only a part of it (a unit's own row). */
export async function computePeriodTable(period: Period): Promise<PeriodRow[]> {
  const { from, to } = periodRange(period);
  // Record dates are calendar dates: compare them with the period's local dates.
  const [fromDate, toDate] = [shanghaiDate(from), shanghaiDate(to)];
  // One pass per source, grouped by unit (not one subquery per unit): fast at county scale.
  const rows = await db.$queryRaw<
    Array<{ unitId: string; name: string; active: boolean; group: "TOWNSHIP" | "AGENCY"; submitted: number; adoptedCounty: number; adoptedCity: number; adoptedProvincePlus: number; declined: number; points: string }>
  >`
    WITH sub AS (
      SELECT "unitId", count(*)::int AS n FROM "Draft" WHERE "forwardedAt" >= ${from} AND "forwardedAt" < ${to} GROUP BY 1
    ), county AS (
      SELECT d."unitId", count(*)::int AS n FROM "IssueItem" i JOIN "BulletinIssue" b ON b.id = i."issueId" JOIN "Draft" d ON d.id = i."draftId"
      WHERE b.status = 'PUBLISHED' AND b."publishedAt" >= ${from} AND b."publishedAt" < ${to} GROUP BY 1
    ), upper AS (
      SELECT "unitId",
        count(*) FILTER (WHERE level = 'CITY')::int AS city,
        count(*) FILTER (WHERE level IN ('PROVINCE', 'CENTRAL'))::int AS province
      FROM "ScoreRecord"
      WHERE kind = 'UPPER_ADOPTION' AND "reversedAt" IS NULL AND "occurredOn" >= ${fromDate}::date AND "occurredOn" < ${toDate}::date GROUP BY 1
    ), declined AS (
      SELECT "unitId", count(*)::int AS n FROM "Draft" WHERE status = 'NOT_ADOPTED' AND "decidedAt" >= ${from} AND "decidedAt" < ${to} GROUP BY 1
    ), pts AS (
      SELECT "unitId", sum(points) AS p FROM "ScoreEntry" WHERE "occurredAt" >= ${from} AND "occurredAt" < ${to} GROUP BY 1
    )
    SELECT u.id AS "unitId", u.name, u.active, u."rankGroup"::text AS "group",
      coalesce(sub.n, 0) AS submitted, coalesce(county.n, 0) AS "adoptedCounty",
      coalesce(upper.city, 0) AS "adoptedCity", coalesce(upper.province, 0) AS "adoptedProvincePlus",
      coalesce(declined.n, 0) AS declined, coalesce(pts.p, 0)::text AS points
    FROM "Unit" u
    LEFT JOIN sub ON sub."unitId" = u.id
    LEFT JOIN county ON county."unitId" = u.id
    LEFT JOIN upper ON upper."unitId" = u.id
    LEFT JOIN declined ON declined."unitId" = u.id
    LEFT JOIN pts ON pts."unitId" = u.id
    WHERE u."rankGroup" IS NOT NULL
    ORDER BY u."sortOrder", u.name`;
  return rankByGroup(
    rows
      .map((r) => ({ ...r, points: Number(r.points), rate: adoptionRate(r.adoptedCounty, r.declined) }))
      .filter((r) => r.active || r.submitted > 0 || r.points !== 0),
  )
    .map(({ active: _active, ...r }) => r)
    .sort((a, b) => (a.group === b.group ? a.rank - b.rank : a.group === "TOWNSHIP" ? -1 : 1));
}
