/**
 * The totals of the 组织部 a node ranks (a city's counties, a province's cities), with their
 * parts: the points on the node's ledger that came up through each child department of the
 * ranked department, and the rest, its own. An entry came up through a child department when
 * the item it scores was sent up from a draft of that department (Draft.sentUpFromId). The
 * year's rules (ScoringYear) say how the parts add up (node-score-rule.ts).
 */
import "server-only";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import type { NodeScoreMethod } from "@/lib/generated/prisma/enums";
import { DESK_KINDS } from "@/lib/units/labels";
import { periodRange, type Period } from "./period";
import { DEFAULT_NODE_SCORE_METHOD, nodeTotal } from "./node-score-rule";

export type NodeScore = {
  method: NodeScoreMethod;
  /** Points on the node's ledger that did not come up through a child department. */
  own: number;
  /** Each child department (the active ones, and any other with points) and what came up through it. */
  children: Array<{ unitId: string; name: string; points: number }>;
  childPart: number;
  total: number;
};

const DESK = Prisma.join(DESK_KINDS.map((k) => Prisma.sql`${k}`));

export async function nodeScoreMethod(nodeId: string, year: number): Promise<NodeScoreMethod> {
  const row = await db.scoringYear.findUnique({ where: { nodeId_year: { nodeId, year } } });
  return row?.nodeScoreMethod ?? DEFAULT_NODE_SCORE_METHOD;
}

/** The departments ranked at `nodeId` and their totals for a period; empty for a node that ranks none (a county). */
export async function nodeScores(nodeId: string, period: Period): Promise<Map<string, NodeScore>> {
  const departments = await db.unit.findMany({
    where: { deskId: nodeId, kind: { in: [...DESK_KINDS] }, rankGroup: { not: null } },
    select: { id: true, reporters: { where: { kind: { in: [...DESK_KINDS] } }, select: { id: true, name: true, active: true }, orderBy: [{ sortOrder: "asc" }, { name: "asc" }] } },
  });
  if (departments.length === 0) return new Map();
  const { from, to } = periodRange(period);
  const [parts, method] = await Promise.all([
    db.$queryRaw<Array<{ unitId: string; via: string | null; points: string }>>`
      SELECT e."unitId", CASE WHEN lu."deskId" = e."unitId" AND lu.kind::text IN (${DESK}) THEN lu.id END AS via, sum(e.points)::text AS points
      FROM "ScoreEntry" e
      JOIN "ScoringRule" r ON r.id = e."ruleId" AND r."nodeId" = ${nodeId}::uuid
      LEFT JOIN "IssueItem" i ON i.id = CASE WHEN e."sourceType" = 'ISSUE_ITEM' THEN e."sourceId"::uuid END
      LEFT JOIN "Draft" d ON d.id = i."draftId"
      LEFT JOIN "Draft" l ON l.id = d."sentUpFromId"
      LEFT JOIN "Unit" lu ON lu.id = l."unitId"
      WHERE e."unitId" IN (${Prisma.join(departments.map((u) => Prisma.sql`${u.id}::uuid`))})
        AND e."occurredAt" >= ${from} AND e."occurredAt" < ${to}
      GROUP BY 1, 2`,
    nodeScoreMethod(nodeId, period.year),
  ]);
  const pointsOf = (unitId: string, via: string | null) => parts.filter((p) => p.unitId === unitId && p.via === via).reduce((n, p) => n + Number(p.points), 0);
  return new Map(
    departments.map((u) => {
      const own = pointsOf(u.id, null);
      const children = u.reporters
        .map((c) => ({ unitId: c.id, name: c.name, active: c.active, points: pointsOf(u.id, c.id) }))
        .filter((c) => c.active || c.points !== 0)
        .map(({ active: _, ...c }) => c);
      return [u.id, { method, own, children, ...nodeTotal(method, own, children.map((c) => c.points)) }];
    }),
  );
}

/**
 * The ledger rows of one part of a department's total, as a filter: those that came up through
 * child department `via`, or ("own") all the others. The same rule as the CASE in nodeScores.
 */
export async function throughWhere(unitId: string, via: string): Promise<Prisma.ScoreEntryWhereInput> {
  const from = via === "own" ? { unit: { deskId: unitId, kind: { in: [...DESK_KINDS] } } } : { unitId: via, unit: { deskId: unitId, kind: { in: [...DESK_KINDS] } } };
  const items = await db.issueItem.findMany({ where: { draft: { sentUpFrom: from } }, select: { id: true } });
  const ids = items.map((i) => i.id);
  return via === "own" ? { NOT: { sourceType: "ISSUE_ITEM", sourceId: { in: ids } } } : { sourceType: "ISSUE_ITEM", sourceId: { in: ids } };
}
