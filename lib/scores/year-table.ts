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
 * A year's figures per submitting unit, all counted by the local year of the event that
 * earns them, so each figure can be traced: 报送数 (drafts that first reached the county
 * that year), 采用数 (items in issues published that year, the same event that writes the
 * ledger), 未采用 (declined that year), 采用率 = adopted / (adopted + declined), points from
 * the ledger, and the rank within the unit's group. A disabled unit still shows for a year
 * in which it has figures.
 */
export async function getYearTable(actor: Actor, year: number): Promise<YearRow[]> {
  requirePermission(actor, "scores.read");
  const from = shanghaiYearStart(year);
  const to = shanghaiYearStart(year + 1);
  const rows = await db.$queryRaw<
    Array<{ unitId: string; name: string; active: boolean; group: "TOWNSHIP" | "AGENCY"; submitted: number; adopted: number; declined: number; points: string }>
  >`
    SELECT u.id AS "unitId", u.name, u.active, u."rankGroup"::text AS "group",
      (SELECT count(*)::int FROM "Draft" d WHERE d."unitId" = u.id AND d."forwardedAt" >= ${from} AND d."forwardedAt" < ${to}) AS submitted,
      (SELECT count(*)::int FROM "IssueItem" i JOIN "BulletinIssue" b ON b.id = i."issueId" JOIN "Draft" d ON d.id = i."draftId"
        WHERE d."unitId" = u.id AND b.status = 'PUBLISHED' AND b."publishedAt" >= ${from} AND b."publishedAt" < ${to}) AS adopted,
      (SELECT count(*)::int FROM "Draft" d WHERE d."unitId" = u.id AND d.status = 'NOT_ADOPTED' AND d."decidedAt" >= ${from} AND d."decidedAt" < ${to}) AS declined,
      (SELECT coalesce(sum(e.points), 0)::text FROM "ScoreEntry" e WHERE e."unitId" = u.id AND e.year = ${year}) AS points
    FROM "Unit" u
    WHERE u."rankGroup" IS NOT NULL
    ORDER BY u."sortOrder", u.name`;
  return rankByGroup(
    rows
      .map((r) => ({ ...r, points: Number(r.points), rate: adoptionRate(r.adopted, r.declined) }))
      .filter((r) => r.active || r.submitted > 0 || r.points !== 0),
  ).sort((a, b) => (a.group === b.group ? a.rank - b.rank : a.group === "TOWNSHIP" ? -1 : 1));
}
