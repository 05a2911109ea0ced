/**
 * A lower 组织部's unit is also a unit of the node above: the records that node keeps about it
 * (the adopted copy of what it sent up, 积分登记, 往年数字, 紧急信息) carry its unit, and only
 * the desk above acts on them. The county sees what it may read, and acts on none of it.
 */
import { beforeAll, describe, expect, it } from "vitest";
import ExcelJS from "exceljs";
import { db } from "@/lib/db";
import { ForbiddenError, NotFoundError } from "@/lib/errors";
import { createDraft } from "@/lib/drafts/create-draft";
import { moveDraft } from "@/lib/drafts/move-draft";
import { sendUp } from "@/lib/drafts/send-up";
import { createSeries } from "@/lib/bulletins/series";
import { createIssue } from "@/lib/bulletins/create-issue";
import { adoptDraft } from "@/lib/bulletins/adopt-draft";
import { addItem } from "@/lib/bulletins/compose";
import { listPool } from "@/lib/bulletins/queries";
import { recordScore, reverseRecord } from "@/lib/scores/records";
import { scoreRecordSchema } from "@/lib/validation/score";
import { applyFiguresImport, listFigureImports, previewFiguresImport, reverseFiguresImport } from "@/lib/onboarding/figures";
import { renderFiguresTemplate } from "@/lib/onboarding/figures-sheet";
import { closeUrgentCase, openUrgentCase } from "@/lib/urgent/cases";
import { toLocalInput } from "@/lib/urgent/clock";
import { fileRosterChange } from "@/lib/planning/roster";
import { rosterChangeSchema } from "@/lib/validation/planning";
import { shanghaiDate } from "@/lib/time";
import { makeChain, seriesSettings, type Chain } from "./chain-fixtures";
import { sampleFields, version } from "./fixtures";

let c: Chain;
const issueVersion = async (id: string) => (await db.bulletinIssue.findUniqueOrThrow({ where: { id } })).version;

beforeAll(async () => {
  c = await makeChain();
});

describe("the desk above decides the records it keeps about a 组织部", () => {
  it("keeps the city's adopted copy of 甲县's item out of 甲县's pool and issues", async () => {
    const series = { city: await createSeries(c.city.admin, seriesSettings("测试市组工信息")), x: await createSeries(c.x.admin, seriesSettings("甲县组工信息")) };
    const d = await createDraft(c.x.officer, sampleFields("甲县城关镇推行积分制"));
    await moveDraft(c.x.officer, { id: d.id, version: await version(d.id), action: "SUBMIT", secrecyConfirmed: true });
    await moveDraft(c.x.reviewer, { id: d.id, version: await version(d.id), action: "APPROVE" });
    await adoptDraft(c.x.editor, { id: d.id, version: await version(d.id) });
    const upper = await sendUp(c.x.editor, { id: d.id, version: await version(d.id) });
    await adoptDraft(c.city.editor, { id: upper.id, version: await version(upper.id) });
    const xIssue = await createIssue(c.x.editor, { seriesId: series.x.id });
    await expect(addItem(c.x.editor, { issueId: xIssue.id, version: await issueVersion(xIssue.id), draftId: upper.id })).rejects.toThrow(ForbiddenError);
    expect((await listPool(c.x.editor, { page: 1 })).rows.map((r) => r.id)).toEqual([d.id]);
    expect((await listPool(c.city.editor, { page: 1 })).rows.map((r) => r.id)).toEqual([upper.id]);
    const cityIssue = await createIssue(c.city.editor, { seriesId: series.city.id });
    await addItem(c.city.editor, { issueId: cityIssue.id, version: await issueVersion(cityIssue.id), draftId: upper.id });
  });

  it("leaves the city's 积分登记 about 甲县 to the city: 甲县 cannot 冲销 it", async () => {
    const record = await recordScore(c.city.editor, scoreRecordSchema.parse({ kind: "MEDIA", level: "PROVINCIAL", unitId: c.x.root.id, title: "甲县经验上了省报", outlet: "省报", occurredOn: "2026-11-11" }));
    await expect(reverseRecord(c.x.editor, { id: record.id, reason: "甲县自己冲销" })).rejects.toThrow(NotFoundError);
    expect((await db.scoreRecord.findUniqueOrThrow({ where: { id: record.id } })).reversedAt).toBeNull();
    await reverseRecord(c.city.editor, { id: record.id, reason: "登错了" });
  });

  it("leaves the city's 往年数字 about 甲县 to the city", async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await renderFiguresTemplate()) as unknown as ArrayBuffer);
    wb.getWorksheet("往年数字")!.addRow([2025, 11, "中共甲县委组织部", 10, 4, 8, 2, null, null, null]);
    const bytes = Buffer.from(await wb.xlsx.writeBuffer());
    const preview = await previewFiguresImport(c.city.editor, { fileName: "市.xlsx", bytes });
    expect(preview.issues).toEqual([]);
    const { importId } = await applyFiguresImport(c.city.editor, { fileName: "市.xlsx", bytes, digest: preview.digest });
    expect((await listFigureImports(c.x.editor, { page: 1 })).total).toBe(0);
    await expect(reverseFiguresImport(c.x.editor, { importId, reason: "甲县要冲销" })).rejects.toThrow(NotFoundError);
    expect((await listFigureImports(c.city.editor, { page: 1 })).total).toBe(1);
  });

  it("leaves a 紧急信息 the city opened for 甲县 to the city to 办结", async () => {
    const opened = await openUrgentCase(c.city.editor, { title: "甲县突发事件", eventAt: toLocalInput(new Date(Date.now() - 3_600_000)), unitId: c.x.root.id });
    await expect(closeUrgentCase(c.x.editor, { id: opened.id })).rejects.toThrow(ForbiddenError);
    expect((await db.urgentCase.findUniqueOrThrow({ where: { id: opened.id } })).closedAt).toBeNull();
    await closeUrgentCase(c.city.editor, { id: opened.id });
  });

  it("leaves 甲县's 信息员备案 at the city to the city", async () => {
    const vacancy = (expectedLatestId: string | null) =>
      rosterChangeSchema.parse({ unitId: c.x.root.id, officerId: null, phone: "", reason: "暂无专职信息员", effectiveOn: shanghaiDate(new Date()), expectedLatestId });
    await expect(fileRosterChange(c.x.editor, vacancy(null))).rejects.toThrow(ForbiddenError);
    expect(await db.rosterChange.count({ where: { unitId: c.x.root.id } })).toBe(0);
    await fileRosterChange(c.city.editor, vacancy(null));
  });
});
