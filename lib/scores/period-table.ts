import "server-only";
import { rankedUnitsOf } from "@/lib/units/where";
import type { RankGroup } from "@/lib/generated/prisma/enums";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/authz/permissions";
import { rankingNode } from "./ranking-node";
import { adoptionRate, rankByGroup } from "./ranking";
import { type Period } from "./period";
import { periodMonths, unitFigures } from "./rollups";
import { nodeScores, type NodeScore } from "./node-score";

export type PeriodRow = {
  unitId: string;
  name: string;
  group: RankGroup;
  /** 报送数: drafts that first reached the county in the period (plus 往年数字 imported for it, lib/onboarding/figures.ts). */
  submitted: number;
  /** 县级采用 (采用数): items in issues of the unit's own desk published in the period, while the issue stands (not voided). */
  adoptedCounty: number;
  /**
   * 市级采用 and 省级及以上采用: upper-level adoption records of the period, reversals netted out, and
   * items the city or province published in the period that came up from the unit (报送上级), while the issue stands.
   */
  adoptedCity: number;
  adoptedProvincePlus: number;
  /** 未采用: drafts declined in the period. */
  declined: number;
  /** 采用率 (county): adopted / (adopted + declined). */
  rate: number | null;
  /** Ledger points of entries that occurred in the period; for a 组织部, its total (node-score.ts). */
  points: number;
  /** A 组织部's total and its parts: own points and what came up through each child department. */
  nodeScore?: NodeScore;
  rank: number;
};

/**
 * Each unit's figures for a month, quarter or year — the one table behind the ranking, the
 * dashboard, 通报 and 本单位积分. Every figure counts the event that earns it in the local
 * month it happened (so each can be traced to drafts, issues, records and ledger rows),
 * summed from the rollups; units are ranked within their group, equal points sharing a rank.
 * `nodeId`: a 组织部 below the actor's node, read-only (ranking-node.ts).
 */
export async function getPeriodTable(actor: Actor, period: Period, nodeId?: string): Promise<PeriodRow[]> {
  return computePeriodTable((await rankingNode(actor, nodeId)).id, period);
}

/** The table without a permission check: for callers that show only a part of it (a unit's own row). */
export async function computePeriodTable(nodeId: string, period: Period): Promise<PeriodRow[]> {
  const { from, to } = periodMonths(period);
  const [units, figures, departments] = await Promise.all([
    db.unit.findMany({
      where: rankedUnitsOf(nodeId),
      orderBy: [{ sortOrder: "asc" }, { name: "asc" }],
      select: { id: true, name: true, active: true, rankGroup: true },
    }),
    unitFigures(nodeId, from, to),
    nodeScores(nodeId, period),
  ]);
  const byUnit = new Map(figures.map((f) => [f.unitId, f]));
  const none = { submitted: 0, adoptedCounty: 0, adoptedCity: 0, adoptedProvincePlus: 0, declined: 0, points: 0 };
  const rows = units.map((u) => {
    const { unitId: _, ...f } = byUnit.get(u.id) ?? { unitId: u.id, ...none };
    const nodeScore = departments.get(u.id);
    const row = { unitId: u.id, name: u.name, active: u.active, group: u.rankGroup!, ...f, rate: adoptionRate(f.adoptedCounty, f.declined) };
    return nodeScore ? { ...row, points: nodeScore.total, nodeScore } : row;
  });
  // A disabled unit still shows for a period in which it has figures.
  return rankByGroup(rows.filter((r) => r.active || r.submitted > 0 || r.points !== 0))
    .map(({ active: _active, ...r }) => r)
    .sort((a, b) => (a.group === b.group ? a.rank - b.rank : a.group === "TOWNSHIP" ? -1 : 1));
}
