/**
 * Reads one sheet of an uploaded workbook the way a person means it: columns found by their
 * header (any order, 必填 marks and notes in brackets ignored), numbers typed into text columns
 * taken as their digits, full-width letters, digits and spaces made ordinary, vertically merged
 * cells read as the same value on each row. What cannot be read safely is refused with the
 * cell's address: formulas, dates where text is expected, error values, merges across columns,
 * missing or repeated columns. Extra columns are reported and not read.
 */
import type { Cell, Worksheet } from "exceljs";

export type Column<K extends string> = {
  key: K;
  header: string;
  required: boolean;
  aliases?: readonly string[];
  /** A date typed here (Excel turns 2025-3 into one) is read as its date, not refused. */
  datesAsText?: boolean;
};

export type CellIssue = { sheet: string; cell: string; message: string };

export type SheetRow<K extends string> = { row: number; values: Record<K, string>; cells: Record<K, string> };

export type ReadSheet<K extends string> = { rows: SheetRow<K>[]; issues: CellIssue[]; notes: string[] };

/** exceljs ValueType numbers (its enum is a const enum). */
const T = { Null: 0, Merge: 1, Number: 2, String: 3, Date: 4, Hyperlink: 5, Formula: 6, SharedString: 7, RichText: 8, Boolean: 9, Error: 10 };

/** Full-width ASCII (ＡＢＣ１２３) and the ideographic space become their ordinary forms. */
export function halfWidth(text: string): string {
  return text.replace(/[\uFF01-\uFF5E]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).replace(/[\u3000\u00A0\u2002-\u200B\uFEFF]/g, " ");
}

/** Control characters out, spaces of every width made one, trimmed. */
export function tidy(text: string): string {
  return text
    .replace(/[\u0000-\u0008\u000B-\u001F\u007F]/g, "")
    .replace(/[\u3000\u00A0\u2002-\u200B\uFEFF\s]+/g, " ")
    .trim();
}

/** The header as the template names it: no spaces, no 必填 star, no note in brackets. */
export function headerKey(text: string): string {
  return tidy(text).replace(/\s+/g, "").replace(/[*＊]/g, "").replace(/[（(].*$/, "");
}

/** A date cell as the person typed it (2025-03-01), for columns that mean a year or a month. */
const isoDate = (d: Date) => d.toISOString().slice(0, 10);

function cellText(cell: Cell, datesAsText = false): { text: string } | { problem: string } {
  const value = cell.value as unknown;
  switch (cell.type) {
    case T.Null:
      return { text: "" };
    case T.Number: {
      const n = value as number;
      return { text: Number.isInteger(n) ? n.toFixed(0) : String(n) };
    }
    case T.String:
    case T.SharedString:
      return { text: String(value) };
    case T.RichText:
      return { text: (value as { richText: Array<{ text: string }> }).richText.map((r) => r.text).join("") };
    case T.Hyperlink:
      return { text: String((value as { text?: unknown }).text ?? "") };
    case T.Boolean:
      return { text: value ? "是" : "否" };
    case T.Date:
      if (datesAsText) return { text: isoDate(value as Date) };
      return { problem: "被 Excel 当成了日期，请把这一列设置为“文本”格式后重新填写" };
    case T.Formula:
      return { problem: "是公式，请改为直接填写内容（可复制后“选择性粘贴—数值”）" };
    case T.Error:
      return { problem: "显示错误值，请改为直接填写内容" };
    default:
      return { text: cell.text ?? "" };
  }
}

/** Merged ranges that span columns (or touch the header) cannot be read row by row. */
function badMerges(ws: Worksheet): string[] {
  const merges = (ws.model as { merges?: string[] }).merges ?? [];
  return merges.filter((range) => {
    const [from, to = from] = range.split(":");
    const col = (a: string) => a.replace(/\d+$/, "");
    const row = (a: string) => Number(a.replace(/^[A-Z]+/, ""));
    return col(from) !== col(to) || row(from) === 1;
  });
}

export function readSheet<K extends string>(ws: Worksheet | undefined, sheet: string, columns: readonly Column<K>[]): ReadSheet<K> {
  const issues: CellIssue[] = [];
  const notes: string[] = [];
  if (!ws) return { rows: [], issues: [{ sheet, cell: "", message: `没有找到“${sheet}”工作表，请用下载的模板填写` }], notes };
  for (const range of badMerges(ws)) issues.push({ sheet, cell: range, message: "是跨列或表头的合并单元格，请取消合并，每格填写一项" });

  const header = ws.getRow(1);
  const at = new Map<K, number>();
  const known = new Map<string, Column<K>>();
  for (const c of columns) for (const name of [c.header, ...(c.aliases ?? [])]) known.set(headerKey(name), c);
  for (let col = 1; col <= Math.max(ws.actualColumnCount, header.cellCount); col++) {
    const cell = header.getCell(col);
    const read = cellText(cell);
    const text = "text" in read ? headerKey(read.text) : "";
    if (!text) continue;
    const column = known.get(text);
    if (!column) {
      notes.push(`“${sheet}”表 ${cell.address} 的“${tidy("text" in read ? read.text : "")}”不是模板里的列，导入时不读这一列`);
      continue;
    }
    if (at.has(column.key)) issues.push({ sheet, cell: cell.address, message: `“${column.header}”列重复，请只保留一列` });
    else at.set(column.key, col);
  }
  const missing = columns.filter((c) => c.required && !at.has(c.key));
  for (const c of missing) issues.push({ sheet, cell: "第1行", message: `缺少“${c.header}”列，请用下载的模板填写` });
  // Without a required column every row would be wrong the same way: the header says it once.
  if (missing.length > 0) return { rows: [], issues, notes };

  const rows: SheetRow<K>[] = [];
  const last = ws.actualRowCount === 0 ? 0 : ws.lastRow?.number ?? 0;
  for (let r = 2; r <= last; r++) {
    const row = ws.getRow(r);
    const values = {} as Record<K, string>;
    const cells = {} as Record<K, string>;
    let filled = false;
    for (const c of columns) {
      const col = at.get(c.key);
      values[c.key] = "";
      cells[c.key] = col ? row.getCell(col).address : `第${r}行`;
      if (!col) continue;
      const cell = row.getCell(col);
      // A vertically merged cell: each row reads the value written in its first cell.
      const read = cellText(cell.type === T.Merge ? cell.master : cell, c.datesAsText);
      if ("problem" in read) {
        issues.push({ sheet, cell: cell.address, message: read.problem });
        filled = true;
        continue;
      }
      values[c.key] = tidy(read.text);
      filled ||= values[c.key] !== "";
    }
    if (filled) rows.push({ row: r, values, cells });
  }
  return { rows, issues, notes };
}
