import { db } from "@/lib/db";
import { requirePermission, type Actor } from "@/lib/authz/permissions";
import { computePeriodTable } from "./period-table";
import { periodRange, type Period } from "./period";

/**
 * 本单位积分: an officer's or reviewer's own unit for a period — its figures and rank in its
 * group (not the other units' figures), the ledger rows that earned its points, and the
 * drafts returned or declined in the period with the reasons given.
 */
export async function getUnitScoreView(actor: Actor, period: Period) {
  requirePermission(actor, "scores.own", { unitId: actor.unitId });
  const { from, to } = periodRange(period);
  const table = await computePeriodTable(period);
  const own = table.find((r) => r.unitId === actor.unitId) ?? null;
  const groupSize = own ? table.filter((r) => r.group === own.group).length : 0;
  const [entries, setbacks] = await Promise.all([
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
  ]);
  return { own, groupSize, entries: entries.map((e) => ({ ...e, points: Number(e.points) })), setbacks };
}
