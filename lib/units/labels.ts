/**
 * The names of units' kinds and ranking groups, the one place pages, forms and the 通报 files
 * take them from. Pure (Prisma's browser-safe enums only): client components import it too.
 */
import type { RankGroup, UnitKind } from "@/lib/generated/prisma/enums";

export const UNIT_KIND_LABELS: Record<UnitKind, string> = { COUNTY: "县委组织部", TOWNSHIP: "乡镇", SUBDISTRICT: "街道", AGENCY: "县直单位" };

/** 排名分组: units are ranked within their group. */
export const RANK_GROUP_LABELS: Record<RankGroup, string> = { TOWNSHIP: "乡镇（街道）", AGENCY: "县直单位" };

/** The groups in the order tables and notices show them. */
export const RANK_GROUPS: ReadonlyArray<{ group: RankGroup; label: string }> = (["TOWNSHIP", "AGENCY"] as const).map((group) => ({
  group,
  label: RANK_GROUP_LABELS[group],
}));
