/**
 * The names of units' kinds and ranking groups, the one place pages, forms and the 通报 files
 * take them from. Pure (Prisma's browser-safe enums only): client components import it too.
 */
import type { RankGroup, UnitKind } from "@/lib/generated/prisma/enums";

/** 组织部 kinds: each is an 编辑部, a node of the tree with its own office, series and rules. */
export const DESK_KINDS = ["PROVINCE", "CITY", "COUNTY"] as const satisfies readonly UnitKind[];
export type DeskKind = (typeof DESK_KINDS)[number];
export const isDeskKind = (kind: UnitKind): kind is DeskKind => (DESK_KINDS as readonly UnitKind[]).includes(kind);

/** The level a 组织部 stands at, as its staff say it: 县里、市里、省里. */
export const LEVEL_WORDS: Record<DeskKind, "县" | "市" | "省"> = { PROVINCE: "省", CITY: "市", COUNTY: "县" };

export type Level = (typeof LEVEL_WORDS)[DeskKind];

/** The pool of drafts reported to a node: 县级稿件池, 市级稿件池. */
export const poolLabel = (nodeKind: DeskKind) => `${LEVEL_WORDS[nodeKind]}级稿件池`;

/** The departments and bureaus reporting straight to a node: 县直单位, 市直单位, 省直单位. */
export const directUnitsLabel = (nodeKind: DeskKind) => `${LEVEL_WORDS[nodeKind]}直单位`;

/** Whether an administrator at a node may add a unit of this kind: any reporting kind, and 组织部 only below the own level. */
export const mayAddUnder = (nodeKind: DeskKind, kind: UnitKind) => !isDeskKind(kind) || DESK_KINDS.indexOf(kind) > DESK_KINDS.indexOf(nodeKind);

/**
 * Whom the 缺单位名称 check asks a draft to name, and which desk reads it: a reporting unit's own
 * name, read at its desk; a 组织部's own draft (sent up, 报送上级) names the place it speaks for
 * (中共甲县委组织部 → 甲县), read at the desk above.
 */
export const UNIT_FOR_CHECKS = { name: true, kind: true, desk: { select: { kind: true } } } as const;

/** The place a 组织部 speaks for: 中共甲县委组织部 → 甲县. */
export const placeOf = (name: string) => name.replace(/^中共/, "").replace(/委组织部$/, "");

export function unitCheckContext(unit: { name: string; kind: UnitKind; desk?: { kind: UnitKind } | null }) {
  const place = placeOf(unit.name);
  return {
    unitName: isDeskKind(unit.kind) && place ? place : unit.name,
    readerLevel: (unit.desk && isDeskKind(unit.desk.kind) ? LEVEL_WORDS[unit.desk.kind] : LEVEL_WORDS.COUNTY) as Level,
  };
}

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

/** A kind's name at a node: an agency is a 县直单位 under a county, a 市直单位 under a city. */
export const unitKindLabel = (kind: UnitKind, nodeKind: DeskKind) => (kind === "AGENCY" ? directUnitsLabel(nodeKind) : UNIT_KIND_LABELS[kind]);

/** A ranking group's name at a node: the city ranks its 县（市、区）, the province its 市（州）; agencies are the node's 县直/市直单位. */
export function rankGroupLabel(group: RankGroup, nodeKind: DeskKind): string {
  if (group === "AGENCY") return directUnitsLabel(nodeKind);
  if (group === "DEPARTMENT" && nodeKind === "PROVINCE") return "市（州）";
  return RANK_GROUP_LABELS[group];
}

/** The groups in the order tables and notices show them, named for the node. */
export const rankGroupsAt = (nodeKind: DeskKind) => RANK_GROUPS.map(({ group }) => ({ group, label: rankGroupLabel(group, nodeKind) }));
