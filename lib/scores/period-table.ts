import { db } from "@/lib/db";
import { requirePermission, type Actor } from "@/lib/authz/permissions";
import { adoptionRate, rankByGroup } from "./ranking";
import { periodRange, type Period } from "./period";

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
  const rows = await db.$queryRaw<
    Array<{ unitId: string; name: string; active: boolean; group: "TOWNSHIP" | "AGENCY"; submitted: number; adoptedCounty: number; adoptedCity: number; adoptedProvincePlus: number; declined: number; points: string }>
  >`
    SELECT u.id AS "unitId", u.name, u.active, u."rankGroup"::text AS "group",
      (SELECT count(*)::int FROM "Draft" d WHERE d."unitId" = u.id AND d."forwardedAt" >= ${from} AND d."forwardedAt" < ${to}) AS submitted,
      (SELECT count(*)::int FROM "IssueItem" i JOIN "BulletinIssue" b ON b.id = i."issueId" JOIN "Draft" d ON d.id = i."draftId"
        WHERE d."unitId" = u.id AND b.status = 'PUBLISHED' AND b."publishedAt" >= ${from} AND b."publishedAt" < ${to}) AS "adoptedCounty",
      (SELECT count(*)::int FROM "ScoreRecord" r WHERE r."unitId" = u.id AND r.kind = 'UPPER_ADOPTION' AND r.level = 'CITY' AND r."reversedAt" IS NULL
        AND r."occurredOn" >= (${from}::timestamptz AT TIME ZONE 'Asia/Shanghai')::date AND r."occurredOn" < (${to}::timestamptz AT TIME ZONE 'Asia/Shanghai')::date) AS "adoptedCity",
      (SELECT count(*)::int FROM "ScoreRecord" r WHERE r."unitId" = u.id AND r.kind = 'UPPER_ADOPTION' AND r.level IN ('PROVINCE', 'CENTRAL') AND r."reversedAt" IS NULL
        AND r."occurredOn" >= (${from}::timestamptz AT TIME ZONE 'Asia/Shanghai')::date AND r."occurredOn" < (${to}::timestamptz AT TIME ZONE 'Asia/Shanghai')::date) AS "adoptedProvincePlus",
      (SELECT count(*)::int FROM "Draft" d WHERE d."unitId" = u.id AND d.status = 'NOT_ADOPTED' AND d."decidedAt" >= ${from} AND d."decidedAt" < ${to}) AS declined,
      (SELECT coalesce(sum(e.points), 0)::text FROM "ScoreEntry" e WHERE e."unitId" = u.id AND e."occurredAt" >= ${from} AND e."occurredAt" < ${to}) AS points
    FROM "Unit" u
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
