import ExcelJS from "exceljs";
import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { getDashboard } from "@/lib/scores/dashboard";
import { compareYears } from "@/lib/scores/dashboard-view";
import { getPeriodTable } from "@/lib/scores/period-table";
import { listLedger } from "@/lib/scores/ledger-rows";
import { applyFiguresImport, listFigureImports, previewFiguresImport, reverseFiguresImport } from "@/lib/onboarding/figures";
import { renderFiguresTemplate } from "@/lib/onboarding/figures-sheet";
import { shanghaiDate } from "@/lib/time";
import { makeCounty, type County } from "./fixtures";
import { makeChain } from "./chain-fixtures";
import { NotFoundError } from "@/lib/errors";

let c: County;
beforeEach(async () => {
  c = await makeCounty();
});

const THIS_YEAR = Number(shanghaiDate(new Date()).slice(0, 4));
const LAST = THIS_YEAR - 1;
type Row = Array<string | number | Date | null>;
const yearTable = () => getPeriodTable(c.editor, { kind: "YEAR", year: LAST, index: 1 });

/** 年度 月份 单位名称 报送数 采用数 组工信息 网评文章 上级媒体发稿 时效 领导批示 */
async function figures(rows: Row[]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load((await renderFiguresTemplate()) as unknown as ArrayBuffer);
  const ws = wb.getWorksheet("往年数字")!;
  for (const r of rows) ws.addRow(r);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

const sample = () =>
  figures([
    [LAST, 11, "甲镇", 10, 4, 8, 2, null, null, null],
    [`${LAST}年`, "全年", "乙街道", "30篇", 12, 24, null, null, -2, null],
    [LAST, `${LAST}年11月`, "县教育局", 5, 1, null, null, 5, null, null],
  ]);

async function importFigures(bytes: Buffer, fileName = "往年.xlsx") {
  const preview = await previewFiguresImport(c.editor, { fileName, bytes });
  expect(preview.issues).toEqual([]);
  return { preview, result: await applyFiguresImport(c.editor, { fileName, bytes, digest: preview.digest }) };
}

describe("往年数字导入（期初）", () => {
  it("feeds last year's figures into 同期对比, the year table and the ledger, marked as imported", async () => {
    await importFigures(await sample());
    const november = await getDashboard(c.editor, { kind: "MONTH", year: THIS_YEAR, index: 11 });
    const compare = compareYears(november.table, november.lastYear.rows);
    expect(compare.find((r) => r.name === "甲镇")).toMatchObject({ current: 0, previous: 10, change: -10 });
    expect(compare.find((r) => r.name === "县教育局")).toMatchObject({ previous: 5 });
    expect(compare.find((r) => r.name === "乙街道")).toMatchObject({ previous: 0 }); // a whole year counts in December

    const month = await getPeriodTable(c.editor, { kind: "MONTH", year: LAST, index: 11 });
    expect(month.find((r) => r.name === "甲镇")).toMatchObject({ submitted: 10, adoptedCounty: 4, declined: 6, rate: 0.4, points: 10, rank: 1 });
    const year = await yearTable();
    expect(year.find((r) => r.name === "乙街道")).toMatchObject({ submitted: 30, adoptedCounty: 12, declined: 18, points: 22 });
    expect(year.find((r) => r.name === "甲镇")).toMatchObject({ submitted: 10, adoptedCounty: 4, points: 10 });

    const ledger = await listLedger(c.editor, { year: LAST, page: 1 });
    expect(ledger.sum).toBe(37);
    expect(ledger.rows.map((r) => r.source.label)).toContain(`期初导入：往年.xlsx（${LAST}年11月）`);
    expect(ledger.rows.map((r) => r.rule.label)).toContain("期初导入·组工信息");
    expect(await db.auditLog.count({ where: { action: "figures.import", actorId: c.editor.id } })).toBe(1);
  });

  it("imports the same file again with no change, refuses different figures for an imported month, and reverses an import whole", async () => {
    const { result } = await importFigures(await sample());
    const again = await importFigures(await sample());
    expect(again.result).toMatchObject({ created: 0, same: 3 });
    expect(await db.scoreEntry.count()).toBe(5);

    const changed = await figures([[LAST, 11, "甲镇", 11, 4, 8, 2, null, null, null]]);
    const refused = await previewFiguresImport(c.editor, { fileName: "改.xlsx", bytes: changed });
    expect(refused.issues.map((i) => `${i.cell} ${i.message}`)).toEqual([`C2 甲镇${LAST}年11月的数字已从“往年.xlsx”导入过，且与本行不同：如需更正，请先冲销那次导入`]);

    await reverseFiguresImport(c.editor, { importId: result.importId, reason: "月份填错了" });
    const year = await yearTable();
    expect(year.find((r) => r.name === "甲镇")).toMatchObject({ submitted: 0, adoptedCounty: 0, points: 0 });
    expect((await listLedger(c.editor, { year: LAST, page: 1 })).sum).toBe(0);
    expect(await db.scoreEntry.count({ where: { reversalOfId: { not: null } } })).toBe(5);
    const imports = await listFigureImports(c.editor, { page: 1 });
    expect(imports.rows[0]).toMatchObject({ fileName: "往年.xlsx", rows: 3, years: String(LAST) });
    expect(imports.rows[0].reversedAt).not.toBeNull();
    await importFigures(changed, "改.xlsx");
    expect((await yearTable()).find((r) => r.name === "甲镇")).toMatchObject({ submitted: 11 });
  });

  it("keeps another node's office out of this node's imports: not listed, and not found to 冲销", async () => {
    const chain = await makeChain();
    const bytes = await figures([[LAST, 11, "甲县城关镇", 10, 4, 8, 2, null, null, null]]);
    const preview = await previewFiguresImport(chain.x.editor, { fileName: "甲县.xlsx", bytes });
    expect(preview.issues).toEqual([]);
    const { importId } = await applyFiguresImport(chain.x.editor, { fileName: "甲县.xlsx", bytes, digest: preview.digest });
    for (const other of [chain.y.editor, chain.city.editor]) {
      expect(await listFigureImports(other, { page: 1 })).toMatchObject({ total: 0, rows: [] });
      await expect(reverseFiguresImport(other, { importId, reason: "别处要冲销" })).rejects.toThrow(NotFoundError);
    }
    expect(await db.openingFigure.count({ where: { importId, reversedAt: { not: null } } })).toBe(0);
    expect((await listFigureImports(chain.x.editor, { page: 1 })).total).toBe(1);
  });

  it("names each bad cell", async () => {
    const bytes = await figures([
      [THIS_YEAR, 1, "甲镇", 1, 0, null, null, null, null, null],
      [LAST, 13, "甲镇", 1, 0, null, null, null, null, null],
      [LAST, 2, "丁镇", 1, 0, null, null, null, null, null],
      [LAST, 3, "甲镇", 2, 5, null, null, null, null, null],
      [LAST, 4, "甲镇", 2, 1, "很多", null, null, null, null],
      [LAST, null, "甲镇", 2, 1, null, null, null, null, null],
    ]);
    const preview = await previewFiguresImport(c.editor, { fileName: "错.xlsx", bytes });
    expect(preview.issues.map((i) => `${i.cell} ${i.message}`)).toEqual([
      `A2 只能导入${THIS_YEAR}年以前的数字（今年的数字由系统自己统计）`,
      "B3 月份“13”不对，请填1到12，或留空表示全年",
      "C4 找不到报送单位“丁镇”，请核对名称",
      "E5 采用数（5）不能大于报送数（2）",
      "F6 积分“很多”应为数字，最多两位小数",
      `B7 甲镇${LAST}年既有全年数字又有各月数字，请只填一种`,
    ]);
  });
});
