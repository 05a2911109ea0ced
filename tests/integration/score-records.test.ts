import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { recordScore, reverseRecord, listRecords } from "@/lib/scores/records";
import { listLedger } from "@/lib/scores/ledger-rows";
import { getPeriodTable } from "@/lib/scores/period-table";
import { getUnitScoreView } from "@/lib/scores/unit-view";
import { closeFollowUp, listUnitFollowUps } from "@/lib/scores/follow-ups";
import { getYearAssessment, setCategory } from "@/lib/scores/categories";
import { NotFoundError } from "@/lib/errors";
import { moveDraft } from "@/lib/drafts/move-draft";
import { reverseRecordSchema, scoreRecordSchema } from "@/lib/validation/score";
import { ConflictError, ForbiddenError } from "@/lib/errors";
import { draftAt, makeCounty, type County } from "./fixtures";
import { actionFieldErrors, viaAction } from "./through-action";

let c: County;
beforeEach(async () => {
  c = await makeCounty();
});

const cityAdoption = (unitId: string, over: Record<string, unknown> = {}) =>
  scoreRecordSchema.parse({ kind: "UPPER_ADOPTION", level: "CITY", unitId, title: "甲镇党员积分制管理经验", outlet: "《示例市组工信息》", issueNo: "第8期", occurredOn: "2026-11-10", ...over });

describe("score records (登记) and the ledger behind every figure", () => {
  it("records upper-level adoption, media, commentary and instructions under the year's rules, and the ledger explains the total", async () => {
    const d = await draftAt(c, "FORWARDED");
    await recordScore(c.editor, cityAdoption(c.unitA.id, { draftId: d.id }));
    await recordScore(c.editor, scoreRecordSchema.parse({ kind: "MEDIA", level: "PROVINCIAL", unitId: c.unitA.id, title: "党建引领乡村振兴", outlet: "省报", occurredOn: "2026-11-11" }));
    await recordScore(c.editor, scoreRecordSchema.parse({ kind: "COMMENTARY", level: "ANY", unitId: c.unitA.id, title: "网评：让党旗在基层高高飘扬", outlet: "县融媒体中心", occurredOn: "2026-11-12" }));
    // A leader records an instruction; only instructions.
    await recordScore(c.leader, scoreRecordSchema.parse({ kind: "INSTRUCTION", level: "CITY", unitId: c.unitA.id, title: "甲镇经验", leader: "市委组织部部长", content: "经验很好，请各县区学习。", occurredOn: "2026-11-13" }));
    await expect(recordScore(c.leader, cityAdoption(c.unitA.id))).rejects.toThrow(ForbiddenError);
    await expect(recordScore(c.officerA, cityAdoption(c.unitA.id))).rejects.toThrow(ForbiddenError);

    const ledger = await listLedger(c.leader, { year: 2026, unitId: c.unitA.id, page: 1 });
    expect(ledger.sum).toBe(5 + 5 + 1 + 5);
    expect(ledger.rows.map((r) => [r.rule.code, r.points, r.rule.version]).sort()).toEqual(
      [["ADOPTION_CITY", 5, 1], ["COMMENTARY", 1, 1], ["INSTRUCTION_CITY", 5, 1], ["MEDIA_PROVINCIAL", 5, 1]].sort(),
    );
    expect(ledger.rows.find((r) => r.rule.code === "ADOPTION_CITY")).toMatchObject({ userId: c.officerA.id, draftId: d.id, source: { label: "《示例市组工信息》：甲镇党员积分制管理经验" } });
    // The ranking's points are the ledger's sum.
    const table = await getPeriodTable(c.leader, { kind: "YEAR", year: 2026, index: 1 });
    expect(table.find((r) => r.unitId === c.unitA.id)?.points).toBe(ledger.sum);
    expect(await db.auditLog.count({ where: { action: "score.record" } })).toBe(4);
  });

  it("corrects a mistake by a reversing entry, never by editing or deleting", async () => {
    const wrong = await recordScore(c.editor, cityAdoption(c.unitB.id));
    await recordScore(c.editor, cityAdoption(c.unitA.id));
    expect(await actionFieldErrors(viaAction(reverseRecordSchema, reverseRecord, { id: wrong.id, reason: " " }, c.editor))).toEqual({ reason: "请填写冲销原因" });
    await expect(reverseRecord(c.leader, { id: wrong.id, reason: "登错单位" })).rejects.toThrow(ForbiddenError);
    await reverseRecord(c.editor, { id: wrong.id, reason: "登错单位" });
    await expect(reverseRecord(c.editor, { id: wrong.id, reason: "再冲一次" })).rejects.toThrow(ConflictError);

    const ledgerB = await listLedger(c.editor, { year: 2026, unitId: c.unitB.id, page: 1 });
    expect(ledgerB.rows.map((r) => r.points).sort()).toEqual([-5, 5]);
    expect(ledgerB.sum).toBe(0);
    expect((await db.scoreRecord.findUniqueOrThrow({ where: { id: wrong.id } })).reverseReason).toBe("登错单位");
    const entry = await db.scoreEntry.findFirstOrThrow({ where: { sourceId: wrong.id, reversalOfId: null } });
    await expect(db.scoreEntry.delete({ where: { id: entry.id } })).rejects.toThrow(/append-only/);
    expect((await listRecords(c.leader, { page: 1, q: "甲镇" })).total).toBe(2);
  });

  it("refuses a unit that does not exist or is disabled, a draft of another unit, and absurd input, with field messages", async () => {
    const missing = "00000000-0000-4000-8000-000000000000";
    await expect(recordScore(c.editor, cityAdoption(missing))).rejects.toMatchObject({ fieldErrors: { unitId: expect.stringContaining("没有这个报送单位") } });
    await expect(recordScore(c.editor, cityAdoption(c.root.id))).rejects.toMatchObject({ fieldErrors: { unitId: expect.any(String) } });
    await db.unit.update({ where: { id: c.agency.id }, data: { active: false } });
    await expect(recordScore(c.editor, cityAdoption(c.agency.id))).rejects.toMatchObject({ fieldErrors: { unitId: expect.stringContaining("停用") } });
    const other = await draftAt(c, "FORWARDED", { officer: c.officerB, reviewer: c.reviewerB });
    await expect(recordScore(c.editor, cityAdoption(c.unitA.id, { draftId: other.id }))).rejects.toMatchObject({ fieldErrors: { draftId: expect.any(String) } });
    expect(scoreRecordSchema.safeParse({ kind: "MEDIA", level: "CENTRAL", unitId: c.unitA.id, title: "标题", outlet: "报", occurredOn: "2026-11-10" }).success).toBe(false);
    expect(scoreRecordSchema.safeParse({ kind: "INSTRUCTION", level: "CITY", unitId: c.unitA.id, title: "标题", occurredOn: "2099-01-01" }).error?.issues.map((i) => i.path[0]).sort()).toEqual(["content", "leader", "occurredOn"]);
    expect(await db.scoreEntry.count()).toBe(0);
  });

  it("shows an officer the own unit's points, rank, the rows behind them and what was returned or declined", async () => {
    await recordScore(c.editor, cityAdoption(c.unitA.id));
    await recordScore(c.editor, cityAdoption(c.unitB.id));
    await recordScore(c.editor, cityAdoption(c.unitB.id, { title: "乙街道第二篇" }));
    const declined = await draftAt(c, "FORWARDED");
    await moveDraft(c.editor, { id: declined.id, version: declined.version, action: "DECLINE", comment: "内容较为一般" });
    const november = { kind: "MONTH" as const, year: 2026, index: 11 };
    const view = await getUnitScoreView(c.officerA, november);
    expect(view.own).toMatchObject({ unitId: c.unitA.id, points: 5, rank: 2, adoptedCity: 1 });
    expect(view.groupSize).toBe(2);
    expect(view.entries.map((e) => e.points)).toEqual([5]);
    expect(JSON.stringify(view)).not.toContain("乙街道第二篇");
    const thisMonth = new Date(Date.now() + 8 * 3600_000);
    const now = { kind: "MONTH" as const, year: thisMonth.getUTCFullYear(), index: thisMonth.getUTCMonth() + 1 };
    expect((await getUnitScoreView(c.reviewerA, now)).setbacks.map((e) => e.comment)).toContain("内容较为一般");
    await expect(getUnitScoreView(c.editor, november)).rejects.toThrow(ForbiddenError);
  });

  it("turns a leader instruction into a follow-up the unit closes with its feedback", async () => {
    const record = await recordScore(c.leader, scoreRecordSchema.parse({ kind: "INSTRUCTION", level: "COUNTY", unitId: c.unitA.id, title: "甲镇经验", leader: "县委书记", content: "请总结推广。", occurredOn: "2026-11-13" }));
    const [open] = await listUnitFollowUps(c.officerA);
    expect(open).toMatchObject({ recordId: record.id, closedAt: null });
    expect(await listUnitFollowUps(c.officerB)).toEqual([]);
    await expect(closeFollowUp(c.officerB, { id: open.id, feedback: "不是我们单位的" })).rejects.toThrow(NotFoundError);
    await closeFollowUp(c.reviewerA, { id: open.id, feedback: "已在全镇推广，召开现场会一次。" });
    await expect(closeFollowUp(c.officerA, { id: open.id, feedback: "再反馈一次" })).rejects.toThrow(ConflictError);
    expect((await listUnitFollowUps(c.officerA))[0]).toMatchObject({ feedback: "已在全镇推广，召开现场会一次。", closedById: c.reviewerA.id });
    // A reversed instruction closes its follow-up.
    const wrong = await recordScore(c.editor, scoreRecordSchema.parse({ kind: "INSTRUCTION", level: "CITY", unitId: c.unitA.id, title: "登错了", leader: "市领导", content: "内容", occurredOn: "2026-11-14" }));
    await reverseRecord(c.editor, { id: wrong.id, reason: "登错" });
    expect((await db.instructionFollowUp.findUniqueOrThrow({ where: { recordId: wrong.id } })).closedAt).not.toBeNull();
  });

  it("records deductions and turns category points into the 千分制 score under the year's caps and weights", async () => {
    await recordScore(c.editor, scoreRecordSchema.parse({ kind: "DEDUCTION", level: "LATE_URGENT", unitId: c.unitA.id, title: "汛情信息迟报", content: "事发6小时后才报送书面信息", occurredOn: "2026-11-05" }));
    expect(scoreRecordSchema.safeParse({ kind: "DEDUCTION", level: "LATE_URGENT", unitId: c.unitA.id, title: "迟报", occurredOn: "2026-11-05" }).success).toBe(false);
    for (let i = 0; i < 3; i++) await recordScore(c.editor, cityAdoption(c.unitA.id, { title: `甲镇经验${i}` }));
    const before = await getYearAssessment(c.leader, 2026);
    // 组工信息 15 of cap 40 → 15/40 × 20 = 7.5; 时效 5 − 2 = 3; the rest empty (网评 0, 媒体 0, 批示 0).
    expect(before.scoreOf(c.unitA.id, 3).categories.map((x) => [x.code, x.score])).toEqual([["INFO", 7.5], ["COMMENTARY", 0], ["MEDIA", 0], ["TIMELINESS", 3], ["INSTRUCTION", 0]]);
    expect(before.scoreOf(c.unitB.id, 1).total).toBe(5);
    // A unit that submitted nothing has not earned 时效.
    expect(before.scoreOf(c.unitB.id, 0).total).toBe(0);
    await expect(setCategory(c.editor, { year: 2026, code: "INFO", cap: 15, weight: 20 })).rejects.toThrow(ForbiddenError);
    await setCategory(c.admin, { year: 2026, code: "INFO", cap: 15, weight: 30 });
    expect((await getYearAssessment(c.leader, 2026)).scoreOf(c.unitA.id, 3).total).toBe(30 + 3);
    expect(await db.auditLog.count({ where: { action: "category.update" } })).toBe(1);
  });

  it("keeps both of two records made at the same moment, and the total right", async () => {
    await Promise.all(Array.from({ length: 10 }, (_, i) => recordScore(i % 2 ? c.editor : c.leader, i % 2 ? cityAdoption(c.unitA.id, { title: `并发登记${i}` }) : scoreRecordSchema.parse({ kind: "INSTRUCTION", level: "COUNTY", unitId: c.unitA.id, title: `并发批示${i}`, leader: "县长", content: "很好", occurredOn: "2026-11-13" }))));
    const ledger = await listLedger(c.leader, { year: 2026, unitId: c.unitA.id, page: 1 });
    expect(ledger.total).toBe(10);
    expect(ledger.sum).toBe(5 * 5 + 5 * 3);
  });

  it("narrows the ledger to a month and to several rules, as the figures' links ask", async () => {
    await recordScore(c.editor, cityAdoption(c.unitA.id, { occurredOn: "2026-10-31" }));
    await recordScore(c.editor, cityAdoption(c.unitA.id, { occurredOn: "2026-11-01", title: "十一月的" }));
    await recordScore(c.editor, cityAdoption(c.unitA.id, { level: "PROVINCE", occurredOn: "2026-11-20", title: "省级的" }));
    const november = { kind: "MONTH" as const, year: 2026, index: 11 };
    expect((await listLedger(c.leader, { period: november, unitId: c.unitA.id, page: 1 })).sum).toBe(5 + 10);
    expect((await listLedger(c.leader, { period: november, unitId: c.unitA.id, ruleCodes: ["ADOPTION_PROVINCE", "ADOPTION_CENTRAL"], page: 1 })).sum).toBe(10);
    expect((await listLedger(c.leader, { year: 2026, unitId: c.unitA.id, ruleCodes: ["ADOPTION_CITY"], page: 1 })).total).toBe(2);
  });
});
