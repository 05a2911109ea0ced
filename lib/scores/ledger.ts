import type { Tx } from "@/lib/db";
import { DEFAULT_RULES } from "./rules";
import { scorePublishedItem, type ActiveRule } from "./scoring";

/** Makes sure a year has rules: the defaults, the first time a year is scored. */
export async function ensureYearRules(tx: Tx, year: number) {
  await tx.scoringRule.createMany({
    data: DEFAULT_RULES.map((r) => ({ year, code: r.code, label: r.label, points: r.points, version: 1 })),
    skipDuplicates: true,
  });
}

/** The newest version of each of a year's rules. */
export async function activeRules(tx: Tx, year: number): Promise<ActiveRule[]> {
  await ensureYearRules(tx, year);
  const rows = await tx.scoringRule.findMany({ where: { year }, orderBy: [{ code: "asc" }, { version: "desc" }] });
  const latest = new Map<string, ActiveRule>();
  for (const r of rows) if (!latest.has(r.code)) latest.set(r.code, { id: r.id, code: r.code, points: Number(r.points) });
  return [...latest.values()];
}

export async function writePublicationEntries(
  tx: Tx,
  input: {
    year: number;
    now: Date;
    recordedById: string;
    items: Array<{ id: string; draftId: string; draft: { unitId: string; authorId: string } }>;
  },
) {
  const rules = await activeRules(tx, input.year);
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
