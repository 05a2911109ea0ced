/**
 * The onboarding workbook: a 单位 sheet and a 人员 sheet (and a 说明 sheet the import does not
 * read). The empty template and the export are the same workbook, so an exported file can be
 * corrected and imported again; the export adds a 信息员备案 sheet for reference.
 */
import ExcelJS from "exceljs";
import { RANK_GROUP_LABELS, UNIT_KIND_LABELS } from "@/lib/units/labels";
import type { RankGroup, UnitKind } from "@/lib/generated/prisma/enums";
import { ROLE_LABELS, ROLES } from "@/lib/authz/permissions";
import type { Column } from "./sheet";

export const UNIT_SHEET = "单位";
export const PEOPLE_SHEET = "人员";
export const ROSTER_SHEET = "信息员备案";

export type UnitKey = "name" | "kind" | "group" | "parent" | "sortOrder";
export type PersonKey = "name" | "username" | "unit" | "roles" | "phone" | "fullTime";

export const UNIT_COLUMNS: readonly Column<UnitKey>[] = [
  { key: "name", header: "单位名称", required: true },
  { key: "kind", header: "类别", required: true },
  { key: "group", header: "排名分组", required: false },
  { key: "parent", header: "上级单位", required: false },
  { key: "sortOrder", header: "排序", required: false },
];

export const PEOPLE_COLUMNS: readonly Column<PersonKey>[] = [
  { key: "name", header: "姓名", required: true },
  { key: "username", header: "登录名", required: true },
  { key: "unit", header: "所在单位", required: true, aliases: ["单位"] },
  { key: "roles", header: "角色", required: true },
  { key: "phone", header: "手机", required: false, aliases: ["手机号码", "电话", "联系电话"] },
  { key: "fullTime", header: "专职信息员", required: false },
];

/**
 * The kinds and groups the 单位 sheet takes: the reporting units of a 组织部, the department
 * itself, and (for a city's or a province's administrator) the 组织部 below it with their 科室.
 */
export const KIND_LABELS = { PROVINCE: "省委组织部", CITY: "市委组织部", COUNTY: "县委组织部", TOWNSHIP: "乡镇", SUBDISTRICT: "街道", AGENCY: "县直单位", SECTION: "部机关科室" } as const;
export const GROUP_LABELS = { DEPARTMENT: "县（市、区）", TOWNSHIP: "乡镇（街道）", AGENCY: "县直单位", SECTION: "部机关科室" } as const;

export type UnitRowOut = { name: string; kind: UnitKind; group: RankGroup | null; parent: string; sortOrder: number };
export type PersonRowOut = { name: string; username: string; unit: string; roles: string[]; phone: string; fullTime: boolean };
export type RosterRowOut = { unit: string; officer: string; phone: string; effectiveOn: string; reason: string; filedAt: string };

const NOTES = [
  "填写说明",
  "1. “单位”表每行一个单位，“人员”表每行一个账号；第1行的列名不要改动，列的顺序可以调整。",
  `2. 类别填：${Object.values(KIND_LABELS).join("、")}（市直、省直单位也填“县直单位”或“市直单位”）。排名分组一般不填：乡镇、街道按“乡镇（街道）”，县直单位按“县直单位”，部机关科室按“部机关科室”，下级组织部按“县（市、区）”；本组织部不参加排名。`,
  "3. 上级单位填单位全称；不填即为本组织部（导入的管理员所在的组织部）。排序填数字，越小越靠前，不填则排在最后。",
  `4. 角色填：${ROLES.map((r) => ROLE_LABELS[r]).join("、")}；一人多个角色用“、”分隔。报送单位的账号只能担任信息员或组织委员，每个报送单位至少要有一名组织委员。`,
  "5. 专职信息员填“是”或“否”（不填即否），每个单位最多一名，导入后记入信息员备案。",
  "6. 登录名为3到32位小写字母、数字或 _ . -，不能重复；导入已有的登录名时，只更新有变化的项目，密码不变。",
  "7. 新账号由系统生成初始密码，导入后打印“账号通知单”发给本人；本人首次登录须改成自己的密码。",
  "8. 请不要合并单元格、不要使用公式；登录名、手机两列已设为文本格式。",
];

function addSheet<K extends string>(wb: ExcelJS.Workbook, name: string, columns: readonly Column<K>[], widths: number[], textCols: K[]) {
  const ws = wb.addWorksheet(name, { views: [{ state: "frozen", ySplit: 1 }] });
  ws.columns = columns.map((c, i) => ({ header: c.header, key: c.key, width: widths[i] }));
  for (const key of textCols) ws.getColumn(key).numFmt = "@";
  const header = ws.getRow(1);
  header.font = { bold: true };
  header.eachCell((c) => (c.fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFF2F2F2" } }));
  return ws;
}

/** The workbook with the given rows (none for the empty template). */
export async function renderOnboardingWorkbook(data: { units: UnitRowOut[]; people: PersonRowOut[]; roster?: RosterRowOut[] }): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const units = addSheet(wb, UNIT_SHEET, UNIT_COLUMNS, [28, 12, 14, 28, 8], ["name", "parent"]);
  for (const u of data.units) {
    units.addRow({ name: u.name, kind: UNIT_KIND_LABELS[u.kind], group: u.group ? RANK_GROUP_LABELS[u.group] : "", parent: u.parent, sortOrder: u.sortOrder });
  }
  const people = addSheet(wb, PEOPLE_SHEET, PEOPLE_COLUMNS, [12, 20, 28, 22, 16, 12], ["username", "phone"]);
  for (const p of data.people) {
    people.addRow({ name: p.name, username: p.username, unit: p.unit, roles: p.roles.join("、"), phone: p.phone, fullTime: p.fullTime ? "是" : "否" });
  }
  if (data.roster) {
    const ws = wb.addWorksheet(ROSTER_SHEET);
    ws.columns = [
      { header: "单位", width: 28 },
      { header: "专职信息员", width: 12 },
      { header: "联系电话", width: 16 },
      { header: "起始日期", width: 12 },
      { header: "备案原因", width: 30 },
      { header: "备案时间", width: 18 },
    ];
    ws.getRow(1).font = { bold: true };
    for (const r of data.roster) ws.addRow([r.unit, r.officer, r.phone, r.effectiveOn, r.reason, r.filedAt]);
    ws.addRow([]);
    ws.addRow(["本表只供查看，导入时不读；专职信息员以“人员”表的“专职信息员”列为准。"]);
  }
  const notes = wb.addWorksheet("说明");
  notes.getColumn(1).width = 110;
  for (const line of NOTES) notes.addRow([line]);
  notes.getRow(1).font = { bold: true };
  return Buffer.from(await wb.xlsx.writeBuffer());
}
