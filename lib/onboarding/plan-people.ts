/**
 * The 人员 sheet against the accounts already in the system. Accounts are matched by login
 * name; an existing account changes only in the fields that differ (its password never), and
 * an account not in the sheet is left alone. 专职信息员 rows become roster filings unless the
 * roster already names that person (a phone change alone is filed on the roster page).
 */
import { ROLE_LABELS, ROLES, type Role } from "@/lib/authz/permissions";
import { halfWidth, type CellIssue, type SheetRow } from "./sheet";
import { PEOPLE_SHEET, type PersonKey } from "./template";
import { compactName, type Change } from "./plan-units";
import type { UnitKind } from "@/lib/generated/prisma/enums";
import { isDeskKind } from "@/lib/units/labels";

export type ExistingUser = { id: string; username: string; name: string; unitId: string; roles: Role[]; phone: string | null; active: boolean };
export type PersonPlan = {
  row: number;
  username: string;
  name: string;
  unit: string;
  roles: Role[];
  phone: string;
  fullTime: boolean;
  action: "create" | "update" | "same";
  changes: Change[];
  /** A roster filing for this person (专职, and the roster does not already say so). */
  file: boolean;
};
/** What the people plan needs to know of units: the final kind of every unit by name. */
export type UnitLookup = { kindOf: (name: string) => UnitKind | undefined; nameOf: (id: string) => string | undefined; idOf: (name: string) => string | undefined };
export type RosterNow = Map<string, { officerId: string | null; phone: string }>;

const ROLE_BY_LABEL = new Map<string, Role>([...ROLES.map((r) => [ROLE_LABELS[r], r] as const), ["研究室", "EDITOR"], ["编辑", "EDITOR"], ["管理员", "ADMIN"]]);
const UNIT_ROLES: readonly Role[] = ["OFFICER", "REVIEWER"];
const YES = new Set(["是", "√", "✓", "✔", "Y", "YES", "专职"]);
const NO = new Set(["", "否", "×", "N", "NO", "兼职"]);
const USERNAME = /^[a-z0-9_.-]{3,32}$/;
const rolesText = (roles: readonly Role[]) => roles.map((r) => ROLE_LABELS[r]).join("、");

export function planPeople(
  rows: SheetRow<PersonKey>[],
  existing: ExistingUser[],
  units: UnitLookup,
  roster: RosterNow,
  actorId: string,
  /** Usernames of accounts outside the administrator's subtree: never matched, never reused. */
  usernamesElsewhere: ReadonlySet<string> = new Set(),
): { plans: PersonPlan[]; issues: CellIssue[] } {
  const issues: CellIssue[] = [];
  const at = (cell: string, message: string) => issues.push({ sheet: PEOPLE_SHEET, cell, message });
  const byUsername = new Map(existing.map((u) => [u.username, u]));
  const seen = new Map<string, number>();
  const fullTimeRow = new Map<string, number>();
  const plans: PersonPlan[] = [];

  for (const r of rows) {
    const v = r.values;
    const name = compactName(v.name);
    if (!name) at(r.cells.name, "请填写姓名");
    else if (name.length > 20) at(r.cells.name, "姓名不能超过20个字");

    const username = halfWidth(v.username).replace(/\s+/g, "").toLowerCase();
    if (!username) at(r.cells.username, "请填写登录名");
    else if (!USERNAME.test(username)) at(r.cells.username, `登录名“${v.username}”不对：应为3到32位小写字母、数字或 _ . -`);
    else if (seen.has(username)) at(r.cells.username, `登录名“${username}”与第${seen.get(username)}行重复`);
    if (username) seen.set(username, seen.get(username) ?? r.row);
    if (username && usernamesElsewhere.has(username)) at(r.cells.username, `登录名“${username}”已被其他组织部的账号使用，请换一个`);

    const unit = compactName(v.unit);
    const kind = unit ? units.kindOf(unit) : undefined;
    if (!unit) at(r.cells.unit, "请填写所在单位");
    else if (!kind) at(r.cells.unit, `找不到单位“${unit}”，请核对名称，或先在“单位”表中填写这个单位`);

    const roles: Role[] = [];
    const labels = v.roles.split(/[、，,;；/\\\s]+/).filter(Boolean);
    if (labels.length === 0) at(r.cells.roles, "请填写角色");
    for (const label of labels) {
      const role = ROLE_BY_LABEL.get(label);
      if (!role) at(r.cells.roles, `没有“${label}”这个角色，可填：${rolesText(ROLES)}`);
      else if (!roles.includes(role)) roles.push(role);
    }
    roles.sort((a, b) => ROLES.indexOf(a) - ROLES.indexOf(b));
    if (kind && roles.length) {
      const isCounty = isDeskKind(kind);
      const misfit = roles.filter((role) => UNIT_ROLES.includes(role) === isCounty);
      if (misfit.length) at(r.cells.roles, isCounty ? "组织部的账号不能担任信息员或组织委员" : "报送单位的账号只能担任信息员或组织委员");
    }

    const phone = halfWidth(v.phone).replace(/\s+/g, "");
    if (phone && !/^\+?[0-9][0-9-]{4,19}$/.test(phone)) at(r.cells.phone, `手机“${v.phone}”不对，请只填数字（座机可带“-”）`);

    const fullTimeText = halfWidth(v.fullTime).replace(/\s+/g, "").toUpperCase();
    const fullTime = YES.has(fullTimeText);
    if (!fullTime && !NO.has(fullTimeText)) at(r.cells.fullTime, `专职信息员请填“是”或“否”，不要填“${v.fullTime}”`);
    if (fullTime && roles.length && !roles.includes("OFFICER")) at(r.cells.fullTime, "专职信息员须担任信息员");
    if (fullTime && unit) {
      if (fullTimeRow.has(unit)) at(r.cells.fullTime, `“${unit}”已在第${fullTimeRow.get(unit)}行填了专职信息员，每个单位只能有一名`);
      else fullTimeRow.set(unit, r.row);
    }

    const old = byUsername.get(username);
    if (old?.id === actorId && old.roles.includes("ADMIN") && roles.length && !roles.includes("ADMIN")) {
      at(r.cells.roles, "不能取消自己的系统管理员角色");
    }
    if (!name || !username || !kind || roles.length === 0) continue;

    const changes: Change[] = [];
    if (old) {
      const oldUnit = units.nameOf(old.unitId) ?? "";
      if (old.name !== name) changes.push({ field: "姓名", from: old.name, to: name });
      if (oldUnit !== unit) changes.push({ field: "所在单位", from: oldUnit, to: unit });
      if (rolesText(old.roles) !== rolesText(roles)) changes.push({ field: "角色", from: rolesText(old.roles), to: rolesText(roles) });
      if ((old.phone ?? "") !== phone) changes.push({ field: "手机", from: old.phone || "（空）", to: phone || "（空）" });
    }
    const unitId = units.idOf(unit);
    const filed = unitId ? roster.get(unitId) : undefined;
    const file = fullTime && !(old && filed && filed.officerId === old.id && old.unitId === unitId);
    plans.push({ row: r.row, username, name, unit, roles, phone, fullTime, action: !old ? "create" : changes.length ? "update" : "same", changes, file });
  }
  return { plans, issues };
}
