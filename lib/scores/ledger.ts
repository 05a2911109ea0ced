import "server-only";
import type { Tx } from "@/lib/db";
import type { Prisma, ScoreEntry, ScoreSourceType } from "@/lib/generated/prisma/client";
import { DEFAULT_RULES } from "./rules";
import { scorePublishedItem, type ActiveRule } from "./scoring";

/** Makes sure a node has rules for a year: the defaults, the first time the year is scored there. */
export async function ensureYearRules(tx: Tx, nodeId: string, year: number) {
  await tx.scoringRule.createMany({
    data: DEFAULT_RULES.map((r) => ({ nodeId, year, code: r.code, label: r.label, points: r.points, version: 1 })),
    skipDuplicates: true,
  });
}

/** The newest version of each of a node's rules for a year. */
export async function activeRules(tx: Tx, nodeId: string, year: number): Promise<ActiveRule[]> {
  await ensureYearRules(tx, nodeId, year);
  const rows = await tx.scoringRule.findMany({ where: { nodeId, year }, orderBy: [{ code: "asc" }, { version: "desc" }] });
  const latest = new Map<string, ActiveRule>();
  for (const r of rows) if (!latest.has(r.code)) latest.set(r.code, { id: r.id, code: r.code, points: Number(r.points) });
  return [...latest.values()];
}

export async function writePublicationEntries(
  tx: Tx,
  input: {
    /** The 组织部 that published: its rules score the items. */
    nodeId: string;
    year: number;
    now: Date;
    recordedById: string;
    items: Array<{ id: string; draftId: string; draft: { unitId: string; authorId: string } }>;
  },
) {
  const rules = await activeRules(tx, input.nodeId, input.year);
  const entries = input.items.flatMap((item) =>
    scorePublishedItem({ itemId: item.id, draftId: item.draftId, unitId: item.draft.unitId, authorId: item.draft.authorId }, rules),
  );
  if (entries.length === 0) return;
  await tx.scoreEntry.createMany({
    data: entries.map(({ ruleCode, ...e }) => ({
      ...e,
      dedupeKey: `${e.sourceType}:${e.sourceId}:${ruleCode}`,
      year: input.year,
      occurredAt: input.now,
      recordedById: input.recordedById,
    })),
  });
}

/**
 * The entry that takes an entry's points back: same unit, person, rule, source and period
 * (a correction belongs to the period of what it corrects; createdAt says when it was made).
 */
export function reversalOf(e: ScoreEntry, recordedById: string) {
  return {
    unitId: e.unitId,
    userId: e.userId,
    ruleId: e.ruleId,
    points: e.points.negated(),
    year: e.year,
    sourceType: e.sourceType,
    sourceId: e.sourceId,
    draftId: e.draftId,
    occurredAt: e.occurredAt,
    recordedById,
    reversalOfId: e.id,
  };
}

/** Entries of a year, or of some sources, that still stand: not reversals, not yet reversed. */
export async function standingEntries(tx: Tx, where: Prisma.ScoreEntryWhereInput) {
  return tx.scoreEntry.findMany({ where: { ...where, reversalOfId: null, reversal: { is: null } }, orderBy: [{ occurredAt: "asc" }, { id: "asc" }] });
}

/** The 组织部 a unit reports to, whose rules score it (a root unit scores by its own). */
export async function deskOf(tx: Tx, unitId: string): Promise<string> {
  const unit = await tx.unit.findUniqueOrThrow({ where: { id: unitId }, select: { id: true, deskId: true } });
  return unit.deskId ?? unit.id;
}

/** Takes back every standing entry of these sources; returns how many. The ledger itself is never edited. */
export async function reverseSourceEntries(tx: Tx, sourceType: ScoreSourceType, sourceIds: string[], recordedById: string): Promise<number> {
  const standing = await standingEntries(tx, { sourceType, sourceId: { in: sourceIds } });
  await tx.scoreEntry.createMany({ data: standing.map((e) => reversalOf(e, recordedById)) });
  return standing.length;
}
