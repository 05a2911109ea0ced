/** 得分构成 with deductions: each earned category's share of the earned points; deductions stand apart. */
export type ShareRow = { code: string; label: string; points: number; share: number | null };

const round2 = (n: number) => Math.round(n * 100) / 100;

export function categoryShares(rows: ReadonlyArray<{ code: string; label: string; points: number }>) {
  const earned = round2(rows.filter((r) => r.points > 0).reduce((s, r) => s + r.points, 0));
  const deducted = round2(rows.filter((r) => r.points < 0).reduce((s, r) => s + r.points, 0));
  const shares: ShareRow[] = rows.map((r) => ({ ...r, share: r.points > 0 && earned > 0 ? r.points / earned : null }));
  return { rows: shares, earned, deducted, net: round2(earned + deducted) };
}
