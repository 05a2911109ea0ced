/**
 * The Excel file of a 通报: one worksheet "通报" with a merged title row, a subtitle row
 * (period, issue date, issuer), then each ranking group under its own heading and column
 * header row, a blank row between groups. Numbers stay numbers; it prints on A4 portrait,
 * one page wide, centred, with the column header row repeated on every page.
 */
import ExcelJS from "exceljs";
import { formatChineseDate } from "@/lib/time";
import type { NoticeContent } from "./notice-content";
import type { DeskKind } from "@/lib/units/labels";
import { noticeCells, noticeColumns } from "./notice-docx";
import { adoptionColumns } from "./adoption-columns";
import { rankGroupsAt } from "@/lib/units/labels";

export const NOTICE_SHEET = "通报";

const widths = (kind: DeskKind) => [6, 26, 9, ...adoptionColumns(kind).map((c) => (c.header.length > 4 ? 15 : 10)), 9, 7];
const FONT = "宋体";
const THIN: Partial<ExcelJS.Borders> = {
  top: { style: "thin" },
  left: { style: "thin" },
  bottom: { style: "thin" },
  right: { style: "thin" },
};

export async function renderNoticeXlsx(notice: NoticeContent): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = notice.issuerName;
  workbook.title = notice.title;
  // Fixed, so the file says when the notice was issued rather than when it was rendered.
  workbook.created = notice.issuedAt;
  workbook.modified = notice.issuedAt;

  const sheet = workbook.addWorksheet(NOTICE_SHEET, {
    pageSetup: {
      paperSize: 9, // A4
      orientation: "portrait",
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      horizontalCentered: true,
      margins: { left: 0.6, right: 0.6, top: 0.75, bottom: 0.75, header: 0.3, footer: 0.3 },
    },
    headerFooter: { oddFooter: "第 &P 页，共 &N 页" },
    views: [{ showGridLines: false }],
  });
  sheet.columns = widths(notice.nodeKind ?? "COUNTY").map((width) => ({ width }));
  const kind = notice.nodeKind ?? "COUNTY";
  const columns = noticeColumns(kind);
  const last = columns.length;

  const title = sheet.addRow([notice.title]);
  sheet.mergeCells(title.number, 1, title.number, last);
  title.height = 36;
  title.getCell(1).font = { name: "黑体", size: 16, bold: true };
  title.getCell(1).alignment = { horizontal: "center", vertical: "middle", wrapText: true };

  const subtitle = sheet.addRow([`统计时段：${notice.periodLabel}　　发布日期：${formatChineseDate(notice.issuedAt)}　　${notice.issuerName}`]);
  sheet.mergeCells(subtitle.number, 1, subtitle.number, last);
  subtitle.height = 22;
  subtitle.getCell(1).font = { name: FONT, size: 11 };
  subtitle.getCell(1).alignment = { horizontal: "center", vertical: "middle" };

  let firstHeaderRow: number | null = null;
  for (const { group, label } of rankGroupsAt(kind)) {
    const members = notice.rows.filter((r) => r.group === group);
    if (members.length === 0) continue;
    sheet.addRow([]);

    const heading = sheet.addRow([label]);
    sheet.mergeCells(heading.number, 1, heading.number, last);
    heading.height = 22;
    heading.getCell(1).font = { name: "黑体", size: 12, bold: true };
    heading.getCell(1).alignment = { horizontal: "left", vertical: "middle" };

    const header = sheet.addRow(columns);
    firstHeaderRow ??= header.number;
    header.height = 22;
    header.eachCell((c) => {
      c.font = { name: FONT, size: 11, bold: true };
      c.alignment = { horizontal: "center", vertical: "middle", wrapText: true };
      c.border = THIN;
      c.fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFF2F2F2" } };
    });

    members.forEach((row, index) => {
      const data = sheet.addRow(noticeCells(row, index, kind));
      data.height = 20;
      data.eachCell((c, col) => {
        c.font = { name: FONT, size: 11 };
        c.alignment = { horizontal: col === 2 ? "left" : "center", vertical: "middle" };
        c.border = THIN;
      });
    });
  }
  // The column headers of both groups are the same: the first one repeats on every printed page.
  if (firstHeaderRow) sheet.pageSetup.printTitlesRow = `${firstHeaderRow}:${firstHeaderRow}`;

  return Buffer.from(await workbook.xlsx.writeBuffer());
}
