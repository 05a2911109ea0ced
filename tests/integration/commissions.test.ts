import { loadActor } from "@/lib/auth/actor";
import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/authz/permissions";
import { createDraft } from "@/lib/drafts/create-draft";
import { moveDraft } from "@/lib/drafts/move-draft";
import { ConflictError, DomainError, ForbiddenError, NotFoundError, ValidationError } from "@/lib/errors";
import { assignCommission, cancelCommission, createCommission, getCommission, listCommissions, listUnitShares } from "@/lib/planning/commissions";
import { cancelTopic, createTopic, getTopic, listTopics } from "@/lib/planning/topics";
import { commissionTodos } from "@/lib/planning/commission-todo";
import { topicTodos } from "@/lib/planning/topic-todo";
import { shanghaiDate } from "@/lib/time";
import { cancelCommissionSchema, commissionSchema } from "@/lib/validation/commission";
import { makeCounty, sampleFields, version, type County } from "./fixtures";
import { actionFieldErrors, viaAction } from "./through-action";

let c: County;
let officerA2: Actor;
beforeEach(async () => {
  c = await makeCounty();
  const u = await db.user.create({ data: { username: "officer_a2", name: "甲镇二号信息员", unitId: c.unitA.id, roles: ["OFFICER"], passwordHash: "x" } });
  officerA2 = await loadActor(u.id);
});

const DAY = 86_400_000;
const today = () => shanghaiDate(new Date());
const daysFromToday = (n: number) => shanghaiDate(new Date(Date.now() + n * DAY));
/** An instant some days after the deadline day, in China. */
const after = (dueOn: string, days = 1) => new Date(new Date(`${dueOn}T10:00:00+08:00`).getTime() + days * DAY);

const form = (over: Record<string, unknown> = {}) => ({
  title: "各地抓党建促乡村振兴的经验做法",
  guidance: "重点写做法和成效，用数据说话。",
  wordLimit: "1500",
  kind: "EXPERIENCE",
  dueOn: daysFromToday(10),
  unitIds: [c.unitA.id, c.unitB.id, c.agency.id],
  ...over,
});
/** The form as its action hands it to the use case. */
const typed = (over: Record<string, unknown> = {}) => commissionSchema.parse(form(over));

async function fieldErrorsOf(p: Promise<unknown>) {
  const err = await p.then(
    () => null,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(ValidationError);
  return (err as ValidationError).fieldErrors ?? {};
}

/** An answer, submitted by the officer and (for a 约稿, by default) forwarded to the county by the unit's reviewer. */
async function submitAnswer(officer: Actor, origin: { type: "commission" | "topic"; id: string }, title = "甲镇回应约稿", forward = origin.type === "commission") {
  const d = await createDraft(officer, { ...sampleFields(title), origin });
  await moveDraft(officer, { id: d.id, version: await version(d.id), action: "SUBMIT", secrecyConfirmed: true });
  if (forward) {
    const reviewer = [c.reviewerA, c.reviewerB, c.reviewerC].find((r) => r.unitId === officer.unitId)!;
    await moveDraft(reviewer, { id: d.id, version: await version(d.id), action: "APPROVE" });
  }
  return d;
}

const targetOf = async (commissionId: string, unitId: string) => db.commissionTarget.findUniqueOrThrow({ where: { commissionId_unitId: { commissionId, unitId } } });
const byUnit = (rows: Array<{ unit: { name: string }; status: string }>) => Object.fromEntries(rows.map((r) => [r.unit.name, r.status]));

describe("creating a commission (约稿)", () => {
  it("refuses bad input at the field and writes nothing", async () => {
    const create = (raw: Record<string, unknown>) => actionFieldErrors(viaAction(commissionSchema, createCommission, raw, c.editor));
    expect(await create(form({ dueOn: daysFromToday(-1) }))).toMatchObject({ dueOn: "截止日期不能早于今天" });
    expect(await create(form({ unitIds: [] }))).toHaveProperty("unitIds");
    expect(await create(form({ title: "", dueOn: "2026-02-30" }))).toMatchObject({ title: expect.any(String), dueOn: "这个日期不存在" });
    expect(await create(form({ unitIds: ["甲镇"] }))).toEqual({ unitIds: "所选单位不存在或已停用" });
    // A deadline that passed by the use case's own clock (a form left open overnight).
    expect(await fieldErrorsOf(createCommission(c.editor, typed({ dueOn: today() }), after(today())))).toEqual({ dueOn: "截止日期不能早于今天" });
    await db.unit.update({ where: { id: c.unitB.id }, data: { active: false } });
    expect(await fieldErrorsOf(createCommission(c.editor, typed()))).toEqual({ unitIds: "所选单位不存在或已停用" });
    const unknown = "00000000-0000-4000-8000-000000000000";
    expect(await fieldErrorsOf(createCommission(c.editor, typed({ unitIds: [c.unitA.id, unknown] })))).toEqual({ unitIds: "所选单位不存在或已停用" });
    // The county department itself is no submitting unit.
    expect(await fieldErrorsOf(createCommission(c.editor, typed({ unitIds: [c.root.id] })))).toEqual({ unitIds: "所选单位不存在或已停用" });
    await expect(createCommission(c.officerA, typed({ unitIds: [c.unitA.id] }))).rejects.toThrow(ForbiddenError);
    await expect(createCommission(c.leader, typed({ unitIds: [c.unitA.id] }))).rejects.toThrow(ForbiddenError);
    expect(await db.commission.count()).toBe(0);
    expect(await db.reminder.count()).toBe(0);
  });

  it("writes one share per unit, three reminders each, and tells each unit's reviewer and officers", async () => {
    const commission = await createCommission(c.editor, typed());
    const targets = await db.commissionTarget.findMany({ where: { commissionId: commission.id } });
    expect(targets.map((t) => t.unitId).sort()).toEqual([c.unitA.id, c.unitB.id, c.agency.id].sort());
    expect(targets.every((t) => t.assigneeId === null)).toBe(true);
    expect(commission).toMatchObject({ wordLimit: 1500, kind: "EXPERIENCE" });

    const reminders = await db.reminder.findMany({ where: { subjectId: { in: targets.map((t) => t.id) } } });
    expect(reminders).toHaveLength(9);
    const a = targets.find((t) => t.unitId === c.unitA.id)!;
    expect(reminders.filter((r) => r.subjectId === a.id).map((r) => r.key).sort()).toEqual(
      [`commission-target:${a.id}:due-1d`, `commission-target:${a.id}:due-3d`, `commission-target:${a.id}:overdue`].sort(),
    );

    const notified = await db.notification.findMany({ where: { kind: "COMMISSION_PUBLISHED" } });
    const expected = [c.officerA, officerA2, c.reviewerA, c.officerB, c.reviewerB, c.officerC, c.reviewerC].map((p) => p.id).sort();
    expect(notified.map((n) => n.userId).sort()).toEqual(expected);
    expect(notified.every((n) => n.href === `/commissions/${commission.id}`)).toBe(true);
    expect(await db.auditLog.count({ where: { action: "commission.create", entityId: commission.id } })).toBe(1);
  });

  it("leaves out reminders whose time is already past when the deadline is near", async () => {
    const soon = await createCommission(c.editor, typed({ unitIds: [c.unitA.id], dueOn: today() }), new Date(`${today()}T10:00:00+08:00`));
    const t = await targetOf(soon.id, c.unitA.id);
    expect((await db.reminder.findMany({ where: { subjectId: t.id } })).map((r) => r.key)).toEqual([`commission-target:${t.id}:overdue`]);
  });
});

describe("where each unit stands", () => {
  it("works it out from the drafts that answer, and the deadline", async () => {
    const commission = await createCommission(c.editor, typed());
    const dueOn = daysFromToday(10);
    const ta = await targetOf(commission.id, c.unitA.id);
    const tb = await targetOf(commission.id, c.unitB.id);
    const answer = await submitAnswer(c.officerA, { type: "commission", id: ta.id }, "甲镇回应约稿", false);
    await createDraft(c.officerB, { ...sampleFields("乙街道草稿"), origin: { type: "commission", id: tb.id } });

    // Submitted to the unit's reviewer is not yet 报送: the county has nothing, nor sees its title.
    const view = await getCommission(c.editor, commission.id);
    expect(byUnit(view.targets)).toEqual({ 甲镇: "WRITING", 乙街道: "WRITING", 县教育局: "NO_RESPONSE" });
    expect(view.targets.find((t) => t.unitId === c.unitA.id)!.drafts).toMatchObject([{ id: answer.id, visible: false }]);
    await moveDraft(c.reviewerA, { id: answer.id, version: await version(answer.id), action: "APPROVE" });
    expect(byUnit((await getCommission(c.editor, commission.id)).targets)).toMatchObject({ 甲镇: "SUBMITTED" });
    expect((await getCommission(c.editor, commission.id)).targets.find((t) => t.unitId === c.unitA.id)!.drafts).toMatchObject([{ id: answer.id, visible: true }]);
    expect((await getCommission(c.officerA, commission.id)).targets[0].drafts[0].visible).toBe(true);

    // After the deadline: whoever has not submitted is overdue; the submitted one stays submitted, not late.
    const late = await getCommission(c.editor, commission.id, after(dueOn));
    expect(byUnit(late.targets)).toEqual({ 甲镇: "SUBMITTED", 乙街道: "OVERDUE", 县教育局: "OVERDUE" });
    expect(late.targets.find((t) => t.unitId === c.unitA.id)!.late).toBe(false);
    expect(late.counts).toMatchObject({ SUBMITTED: 1, OVERDUE: 2, NO_RESPONSE: 0 });
    const list = await listCommissions(c.leader, { page: 1 }, after(dueOn));
    expect(list.rows[0].counts).toMatchObject({ SUBMITTED: 1, OVERDUE: 2 });
    expect((await listCommissions(c.editor, { page: 1, state: "closed" }, after(dueOn))).total).toBe(1);
    expect((await listCommissions(c.editor, { page: 1, state: "open" }, after(dueOn))).total).toBe(0);
    expect((await listCommissions(c.editor, { page: 1, state: "open" })).total).toBe(1);
    expect((await listCommissions(c.editor, { page: 1, q: "不存在的题目" })).total).toBe(0);

    // A unit whose answer reaches the county after the deadline day is flagged 逾期报送.
    const b = await db.draft.findFirstOrThrow({ where: { commissionTargetId: tb.id } });
    await moveDraft(c.officerB, { id: b.id, version: b.version, action: "SUBMIT", secrecyConfirmed: true });
    await moveDraft(c.reviewerB, { id: b.id, version: b.version + 1, action: "APPROVE" });
    await db.draft.update({ where: { id: b.id }, data: { forwardedAt: after(dueOn) } });
    const unitView = await listUnitShares(c.officerB, { page: 1 }, after(dueOn, 2));
    expect(unitView.rows).toHaveLength(1);
    expect(unitView.rows[0]).toMatchObject({ status: "SUBMITTED", late: true });
  });

  it("shows a unit only its own share, and a commission not sent to it does not exist for it", async () => {
    const both = await createCommission(c.editor, typed({ unitIds: [c.unitA.id, c.unitB.id] }));
    const onlyA = await createCommission(c.editor, typed({ title: "只约甲镇", unitIds: [c.unitA.id] }));
    expect((await getCommission(c.officerB, both.id)).targets.map((t) => t.unitId)).toEqual([c.unitB.id]);
    expect((await getCommission(c.reviewerB, both.id)).targets.map((t) => t.unitId)).toEqual([c.unitB.id]);
    await expect(getCommission(c.officerB, onlyA.id)).rejects.toThrow(NotFoundError);
    await expect(getCommission(c.reviewerB, onlyA.id)).rejects.toThrow(NotFoundError);
    await expect(getCommission(c.officerB, "not-a-uuid")).rejects.toThrow(NotFoundError);
    await expect(getCommission(c.admin, onlyA.id)).rejects.toThrow(ForbiddenError);
    expect((await listUnitShares(c.officerB, { page: 1 })).rows.map((r) => r.commission.title)).toEqual([both.title]);
    await expect(listCommissions(c.officerA, { page: 1 })).rejects.toThrow(NotFoundError);

    const ta = await targetOf(onlyA.id, c.unitA.id);
    await expect(assignCommission(c.reviewerB, { targetId: ta.id, assigneeId: c.officerB.id, expectedAssigneeId: null })).rejects.toThrow(NotFoundError);
    await expect(assignCommission(c.officerA, { targetId: ta.id, assigneeId: c.officerA.id, expectedAssigneeId: null })).rejects.toThrow(ForbiddenError);
    await expect(createDraft(c.officerB, { ...sampleFields(), origin: { type: "commission", id: ta.id } })).rejects.toThrow(NotFoundError);
  });
});

describe("分派 a unit's share", () => {
  it("hands it to an active officer of the unit, and tells that officer", async () => {
    const commission = await createCommission(c.editor, typed({ unitIds: [c.unitA.id, c.unitB.id] }));
    const ta = await targetOf(commission.id, c.unitA.id);
    expect(await fieldErrorsOf(assignCommission(c.reviewerA, { targetId: ta.id, assigneeId: c.officerB.id, expectedAssigneeId: null }))).toEqual({ assigneeId: "请选择本单位在岗的信息员" });
    expect(await fieldErrorsOf(assignCommission(c.reviewerA, { targetId: ta.id, assigneeId: c.reviewerA.id, expectedAssigneeId: null }))).toHaveProperty("assigneeId");
    await assignCommission(c.reviewerA, { targetId: ta.id, assigneeId: officerA2.id, expectedAssigneeId: null });
    expect(await targetOf(commission.id, c.unitA.id)).toMatchObject({ assigneeId: officerA2.id, assignedById: c.reviewerA.id });
    expect(await db.notification.count({ where: { userId: officerA2.id, kind: "COMMISSION_ASSIGNED" } })).toBe(1);
    expect(await db.auditLog.count({ where: { action: "commission.assign", entityId: ta.id } })).toBe(1);
    // Re-assigning from a current page is allowed.
    await assignCommission(c.reviewerA, { targetId: ta.id, assigneeId: c.officerA.id, expectedAssigneeId: officerA2.id });
    expect((await targetOf(commission.id, c.unitA.id)).assigneeId).toBe(c.officerA.id);
  });

  it("of two reviewers assigning from the same page, exactly one wins and the other is told who got there first", async () => {
    const commission = await createCommission(c.editor, typed({ unitIds: [c.unitA.id] }));
    const ta = await targetOf(commission.id, c.unitA.id);
    const u = await db.user.create({ data: { username: "reviewer_a2", name: "甲镇二号组织委员", unitId: c.unitA.id, roles: ["REVIEWER"], passwordHash: "x" } });
    const reviewerA2: Actor = await loadActor(u.id);
    const outcomes = await Promise.allSettled([
      assignCommission(c.reviewerA, { targetId: ta.id, assigneeId: c.officerA.id, expectedAssigneeId: null }),
      assignCommission(reviewerA2, { targetId: ta.id, assigneeId: officerA2.id, expectedAssigneeId: null }),
    ]);
    expect(outcomes.filter((o) => o.status === "fulfilled")).toHaveLength(1);
    const rejected = outcomes.find((o) => o.status === "rejected") as PromiseRejectedResult;
    expect(rejected.reason).toBeInstanceOf(ConflictError);
    const now = await targetOf(commission.id, c.unitA.id);
    const [by, to] = now.assigneeId === c.officerA.id ? ["reviewer_a", "officer_a"] : ["甲镇二号组织委员", "甲镇二号信息员"];
    expect(rejected.reason.message).toBe(`已由${by}分派给${to}，如需改派请刷新后重试`);
    expect(await db.auditLog.count({ where: { action: "commission.assign" } })).toBe(1);

    // The same reviewer again from a stale page (it still showed nobody): refused, nothing changes.
    await expect(assignCommission(c.reviewerA, { targetId: ta.id, assigneeId: c.officerA.id, expectedAssigneeId: null })).rejects.toThrow(ConflictError);
    expect((await targetOf(commission.id, c.unitA.id)).assigneeId).toBe(now.assigneeId);
  });
});

describe("cancelling a commission", () => {
  it("keeps it with the reason, drops its unsent reminders, and takes it off the to-do lists", async () => {
    const commission = await createCommission(c.editor, typed({ unitIds: [c.unitA.id, c.unitB.id] }));
    const ta = await targetOf(commission.id, c.unitA.id);
    const fired = await db.reminder.update({ where: { key: `commission-target:${ta.id}:due-3d` }, data: { firedAt: new Date() } });
    expect((await commissionTodos(c.officerA)).map((i) => i.key)).toContain(`commission-target:${ta.id}:write`);

    expect(await actionFieldErrors(viaAction(cancelCommissionSchema, cancelCommission, { id: commission.id, reason: "" }, c.editor))).toHaveProperty("reason");
    await expect(cancelCommission(c.reviewerA, { id: commission.id, reason: "不写了" })).rejects.toThrow(ForbiddenError);
    await cancelCommission(c.editor, { id: commission.id, reason: "题目调整，另行约稿" });
    await expect(cancelCommission(c.editor, { id: commission.id, reason: "再撤一次" })).rejects.toThrow(ConflictError);

    expect((await db.reminder.findMany()).map((r) => r.id)).toEqual([fired.id]);
    const view = await getCommission(c.officerA, commission.id);
    expect(view).toMatchObject({ cancelReason: "题目调整，另行约稿", cancelledAt: expect.any(Date) });
    expect(await db.notification.count({ where: { kind: "COMMISSION_CANCELLED" } })).toBe(5);
    expect(await db.auditLog.count({ where: { action: "commission.cancel" } })).toBe(1);
    for (const who of [c.officerA, c.reviewerA, c.reviewerB]) expect(await commissionTodos(who, after(daysFromToday(10)))).toEqual([]);
    expect(await commissionTodos(c.editor, after(daysFromToday(10)))).toEqual([]);
    await expect(assignCommission(c.reviewerA, { targetId: ta.id, assigneeId: c.officerA.id, expectedAssigneeId: null })).rejects.toThrow(DomainError);
    await expect(createDraft(c.officerA, { ...sampleFields(), origin: { type: "commission", id: ta.id } })).rejects.toThrow(ValidationError);
  });
});

describe("to-do lists for 约稿", () => {
  it("give the officer what to write, the reviewer what to hand out, and the office what is overdue", async () => {
    const commission = await createCommission(c.editor, typed({ unitIds: [c.unitA.id, c.unitB.id] }));
    const dueOn = daysFromToday(10);
    const ta = await targetOf(commission.id, c.unitA.id);
    const tb = await targetOf(commission.id, c.unitB.id);

    const officerItems = await commissionTodos(c.officerA);
    expect(officerItems).toEqual([
      expect.objectContaining({ key: `commission-target:${ta.id}:write`, group: "约稿", href: `/commissions/${commission.id}`, overdue: false, title: expect.stringContaining(commission.title) }),
    ]);
    expect((await commissionTodos(c.reviewerA)).map((i) => i.key)).toEqual([`commission-target:${ta.id}:assign`]);
    expect(await commissionTodos(c.editor)).toEqual([]);

    // Handed to the second officer: the first one no longer has it, the reviewer has nothing to hand out.
    await assignCommission(c.reviewerA, { targetId: ta.id, assigneeId: officerA2.id, expectedAssigneeId: null });
    expect(await commissionTodos(c.officerA)).toEqual([]);
    expect((await commissionTodos(officerA2)).map((i) => i.key)).toEqual([`commission-target:${ta.id}:write`]);
    expect(await commissionTodos(c.reviewerA)).toEqual([]);

    // 乙街道 answers; after the deadline 甲镇 is overdue for all who follow it.
    await submitAnswer(c.officerB, { type: "commission", id: tb.id }, "乙街道回应约稿");
    expect(await commissionTodos(c.officerB)).toEqual([]);
    const later = after(dueOn);
    expect(await commissionTodos(officerA2, later)).toEqual([expect.objectContaining({ key: `commission-target:${ta.id}:write`, overdue: true })]);
    expect(await commissionTodos(c.reviewerA, later)).toEqual([expect.objectContaining({ key: `commission-target:${ta.id}:overdue`, overdue: true })]);
    expect(await commissionTodos(c.reviewerB, later)).toEqual([]);
    const office = await commissionTodos(c.editor, later);
    expect(office).toEqual([expect.objectContaining({ key: `commission:${commission.id}:overdue`, group: "约稿", overdue: true, detail: expect.stringContaining("甲镇") })]);
    expect(office[0].detail).not.toContain("乙街道");
    expect((await commissionTodos(c.leader, later)).map((i) => i.key)).toEqual([`commission:${commission.id}:overdue`]);
  });
});

describe("点题", () => {
  const topic = (over: Record<string, unknown> = {}) => ({ title: "我镇“红色代办”服务群众的做法", guidance: "找便民服务中心了解情况", assigneeId: c.officerA.id, dueOn: daysFromToday(5), ...over });

  it("is given by the reviewer to an officer of the unit, with a reminder and a notification", async () => {
    expect(await fieldErrorsOf(createTopic(c.reviewerA, topic({ assigneeId: c.officerB.id })))).toEqual({ assigneeId: "请选择本单位在岗的信息员" });
    expect(await fieldErrorsOf(createTopic(c.reviewerA, topic({ dueOn: daysFromToday(-1) })))).toEqual({ dueOn: "完成日期不能早于今天" });
    await expect(createTopic(c.officerA, topic())).rejects.toThrow(ForbiddenError);
    await expect(createTopic(c.editor, topic())).rejects.toThrow(ForbiddenError);
    expect(await db.topicAssignment.count()).toBe(0);

    const t = await createTopic(c.reviewerA, topic());
    expect(t).toMatchObject({ unitId: c.unitA.id, assigneeId: c.officerA.id, assignedById: c.reviewerA.id });
    expect((await db.reminder.findMany({ where: { subjectId: t.id } })).map((r) => r.key)).toEqual([`topic:${t.id}:due-1d`]);
    expect(await db.notification.findMany({ where: { kind: "TOPIC_ASSIGNED" } })).toEqual([expect.objectContaining({ userId: c.officerA.id, href: `/topics/${t.id}` })]);
    expect(await db.auditLog.count({ where: { action: "topic.create", entityId: t.id } })).toBe(1);
  });

  it("is seen by its officer, the unit's reviewer and the county, and by nobody else", async () => {
    const t = await createTopic(c.reviewerA, topic());
    expect((await listTopics(c.officerA, { page: 1 })).total).toBe(1);
    expect((await listTopics(c.reviewerA, { page: 1 })).total).toBe(1);
    expect((await listTopics(c.editor, { page: 1 })).total).toBe(1);
    expect((await listTopics(officerA2, { page: 1 })).total).toBe(0);
    expect((await listTopics(c.reviewerB, { page: 1 })).total).toBe(0);
    expect((await listTopics(c.reviewerA, { page: 1, q: "没有这个题" })).total).toBe(0);
    for (const who of [officerA2, c.officerB, c.reviewerB]) await expect(getTopic(who, t.id)).rejects.toThrow(NotFoundError);
    await expect(cancelTopic(c.reviewerB, { id: t.id })).rejects.toThrow(NotFoundError);
    await expect(cancelTopic(c.officerA, { id: t.id })).rejects.toThrow(ForbiddenError);
    await expect(createDraft(officerA2, { ...sampleFields(), origin: { type: "topic", id: t.id } })).rejects.toThrow(NotFoundError);
  });

  it("is answered by a draft, shows on the officer's to-do list until then, and can be cancelled while open", async () => {
    const answered = await createTopic(c.reviewerA, topic());
    const open = await createTopic(c.reviewerA, topic({ title: "第二个点题", dueOn: daysFromToday(3) }));
    expect((await topicTodos(c.officerA)).map((i) => [i.key, i.href])).toEqual([
      [`topic:${open.id}:write`, `/drafts/new?from=topic:${open.id}`],
      [`topic:${answered.id}:write`, `/drafts/new?from=topic:${answered.id}`],
    ]);
    expect(await topicTodos(c.reviewerA)).toEqual([]);

    await submitAnswer(c.officerA, { type: "topic", id: answered.id }, "红色代办");
    expect((await getTopic(c.reviewerA, answered.id)).status).toBe("SUBMITTED");
    expect((await getTopic(c.officerA, open.id)).status).toBe("NO_RESPONSE");
    expect((await topicTodos(c.officerA)).map((i) => i.key)).toEqual([`topic:${open.id}:write`]);
    await expect(cancelTopic(c.reviewerA, { id: answered.id })).rejects.toThrow(DomainError);

    // Past the date: overdue for the officer and on the reviewer's list.
    const later = after(daysFromToday(3));
    expect(await topicTodos(c.officerA, later)).toEqual([expect.objectContaining({ key: `topic:${open.id}:write`, overdue: true })]);
    expect(await topicTodos(c.reviewerA, later)).toEqual([expect.objectContaining({ key: `topic:${open.id}:overdue`, overdue: true })]);
    expect((await getTopic(c.officerA, open.id, later)).status).toBe("OVERDUE");

    await cancelTopic(c.reviewerA, { id: open.id });
    await expect(cancelTopic(c.reviewerA, { id: open.id })).rejects.toThrow(ConflictError);
    expect(await db.reminder.count({ where: { subjectId: open.id } })).toBe(0);
    expect(await db.reminder.count({ where: { subjectId: answered.id } })).toBe(1);
    expect(await topicTodos(c.officerA, later)).toEqual([]);
    expect(await topicTodos(c.reviewerA, later)).toEqual([]);
    expect(await db.auditLog.count({ where: { action: "topic.cancel", entityId: open.id } })).toBe(1);
    await expect(createDraft(c.officerA, { ...sampleFields(), origin: { type: "topic", id: open.id } })).rejects.toThrow(ValidationError);
  });
});
