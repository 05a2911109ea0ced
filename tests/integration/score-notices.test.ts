import ExcelJS from "exceljs";
import JSZip from "jszip";
import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from "@/lib/errors";
import { recordScore } from "@/lib/scores/records";
import { getNoticeFigures, getNoticeFile, issueNotice, listNotices, previewNotice } from "@/lib/scores/notices";
import type { Period } from "@/lib/scores/period";
import { shanghaiDate } from "@/lib/time";
import { scoreRecordSchema } from "@/lib/validation/score";
import { draftAt, makeCounty, type County } from "./fixtures";
import { actionFieldErrors, viaAction } from "./through-action";
import { noticePeriodSchema } from "@/lib/validation/score";

let c: County;
beforeEach(async () => {
  c = await makeCounty();
});

// The month we are in: drafts forwarded now and records dated today fall into it.
const today = shanghaiDate(new Date());
const thisMonth: Period = { kind: "MONTH", year: Number(today.slice(0, 4)), index: Number(today.slice(5, 7)) };
const nextMonth: Period = thisMonth.index === 12 ? { kind: "MONTH", year: thisMonth.year + 1, index: 1 } : { ...thisMonth, index: thisMonth.index + 1 };

const cityAdoption = (unitId: string, title: string) =>
  scoreRecordSchema.parse({ kind: "UPPER_ADOPTION", level: "CITY", unitId, title, outlet: "《示例市组工信息》", issueNo: "第8期", occurredOn: today });

async function sheetRows(bytes: Uint8Array) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  const rows: unknown[][] = [];
  workbook.getWorksheet("通报")!.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
  return rows;
}
const rowOf = (rows: unknown[][], name: string) => rows.find((r) => r[1] === name);

async function documentText(bytes: Uint8Array) {
  const xml = await (await JSZip.loadAsync(bytes)).file("word/document.xml")!.async("string");
  return [...xml.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join("");
}

describe("通报: issuing freezes a period's figures into a Word and an Excel file", () => {
  it("keeps an issued notice's figures and files as they were; a new notice shows the new figures", async () => {
    await draftAt(c, "FORWARDED");
    await recordScore(c.editor, cityAdoption(c.unitA.id, "甲镇党员积分制管理经验"));

    const first = await issueNotice(c.editor, { period: thisMonth });
    expect(first.title).toMatch(/^关于\d{4}年\d{1,2}月份全县组工信息工作情况的通报$/);
    const figures = await getNoticeFigures(c.leader, first.id);
    expect(figures.find((r) => r.unitId === c.unitA.id)).toMatchObject({ submitted: 1, adoptedCity: 1, points: 5, rank: 1 });
    expect(figures.find((r) => r.unitId === c.unitB.id)).toMatchObject({ submitted: 0, adoptedCity: 0, points: 0, rank: 2 });
    const docx = await getNoticeFile(c.leader, first.id, "docx");
    const xlsx = await getNoticeFile(c.leader, first.id, "xlsx");
    expect(docx.fileName).toBe(`${first.title}.docx`);
    expect(xlsx.contentType).toBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    const text = await documentText(docx.body);
    expect(text).toContain(first.title);
    expect(text).toContain("中共测试县委组织部");
    expect(text).toContain("以下单位本月未报送信息：乙街道、县教育局。");
    expect(rowOf(await sheetRows(xlsx.body), "乙街道")).toEqual([2, "乙街道", 0, 0, 0, 0, 0, 2]);

    // The ledger changes after issuing: 乙街道 gets a city adoption in the same month.
    await recordScore(c.editor, cityAdoption(c.unitB.id, "乙街道网格党建经验"));

    expect(await getNoticeFigures(c.editor, first.id)).toEqual(figures);
    const docxAgain = await getNoticeFile(c.editor, first.id, "docx");
    const xlsxAgain = await getNoticeFile(c.editor, first.id, "xlsx");
    expect(Buffer.from(docxAgain.body).equals(Buffer.from(docx.body))).toBe(true);
    expect(Buffer.from(xlsxAgain.body).equals(Buffer.from(xlsx.body))).toBe(true);

    // A corrected notice of the same period has the new figures; both stay listed, newest first.
    const second = await issueNotice(c.editor, { period: thisMonth, now: new Date(first.issuedAt.getTime() + 1000) });
    const newFigures = await getNoticeFigures(c.editor, second.id);
    expect(newFigures.find((r) => r.unitId === c.unitB.id)).toMatchObject({ adoptedCity: 1, points: 5, rank: 1 });
    expect(newFigures.find((r) => r.unitId === c.unitA.id)).toMatchObject({ rank: 1 });
    const newRows = await sheetRows((await getNoticeFile(c.editor, second.id, "xlsx")).body);
    expect(rowOf(newRows, "甲镇")?.at(-1)).toBe(1);
    expect(rowOf(newRows, "乙街道")?.slice(2)).toEqual([0, 0, 1, 0, 5, 1]);
    expect(await documentText((await getNoticeFile(c.editor, second.id, "docx")).body)).toContain("甲镇、乙街道并列第一（5分）");

    const list = await listNotices(c.leader, { page: 1 });
    expect(list.total).toBe(2);
    expect(list.rows.map((r) => r.id)).toEqual([second.id, first.id]);
    expect(list.rows[0]).toMatchObject({ period: first.period, title: first.title, issuedBy: { name: "editor" } });
    expect(list.rows[0]).not.toHaveProperty("docx");
    expect(list.rows[0]).not.toHaveProperty("xlsx");
    expect(await db.auditLog.count({ where: { action: "score.notice", entityType: "ScoreNotice" } })).toBe(2);
  });

  it("lets only the research office issue, and only for a period that has started", async () => {
    await expect(issueNotice(c.officerA, { period: thisMonth })).rejects.toThrow(ForbiddenError);
    await expect(issueNotice(c.leader, { period: thisMonth })).rejects.toThrow(ForbiddenError);
    await expect(listNotices(c.officerA, { page: 1 })).rejects.toThrow(ForbiddenError);

    await expect(issueNotice(c.editor, { period: nextMonth })).rejects.toMatchObject({ fieldErrors: { period: "这个时段还没有开始" } });
    await expect(issueNotice(c.editor, { period: { kind: "YEAR", year: thisMonth.year + 1, index: 1 } })).rejects.toThrow(ValidationError);
    const preview = (period: Record<string, unknown>) => actionFieldErrors(viaAction(noticePeriodSchema, (a, p) => previewNotice(a, { period: p }), period, c.editor));
    expect(await preview({ kind: "MONTH", year: thisMonth.year, index: 13 })).toEqual({ period: "请选择月份" });
    expect(await preview({ kind: "QUARTER", year: thisMonth.year, index: 5 })).toEqual({ period: "请选择季度" });
    expect(await preview({ kind: "YEAR", year: 1999 })).toEqual({ period: "请选择年份" });
    expect(await db.scoreNotice.count()).toBe(0);

    // A quarter and a year that have begun may be issued (with the figures so far).
    const quarter = await issueNotice(c.editor, { period: { kind: "QUARTER", year: thisMonth.year, index: Math.ceil(thisMonth.index / 3) } });
    expect(quarter.title).toMatch(/^关于\d{4}年第[一二三四]季度全县组工信息工作情况的通报$/);
    const year = await issueNotice(c.editor, { period: { kind: "YEAR", year: thisMonth.year, index: 1 } });
    expect(year.title).toBe(`关于${thisMonth.year}年度全县组工信息工作情况的通报`);

    await expect(getNoticeFile(c.officerA, year.id, "docx")).rejects.toThrow(ForbiddenError);
    await expect(getNoticeFile(c.leader, "00000000-0000-4000-8000-000000000000", "docx")).rejects.toThrow(NotFoundError);
    await expect(getNoticeFile(c.leader, "not-an-id", "xlsx")).rejects.toThrow(NotFoundError);
  });

  it("issues exactly what was previewed: figures that moved in between are refused until previewed again", async () => {
    const shown = await previewNotice(c.editor, { period: thisMonth });
    expect(shown.summary[0]).toContain("通报如下");
    await expect(previewNotice(c.officerA, { period: thisMonth })).rejects.toThrow(ForbiddenError);
    await recordScore(c.editor, scoreRecordSchema.parse({ kind: "COMMENTARY", level: "ANY", unitId: c.unitA.id, title: "预览后又登记的网评", outlet: "县融媒体中心", occurredOn: shanghaiDate(new Date()) }));
    await expect(issueNotice(c.editor, { period: thisMonth, digest: shown.digest })).rejects.toThrow(ConflictError);
    expect(await db.scoreNotice.count()).toBe(0);
    const again = await previewNotice(c.editor, { period: thisMonth });
    const notice = await issueNotice(c.editor, { period: thisMonth, digest: again.digest });
    expect(await getNoticeFigures(c.editor, notice.id)).toEqual(again.rows);
  });
});
