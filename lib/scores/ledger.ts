import "server-only";
import type { Tx } from "@/lib/db";
import type { Prisma, ScoreEntry, ScoreSourceType } from "@/lib/generated/prisma/client";
import { DEFAULT_RULES } from "./rules";
import { originChain } from "@/lib/drafts/origin-chain";
import { scorePublishedItem, type ActiveRule, type BulletinLevel, type EntryDraft } from "./scoring";

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
    /** Its level, which names the adoption (县级, 市级, 省级采用) in every ledger down the chain. */
    level: BulletinLevel;
    year: number;
    now: Date;
    recordedById: string;
    items: Array<{ id: string; draftId: string; draft: { unitId: string; authorId: string; sentUpFromId: string | null } }>;
  },
) {
  const rulesOf = new Map<string, ActiveRule[]>();
  const rules = async (nodeId: string) => rulesOf.get(nodeId) ?? rulesOf.set(nodeId, await activeRules(tx, nodeId, input.year)).get(nodeId)!;
  // Keyed by source and rule; the entries down the chain by their unit too (the same rule code
  // credits the sending 组织部 above and its township below).
  const entries: Array<EntryDraft & { key: string }> = [];
  const key = (e: EntryDraft, chain: boolean) => `${e.sourceType}:${e.sourceId}:${e.ruleCode}${chain ? `:${e.unitId}` : ""}`;
  for (const item of input.items) {
    const chain = await originChain(tx, item.draft.sentUpFromId);
    // An item sent up 越级报送 has the same writer here as at the desk in between: the person is
    // credited once, down there, where they work; here only the unit the item is counted for.
    const author = chain.some((lower) => lower.authorId === item.draft.authorId) ? null : item.draft.authorId;
    const own = scorePublishedItem({ itemId: item.id, draftId: item.draftId, unitId: item.draft.unitId, authorId: author }, await rules(input.nodeId), input.level);
    entries.push(...own.map((e) => ({ ...e, key: key(e, false) })));
    // Credit flows down the chain of origin (报送上级): each lower desk's ledger gives the unit
    // that sent it up this level's adoption, under that desk's own rules.
    for (const lower of chain) {
      const desk = lower.unit.deskId ?? lower.unitId;
      const down = scorePublishedItem({ itemId: item.id, draftId: lower.id, unitId: lower.unitId, authorId: lower.authorId }, await rules(desk), input.level);
      entries.push(...down.map((e) => ({ ...e, key: key(e, true) })));
    }
  }
  if (entries.length === 0) return;
  await tx.scoreEntry.createMany({
    data: entries.map(({ ruleCode: _, key: dedupeKey, ...e }) => ({
      ...e,
      dedupeKey,
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
