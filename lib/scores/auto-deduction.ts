/**
 * Deductions the system writes by itself: a 约稿 whose deadline passed without an answer, an
 * urgent report that came late. Written once per source (the ledger's dedupeKey), and only
 * where the year's rules carry a non-zero deduction for it.
 */
import "server-only";
import type { Tx } from "@/lib/db";
import { shanghaiYear } from "@/lib/time";
import { activeRules, deskOf } from "./ledger";

export type AutoDeductionCode = "DEDUCT_MISSED_COMMISSION" | "DEDUCT_LATE_URGENT";

export async function writeAutoDeduction(
  tx: Tx,
  input: { code: AutoDeductionCode; unitId: string; sourceType: "COMMISSION_TARGET" | "URGENT_CASE"; sourceId: string; occurredAt: Date },
): Promise<boolean> {
  const year = shanghaiYear(input.occurredAt);
  const rule = (await activeRules(tx, await deskOf(tx, input.unitId), year)).find((r) => r.code === input.code);
  if (!rule || rule.points === 0) return false;
  const dedupeKey = `${input.sourceType}:${input.sourceId}:${input.code}`;
  const { count } = await tx.scoreEntry.createMany({
    data: [
      {
        unitId: input.unitId,
        ruleId: rule.id,
        points: rule.points,
        year,
        sourceType: input.sourceType,
        sourceId: input.sourceId,
        dedupeKey,
        occurredAt: input.occurredAt,
        // Written by the system: no person recorded it.
        recordedById: null,
      },
    ],
    skipDuplicates: true,
  });
  return count === 1;
}
