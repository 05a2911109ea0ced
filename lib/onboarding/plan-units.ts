/**
 * The 单位 sheet against the units of the administrator's subtree (their 组织部, "home", and
 * everything below it): what each row creates, changes or leaves alone, and every problem at
 * its cell. Units are matched by their full name; a unit not in the sheet is left as it is
 * (the import never removes or disables anything). A name taken by a unit outside the subtree
 * is refused, and so is any change to home's own kind or place in the tree: those belong to
 * the administrator above.
 */
import type { CellIssue, SheetRow } from "./sheet";
import { GROUP_LABELS, KIND_LABELS, UNIT_SHEET, type UnitKey } from "./template";
import { halfWidth } from "./sheet";
import type { RankGroup as DbRankGroup, UnitKind as DbUnitKind } from "@/lib/generated/prisma/enums";
import { isDeskKind, RANK_GROUP_LABELS, UNIT_KIND_LABELS } from "@/lib/units/labels";

export type UnitKind = keyof typeof KIND_LABELS;
export type RankGroup = keyof typeof GROUP_LABELS;
export type ExistingUnit = { id: string; name: string; kind: DbUnitKind; rankGroup: DbRankGroup | null; parentId: string | null; sortOrder: number };
/** Where the import happens: the administrator's 组织部 and the unit names used outside its subtree. */
export type ImportScope = { home: { name: string; kind: DbUnitKind }; takenElsewhere: ReadonlySet<string> };
export type Change = { field: string; from: string; to: string };
export type UnitPlan = {
  row: number;
  name: string;
  action: "create" | "update" | "same";
  kind: UnitKind;
  rankGroup: DbRankGroup | null;
  parent: string | null;
  sortOrder: number;
  changes: Change[];
};

const KINDS = new Map<string, UnitKind>([
  ...Object.entries(KIND_LABELS).map(([k, v]) => [v, k as UnitKind] as const),
  ...Object.entries(UNIT_KIND_LABELS).flatMap(([k, v]) => (k in KIND_LABELS ? [[v, k as UnitKind] as const] : [])),
  ["组织部", "COUNTY"],
  ["县直部门", "AGENCY"],
  ["县直机关", "AGENCY"],
  ["市直单位", "AGENCY"],
  ["省直单位", "AGENCY"],
  ["科室", "SECTION"],
  ["镇", "TOWNSHIP"],
  ["乡", "TOWNSHIP"],
]);
const GROUPS = new Map<string, RankGroup>([
  ...Object.entries(GROUP_LABELS).map(([k, v]) => [v, k as RankGroup] as const),
  ...Object.entries(RANK_GROUP_LABELS).map(([k, v]) => [v, k as RankGroup] as const),
  ["乡镇（街道）", "TOWNSHIP"],
  ["乡镇(街道)", "TOWNSHIP"],
  ["乡镇街道", "TOWNSHIP"],
  ["乡镇", "TOWNSHIP"],
  ["街道", "TOWNSHIP"],
  ["县直单位", "AGENCY"],
  ["县直", "AGENCY"],
]);
const defaultGroup = (kind: UnitKind): RankGroup =>
  isDeskKind(kind) ? "DEPARTMENT" : kind === "AGENCY" ? "AGENCY" : kind === "SECTION" ? "SECTION" : "TOWNSHIP";
/** 省 0, 市 1, 县 2: a 组织部 imports only departments of a lower level. */
const LEVEL: Partial<Record<DbUnitKind, number>> = { PROVINCE: 0, CITY: 1, COUNTY: 2 };
export const compactName = (s: string) => s.replace(/\s+/g, "");
const groupLabel = (g: DbRankGroup | null) => (g ? RANK_GROUP_LABELS[g] : "（不参加排名）");

export function planUnits(rows: SheetRow<UnitKey>[], existing: ExistingUnit[], scope: ImportScope): { plans: UnitPlan[]; issues: CellIssue[] } {
  const { home } = scope;
  const issues: CellIssue[] = [];
  const at = (cell: string, message: string) => issues.push({ sheet: UNIT_SHEET, cell, message });
  const byName = new Map(existing.map((u) => [u.name, u]));
  const byId = new Map(existing.map((u) => [u.id, u]));
  const seen = new Map<string, number>();
  const plans: UnitPlan[] = [];
  let nextSort = Math.max(0, ...existing.map((u) => u.sortOrder));

  for (const r of rows) {
    const v = r.values;
    const name = compactName(v.name);
    if (!name) at(r.cells.name, "请填写单位名称");
    else if (name.length < 2 || name.length > 40) at(r.cells.name, "单位名称应为2到40个字");
    else if (seen.has(name)) at(r.cells.name, `“${name}”与第${seen.get(name)}行重复`);
    if (name) seen.set(name, seen.get(name) ?? r.row);
    if (name && scope.takenElsewhere.has(name)) at(r.cells.name, `“${name}”是其他组织部管理的单位，不能在这里导入；如是新单位，请用全称区分`);
    const isHome = name === home.name;

    const kind = KINDS.get(compactName(v.kind));
    if (!v.kind) at(r.cells.kind, "请填写类别");
    else if (!kind) at(r.cells.kind, `类别“${v.kind}”不对，请填：${Object.values(KIND_LABELS).join("、")}`);
    else if (isHome && kind !== home.kind) at(r.cells.kind, `本组织部的类别是${UNIT_KIND_LABELS[home.kind]}，不能在这里修改`);
    else if (!isHome && isDeskKind(kind) && LEVEL[kind]! <= LEVEL[home.kind]!) at(r.cells.kind, `${UNIT_KIND_LABELS[home.kind]}只能导入下一级的组织部，不能导入${KIND_LABELS[kind]}`);

    const old = byName.get(name);
    // Home keeps its group (it is ranked, if at all, by the node above); the others get theirs by kind.
    let rankGroup: DbRankGroup | null = isHome ? (old?.rankGroup ?? null) : kind ? defaultGroup(kind) : null;
    if (v.group && !isHome) {
      const g = GROUPS.get(compactName(v.group));
      if (!g) at(r.cells.group, `排名分组“${v.group}”不对，请填：${Object.values(GROUP_LABELS).join("、")}`);
      else if (kind && isDeskKind(kind) !== (g === "DEPARTMENT")) at(r.cells.group, `“${GROUP_LABELS.DEPARTMENT}”只用于下级组织部，请留空或改正`);
      else rankGroup = g;
    } else if (v.group && isHome) at(r.cells.group, "本组织部不在本级排名，排名分组请留空");
    else if (old && kind && !isHome && old.rankGroup) rankGroup = old.rankGroup;

    if (old && kind && isDeskKind(old.kind) !== isDeskKind(kind)) {
      at(r.cells.kind, `“${name}”现在是${UNIT_KIND_LABELS[old.kind]}，不能改为${KIND_LABELS[kind]}`);
    }

    const sortText = halfWidth(v.sortOrder).trim();
    let sortOrder = old?.sortOrder ?? 0;
    if (sortText) {
      const n = Number(sortText);
      if (!Number.isInteger(n) || n < 0 || n > 100000) at(r.cells.sortOrder, `排序“${v.sortOrder}”应为0到100000的整数`);
      else sortOrder = n;
    } else if (!old) sortOrder = ++nextSort;

    const parentName = compactName(v.parent);
    let parent: string | null = parentName || null;
    // Home stays where it is: its place in the tree is the administrator's above.
    const homeParent = isHome && old?.parentId ? (byId.get(old.parentId)?.name ?? null) : null;
    if (isHome && parent && parent !== homeParent) at(r.cells.parent, "本组织部的上级单位不能在这里修改，请留空");
    else if (parent === name && name) at(r.cells.parent, "上级单位不能是本单位");
    // Left empty: the unit hangs where it already is, or under home.
    if (isHome) parent = homeParent;
    else if (!parent) parent = old?.parentId ? (byId.get(old.parentId)?.name ?? home.name) : home.name;
    if (!name || !kind) continue;

    const oldParent = old?.parentId ? (byId.get(old.parentId)?.name ?? null) : null;
    const changes: Change[] = [];
    if (old) {
      if (old.kind !== kind) changes.push({ field: "类别", from: UNIT_KIND_LABELS[old.kind], to: KIND_LABELS[kind] });
      if (old.rankGroup !== rankGroup) changes.push({ field: "排名分组", from: groupLabel(old.rankGroup), to: groupLabel(rankGroup) });
      if (oldParent !== parent) changes.push({ field: "上级单位", from: oldParent ?? "（无）", to: parent ?? "（无）" });
      if (old.sortOrder !== sortOrder) changes.push({ field: "排序", from: String(old.sortOrder), to: String(sortOrder) });
    }
    plans.push({ row: r.row, name, action: !old ? "create" : changes.length ? "update" : "same", kind, rankGroup, parent, sortOrder, changes });
  }
  checkParents(rows, plans, existing, at);
  return { plans, issues };
}

/** Every parent names a unit of the sheet or of the system, and no unit is its own ancestor. */
function checkParents(rows: SheetRow<UnitKey>[], plans: UnitPlan[], existing: ExistingUnit[], at: (cell: string, message: string) => void) {
  const byId = new Map(existing.map((u) => [u.id, u]));
  const parentOf = new Map<string, string | null>(existing.map((u) => [u.name, u.parentId ? (byId.get(u.parentId)?.name ?? null) : null]));
  for (const p of plans) parentOf.set(p.name, p.parent);
  const cellOf = new Map(rows.map((r) => [r.row, r.cells.parent]));
  for (const p of plans) {
    if (!p.parent) continue;
    if (!parentOf.has(p.parent)) {
      at(cellOf.get(p.row)!, `找不到上级单位“${p.parent}”，请核对名称，或先在本表中填写这个单位`);
      continue;
    }
    const path = new Set([p.name]);
    for (let up: string | null | undefined = p.parent; up; up = parentOf.get(up)) {
      if (path.has(up)) {
        at(cellOf.get(p.row)!, `上级单位“${p.parent}”形成了循环（${[...path].join(" → ")} → ${up}），请核对`);
        break;
      }
      path.add(up);
    }
  }
}
