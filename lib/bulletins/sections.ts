/** The 栏目 the composer offers for an issue's items (any other name may be typed as well). No Prisma. */
export const SECTION_NAMES = ["工作动态", "经验交流", "问题建议", "基层声音", "他山之石"] as const;
