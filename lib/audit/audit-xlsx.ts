/**
 * The 操作日志 as an Excel file: one worksheet, a title row that says which filters and how
 * many rows, then one row per audit row with the same columns as the page. Times are local
 * (Asia/Shanghai) text, so the file reads the same on any computer.
 */
import ExcelJS from "exceljs";
import { formatDateTime } from "@/lib/time";
import type { AuditRow } from "./list-audit";

export const AUDIT_SHEET = "操作日志";
export const AUDIT_COLUMNS = ["时间", "人员", "登录名", "单位", "操作", "记录类型", "记录编号", "来源地址", "浏览器", "详情"] as const;
const WIDTHS = [20, 12, 16, 22, 18, 14, 38, 16, 30, 60];

export async function renderAuditXlsx(rows: AuditRow[], heading: string, now: Date): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.created = now;
  const sheet = workbook.addWorksheet(AUDIT_SHEET, { views: [{ state: "frozen", ySplit: 2 }] });
  sheet.columns = WIDTHS.map((width) => ({ width }));
  const title = sheet.addRow([heading]);
  sheet.mergeCells(title.number, 1, title.number, AUDIT_COLUMNS.length);
  title.getCell(1).font = { bold: true, size: 12 };
  const header = sheet.addRow([...AUDIT_COLUMNS]);
  header.font = { bold: true };
  header.eachCell((c) => (c.fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFF2F2F2" } }));
  for (const r of rows) {
    sheet.addRow([
      formatDateTime(r.createdAt, { seconds: true }),
      r.actorName,
      r.actorUsername ?? "",
      r.unitName ?? "",
      r.actionLabel,
      r.entityLabel,
      r.entityName ? `${r.entityName}（${r.entityId}）` : r.entityId,
      r.ip ?? "",
      r.userAgent ?? "",
      r.details.map((d) => `${d.label}：${d.value}`).join("；"),
    ]).alignment = { vertical: "top", wrapText: true };
  }
  sheet.autoFilter = { from: { row: 2, column: 1 }, to: { row: 2, column: AUDIT_COLUMNS.length } };
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
