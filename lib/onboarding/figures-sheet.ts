/**
 * The 往年数字 sheet: per unit and month (or whole year) of a year before the system, how many
 * items were submitted and adopted and the points of each category. Read as a person means it
 * ("2025年", "3月", a month Excel turned into a date, "12篇"), checked against the units and
 * against what was imported before: a row already imported with the same figures is left alone,
 * one with other figures is refused (the ledger is never edited: reverse that import first).
 */
import ExcelJS from "exceljs";
import { DEFAULT_CATEGORIES, type CategoryCode } from "@/lib/scores/rules";
import { halfWidth, readSheet, type CellIssue, type Column } from "./sheet";

export const FIGURES_SHEET = "往年数字";
const CATEGORIES = DEFAULT_CATEGORIES.map((c) => c.code);
type FigureKey = "year" | "month" | "unit" | "submitted" | "adopted" | CategoryCode;

export const FIGURE_COLUMNS: readonly Column<FigureKey>[] = [
  { key: "year", header: "年度", required: true, datesAsText: true },
  { key: "month", header: "月份", required: false, datesAsText: true },
  { key: "unit", header: "单位名称", required: true, aliases: ["单位"] },
  { key: "submitted", header: "报送数", required: true },
  { key: "adopted", header: "采用数", required: true },
  ...DEFAULT_CATEGORIES.map((c) => ({ key: c.code, header: `${c.label}积分`, required: false })),
];

export type FigureRow = { row: number; unitId: string; unit: string; year: number; month: number | null; submitted: number; adopted: number; points: Record<CategoryCode, number> };
export type StandingFigure = Omit<FigureRow, "row" | "unit"> & { fileName: string };
export type FigurePlan = { rows: Array<FigureRow & { action: "create" | "same" }>; issues: CellIssue[]; notes: string[] };

/** The empty sheet, with a note on how it is counted. */
export async function renderFiguresTemplate(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(FIGURES_SHEET, { views: [{ state: "frozen", ySplit: 1 }] });
  ws.columns = FIGURE_COLUMNS.map((c) => ({ header: c.header, key: c.key, width: Math.max(10, c.header.length * 2 + 2) }));
  ws.getRow(1).font = { bold: true };
  ws.getColumn("month").numFmt = "@";
  const notes = wb.addWorksheet("说明");
  notes.getColumn(1).width = 110;
  for (const line of [
    "填写说明",
    "1. 每行一个单位一个月的数字；只有全年数字的，月份留空或填“全年”（计在该年12月31日，只进年度统计和年度同期对比）。同一单位同一年不要既填全年又填各月。",
    "2. 年度填开始使用本系统以前的年份；单位名称与系统里的报送单位一致。",
    "3. 报送数、采用数填整数，采用数不大于报送数；未采用数按“报送数－采用数”计算。",
    "4. 各类积分填该单位当月（或全年）所得分数，可带两位小数，扣分填负数；不填为0。导入后记入积分台账，标明“期初导入”和文件名。",
    "5. 导入后不能修改；发现错误请在“往年数字导入”页冲销那次导入，改好后重新导入。同一文件重复导入不会重复计数。",
  ]) notes.addRow([line]);
  notes.getRow(1).font = { bold: true };
  return Buffer.from(await wb.xlsx.writeBuffer());
}

const plainNumber = (text: string) => halfWidth(text).replace(/[\s,，]|[篇分条件]$/g, "");

function parseMonth(text: string, year: number | null): number | null | "bad" | "other-year" {
  const t = halfWidth(text).replace(/\s/g, "");
  if (!t || t === "全年") return null;
  const m = /^(?:(\d{4})(?:年|[-/.]))?(\d{1,2})月?(?:[-/.]\d{1,2}日?)?$/.exec(t);
  if (!m) return "bad";
  const month = Number(m[2]);
  if (month < 1 || month > 12) return "bad";
  if (m[1] && year !== null && Number(m[1]) !== year) return "other-year";
  return month;
}

export function planFigures(
  wb: ExcelJS.Workbook,
  ctx: { units: Array<{ id: string; name: string }>; standing: StandingFigure[]; thisYear: number },
): FigurePlan {
  const sheet = readSheet(wb.getWorksheet(FIGURES_SHEET), FIGURES_SHEET, FIGURE_COLUMNS);
  const issues = [...sheet.issues];
  const at = (cell: string, message: string) => issues.push({ sheet: FIGURES_SHEET, cell, message });
  const unitId = new Map(ctx.units.map((u) => [u.name, u.id]));
  const key = (unit: string, year: number, month: number | null) => `${unit}|${year}|${month ?? "全年"}`;
  const standing = new Map(ctx.standing.map((s) => [key(s.unitId, s.year, s.month), s]));
  const seen = new Map<string, number>();
  const rows: FigurePlan["rows"] = [];

  for (const r of sheet.rows) {
    const v = r.values;
    const yearText = /^(\d{4})/.exec(plainNumber(v.year).replace(/年$/, ""))?.[1];
    const year = yearText ? Number(yearText) : null;
    if (!year) at(r.cells.year, `年度“${v.year}”不对，请填四位数的年份，如 ${ctx.thisYear - 1}`);
    else if (year < 2000 || year >= ctx.thisYear) at(r.cells.year, `只能导入${ctx.thisYear}年以前的数字（今年的数字由系统自己统计）`);
    const month = parseMonth(v.month, year);
    if (month === "bad") at(r.cells.month, `月份“${v.month}”不对，请填1到12，或留空表示全年`);
    if (month === "other-year") at(r.cells.month, `月份“${v.month}”与年度${year}不是同一年`);
    const unit = v.unit.replace(/\s+/g, "");
    const id = unitId.get(unit);
    if (!unit) at(r.cells.unit, "请填写单位名称");
    else if (!id) at(r.cells.unit, `找不到报送单位“${unit}”，请核对名称`);

    const count = (k: "submitted" | "adopted", label: string) => {
      const text = plainNumber(v[k]);
      const n = text === "" ? 0 : Number(text);
      if (!Number.isInteger(n) || n < 0 || n > 100000) at(r.cells[k], `${label}“${v[k]}”应为不小于0的整数`);
      return n;
    };
    const submitted = count("submitted", "报送数");
    const adopted = count("adopted", "采用数");
    if (adopted > submitted) at(r.cells.adopted, `采用数（${adopted}）不能大于报送数（${submitted}）`);
    const points = {} as Record<CategoryCode, number>;
    for (const c of CATEGORIES) {
      const text = plainNumber(v[c]);
      const n = text === "" ? 0 : Number(text);
      if (!Number.isFinite(n) || Math.abs(n) > 10000 || Math.round(n * 100) !== n * 100) at(r.cells[c], `积分“${v[c]}”应为数字，最多两位小数`);
      points[c] = n;
    }
    if (!year || month === "bad" || month === "other-year" || !id) continue;

    const k = key(id, year, month);
    const whole = key(id, year, null);
    if (seen.has(k)) at(r.cells.unit, `与第${seen.get(k)}行是同一单位同一${month ? "月" : "年"}`);
    else seen.set(k, r.row);
    const mixed = month === null ? [...seen.keys(), ...standing.keys()].some((x) => x.startsWith(`${id}|${year}|`) && x !== whole) : seen.has(whole) || standing.has(whole);
    if (mixed) at(r.cells.month, `${unit}${year}年既有全年数字又有各月数字，请只填一种`);
    const row = { row: r.row, unitId: id, unit, year, month, submitted, adopted, points };
    const before = standing.get(k);
    const same = before && before.submitted === submitted && before.adopted === adopted && CATEGORIES.every((c) => before.points[c] === points[c]);
    if (before && !same) at(r.cells.unit, `${unit}${year}年${month ? `${month}月` : "全年"}的数字已从“${before.fileName}”导入过，且与本行不同：如需更正，请先冲销那次导入`);
    rows.push({ ...row, action: same ? "same" : "create" });
  }
  return { rows, issues, notes: sheet.notes };
}
