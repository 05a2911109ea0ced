/** Default scoring rules (brief section 6); an administrator sets each year's own. */
export type RuleDefinition = { code: string; label: string; points: number };

export const DEFAULT_RULES: readonly RuleDefinition[] = [
  { code: "ADOPTION_COUNTY", label: "县级《组工信息》采用", points: 2 },
  { code: "ADOPTION_CITY", label: "市级采用", points: 5 },
  { code: "ADOPTION_PROVINCE", label: "省级采用", points: 10 },
  { code: "ADOPTION_CENTRAL", label: "中央级采用", points: 20 },
  { code: "INSTRUCTION_COUNTY", label: "县级领导批示", points: 3 },
  { code: "INSTRUCTION_CITY", label: "市级领导批示", points: 5 },
  { code: "INSTRUCTION_PROVINCE", label: "省级领导批示", points: 10 },
  { code: "INSTRUCTION_CENTRAL", label: "中央领导批示", points: 20 },
  { code: "MEDIA_NATIONAL", label: "中央级媒体发稿", points: 10 },
  { code: "MEDIA_PROVINCIAL", label: "省级媒体发稿", points: 5 },
  { code: "MEDIA_CITY", label: "市级媒体发稿", points: 2 },
  // The brief leaves 网评文章 open: one point each until the administrator sets the year's value.
  { code: "COMMENTARY", label: "网评文章刊发", points: 1 },
];
