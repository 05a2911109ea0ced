/**
 * The names of units' kinds and ranking groups, the one place pages, forms and the 通报 files
 * take them from. Pure (Prisma's browser-safe enums only): client components import it too.
 */
import type { RankGroup, UnitKind } from "@/lib/generated/prisma/enums";

/** 组织部 kinds: each is an 编辑部, a node of the tree with its own office, series and rules. */
export const DESK_KINDS = ["PROVINCE", "CITY", "COUNTY"] as const satisfies readonly UnitKind[];
export type DeskKind = (typeof DESK_KINDS)[number];
export const isDeskKind = (kind: UnitKind): kind is DeskKind => (DESK_KINDS as readonly UnitKind[]).includes(kind);

export const UNIT_KIND_LABELS: Record<UnitKind, string> = {
  PROVINCE: "省委组织部",
  CITY: "市委组织部",
  COUNTY: "县委组织部",
  TOWNSHIP: "乡镇",
  SUBDISTRICT: "街道",
  AGENCY: "县直单位",
  SECTION: "部机关科室",
};

/** 排名分组: units are ranked within their group. */
export const RANK_GROUP_LABELS: Record<RankGroup, string> = {
  DEPARTMENT: "县（市、区）",
  TOWNSHIP: "乡镇（街道）",
  AGENCY: "县直单位",
  SECTION: "部机关科室",
};

/** The groups in the order tables and notices show them. */
export const RANK_GROUPS: ReadonlyArray<{ group: RankGroup; label: string }> = (["DEPARTMENT", "TOWNSHIP", "AGENCY", "SECTION"] as const).map((group) => ({
  group,
  label: RANK_GROUP_LABELS[group],
}));
