import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { renderNoticeXlsx } from "./notice-xlsx";
import { sampleNotice } from "@/tests/fixtures/notice";

async function load(buffer: Buffer) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
  return workbook;
}

const texts = (row: ExcelJS.Row) => {
  const out: unknown[] = [];
  row.eachCell({ includeEmpty: true }, (c) => out.push(c.value));
  return out;
};

describe("renderNoticeXlsx", () => {
  it("writes one sheet with a merged title and a subtitle with the period and the date", async () => {
    const buffer = await renderNoticeXlsx(sampleNotice());
    expect(buffer.subarray(0, 2).toString("latin1")).toBe("PK");
    const workbook = await load(buffer);
    expect(workbook.worksheets.map((w) => w.name)).toEqual(["通报"]);
    const sheet = workbook.getWorksheet("通报")!;
    expect(sheet.getCell("A1").value).toBe("关于2026年11月份全县组工信息工作情况的通报");
    expect(sheet.getCell("H1").isMerged).toBe(true);
    expect(sheet.getCell("H1").master.address).toBe("A1");
    expect(sheet.model.merges).toEqual(expect.arrayContaining(["A1:H1", "A2:H2"]));
    expect(String(sheet.getCell("A2").value)).toContain("2026年11月");
    expect(String(sheet.getCell("A2").value)).toContain("2026年12月1日");
  });

  it("puts each group under its own heading and column headers, a blank row between, numbers as numbers and ties sharing a rank", async () => {
    const sheet = (await load(await renderNoticeXlsx(sampleNotice()))).getWorksheet("通报")!;
    const column = (n: number) => {
      const out: Array<[number, unknown]> = [];
      sheet.eachRow({ includeEmpty: true }, (row, i) => out.push([i, row.getCell(n).value]));
      return out;
    };
    const headerRows = column(1).filter(([, v]) => v === "序号").map(([i]) => i);
    expect(headerRows).toHaveLength(2);
    for (const i of headerRows) expect(texts(sheet.getRow(i))).toEqual(["序号", "单位", "报送数", "县级采用", "市级采用", "省级及以上采用", "得分", "排名"]);
    expect(sheet.getCell(headerRows[0] - 1, 1).value).toBe("乡镇（街道）");
    expect(sheet.getCell(headerRows[1] - 1, 1).value).toBe("县直单位");
    // Three townships, then a blank row, then the agencies' heading.
    expect(headerRows[1] - headerRows[0]).toBe(1 + 3 + 1 + 1);
    expect(sheet.getRow(headerRows[0] + 4).hasValues).toBe(false);

    const jia = sheet.getRow(headerRows[0] + 1);
    const yi = sheet.getRow(headerRows[0] + 2);
    expect(texts(jia)).toEqual([1, "甲镇", 4, 2, 1, 0, 12, 1]);
    expect(texts(yi)).toEqual([2, "乙街道", 3, 2, 0, 1, 12, 1]);
    expect(sheet.getRow(headerRows[0] + 3).getCell(8).value).toBe(3);
    expect(sheet.getRow(headerRows[1] + 1).getCell(7).value).toBe(4.5);
    expect(sheet.getRow(headerRows[1] + 1).getCell(2).value).toBe("县教育局");
    expect(jia.getCell(5).border?.top?.style).toBe("thin");
    expect(sheet.getColumn(2).width).toBeGreaterThan(sheet.getColumn(1).width!);
  });

  it("prints on A4 portrait, one page wide, centred, repeating the column header row", async () => {
    const sheet = (await load(await renderNoticeXlsx(sampleNotice()))).getWorksheet("通报")!;
    const setup = sheet.pageSetup;
    expect(setup.paperSize).toBe(9);
    expect(setup.orientation).toBe("portrait");
    expect(setup.fitToPage).toBe(true);
    expect(setup.fitToWidth).toBe(1);
    expect(setup.horizontalCentered).toBe(true);
    const header = sheet.getRow(5);
    expect(header.getCell(1).value).toBe("序号");
    expect(setup.printTitlesRow).toBe("5:5");
  });
});
