/**
 * Reads of the score rollups ("PointsRollup", "CountsRollup", migration 0016): summaries per
 * unit × local month that triggers keep equal to the ledger, drafts, issues and records in
 * the same transaction as every change. Every figure of the ranking, the dashboard, 通报 and
 * 本单位积分 is summed from here, so each is defined once and costs a few hundred rows at
 * any scale. rollup-check.ts holds the bare aggregates these must equal.
 */
import "server-only";
import type { RankGroup } from "@/lib/generated/prisma/enums";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { shanghaiDate } from "@/lib/time";
import { periodRange, type Period } from "./period";

/** A period as its [from, to) local months ("2026-11-01"): periods always start on a month. */
export function periodMonths(period: Period): { from: string; to: string } {
  const { from, to } = periodRange(period);
  return { from: shanghaiDate(from), to: shanghaiDate(to) };
}

export type UnitFigures = {
  unitId: string;
  submitted: number;
  adoptedCounty: number;
  adoptedCity: number;
  adoptedProvincePlus: number;
  declined: number;
  points: number;
};

/** The units reporting to a 组织部, as SQL: rollups are read for one node's units at a time. */
const reportingTo = (nodeId: string) => Prisma.sql`(SELECT id FROM "Unit" WHERE "deskId" = ${nodeId}::uuid)`;

/** Each unit's counts and points over [from, to) months, for the units reporting to a node; units with nothing are left out. */
export async function unitFigures(nodeId: string, from: string, to: string): Promise<UnitFigures[]> {
  const rows = await db.$queryRaw<Array<Omit<UnitFigures, "points"> & { points: string }>>`
    WITH c AS (
      SELECT "unitId", sum(submitted)::int AS submitted, sum("adoptedCounty")::int AS "adoptedCounty",
        sum("adoptedCity")::int AS "adoptedCity", sum("adoptedProvincePlus")::int AS "adoptedProvincePlus", sum(declined)::int AS declined
      FROM (
        SELECT "unitId", submitted, "adoptedCounty", "adoptedCity", "adoptedProvincePlus", declined
        FROM "CountsRollup" WHERE month >= ${from}::date AND month < ${to}::date AND "unitId" IN ${reportingTo(nodeId)}
        UNION ALL
        -- 往年数字 (lib/onboarding/figures.ts): counted as submitted and adopted; the rest as declined.
        -- Their points are opening ledger entries, in PointsRollup like any other.
        SELECT "unitId", submitted, adopted, 0, 0, submitted - adopted
        FROM "OpeningFigure" WHERE "reversedAt" IS NULL AND "occurredOn" >= ${from}::date AND "occurredOn" < ${to}::date AND "unitId" IN ${reportingTo(nodeId)}
      ) counts GROUP BY 1
    ), p AS (
      SELECT "unitId", sum(points) AS points FROM "PointsRollup" WHERE month >= ${from}::date AND month < ${to}::date AND "unitId" IN ${reportingTo(nodeId)} GROUP BY 1
    )
    SELECT coalesce(c."unitId", p."unitId") AS "unitId",
      coalesce(c.submitted, 0) AS submitted, coalesce(c."adoptedCounty", 0) AS "adoptedCounty",
      coalesce(c."adoptedCity", 0) AS "adoptedCity", coalesce(c."adoptedProvincePlus", 0) AS "adoptedProvincePlus",
      coalesce(c.declined, 0) AS declined, coalesce(p.points, 0)::text AS points
    FROM c FULL JOIN p ON p."unitId" = c."unitId"`;
  return rows.map((r) => ({ ...r, points: Number(r.points) }));
}

/** Points per unit per local month (1–12), over [from, to) months of one year. */
export async function pointsByUnitMonth(nodeId: string, from: string, to: string) {
  const rows = await db.$queryRaw<Array<{ unitId: string; name: string; month: number; points: string }>>`
    SELECT r."unitId", u.name, extract(month FROM r.month)::int AS month, sum(r.points)::text AS points
    FROM "PointsRollup" r JOIN "Unit" u ON u.id = r."unitId"
    WHERE r.month >= ${from}::date AND r.month < ${to}::date AND u."deskId" = ${nodeId}::uuid
    GROUP BY r."unitId", u.name, r.month`;
  return rows.map((r) => ({ ...r, points: Number(r.points) }));
}

/** Points per unit and rule code over [from, to) months: categories and 考核折算. */
export async function pointsByUnitRule(nodeId: string, from: string, to: string) {
  const rows = await db.$queryRaw<Array<{ unitId: string; code: string; points: string }>>`
    SELECT "unitId", "ruleCode" AS code, sum(points)::text AS points
    FROM "PointsRollup" WHERE month >= ${from}::date AND month < ${to}::date AND "unitId" IN ${reportingTo(nodeId)}
    GROUP BY 1, 2`;
  return rows.map((r) => ({ ...r, points: Number(r.points) }));
}

/** One unit's points per rule code over [from, to) months (本单位积分), whichever ledgers they are on. */
export async function unitPointsByRule(unitId: string, from: string, to: string) {
  const rows = await db.$queryRaw<Array<{ code: string; points: string }>>`
    SELECT "ruleCode" AS code, sum(points)::text AS points
    FROM "PointsRollup" WHERE "unitId" = ${unitId}::uuid AND month >= ${from}::date AND month < ${to}::date
    GROUP BY 1`;
  return rows.map((r) => ({ ...r, points: Number(r.points) }));
}

/** Active ranked units with fewer than `below` submissions in a month, fewest first. */
export async function lowSubmitters(nodeId: string, month: string, below: number) {
  return db.$queryRaw<Array<{ unitId: string; name: string; group: RankGroup; submitted: number }>>`
    SELECT u.id AS "unitId", u.name, u."rankGroup"::text AS "group", coalesce(c.submitted, 0) AS submitted
    FROM "Unit" u LEFT JOIN "CountsRollup" c ON c."unitId" = u.id AND c.month = ${month}::date
    WHERE u."deskId" = ${nodeId}::uuid AND u."rankGroup" IS NOT NULL AND u.active AND coalesce(c.submitted, 0) < ${below}::int
    ORDER BY coalesce(c.submitted, 0), u."rankGroup", u."sortOrder", u.name`;
}
