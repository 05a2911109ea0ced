/** Pure scoring: which ledger entries an event earns under a year's rules. */
export type ActiveRule = { id: string; code: string; points: number };

export type PublishedItem = { itemId: string; draftId: string; unitId: string; authorId: string };

export type EntryDraft = {
  ruleId: string;
  ruleCode: string;
  points: number;
  unitId: string;
  userId: string;
  draftId: string;
  sourceType: "ISSUE_ITEM";
  sourceId: string;
};

/** An item published in the county bulletin earns the county adoption points for its unit and author. */
export function scorePublishedItem(item: PublishedItem, rules: readonly ActiveRule[]): EntryDraft[] {
  const rule = rules.find((r) => r.code === "ADOPTION_COUNTY");
  if (!rule || rule.points === 0) return [];
  return [
    {
      ruleId: rule.id,
      ruleCode: rule.code,
      points: rule.points,
      unitId: item.unitId,
      userId: item.authorId,
      draftId: item.draftId,
      sourceType: "ISSUE_ITEM",
      sourceId: item.itemId,
    },
  ];
}
