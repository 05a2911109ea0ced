import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/authz/permissions";
import { createDraft } from "@/lib/drafts/create-draft";
import { moveDraft } from "@/lib/drafts/move-draft";
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from "@/lib/errors";
import { deliverDueReminders } from "@/lib/reminders/deliver";
import { localYear, toLocalInput } from "@/lib/urgent/clock";
import { addPhoneReport, closeUrgentCase, logPhoneReport, openUrgentCase } from "@/lib/urgent/cases";
import { countOverdue, getCaseOrThrow, lateCounts, listCases, overdueCases } from "@/lib/urgent/queries";
import { makeChain } from "./chain-fixtures";
import { urgentTodos } from "@/lib/urgent/todo";
import { updateCheckSettings } from "@/lib/admin/check-settings";
import { checkSettingsSchema } from "@/lib/validation/admin";
import { makeCounty, sampleFields, version, type County } from "./fixtures";

let c: County;
beforeEach(async () => {
  c = await makeCounty();
});

const MIN = 60_000;
const HOUR = 60 * MIN;
/** A local datetime-local value `ms` before the real now (drafts are submitted at the real time). */
const ago = (ms: number) => toLocalInput(new Date(Date.now() - ms));
const after = (d: Date, ms: number) => new Date(d.getTime() + ms);

/** A written report of the case, taken as far as the unit's submission or (default) the county. */
async function writeReport(officer: Actor, caseId: string, until: "DRAFT" | "SUBMITTED" | "FORWARDED" = "FORWARDED") {
  const d = await createDraft(officer, { ...sampleFields("甲镇某村突发山体滑坡"), kind: "URGENT", origin: { type: "urgent", id: caseId } });
  if (until === "DRAFT") return d;
  await moveDraft(officer, { id: d.id, version: await version(d.id), action: "SUBMIT", secrecyConfirmed: true });
  if (until === "FORWARDED") {
    const reviewer = officer.unitId === c.unitA.id ? c.reviewerA : c.reviewerB;
    await moveDraft(reviewer, { id: d.id, version: await version(d.id), action: "APPROVE" });
  }
  return d;
}

const lateEntries = (caseId: string) => db.scoreEntry.findMany({ where: { sourceType: "URGENT_CASE", sourceId: caseId } });

describe("opening a case starts the clock", () => {
  it("a unit opens a case: due time from the setting, two reminders, the office is told", async () => {
    const u = await openUrgentCase(c.officerA, { title: "某村突发山体滑坡", eventAt: ago(HOUR), unitId: c.unitB.id });
    expect(u.unitId).toBe(c.unitA.id); // the unit comes from the session, never from the form
    expect(u.dueAt.getTime() - u.eventAt.getTime()).toBe(4 * HOUR);
    const reminders = await db.reminder.findMany({ where: { subjectId: u.id }, orderBy: { fireAt: "asc" } });
    expect(reminders.map((r) => [r.kind, r.fireAt.getTime() - u.dueAt.getTime()])).toEqual([
      ["URGENT_DUE_SOON", -HOUR],
      ["URGENT_OVERDUE", 1000],
    ]);
    const told = await db.notification.findMany({ where: { kind: "URGENT_OPEN" } });
    expect(told.map((n) => [n.userId, n.title])).toEqual([[c.editor.id, "甲镇报告紧急情况：某村突发山体滑坡"]]);
    expect(await db.auditLog.count({ where: { action: "urgent.open", entityId: u.id } })).toBe(1);

    await db.checkSettings.create({ data: { id: 1, urgentHours: 2 } });
    const short = await openUrgentCase(c.reviewerA, { title: "某企业发生安全事故", eventAt: ago(0) });
    expect(short.dueAt.getTime() - short.eventAt.getTime()).toBe(2 * HOUR);
  });

  it("refuses an event time in the future or older than 7 days, at the field", async () => {
    const future = openUrgentCase(c.officerA, { title: "某事", eventAt: toLocalInput(new Date(Date.now() + 10 * MIN)) });
    await expect(future).rejects.toThrow(ValidationError);
    await expect(future).rejects.toMatchObject({ fieldErrors: { eventAt: "事发时间不能晚于现在" } });
    await expect(openUrgentCase(c.officerA, { title: "某事", eventAt: ago(8 * 24 * HOUR) })).rejects.toMatchObject({ fieldErrors: { eventAt: expect.stringContaining("7天") } });
    await expect(openUrgentCase(c.leader, { title: "某事", eventAt: ago(0) })).rejects.toThrow(ForbiddenError);
    // The office names the unit, and it must be a submitting unit.
    await expect(openUrgentCase(c.editor, { title: "某事", eventAt: ago(0), unitId: c.root.id })).rejects.toMatchObject({ fieldErrors: { unitId: expect.any(String) } });
    const byOffice = await openUrgentCase(c.editor, { title: "某事", eventAt: ago(0), unitId: c.unitB.id });
    expect(byOffice.unitId).toBe(c.unitB.id);
    expect(await db.urgentCase.count()).toBe(1);
  });
});

describe("the time limit setting", () => {
  it("the administrator sets 1 to 48 hours; new cases follow it, running clocks keep theirs", async () => {
    const base = { titleMaxLength: 30, staleDays: 7, similarityPercent: 60, severeChecks: [] };
    expect(checkSettingsSchema.safeParse({ ...base, urgentHours: 0 }).success).toBe(false);
    expect(checkSettingsSchema.safeParse({ ...base, urgentHours: 49 }).success).toBe(false);
    const running = await openUrgentCase(c.officerA, { title: "甲", eventAt: ago(HOUR) });
    await updateCheckSettings(c.admin, checkSettingsSchema.parse({ ...base, urgentHours: 6 }));
    const later = await openUrgentCase(c.officerA, { title: "乙", eventAt: ago(HOUR) });
    expect(later.dueAt.getTime() - later.eventAt.getTime()).toBe(6 * HOUR);
    expect((await db.urgentCase.findUniqueOrThrow({ where: { id: running.id } })).dueAt).toEqual(running.dueAt);
    // A form that leaves the field out keeps the setting.
    await updateCheckSettings(c.admin, checkSettingsSchema.parse(base));
    expect((await db.checkSettings.findUniqueOrThrow({ where: { id: 1 } })).urgentHours).toBe(6);
  });
});

describe("phone reports", () => {
  it("the office logs a phone call: a case with the phone fields, the unit is told the due time", async () => {
    const input = { unitId: c.unitB.id, title: "某社区发生火情", eventAt: ago(2 * HOUR), reporter: "王明", reportedAt: ago(90 * MIN), summary: "某小区一居民楼起火，无人员伤亡。" };
    await expect(logPhoneReport(c.officerB, input)).rejects.toThrow(ForbiddenError);
    await expect(logPhoneReport(c.editor, { ...input, reportedAt: ago(3 * HOUR) })).rejects.toMatchObject({ fieldErrors: { reportedAt: "报告时间不能早于事发时间" } });
    const u = await logPhoneReport(c.editor, input);
    expect(u).toMatchObject({ unitId: c.unitB.id, phoneReporter: "王明", phoneSummary: input.summary, phoneLoggedById: c.editor.id, createdById: c.editor.id });
    const told = await db.notification.findMany({ where: { kind: "URGENT_PHONE" }, orderBy: { userId: "asc" } });
    expect(told.map((n) => n.userId).sort()).toEqual([c.officerB.id, c.reviewerB.id].sort());
    expect(told[0].title).toMatch(/请于\d{2}:\d{2}前报送书面信息$/);
    expect(await db.reminder.count({ where: { subjectId: u.id } })).toBe(2);
  });

  it("adds a phone report to a case the unit opened, once", async () => {
    const u = await openUrgentCase(c.officerA, { title: "某村突发山体滑坡", eventAt: ago(HOUR) });
    const phone = { caseId: u.id, reporter: "李华", reportedAt: ago(30 * MIN), summary: "滑坡阻断村道，正在抢通。" };
    await addPhoneReport(c.editor, phone);
    expect((await db.urgentCase.findUniqueOrThrow({ where: { id: u.id } })).phoneReporter).toBe("李华");
    await expect(addPhoneReport(c.editor, phone)).rejects.toThrow(ConflictError);
  });
});

describe("written reports: 首报 stops the clock, 续报 follow until 办结", () => {
  it("the first report to reach the county sets firstReportAt once; the county sees a report only once forwarded", async () => {
    const u = await openUrgentCase(c.officerA, { title: "某村突发山体滑坡", eventAt: ago(HOUR) });
    const first = await writeReport(c.officerA, u.id, "SUBMITTED");
    // Submitted to the unit's reviewer, or withdrawn again: the county has nothing yet, the clock runs on.
    expect((await db.urgentCase.findUniqueOrThrow({ where: { id: u.id } })).firstReportAt).toBeNull();
    const second = await writeReport(c.officerA, u.id, "SUBMITTED");
    await moveDraft(c.officerA, { id: second.id, version: await version(second.id), action: "WITHDRAW" });
    await moveDraft(c.officerA, { id: second.id, version: await version(second.id), action: "SUBMIT", secrecyConfirmed: true });
    expect((await db.urgentCase.findUniqueOrThrow({ where: { id: u.id } })).firstReportAt).toBeNull();

    const own = await getCaseOrThrow(c.reviewerA, u.id);
    expect(own.reports.map((r) => [r.label, r.status, r.visible])).toEqual([["首报", "SUBMITTED", true], ["续报1", "SUBMITTED", true]]);
    expect((await getCaseOrThrow(c.editor, u.id)).reports.map((r) => [r.label, r.title])).toEqual([["首报", null], ["续报1", null]]);
    await moveDraft(c.reviewerA, { id: first.id, version: await version(first.id), action: "APPROVE" });
    const stopped = (await db.urgentCase.findUniqueOrThrow({ where: { id: u.id } })).firstReportAt;
    expect(stopped).not.toBeNull();
    expect((await getCaseOrThrow(c.leader, u.id)).reports[0]).toMatchObject({ label: "首报", visible: true, title: "甲镇某村突发山体滑坡" });
    await moveDraft(c.reviewerA, { id: second.id, version: await version(second.id), action: "APPROVE" });
    expect((await db.urgentCase.findUniqueOrThrow({ where: { id: u.id } })).firstReportAt).toEqual(stopped);
  });

  it("another unit's case is not found, to read and to answer", async () => {
    const u = await openUrgentCase(c.officerA, { title: "某村突发山体滑坡", eventAt: ago(HOUR) });
    await expect(getCaseOrThrow(c.officerB, u.id)).rejects.toThrow(NotFoundError);
    await expect(getCaseOrThrow(c.reviewerC, u.id)).rejects.toThrow(NotFoundError);
    await expect(getCaseOrThrow(c.officerB, "not-a-uuid")).rejects.toThrow(NotFoundError);
    await expect(writeReport(c.officerB, u.id, "DRAFT")).rejects.toThrow(NotFoundError);
    await expect(getCaseOrThrow(c.admin, u.id)).rejects.toThrow(NotFoundError); // no role reads it: looks missing too
    expect((await listCases(c.officerB, { page: 1 })).total).toBe(0);
    expect((await listCases(c.officerA, { page: 1 })).total).toBe(1);
    expect((await listCases(c.leader, { page: 1, q: "甲镇" })).total).toBe(1);
    await expect(closeUrgentCase(c.officerA, { id: u.id })).rejects.toThrow(ForbiddenError);
  });

  it("办结 happens once when two close at the same time; afterwards no 续报 is accepted", async () => {
    const u = await openUrgentCase(c.officerA, { title: "某村突发山体滑坡", eventAt: ago(HOUR) });
    await writeReport(c.officerA, u.id);
    const results = await Promise.allSettled([closeUrgentCase(c.editor, { id: u.id }), closeUrgentCase(c.editor, { id: u.id })]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const refused = results.find((r) => r.status === "rejected") as PromiseRejectedResult;
    expect(refused.reason).toBeInstanceOf(ConflictError);
    expect(refused.reason.message).toBe("这件紧急信息已办结");
    expect(await db.auditLog.count({ where: { action: "urgent.close", entityId: u.id } })).toBe(1);
    await expect(writeReport(c.officerA, u.id, "DRAFT")).rejects.toMatchObject({ fieldErrors: { origin: "这件紧急信息已办结，不能再续报" } });
    expect(await db.draft.count({ where: { urgentCaseId: u.id } })).toBe(1);
  });
});

describe("the overdue reminder from the job queue", () => {
  it("nothing before the due time; after it the case is late, escalated and deducted once", async () => {
    const u = await openUrgentCase(c.officerA, { title: "某村突发山体滑坡", eventAt: ago(HOUR) });

    expect(await deliverDueReminders({ now: after(u.dueAt, -30 * MIN) })).toEqual({ fired: 1, failed: 0 }); // the due-soon one
    const soon = await db.notification.findMany({ where: { kind: "URGENT_DUE" } });
    expect(soon.map((n) => n.userId).sort()).toEqual([c.officerA.id, c.reviewerA.id].sort());
    // Exactly at the due time a report is still in time: the case is not settled yet.
    expect(await deliverDueReminders({ now: u.dueAt })).toEqual({ fired: 0, failed: 0 });
    expect((await db.urgentCase.findUniqueOrThrow({ where: { id: u.id } })).lateAt).toBeNull();
    expect(await overdueCases(c.editor, u.dueAt)).toHaveLength(0);

    const sweep = after(u.dueAt, 2 * MIN);
    expect(await deliverDueReminders({ now: sweep })).toEqual({ fired: 1, failed: 0 });
    expect((await db.urgentCase.findUniqueOrThrow({ where: { id: u.id } })).lateAt).toEqual(sweep);
    const entries = await lateEntries(u.id);
    expect(entries.map((e) => [e.unitId, Number(e.points), e.occurredAt.getTime()])).toEqual([[c.unitA.id, -2, u.dueAt.getTime()]]);
    const county = await db.notification.findMany({ where: { kind: "URGENT_OVERDUE", userId: { in: [c.editor.id, c.leader.id] } } });
    expect(county.map((n) => n.title)).toEqual(["甲镇紧急信息超时未报", "甲镇紧急信息超时未报"]);
    expect(await db.notification.count({ where: { kind: "URGENT_OVERDUE", userId: { in: [c.officerA.id, c.reviewerA.id] } } })).toBe(2);

    // The sweep again (and the reminder forced to fire again): still one entry, no new notifications.
    await deliverDueReminders({ now: after(sweep, HOUR) });
    await db.reminder.updateMany({ where: { subjectId: u.id }, data: { firedAt: null } });
    await deliverDueReminders({ now: after(sweep, 2 * HOUR) });
    expect(await lateEntries(u.id)).toHaveLength(1);
    expect(await db.notification.count({ where: { kind: "URGENT_OVERDUE" } })).toBe(4);
    expect((await db.urgentCase.findUniqueOrThrow({ where: { id: u.id } })).lateAt).toEqual(sweep);

    // Escalated on the county's screens and in the unit's to-do list.
    expect((await overdueCases(c.leader, sweep)).map((x) => x.id)).toEqual([u.id]);
    expect(await overdueCases(c.officerA, sweep)).toEqual([]);
    const [leaderTodo] = await urgentTodos(c.leader, sweep);
    expect(leaderTodo).toMatchObject({ title: "甲镇紧急信息“某村突发山体滑坡”超时未报", overdue: true });
    const [unitTodo] = await urgentTodos(c.officerA, sweep);
    expect(unitTodo.title).toMatch(/^紧急信息“某村突发山体滑坡”须在\d+月\d+日\d{2}:\d{2}前书面报送$/);
    expect(unitTodo.overdue).toBe(true);
    expect(await urgentTodos(c.officerB, sweep)).toEqual([]);
  });

  it("a report in time gets no deduction; one after the due time is late even if the sweep runs later", async () => {
    const inTime = await openUrgentCase(c.officerA, { title: "某村突发山体滑坡", eventAt: ago(HOUR) });
    await writeReport(c.officerA, inTime.id);
    // Late: the due time passed 10 minutes ago, the report comes now, the sweep only afterwards.
    const late = await openUrgentCase(c.officerB, { title: "某社区发生火情", eventAt: ago(4 * HOUR + 10 * MIN) });
    await writeReport(c.officerB, late.id);
    expect(await urgentTodos(c.officerA)).toEqual([]);

    await deliverDueReminders({ now: after(inTime.dueAt, HOUR) });
    expect((await db.urgentCase.findUniqueOrThrow({ where: { id: inTime.id } })).lateAt).toBeNull();
    expect(await lateEntries(inTime.id)).toHaveLength(0);
    expect(await db.reminder.count({ where: { subjectId: inTime.id, firedAt: null } })).toBe(0);

    expect((await db.urgentCase.findUniqueOrThrow({ where: { id: late.id } })).lateAt).not.toBeNull();
    expect(await lateEntries(late.id)).toHaveLength(1);
    expect((await db.notification.findFirstOrThrow({ where: { kind: "URGENT_OVERDUE", userId: c.leader.id } })).title).toBe("乙街道紧急信息迟报");
    expect((await listCases(c.editor, { page: 1, filter: "late" })).rows.map((r) => r.id)).toEqual([late.id]);
  });

  it("a case closed before its due time without a report is not late", async () => {
    const u = await openUrgentCase(c.officerA, { title: "误报", eventAt: ago(HOUR) });
    await closeUrgentCase(c.editor, { id: u.id });
    await deliverDueReminders({ now: after(u.dueAt, HOUR) });
    expect((await db.urgentCase.findUniqueOrThrow({ where: { id: u.id } })).lateAt).toBeNull();
    expect(await lateEntries(u.id)).toHaveLength(0);
  });
});

describe("迟报 counts per unit", () => {
  it("counts every case, the late ones and those still without a report", async () => {
    const now = new Date();
    const a1 = await openUrgentCase(c.officerA, { title: "甲一", eventAt: ago(HOUR) });
    await writeReport(c.officerA, a1.id); // in time
    await openUrgentCase(c.officerA, { title: "甲二", eventAt: ago(5 * HOUR) }); // overdue, no report
    const b1 = await openUrgentCase(c.officerB, { title: "乙一", eventAt: ago(4 * HOUR + 10 * MIN) });
    await writeReport(c.officerB, b1.id); // late report
    const year = localYear(now);
    const rows = await lateCounts(c.leader, { year });
    const yearOf = async (id: string) => localYear((await db.urgentCase.findUniqueOrThrow({ where: { id } })).eventAt);
    // Around New Year's night the older cases fall in the year before; the test only asserts this year's.
    if ((await yearOf(b1.id)) === year && (await yearOf(a1.id)) === year) {
      expect(rows).toEqual([
        { unitId: c.unitA.id, unitName: "甲镇", total: 2, late: 1, missing: 1 },
        { unitId: c.unitB.id, unitName: "乙街道", total: 1, late: 1, missing: 0 },
      ]);
    }
    expect((await lateCounts(c.officerB, { year })).map((r) => r.unitId)).toEqual((await yearOf(b1.id)) === year ? [c.unitB.id] : []);
    expect(await lateCounts(c.leader, { year: year - 5 })).toEqual([]);
    await expect(lateCounts(c.admin, { year })).rejects.toThrow(ForbiddenError);
  });
});

describe("overdue cases seen from a node", () => {
  it("counts only the node's own: a county's office never counts a sibling county's cases, nor the city a township's", async () => {
    const chain = await makeChain();
    await openUrgentCase(chain.x.officer, { title: "甲县一", eventAt: ago(5 * HOUR) });
    await openUrgentCase(chain.x.officer, { title: "甲县二", eventAt: ago(6 * HOUR) });
    await openUrgentCase(chain.y.officer, { title: "乙县一", eventAt: ago(5 * HOUR) });
    const now = new Date();
    expect(await countOverdue(chain.x.editor, now)).toBe(2);
    expect(await countOverdue(chain.y.leader, now)).toBe(1);
    expect((await overdueCases(chain.y.leader, now)).map((r) => r.title)).toEqual(["乙县一"]);
    expect(await countOverdue(chain.city.editor, now)).toBe(0);
    expect(await countOverdue(chain.x.officer, now)).toBe(0);
    expect((await urgentTodos(chain.y.editor, now)).map((t) => t.title)).toEqual([expect.stringContaining("乙县一")]);
    expect(await urgentTodos(chain.city.leader, now)).toEqual([]);
  });

  it("another node's case is not found for 补登电话报告 or 办结, and stays as it was", async () => {
    const chain = await makeChain();
    const x = await openUrgentCase(chain.x.officer, { title: "甲县一", eventAt: ago(HOUR) });
    const phone = { caseId: x.id, reporter: "张三", reportedAt: ago(30 * MIN), summary: "电话报告" };
    await expect(addPhoneReport(chain.y.editor, phone)).rejects.toThrow(NotFoundError);
    await expect(closeUrgentCase(chain.y.editor, { id: x.id })).rejects.toThrow(NotFoundError);
    await expect(closeUrgentCase(chain.city.editor, { id: x.id })).rejects.toThrow(NotFoundError);
    expect(await db.urgentCase.findUniqueOrThrow({ where: { id: x.id } })).toMatchObject({ closedAt: null, phoneReportedAt: null });
    await addPhoneReport(chain.x.editor, phone);
    await closeUrgentCase(chain.x.editor, { id: x.id });
    await expect(closeUrgentCase(chain.x.editor, { id: x.id })).rejects.toThrow(ConflictError);
  });
});
