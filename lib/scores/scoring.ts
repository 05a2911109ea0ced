/** Pure scoring: which ledger entries an event earns under a year's rules. */
export type ActiveRule = { id: string; code: string; points: number };

/** `authorId` null: the unit is credited, no person (see writePublicationEntries). */
export type PublishedItem = { itemId: string; draftId: string; unitId: string; authorId: string | null };

export type EntryDraft = {
  ruleId: string;
  ruleCode: string;
  points: number;
  unitId: string;
  userId: string | null;
  draftId: string;
  sourceType: "ISSUE_ITEM";
  sourceId: string;
};

/** The adoption rule of a bulletin's level: a county's 《组工信息》 is 县级采用, a city's 市级, a province's 省级. */
export const ADOPTION_CODE = { COUNTY: "ADOPTION_COUNTY", CITY: "ADOPTION_CITY", PROVINCE: "ADOPTION_PROVINCE" } as const;
export type BulletinLevel = keyof typeof ADOPTION_CODE;

/** An item published in a bulletin earns the adoption points of the bulletin's level for its unit and author. */
export function scorePublishedItem(item: PublishedItem, rules: readonly ActiveRule[], level: BulletinLevel = "COUNTY"): EntryDraft[] {
  const rule = rules.find((r) => r.code === ADOPTION_CODE[level]);
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
