/**
 * The office's records belong to its 组织部: 信息计划, 约稿, 培训 and 传帮带 of 甲县 do not exist
 * for 乙县 nor for the city (404 and absent from lists); the city's plans and 约稿 reach the
 * units reporting to the city, not the townships reporting to a county.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/authz/permissions";
import { ForbiddenError, NotFoundError, ValidationError } from "@/lib/errors";
import { createDraft } from "@/lib/drafts/create-draft";
import { moveDraft } from "@/lib/drafts/move-draft";
import { sendUp } from "@/lib/drafts/send-up";
import { adoptDraft } from "@/lib/bulletins/adopt-draft";
import { createPlan, getPlan, listPlans, publishPlan, updatePlan } from "@/lib/planning/plans";
import { cancelCommission, createCommission, getCommission, listCommissions, listUnitShares } from "@/lib/planning/commissions";
import { commissionTodos } from "@/lib/planning/commission-todo";
import { deliverDueReminders } from "@/lib/reminders/deliver";
import { createSession, getSessionDetail, listSessions, updateSession } from "@/lib/training/sessions";
import { setAttendance } from "@/lib/training/attendance";
import { addMaterial, getMaterialFile, removeMaterial } from "@/lib/training/materials";
import { addPair, endPair, listPairs } from "@/lib/training/pairs";
import { myTrainingRecord } from "@/lib/training/people";
import { shanghaiDate } from "@/lib/time";
import { getOwnNodeQuotaProgress, setQuota } from "@/lib/planning/quotas";
import { commissionSchema } from "@/lib/validation/commission";
import { planSchema } from "@/lib/validation/planning";
import { pairSchema, sessionSchema } from "@/lib/validation/training";
import { makeChain, type Chain } from "./chain-fixtures";
import { sampleFields, version } from "./fixtures";

let c: Chain;
beforeAll(async () => {
  c = await makeChain();
});

const DAY = 86_400_000;
const daysFromToday = (n: number) => shanghaiDate(new Date(Date.now() + n * DAY));

/** A published plan: one topic for every unit of the node, one for a named unit. */
async function publishedPlan(editor: Actor, title: string, unitId: string) {
  const plan = await createPlan(
    editor,
    planSchema.parse({
      title,
      period: "2026-12",
      intro: "",
      topics: [
        { title: `${title}：共同选题`, guidance: "", kind: null, unitIds: [] },
        { title: `${title}：专项选题`, guidance: "", kind: null, unitIds: [unitId] },
      ],
    }),
  );
  await publishPlan(editor, { id: plan.id, version: plan.version });
  return db.infoPlan.findUniqueOrThrow({ where: { id: plan.id }, include: { topics: true } });
}

const commissionTo = (editor: Actor, title: string, unitIds: string[], dueOn = daysFromToday(10)) =>
  createCommission(editor, commissionSchema.parse({ title, guidance: "", wordLimit: "", kind: "EXPERIENCE", dueOn, unitIds }));

const planIds = async (actor: Actor) => (await listPlans(actor, { page: 1 })).rows.map((p) => p.id);
const commissionIds = async (actor: Actor) => (await listCommissions(actor, { page: 1 })).rows.map((r) => r.id);
const noticesOf = (href: string) => db.notification.findMany({ where: { href }, select: { userId: true, kind: true } });

describe("信息计划 of a node", () => {
  it("is written in the editor's node, and 404 and absent from lists everywhere else", async () => {
    const plan = await publishedPlan(c.x.editor, "甲县十二月计划", c.x.town.id);
    expect(plan.nodeId).toBe(c.x.root.id);

    for (const a of [c.x.editor, c.x.leader, c.x.officer]) {
      expect((await getPlan(a, plan.id)).id).toBe(plan.id);
      expect(await planIds(a)).toContain(plan.id);
    }
    for (const a of [c.y.editor, c.y.leader, c.y.officer, c.city.editor, c.city.leader, c.city.agencyOfficer]) {
      await expect(getPlan(a, plan.id)).rejects.toBeInstanceOf(NotFoundError);
      expect(await planIds(a)).not.toContain(plan.id);
    }
    // Another node's editor can neither change nor publish it: it looks missing.
    const draftPlan = await createPlan(c.x.editor, planSchema.parse({ title: "甲县未发布计划", period: "2026-12", intro: "", topics: [{ title: "选题", guidance: "", kind: null, unitIds: [] }] }));
    const edit = { id: draftPlan.id, version: draftPlan.version, title: "乙县改的", period: "2026-12", intro: "", topics: [{ title: "选题", guidance: "", kind: null, unitIds: [] }] };
    await expect(updatePlan(c.y.editor, edit)).rejects.toBeInstanceOf(NotFoundError);
    await expect(publishPlan(c.city.editor, { id: draftPlan.id, version: draftPlan.version })).rejects.toBeInstanceOf(NotFoundError);
    expect((await db.infoPlan.findUniqueOrThrow({ where: { id: draftPlan.id } })).publishedAt).toBeNull();

    // The node-wide topic is 甲县's: 乙县's officer cannot write from it, and was not told of it.
    const common = plan.topics.find((t) => t.title.endsWith("共同选题"))!;
    await expect(createDraft(c.y.officer, { ...sampleFields("乙县按甲县的选题写稿"), origin: { type: "plan", id: common.id } })).rejects.toBeInstanceOf(NotFoundError);
    expect((await noticesOf(`/plans/${plan.id}`)).map((n) => n.userId).sort()).toEqual([c.x.officer.id, c.x.reviewer.id].sort());
  });

  it("of the city reaches the city's units and the counties' departments, not the counties' townships", async () => {
    const plan = await publishedPlan(c.city.editor, "全市十二月计划", c.city.agency.id);
    expect(plan.nodeId).toBe(c.city.root.id);
    const seen = await getPlan(c.city.agencyOfficer, plan.id);
    expect(seen.topics.map((t) => t.title).sort()).toEqual(["全市十二月计划：专项选题", "全市十二月计划：共同选题"].sort());
    expect(await planIds(c.city.agencyOfficer)).toContain(plan.id);
    for (const a of [c.x.officer, c.x.reviewer, c.y.officer]) {
      await expect(getPlan(a, plan.id)).rejects.toBeInstanceOf(NotFoundError);
      expect(await planIds(a)).not.toContain(plan.id);
    }
    // 甲县's department is a unit of the city: its office and leaders read the topic meant for every unit, not 市教育局's.
    for (const a of [c.x.editor, c.x.leader]) {
      expect((await getPlan(a, plan.id)).topics.map((t) => t.title)).toEqual(["全市十二月计划：共同选题"]);
      expect(await planIds(a)).toContain(plan.id);
    }
    const told = await noticesOf(`/plans/${plan.id}`);
    expect(told.map((n) => n.userId).sort()).toEqual([c.city.agencyOfficer.id, c.x.editor.id, c.x.leader.id, c.y.editor.id, c.y.leader.id].sort());
  });
});

describe("约稿 of a node", () => {
  it("is 404 and absent from lists outside the node, and cannot be cancelled from there", async () => {
    const commission = await commissionTo(c.x.editor, "甲县约稿", [c.x.town.id]);
    expect(commission.nodeId).toBe(c.x.root.id);

    expect((await getCommission(c.x.editor, commission.id)).targets).toHaveLength(1);
    expect((await getCommission(c.x.officer, commission.id)).targets).toHaveLength(1);
    expect(await commissionIds(c.x.leader)).toContain(commission.id);
    for (const a of [c.y.editor, c.y.leader, c.y.officer, c.y.reviewer, c.city.editor, c.city.leader, c.city.agencyOfficer]) {
      await expect(getCommission(a, commission.id)).rejects.toBeInstanceOf(NotFoundError);
    }
    for (const a of [c.y.editor, c.y.leader, c.city.editor]) expect(await commissionIds(a)).not.toContain(commission.id);
    expect((await listUnitShares(c.y.officer, { page: 1 })).rows).toEqual([]);
    await expect(cancelCommission(c.y.editor, { id: commission.id, reason: "乙县撤销" })).rejects.toBeInstanceOf(NotFoundError);
    await expect(cancelCommission(c.city.editor, { id: commission.id, reason: "市里撤销" })).rejects.toBeInstanceOf(NotFoundError);
    expect((await db.commission.findUniqueOrThrow({ where: { id: commission.id } })).cancelledAt).toBeNull();
  });

  it("of the city reaches the city's units, not the counties' townships", async () => {
    const commission = await commissionTo(c.city.editor, "全市约稿", [c.city.agency.id]);
    expect(commission.nodeId).toBe(c.city.root.id);
    expect((await getCommission(c.city.agencyOfficer, commission.id)).targets.map((t) => t.unitId)).toEqual([c.city.agency.id]);
    expect((await listUnitShares(c.city.agencyOfficer, { page: 1 })).rows.map((t) => t.commissionId)).toEqual([commission.id]);
    for (const a of [c.x.officer, c.x.reviewer, c.x.editor, c.x.leader]) await expect(getCommission(a, commission.id)).rejects.toBeInstanceOf(NotFoundError);
    expect(await commissionIds(c.x.editor)).not.toContain(commission.id);
    expect(await commissionIds(c.city.editor)).toContain(commission.id);
    expect((await noticesOf(`/commissions/${commission.id}`)).map((n) => n.userId)).toEqual([c.city.agencyOfficer.id]);
  });

  it("cannot go to another node's unit", async () => {
    const before = await db.commission.count();
    for (const [editor, unitId] of [
      [c.city.editor, c.x.town.id],
      [c.x.editor, c.y.town.id],
      [c.x.editor, c.city.agency.id],
    ] as const) {
      await expect(commissionTo(editor, "越级约稿", [unitId])).rejects.toMatchObject({ constructor: ValidationError, fieldErrors: { unitIds: expect.any(String) } });
    }
    expect(await db.commission.count()).toBe(before);
  });

  it("overdue: tells the target unit's desk only, and stays off other nodes' to-do lists", async () => {
    const dueOn = daysFromToday(1);
    const commission = await commissionTo(c.x.editor, "甲县逾期约稿", [c.x.town.id], dueOn);
    const later = new Date(new Date(`${dueOn}T10:00:00+08:00`).getTime() + DAY);
    await deliverDueReminders({ now: later });
    const told = (await noticesOf(`/commissions/${commission.id}`)).filter((n) => n.kind === "COMMISSION_OVERDUE").map((n) => n.userId);
    expect(told.sort()).toEqual([c.x.officer.id, c.x.reviewer.id, c.x.editor.id, c.x.leader.id].sort());

    const overdueKey = `commission:${commission.id}:overdue`;
    expect((await commissionTodos(c.x.editor, later)).map((i) => i.key)).toContain(overdueKey);
    for (const a of [c.y.editor, c.y.leader, c.city.editor, c.city.leader]) expect((await commissionTodos(a, later)).map((i) => i.key)).not.toContain(overdueKey);
  });
});

describe("培训 and 传帮带 of a node", () => {
  const pdf = Buffer.from("%PDF-1.7\n1 0 obj\n");

  it("a session of 甲县 is 404 and absent from lists outside 甲县", async () => {
    const session = await createSession(c.x.editor, sessionSchema.parse({ heldOn: daysFromToday(-1), topic: "甲县信息写作培训", form: "LECTURE", trainer: "王编辑" }));
    expect(session.nodeId).toBe(c.x.root.id);
    await setAttendance(c.x.editor, { sessionId: session.id, userIds: [c.x.officer.id], version: session.version });
    const material = await addMaterial(c.x.editor, session.id, { fileName: "讲稿.pdf", bytes: pdf });

    expect((await getSessionDetail(c.x.leader, session.id)).attendees.map((p) => p.id)).toEqual([c.x.officer.id]);
    expect((await listSessions(c.x.editor, { page: 1 })).rows.map((s) => s.id)).toEqual([session.id]);
    expect((await getMaterialFile(c.x.officer, material.id)).id).toBe(material.id);
    for (const a of [c.y.editor, c.y.leader, c.city.editor, c.city.leader]) {
      await expect(getSessionDetail(a, session.id)).rejects.toBeInstanceOf(NotFoundError);
      await expect(getMaterialFile(a, material.id)).rejects.toBeInstanceOf(NotFoundError);
      expect((await listSessions(a, { page: 1 })).rows).toEqual([]);
    }
    // An officer has no sessions list at all (as for a missing session); the file looks missing.
    await expect(getSessionDetail(c.y.officer, session.id)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(getMaterialFile(c.y.officer, material.id)).rejects.toBeInstanceOf(NotFoundError);

    for (const editor of [c.y.editor, c.city.editor]) {
      await expect(updateSession(editor, { id: session.id, version: 2, heldOn: session.heldOn.toISOString().slice(0, 10), topic: "改掉", form: "LECTURE", trainer: "", notes: "" })).rejects.toBeInstanceOf(NotFoundError);
      await expect(setAttendance(editor, { sessionId: session.id, userIds: [], version: 2 })).rejects.toBeInstanceOf(NotFoundError);
      await expect(addMaterial(editor, session.id, { fileName: "x.pdf", bytes: pdf })).rejects.toBeInstanceOf(NotFoundError);
      await expect(removeMaterial(editor, { id: material.id })).rejects.toBeInstanceOf(NotFoundError);
    }
    expect(await db.trainingMaterial.count({ where: { sessionId: session.id } })).toBe(1);
  });

  it("the next session an officer is shown is their own node's", async () => {
    const next = await createSession(c.x.editor, sessionSchema.parse({ heldOn: daysFromToday(5), topic: "甲县下一次培训", form: "MEETING", trainer: "" }));
    expect((await myTrainingRecord(c.x.officer)).next?.id).toBe(next.id);
    expect((await myTrainingRecord(c.y.officer)).next).toBeNull();
  });

  it("a pair of 甲县 is listed and ended only in 甲县", async () => {
    const pair = await addPair(c.x.editor, pairSchema.parse({ mentorId: c.x.reviewer.id, menteeId: c.x.officer.id, startedOn: daysFromToday(-3), note: "" }));
    expect((await listPairs(c.x.leader, { page: 1 })).rows.map((p) => p.id)).toEqual([pair.id]);
    for (const a of [c.y.editor, c.y.leader, c.city.editor]) expect((await listPairs(a, { page: 1 })).rows).toEqual([]);
    await expect(endPair(c.y.editor, { id: pair.id, endedOn: daysFromToday(0) })).rejects.toBeInstanceOf(NotFoundError);
    await expect(endPair(c.city.editor, { id: pair.id, endedOn: daysFromToday(0) })).rejects.toBeInstanceOf(NotFoundError);
    expect((await db.mentorPair.findUniqueOrThrow({ where: { id: pair.id } })).endedOn).toBeNull();
  });
});

describe("报送任务 down the chain", () => {
  it("shows a county's office and leaders the task the city set for their department, and nobody else's", async () => {
    const year = Number(shanghaiDate(new Date()).slice(0, 4));
    await setQuota(c.city.editor, { unitId: c.x.root.id, year, monthlyMin: 4, flagshipTarget: 5, adoptedTarget: 12 });
    for (const a of [c.x.editor, c.x.leader]) {
      expect(await getOwnNodeQuotaProgress(a, year)).toMatchObject({ deskKind: "CITY", row: { unitId: c.x.root.id, custom: true, quota: { monthlyMin: 4, flagshipTarget: 5, adoptedTarget: 12 } } });
    }
    // 乙县 has the default task; the city, at the root, has none above it.
    expect(await getOwnNodeQuotaProgress(c.y.editor, year)).toMatchObject({ row: { unitId: c.y.root.id, custom: false } });
    expect(await getOwnNodeQuotaProgress(c.city.editor, year)).toBeNull();
    await expect(getOwnNodeQuotaProgress(c.x.officer, year)).rejects.toBeInstanceOf(ForbiddenError);
    // The county cannot set its own department's task: that is the city's.
    await expect(setQuota(c.x.editor, { unitId: c.x.root.id, year, monthlyMin: 1, flagshipTarget: 1, adoptedTarget: 1 })).rejects.toBeInstanceOf(ValidationError);
  });
});

describe("answering the city's 约稿 by 报送上级", () => {
  async function adoptedAtX(title: string) {
    const d = await createDraft(c.x.officer, sampleFields(title));
    await moveDraft(c.x.officer, { id: d.id, version: await version(d.id), action: "SUBMIT", secrecyConfirmed: true });
    await moveDraft(c.x.reviewer, { id: d.id, version: await version(d.id), action: "APPROVE" });
    await adoptDraft(c.x.editor, { id: d.id, version: await version(d.id) });
    return d.id;
  }

  it("sends the item up as the county department's answer, which the city sees as 已报送", async () => {
    const commission = await commissionTo(c.city.editor, "全市约稿：基层减负", [c.x.root.id, c.y.root.id]);
    const targetOf = async (unitId: string) => (await db.commissionTarget.findFirstOrThrow({ where: { commissionId: commission.id, unitId } })).id;
    const item = await adoptedAtX("甲县为基层减负出实招");
    // 乙县's share is not 甲县's to answer.
    await expect(sendUp(c.x.editor, { id: item, version: await version(item), commissionTargetId: await targetOf(c.y.root.id) })).rejects.toBeInstanceOf(NotFoundError);
    const upper = await sendUp(c.x.editor, { id: item, version: await version(item), commissionTargetId: await targetOf(c.x.root.id) });
    expect(upper.commissionTargetId).toBe(await targetOf(c.x.root.id));
    const shares = (await getCommission(c.city.editor, commission.id)).targets;
    expect(Object.fromEntries(shares.map((t) => [t.unitId, t.status]))).toMatchObject({ [c.x.root.id]: "SUBMITTED", [c.y.root.id]: "NO_RESPONSE" });
  });

  it("refuses a cancelled 约稿", async () => {
    const commission = await commissionTo(c.city.editor, "已撤销的约稿", [c.x.root.id]);
    await cancelCommission(c.city.editor, { id: commission.id, reason: "不再需要" });
    const target = await db.commissionTarget.findFirstOrThrow({ where: { commissionId: commission.id } });
    const item = await adoptedAtX("甲县的另一篇");
    await expect(sendUp(c.x.editor, { id: item, version: await version(item), commissionTargetId: target.id })).rejects.toThrow(/已撤销/);
    expect(await db.draft.count({ where: { sentUpFromId: item } })).toBe(0);
  });
});
