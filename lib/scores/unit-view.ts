import "server-only";
import { db } from "@/lib/db";
import { requirePermission, type Actor } from "@/lib/authz/permissions";
import { computePeriodTable } from "./period-table";
import { periodRange, type Period } from "./period";
import { periodMonths, unitPointsByRule } from "./rollups";
import { categoryOf, type CategoryCode } from "./rules";

/**
 * 本单位积分: an officer's or reviewer's own unit for a period — its figures and rank in its
 * group (not the other units' figures), the ledger rows that earned its points, and the
 * drafts returned or declined in the period with the reasons given.
 */
export async function getUnitScoreView(actor: Actor, period: Period) {
  requirePermission(actor, "scores.own", { unitId: actor.unitId });
  const { from, to } = periodRange(period);
  const months = periodMonths(period);
  const table = await computePeriodTable(actor.nodeId, period);
  const own = table.find((r) => r.unitId === actor.unitId) ?? null;
  const groupSize = own ? table.filter((r) => r.group === own.group).length : 0;
  const [entries, setbacks, byRule] = await Promise.all([
    db.scoreEntry.findMany({
      where: { unitId: actor.unitId, occurredAt: { gte: from, lt: to } },
      orderBy: [{ occurredAt: "desc" }, { id: "asc" }],
      take: 200,
      include: { rule: { select: { label: true, version: true } }, user: { select: { name: true } } },
    }),
    db.draftEvent.findMany({
      where: { draft: { unitId: actor.unitId }, action: { in: ["EDITOR_RETURN", "DECLINE", "REVIEWER_RETURN"] }, createdAt: { gte: from, lt: to } },
      orderBy: { createdAt: "desc" },
      take: 100,
      include: { draft: { select: { id: true, title: true } }, actor: { select: { name: true } } },
    }),
    unitPointsByRule(actor.unitId, months.from, months.to),
  ]);
  // Points per 千分制 category (组工信息, 网评文章, 上级媒体发稿…), as the ranking splits them.
  const byCategory: Partial<Record<CategoryCode, number>> = {};
  for (const r of byRule) byCategory[categoryOf(r.code)] = (byCategory[categoryOf(r.code)] ?? 0) + r.points;
  return { own, groupSize, byCategory, entries: entries.map((e) => ({ ...e, points: Number(e.points) })), setbacks };
}
