import { db } from "@/lib/db";
import { requirePermission, type Actor } from "@/lib/authz/permissions";
import { shanghaiYearStart } from "@/lib/time";
import { adoptionRate, rankByGroup } from "./ranking";

export type YearRow = {
  unitId: string;
  name: string;
  group: "TOWNSHIP" | "AGENCY";
  submitted: number;
  adopted: number;
  declined: number;
  rate: number | null;
  points: number;
  rank: number;
};

/**
 * A year's figures per submitting unit: 报送数 (drafts that reached the county), 采用数,
 * 采用率 (adopted / decided), points from the ledger and the rank within the unit's group.
 */
export async function getYearTable(actor: Actor, year: number): Promise<YearRow[]> {
  requirePermission(actor, "scores.read");
  const from = shanghaiYearStart(year);
  const to = shanghaiYearStart(year + 1);
  const rows = await db.$queryRaw<
    Array<{ unitId: string; name: string; group: "TOWNSHIP" | "AGENCY"; submitted: number; adopted: number; declined: number; points: string }>
  >`
    SELECT u.id AS "unitId", u.name, u."rankGroup"::text AS "group",
      (SELECT count(*)::int FROM "Draft" d WHERE d."unitId" = u.id AND d."forwardedAt" >= ${from} AND d."forwardedAt" < ${to}) AS submitted,
      (SELECT count(*)::int FROM "Draft" d WHERE d."unitId" = u.id AND d.status IN ('ADOPTED', 'PUBLISHED') AND d."decidedAt" >= ${from} AND d."decidedAt" < ${to}) AS adopted,
      (SELECT count(*)::int FROM "Draft" d WHERE d."unitId" = u.id AND d.status = 'NOT_ADOPTED' AND d."decidedAt" >= ${from} AND d."decidedAt" < ${to}) AS declined,
      (SELECT coalesce(sum(e.points), 0)::text FROM "ScoreEntry" e WHERE e."unitId" = u.id AND e.year = ${year}) AS points
    FROM "Unit" u
    WHERE u."rankGroup" IS NOT NULL AND u.active
    ORDER BY u."sortOrder", u.name`;
  return rankByGroup(
    rows.map((r) => ({ ...r, points: Number(r.points), rate: adoptionRate(r.adopted, r.declined) })),
  ).sort((a, b) => (a.group === b.group ? a.rank - b.rank : a.group === "TOWNSHIP" ? -1 : 1));
}
