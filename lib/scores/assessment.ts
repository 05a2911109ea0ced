/**
 * 千分制折算: a unit's ledger points per category turned into its assessment score. Pure.
 * RATIO: points count up to the cap, scaled to the category's weight (no cap: points count
 * as they are, up to the weight). DEDUCT: the weight less the deductions, not below zero,
 * and nothing for a unit that submitted nothing in the period (时效 is earned by reporting).
 */
export type CategorySetting = { code: string; label: string; cap: number | null; weight: number; mode: "RATIO" | "DEDUCT" };
export type CategoryScore = { code: string; label: string; points: number; counted: number; score: number };

const round2 = (n: number) => Math.round(n * 100) / 100;

export function assess(
  pointsByCategory: Record<string, number>,
  categories: readonly CategorySetting[],
  submitted: number,
): { categories: CategoryScore[]; total: number } {
  const scored = categories.map((c) => {
    const points = pointsByCategory[c.code] ?? 0;
    if (c.mode === "DEDUCT") {
      const score = submitted === 0 ? 0 : Math.max(0, Math.min(c.weight, c.weight + Math.min(0, points)));
      return { code: c.code, label: c.label, points, counted: Math.min(0, points), score: round2(score) };
    }
    const counted = Math.max(0, c.cap == null ? points : Math.min(points, c.cap));
    const score = c.cap == null ? Math.min(counted, c.weight) : c.cap === 0 ? 0 : (counted / c.cap) * c.weight;
    return { code: c.code, label: c.label, points, counted, score: round2(score) };
  });
  return { categories: scored, total: round2(scored.reduce((s, c) => s + c.score, 0)) };
}
