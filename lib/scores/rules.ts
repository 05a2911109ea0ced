/** Default scoring rules and categories (brief section 6); an administrator sets each year's own. */
export type RuleDefinition = { code: string; label: string; points: number };

/** In the order offices read them: each kind from 县 up to 中央. */
export const DEFAULT_RULES: readonly RuleDefinition[] = [
  { code: "ADOPTION_COUNTY", label: "县级《组工信息》采用", points: 2 },
  { code: "ADOPTION_CITY", label: "市级采用", points: 5 },
  { code: "ADOPTION_PROVINCE", label: "省级采用", points: 10 },
  { code: "ADOPTION_CENTRAL", label: "中央级采用", points: 20 },
  { code: "INSTRUCTION_COUNTY", label: "县级领导批示", points: 3 },
  { code: "INSTRUCTION_CITY", label: "市级领导批示", points: 5 },
  { code: "INSTRUCTION_PROVINCE", label: "省级领导批示", points: 10 },
  { code: "INSTRUCTION_CENTRAL", label: "中央领导批示", points: 20 },
  { code: "MEDIA_COUNTY", label: "县级媒体发稿", points: 1 },
  { code: "MEDIA_CITY", label: "市级媒体发稿", points: 2 },
  { code: "MEDIA_PROVINCIAL", label: "省级媒体发稿", points: 5 },
  { code: "MEDIA_NATIONAL", label: "中央级媒体发稿", points: 10 },
  // The city speech scores placements "by medium, by page and by length": what the page and
  // the length add on top of the medium's points (a unit's verified report, lib/placements).
  { code: "MEDIA_FRONT_PAGE", label: "媒体发稿在头版（加分）", points: 3 },
  { code: "MEDIA_KEY_PAGE", label: "媒体发稿在重要版面（加分）", points: 2 },
  { code: "MEDIA_LENGTH_MID", label: "媒体发稿1000至2999字（加分）", points: 1 },
  { code: "MEDIA_LENGTH_LONG", label: "媒体发稿3000字以上（加分）", points: 2 },
  // The brief leaves 网评文章 open: one point each until the administrator sets the year's value.
  { code: "COMMENTARY", label: "网评文章刊发", points: 1 },
  { code: "DEDUCT_MISSED_COMMISSION", label: "约稿未按时报送（扣分）", points: -2 },
  { code: "DEDUCT_LATE_URGENT", label: "紧急信息迟报（扣分）", points: -2 },
  // A 保密 incident (a draft that carried what it must not): the unit loses points, and the person
  // named with it is left off the 年度先进个人 shortlist (lib/scores/shortlist.ts).
  { code: "DEDUCT_SECRECY", label: "信息泄密、违反保密规定（扣分）", points: -5 },
];

/** Length bands of a media placement, longest first: the first whose minimum the 字数 reaches adds its rule. */
export const MEDIA_LENGTH_BANDS: ReadonlyArray<{ min: number; code: string }> = [
  { min: 3000, code: "MEDIA_LENGTH_LONG" },
  { min: 1000, code: "MEDIA_LENGTH_MID" },
];

export type CategoryCode = "INFO" | "COMMENTARY" | "MEDIA" | "TIMELINESS" | "INSTRUCTION";

/**
 * The categories of the 千分制 assessment. Weights and caps are *defaults* (the county's
 * speech blanks the numbers). RATIO: points up to the cap, scaled to the weight; DEDUCT:
 * full marks less the deductions, never below zero.
 */
export const DEFAULT_CATEGORIES: ReadonlyArray<{ code: CategoryCode; label: string; cap: number | null; weight: number; mode: "RATIO" | "DEDUCT" }> = [
  { code: "INFO", label: "组工信息", cap: 40, weight: 20, mode: "RATIO" },
  { code: "COMMENTARY", label: "网评文章", cap: 10, weight: 5, mode: "RATIO" },
  { code: "MEDIA", label: "上级媒体发稿", cap: 20, weight: 5, mode: "RATIO" },
  { code: "TIMELINESS", label: "时效", cap: null, weight: 5, mode: "DEDUCT" },
  { code: "INSTRUCTION", label: "领导批示", cap: 20, weight: 5, mode: "RATIO" },
];

/**
 * 期初导入 (lib/onboarding/figures.ts): a unit's points from before the system, one rule per
 * category. Their entries carry the imported points themselves, so these rules are never
 * re-scored and are not on the 积分规则 page.
 */
export const OPENING_PREFIX = "OPENING_";
export const OPENING_RULES: readonly RuleDefinition[] = DEFAULT_CATEGORIES.map((c) => ({ code: `${OPENING_PREFIX}${c.code}`, label: `期初导入·${c.label}`, points: 0 }));

/** A rule's name as offices read it. */
export function ruleLabel(code: string): string {
  return [...DEFAULT_RULES, ...OPENING_RULES].find((r) => r.code === code)?.label ?? code;
}

/** The category a rule counts in. */
export function categoryOf(ruleCode: string): CategoryCode {
  if (ruleCode.startsWith(OPENING_PREFIX)) return ruleCode.slice(OPENING_PREFIX.length) as CategoryCode;
  if (ruleCode.startsWith("ADOPTION_") || ruleCode === "DEDUCT_MISSED_COMMISSION" || ruleCode === "DEDUCT_SECRECY") return "INFO";
  if (ruleCode.startsWith("MEDIA_")) return "MEDIA";
  if (ruleCode.startsWith("INSTRUCTION_")) return "INSTRUCTION";
  if (ruleCode === "COMMENTARY") return "COMMENTARY";
  return "TIMELINESS";
}

/** Sorts rule codes as DEFAULT_RULES lists them (县 → 市 → 省 → 中央); others after, by code. */
export function byRuleOrder(a: string, b: string): number {
  const rank = (code: string) => {
    const i = DEFAULT_RULES.findIndex((r) => r.code === code);
    return i === -1 ? DEFAULT_RULES.length : i;
  };
  return rank(a) - rank(b) || a.localeCompare(b);
}
