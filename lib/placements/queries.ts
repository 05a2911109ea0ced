import "server-only";
import { db } from "@/lib/db";
import { isNodeWide, requirePermission, unitWhere, type Actor } from "@/lib/authz/permissions";
import type { Prisma } from "@/lib/generated/prisma/client";
import { NotFoundError } from "@/lib/errors";
import { paginate } from "@/lib/paging";
import { SOURCE } from "@/lib/scores/records";
import { activeRules, deskOf } from "@/lib/scores/ledger";
import { shanghaiYear } from "@/lib/time";
import { placementRuleCodes, type ScoredPlacement } from "./scoring";
import { getPlacementOrThrow } from "./access";
import type { PlacementStatus } from "./workflow";

/** The unit's own reports, or for the county every confirmed one; newest first, searchable. */
export async function listPlacements(actor: Actor, opts: { page: number; q?: string; status?: PlacementStatus }) {
  requirePermission(actor, "placement.read");
  const scope: Prisma.PlacementWhereInput = { ...unitWhere(actor, "placement.read"), ...(isNodeWide(actor, "placement.read") ? { confirmedAt: { not: null } } : {}) };
  const where: Prisma.PlacementWhereInput = {
    AND: [
      scope,
      opts.status ? { status: opts.status } : {},
      opts.q ? { OR: [{ title: { contains: opts.q } }, { medium: { contains: opts.q } }, { unit: { name: { contains: opts.q } } }] } : {},
    ],
  };
  return paginate(
    opts.page,
    () => db.placement.count({ where }),
    (skip, take) =>
      db.placement.findMany({
        where,
        orderBy: [{ createdAt: "desc" }, { id: "asc" }],
        include: { unit: { select: { name: true } }, reportedBy: { select: { name: true } }, evidence: { select: { contentType: true } } },
        skip,
        take,
      }),
  );
}

/** One report with its history, its evidence (without bytes) and, once verified, the points it earned. */
export async function getPlacementDetail(actor: Actor, id: string) {
  const p = await getPlacementOrThrow(actor, id);
  const [detail, entries] = await Promise.all([
    db.placement.findUniqueOrThrow({
      where: { id: p.id },
      include: {
        unit: { select: { name: true } },
        reportedBy: { select: { name: true } },
        evidence: { select: { fileName: true, contentType: true, size: true } },
        events: { orderBy: { createdAt: "asc" }, include: { actor: { select: { name: true } } } },
        scoreRecord: { select: { reversedAt: true, reverseReason: true } },
      },
    }),
    p.scoreRecordId
      ? db.scoreEntry.findMany({ where: { sourceType: SOURCE, sourceId: p.scoreRecordId }, orderBy: { createdAt: "asc" }, include: { rule: { select: { label: true, version: true } } } })
      : [],
  ]);
  return { ...detail, entries: entries.map((e) => ({ id: e.id, label: e.rule.label, version: e.rule.version, points: Number(e.points), reversal: e.reversalOfId !== null })) };
}

/** The evidence file, for whoever may see the report (otherwise 404). */
export async function getPlacementEvidence(actor: Actor, id: string) {
  const p = await getPlacementOrThrow(actor, id);
  const file = await db.placementEvidence.findUnique({ where: { placementId: p.id } });
  if (!file) throw new NotFoundError("这份报送没有上传证明材料");
  return file;
}

/** What verifying would write under the year's rules now: each rule's label and points, for the office to see first. */
export async function placementScorePreview(p: ScoredPlacement & { publishedOn: Date; unitId: string }) {
  const year = shanghaiYear(new Date(`${p.publishedOn.toISOString().slice(0, 10)}T00:00:00+08:00`));
  const rules = await db.$transaction(async (tx) => activeRules(tx, await deskOf(tx, p.unitId), year));
  const labels = await db.scoringRule.findMany({ where: { id: { in: rules.map((r) => r.id) } }, select: { id: true, label: true } });
  return placementRuleCodes(p).flatMap((code) => {
    const rule = rules.find((r) => r.code === code);
    return rule && rule.points !== 0 ? [{ label: labels.find((l) => l.id === rule.id)!.label, points: rule.points }] : [];
  });
}
