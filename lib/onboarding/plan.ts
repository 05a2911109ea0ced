/**
 * The whole 单位与人员 workbook against the system: the units plan, the people plan, the
 * checks that need both (every submitting unit keeps a reviewer), and a digest of what would
 * be applied, so that applying does exactly what the preview showed or nothing.
 */
import { createHash } from "node:crypto";
import ExcelJS from "exceljs";
import { ValidationError } from "@/lib/errors";
import { readSheet, type CellIssue } from "./sheet";
import { PEOPLE_COLUMNS, PEOPLE_SHEET, UNIT_COLUMNS, UNIT_SHEET } from "./template";
import { isDeskKind } from "@/lib/units/labels";
import { planUnits, type ExistingUnit, type ImportScope, type UnitPlan } from "./plan-units";
import { planPeople, type ExistingUser, type PersonPlan, type RosterNow } from "./plan-people";

/** The administrator's subtree as it stands, and the names and usernames used outside it. */
export type Existing = { units: ExistingUnit[]; users: ExistingUser[]; roster: RosterNow; scope: ImportScope; usernamesElsewhere: ReadonlySet<string> };

type Counts = { create: number; update: number; same: number };
export type ImportPlan = {
  units: UnitPlan[];
  people: PersonPlan[];
  issues: CellIssue[];
  notes: string[];
  counts: { units: Counts; people: Counts; roster: number };
  digest: string;
};

const count = (items: Array<{ action: keyof Counts }>): Counts => ({
  create: items.filter((i) => i.action === "create").length,
  update: items.filter((i) => i.action === "update").length,
  same: items.filter((i) => i.action === "same").length,
});

export async function loadWorkbook(bytes: Buffer): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch {
    throw new ValidationError({ file: "文件已损坏或不是有效的 .xlsx 文件" }, "文件已损坏或不是有效的 .xlsx 文件");
  }
  return wb;
}

export function planImport(wb: ExcelJS.Workbook, existing: Existing, actorId: string): ImportPlan {
  const unitSheet = readSheet(wb.getWorksheet(UNIT_SHEET), UNIT_SHEET, UNIT_COLUMNS);
  const peopleSheet = readSheet(wb.getWorksheet(PEOPLE_SHEET), PEOPLE_SHEET, PEOPLE_COLUMNS);
  const units = planUnits(unitSheet.rows, existing.units, existing.scope);

  const kinds = new Map(existing.units.map((u) => [u.name, u.kind]));
  for (const u of units.plans) kinds.set(u.name, u.kind);
  const names = new Map(existing.units.map((u) => [u.id, u.name]));
  const ids = new Map(existing.units.map((u) => [u.name, u.id]));
  const people = planPeople(
    peopleSheet.rows,
    existing.users,
    { kindOf: (n) => kinds.get(n), nameOf: (id) => names.get(id), idOf: (n) => ids.get(n) },
    existing.roster,
    actorId,
    existing.usernamesElsewhere,
  );

  const issues = [...unitSheet.issues, ...units.issues, ...peopleSheet.issues, ...people.issues];
  // Only when the sheets read cleanly: a unit "without a reviewer" is often a typo elsewhere.
  if (issues.length === 0) issues.push(...missingReviewers(units.plans, people.plans, existing, unitSheet.rows, peopleSheet.rows));

  const applied = {
    units: units.plans.filter((u) => u.action !== "same"),
    people: people.plans.filter((p) => p.action !== "same" || p.file),
  };
  return {
    units: units.plans,
    people: people.plans,
    issues,
    notes: [...unitSheet.notes, ...peopleSheet.notes],
    counts: { units: count(units.plans), people: count(people.plans), roster: people.plans.filter((p) => p.file).length },
    digest: createHash("sha256").update(JSON.stringify(applied)).digest("hex"),
  };
}

/** Every submitting unit the file names must end up with an active 组织委员 to review its drafts. */
function missingReviewers(
  units: UnitPlan[],
  people: PersonPlan[],
  existing: Existing,
  unitRows: { row: number; cells: { name: string } }[],
  peopleRows: { row: number; cells: { unit: string } }[],
): CellIssue[] {
  const unitName = new Map(existing.units.map((u) => [u.id, u.name]));
  const final = new Map(existing.users.filter((u) => u.active).map((u) => [u.username, { unit: unitName.get(u.unitId) ?? "", roles: u.roles as string[] }]));
  for (const p of people) final.set(p.username, { unit: p.unit, roles: p.roles });
  const reviewed = new Set([...final.values()].filter((u) => u.roles.includes("REVIEWER")).map((u) => u.unit));
  const kindOf = new Map(existing.units.map((u) => [u.name, u.kind]));
  for (const u of units) kindOf.set(u.name, u.kind);

  const issues: CellIssue[] = [];
  const flagged = new Set<string>();
  const unitCell = new Map(unitRows.map((r) => [r.row, r.cells.name]));
  const cellOfRow = new Map(peopleRows.map((r) => [r.row, r.cells.unit]));
  const named = [...units.map((u) => ({ unit: u.name, sheet: UNIT_SHEET, cell: unitCell.get(u.row)! })), ...people.map((p) => ({ unit: p.unit, sheet: PEOPLE_SHEET, cell: cellOfRow.get(p.row)! }))];
  for (const n of named) {
    if (isDeskKind(kindOf.get(n.unit)!) || reviewed.has(n.unit) || flagged.has(n.unit)) continue;
    flagged.add(n.unit);
    issues.push({ sheet: n.sheet, cell: n.cell, message: `“${n.unit}”没有组织委员：每个报送单位至少要有一名组织委员审核稿件，请在“人员”表中添加` });
  }
  return issues;
}
