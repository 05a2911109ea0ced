/**
 * Check-then-act: what happens between a use case's first look and its transaction (another
 * person cancels, or the answer is submitted) must still stop it. The other person's step is
 * slipped in just before the use case's transaction starts.
 */
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createDraft } from "@/lib/drafts/create-draft";
import { moveDraft } from "@/lib/drafts/move-draft";
import { DomainError } from "@/lib/errors";
import { assignCommission, cancelCommission, createCommission } from "@/lib/planning/commissions";
import { cancelTopic, createTopic } from "@/lib/planning/topics";
import { shanghaiDate } from "@/lib/time";
import { makeCounty, sampleFields, version, type County } from "./fixtures";

let c: County;
beforeEach(async () => {
  c = await makeCounty();
});
afterEach(() => {
  client.$transaction = realTransaction;
});

const daysFromToday = (n: number) => shanghaiDate(new Date(Date.now() + n * 86_400_000));

type TransactionFn = (...args: unknown[]) => Promise<unknown>;
const client = db as unknown as { $transaction: TransactionFn };
const realTransaction = client.$transaction;

/**
 * Runs `meanwhile` right before the next transaction begins (the other person's step commits
 * first). The Prisma client is a proxy that vi.spyOn cannot wrap, so the method is swapped by hand.
 */
function beforeNextTransaction(meanwhile: () => Promise<unknown>) {
  client.$transaction = async (...args: unknown[]) => {
    client.$transaction = realTransaction;
    await meanwhile();
    return realTransaction.apply(db, args);
  };
}

const submit = async (id: string) => moveDraft(c.officerA, { id, version: await version(id), action: "SUBMIT", secrecyConfirmed: true });
const approve = async (id: string) => moveDraft(c.reviewerA, { id, version: await version(id), action: "APPROVE" });

describe("撤销点题 races a submission", () => {
  it("refuses to cancel a topic whose draft was submitted after the first look", async () => {
    const topic = await createTopic(c.reviewerA, { title: "甲镇党员积分制管理的做法", guidance: "", assigneeId: c.officerA.id, dueOn: daysFromToday(5) });
    const d = await createDraft(c.officerA, { ...sampleFields(), origin: { type: "topic", id: topic.id } });

    beforeNextTransaction(() => submit(d.id));
    await expect(cancelTopic(c.reviewerA, { id: topic.id })).rejects.toThrow(DomainError);
    await expect(cancelTopic(c.reviewerA, { id: topic.id })).rejects.toThrow("已经报送的点题不能撤销");
    expect((await db.topicAssignment.findUniqueOrThrow({ where: { id: topic.id } })).cancelledAt).toBeNull();
    expect(await db.notification.count({ where: { kind: "TOPIC_CANCELLED" } })).toBe(0);
    expect(await db.auditLog.count({ where: { action: "topic.cancel" } })).toBe(0);
  });

  it("still cancels an open topic, once", async () => {
    const topic = await createTopic(c.reviewerA, { title: "乡村振兴中的党建引领", guidance: "", assigneeId: c.officerA.id, dueOn: daysFromToday(5) });
    await createDraft(c.officerA, { ...sampleFields(), origin: { type: "topic", id: topic.id } });
    await cancelTopic(c.reviewerA, { id: topic.id });
    expect((await db.topicAssignment.findUniqueOrThrow({ where: { id: topic.id } })).cancelledAt).not.toBeNull();
    await expect(cancelTopic(c.reviewerA, { id: topic.id })).rejects.toThrow("这个点题已经撤销了");
  });
});

describe("分派约稿 races a cancellation or an answer", () => {
  const commission = () =>
    createCommission(c.editor, { title: "抓党建促乡村振兴经验", guidance: "", wordLimit: null, kind: "EXPERIENCE", dueOn: daysFromToday(10), unitIds: [c.unitA.id] });
  const targetOf = (commissionId: string) => db.commissionTarget.findUniqueOrThrow({ where: { commissionId_unitId: { commissionId, unitId: c.unitA.id } } });
  const assign = (targetId: string) => assignCommission(c.reviewerA, { targetId, assigneeId: c.officerA.id, expectedAssigneeId: null });

  it("refuses when the commission is cancelled after the first look", async () => {
    const k = await commission();
    const t = await targetOf(k.id);
    beforeNextTransaction(() => cancelCommission(c.editor, { id: k.id, reason: "研究室调整计划" }));
    await expect(assign(t.id)).rejects.toThrow("这个约稿已撤销，不需要再分派");
    expect((await targetOf(k.id)).assigneeId).toBeNull();
    expect(await db.notification.count({ where: { kind: "COMMISSION_ASSIGNED" } })).toBe(0);
  });

  it("refuses when the unit's answer reaches the county after the first look", async () => {
    const k = await commission();
    const t = await targetOf(k.id);
    const d = await createDraft(c.officerA, { ...sampleFields(), origin: { type: "commission", id: t.id } });
    beforeNextTransaction(async () => {
      await submit(d.id);
      await approve(d.id);
    });
    await expect(assign(t.id)).rejects.toThrow("本单位已经报送了这个约稿，不需要再分派");
    expect((await targetOf(k.id)).assigneeId).toBeNull();
    expect(await db.auditLog.count({ where: { action: "commission.assign" } })).toBe(0);
  });

  it("still assigns an open share", async () => {
    const k = await commission();
    const t = await targetOf(k.id);
    await assign(t.id);
    expect((await targetOf(k.id)).assigneeId).toBe(c.officerA.id);
  });
});
