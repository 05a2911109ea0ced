/** Competition ranking (1, 1, 3): equal points share a rank; each group is ranked apart. */
export type Rankable = { group: string; points: number; name: string };

export function rankByGroup<T extends Rankable>(rows: readonly T[]): Array<T & { rank: number }> {
  const byGroup = new Map<string, T[]>();
  for (const row of rows) byGroup.set(row.group, [...(byGroup.get(row.group) ?? []), row]);
  const out: Array<T & { rank: number }> = [];
  for (const group of byGroup.values()) {
    const sorted = [...group].sort((a, b) => b.points - a.points || a.name.localeCompare(b.name, "zh-CN"));
    sorted.forEach((row, index) => {
      const previous = out.at(-1);
      const rank = index > 0 && previous && previous.points === row.points ? previous.rank : index + 1;
      out.push({ ...row, rank });
    });
  }
  return out;
}

/** 采用率: adopted over decided (adopted + declined); undecided drafts do not count. */
export function adoptionRate(adopted: number, declined: number): number | null {
  const decided = adopted + declined;
  return decided === 0 ? null : adopted / decided;
}
