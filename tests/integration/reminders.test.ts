/**
 * Reminders come from the schedule in PostgreSQL, sent by the sweep that the pg-boss worker
 * runs: at the right time (the clock is driven here), once, after a worker restart, and a
 * sweep whose handler crashes sends nothing until it succeeds.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import PgBoss from "pg-boss";
import { db } from "@/lib/db";
import { createDraft } from "@/lib/drafts/create-draft";
import { moveDraft } from "@/lib/drafts/move-draft";
import { deliverDueReminders } from "@/lib/reminders/deliver";
import { HANDLERS } from "@/lib/reminders/handlers";
import { scheduleReminder } from "@/lib/reminders/schedule";
import { SWEEP_QUEUE, requestSweep, startWorker, type Worker } from "@/lib/jobs/worker";
import { scheduleCommissionReminders } from "@/lib/planning/commission-reminders";
import { cancelCommission } from "@/lib/planning/commissions";
import { notify } from "@/lib/notifications/notify";
import { makeCounty, sampleFields, version, type County } from "./fixtures";

let c: County;
beforeEach(async () => {
  c = await makeCounty();
});

const at = (iso: string) => new Date(iso);

/** A 约稿 due 2026-12-10 to units A and B, with its reminders, made "now" = 2026-12-01. */
async function commission() {
  const commission = await db.commission.create({
    data: { title: "基层治理创新做法", dueOn: new Date("2026-12-10"), createdById: c.editor.id, nodeId: c.editor.nodeId },
  });
  const targets = await Promise.all(
    [c.unitA, c.unitB].map((u) => db.commissionTarget.create({ data: { commissionId: commission.id, unitId: u.id } })),
  );
  await db.$transaction(async (tx) => {
    for (const t of targets) await scheduleCommissionReminders(tx, t.id, "2026-12-10", at("2026-12-01T08:00:00+08:00"));
  });
  return { commission, a: targets[0], b: targets[1] };
}

/** Unit B's answer to its share, taken as far as the county (or only to its reviewer). */
async function answer(targetId: string, forward = true) {
  const d = await createDraft(c.officerB, { ...sampleFields("乙街道基层治理创新做法"), origin: { type: "commission", id: targetId } });
  await moveDraft(c.officerB, { id: d.id, version: await version(d.id), action: "SUBMIT", secrecyConfirmed: true });
  if (forward) await moveDraft(c.reviewerB, { id: d.id, version: await version(d.id), action: "APPROVE" });
  return d;
}

const notes = (userId: string) => db.notification.findMany({ where: { userId }, orderBy: { createdAt: "asc" } });
const deductions = () => db.scoreEntry.findMany({ where: { sourceType: "COMMISSION_TARGET" } });

describe("reminder sweep with a driven clock", () => {
  it("sends the 3-day and 1-day reminders at 09:00 China time, each once, and only to units that have not answered", async () => {
    const { b } = await commission();
    expect(await db.reminder.count()).toBe(6);
    // Unit B answers before any reminder: its reviewer forwards the answer to the county.
    await answer(b.id);
    const before = (await notes(c.officerA.id)).length;

    expect(await deliverDueReminders({ now: at("2026-12-07T08:59:59+08:00") })).toEqual({ fired: 0, failed: 0 });
    expect(await notes(c.officerA.id)).toHaveLength(before);

    expect((await deliverDueReminders({ now: at("2026-12-07T09:00:00+08:00") })).fired).toBe(2); // A and B's 3-day reminders fire
    const a3 = await notes(c.officerA.id);
    expect(a3).toHaveLength(before + 1);
    expect(a3.at(-1)!.title).toContain("还有3天");
    expect((await notes(c.reviewerA.id)).some((n) => n.title.includes("还有3天"))).toBe(true);
    // B answered: its reminder fires (marked done) but tells nobody.
    expect((await notes(c.officerB.id)).some((n) => n.title.includes("还有3天"))).toBe(false);

    // Sweeping again at the same or a later time sends nothing twice.
    expect((await deliverDueReminders({ now: at("2026-12-07T09:00:00+08:00") })).fired).toBe(0);
    expect((await deliverDueReminders({ now: at("2026-12-08T12:00:00+08:00") })).fired).toBe(0);
    expect(await notes(c.officerA.id)).toHaveLength(before + 1);

    expect((await deliverDueReminders({ now: at("2026-12-09T09:00:00+08:00") })).fired).toBe(2);
    expect((await notes(c.officerA.id)).at(-1)!.title).toContain("还有1天");
  });

  it("when the deadline day is over, marks the unit overdue, tells the office and leaders, and writes the deduction once", async () => {
    const { a, b } = await commission();
    await answer(b.id);

    // The deadline day itself is not over: nothing yet.
    await deliverDueReminders({ now: at("2026-12-10T23:59:00+08:00") });
    expect(await deductions()).toHaveLength(0);
    expect((await db.commissionTarget.findUniqueOrThrow({ where: { id: a.id } })).overdueAt).toBeNull();

    await deliverDueReminders({ now: at("2026-12-11T00:00:00+08:00") });
    const entries = await deductions();
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ unitId: c.unitA.id, sourceId: a.id, year: 2026 });
    expect(Number(entries[0].points)).toBe(-2);
    expect((await db.commissionTarget.findUniqueOrThrow({ where: { id: a.id } })).overdueAt).not.toBeNull();
    expect((await db.commissionTarget.findUniqueOrThrow({ where: { id: b.id } })).overdueAt).toBeNull();
    const editorNotes = (await notes(c.editor.id)).filter((n) => n.kind === "COMMISSION_OVERDUE");
    expect(editorNotes.map((n) => n.title)).toEqual(["甲镇逾期未报约稿“基层治理创新做法”"]);
    expect((await notes(c.leader.id)).filter((n) => n.kind === "COMMISSION_OVERDUE")).toHaveLength(1);

    // More sweeps, even with the reminder forced to run again, never write a second deduction.
    await deliverDueReminders({ now: at("2026-12-12T00:00:00+08:00") });
    await db.reminder.updateMany({ where: { key: `commission-target:${a.id}:overdue` }, data: { firedAt: null } });
    await deliverDueReminders({ now: at("2026-12-12T00:00:00+08:00") });
    expect(await deductions()).toHaveLength(1);
    expect((await notes(c.editor.id)).filter((n) => n.kind === "COMMISSION_OVERDUE")).toHaveLength(1);
  });

  it("judges the deadline by when an answer reached the county, not by where the drafts stand at the sweep", async () => {
    const { a, b } = await commission();
    // B reached the county in time, and the research office sent it back for changes before the sweep.
    const sentBack = await answer(b.id);
    await moveDraft(c.editor, { id: sentBack.id, version: await version(sentBack.id), action: "EDITOR_RETURN", comment: "请补充数据" });
    // A's officer submitted, but its reviewer never forwarded: the county never got it.
    const d = await createDraft(c.officerA, { ...sampleFields("甲镇基层治理创新做法"), origin: { type: "commission", id: a.id } });
    await moveDraft(c.officerA, { id: d.id, version: await version(d.id), action: "SUBMIT", secrecyConfirmed: true });

    await deliverDueReminders({ now: at("2026-12-11T00:00:00+08:00") });
    expect((await deductions()).map((e) => e.sourceId)).toEqual([a.id]);
    expect((await notes(c.editor.id)).filter((n) => n.kind === "COMMISSION_OVERDUE").map((n) => n.title)).toEqual(["甲镇逾期未报约稿“基层治理创新做法”"]);
    // Written by the system, and audited.
    expect((await deductions())[0].recordedById).toBeNull();
    expect(await db.auditLog.count({ where: { action: "commission.overdue", entityId: a.id, actorId: null } })).toBe(1);
  });

  it("deducts an answer that reached the county after the deadline even if the worker only sweeps later", async () => {
    const { b } = await commission();
    const late = await answer(b.id);
    await db.draft.update({ where: { id: late.id }, data: { forwardedAt: at("2026-12-11T08:00:00+08:00") } });
    await deliverDueReminders({ now: at("2026-12-12T09:00:00+08:00") });
    expect((await deductions()).map((e) => e.sourceId).sort()).toEqual([b.id, (await db.commissionTarget.findFirstOrThrow({ where: { unitId: c.unitA.id } })).id].sort());
    expect((await notes(c.editor.id)).map((n) => n.title)).toContain("乙街道逾期报送约稿“基层治理创新做法”");
  });

  it("takes the deduction back when the 约稿 is withdrawn after its deadline", async () => {
    const { commission: withdrawn } = await commission();
    await deliverDueReminders({ now: at("2026-12-11T00:00:00+08:00") });
    expect(await deductions()).toHaveLength(2);
    await cancelCommission(c.editor, { id: withdrawn.id, reason: "题目与上级要求重复，撤销" });
    const entries = await deductions();
    expect(entries).toHaveLength(4);
    expect(entries.reduce((sum, e) => sum + Number(e.points), 0)).toBe(0);
  });

  it("writes no deduction where the year's rules carry none", async () => {
    await db.scoringRule.createMany({
      data: [{ nodeId: c.root.id, year: 2026, code: "DEDUCT_MISSED_COMMISSION", version: 9, label: "约稿未按时报送（本年不扣分）", points: 0 }],
    });
    await commission();
    await deliverDueReminders({ now: at("2026-12-11T00:00:00+08:00") });
    expect(await deductions()).toHaveLength(0);
    expect(await db.commissionTarget.count({ where: { overdueAt: { not: null } } })).toBe(2);
  });
});

describe("a reminder whose handler crashes", () => {
  const KIND = "TEST_FLAKY";
  afterEach(() => {
    delete HANDLERS[KIND];
  });

  it("sends nothing while it fails, is retried by the next sweep, and is then sent exactly once", async () => {
    let calls = 0;
    HANDLERS[KIND] = async (tx, r) => {
      calls++;
      await notify(tx, [c.officerA.id], { kind: "TOPIC_DUE", title: "测试提醒", href: "/todo", key: r.key });
      // Fails in its batch and in the retry on its own that the same sweep gives it.
      if (calls <= 2) throw new Error("短信网关超时");
    };
    await db.$transaction((tx) => scheduleReminder(tx, { key: "test:flaky", kind: KIND, subjectId: c.unitA.id, fireAt: at("2026-12-01T09:00:00+08:00") }));

    expect(await deliverDueReminders({ now: at("2026-12-01T10:00:00+08:00") })).toEqual({ fired: 0, failed: 1 });
    expect(await db.notification.count({ where: { dedupeKey: { startsWith: "test:" } } })).toBe(0);
    const failed = await db.reminder.findUniqueOrThrow({ where: { key: "test:flaky" } });
    expect(failed).toMatchObject({ firedAt: null, attempts: 1, lastError: "短信网关超时" });

    expect(await deliverDueReminders({ now: at("2026-12-01T10:01:00+08:00") })).toEqual({ fired: 1, failed: 0 });
    expect(await deliverDueReminders({ now: at("2026-12-01T10:02:00+08:00") })).toEqual({ fired: 0, failed: 0 });
    expect(await db.notification.count({ where: { dedupeKey: { startsWith: "test:" } } })).toBe(1);
    expect(calls).toBe(3);
  });

  it("two sweeps at once send each reminder once", async () => {
    await commission();
    const [x, y] = await Promise.all([
      deliverDueReminders({ now: at("2026-12-07T09:00:00+08:00") }),
      deliverDueReminders({ now: at("2026-12-07T09:00:00+08:00") }),
    ]);
    expect(x.fired + y.fired).toBe(2);
    expect((await notes(c.officerA.id)).filter((n) => n.kind === "COMMISSION_DUE")).toHaveLength(1);
  });

  it("sends a peak in one sweep, in batches over several lanes; a failing reminder holds back no other", async () => {
    const KIND = "TEST_PEAK";
    const BROKEN = "TEST_BROKEN";
    HANDLERS[KIND] = async (tx, r) => {
      await notify(tx, [c.officerA.id], { kind: "TOPIC_DUE", title: "高峰提醒", href: "/todo", key: r.key });
    };
    HANDLERS[BROKEN] = async () => {
      throw new Error("对象已删除");
    };
    try {
      const fireAt = at("2026-12-01T09:00:00+08:00");
      await db.reminder.createMany({
        data: [
          ...Array.from({ length: 30 }, (_, i) => ({ key: `test:peak:${i}`, kind: KIND, subjectId: c.unitA.id, fireAt })),
          { key: "test:broken", kind: BROKEN, subjectId: c.unitA.id, fireAt },
        ],
      });
      const now = at("2026-12-01T09:00:00+08:00");
      expect(await deliverDueReminders({ now, budgetMs: 0 })).toEqual({ fired: 0, failed: 0, more: true });
      expect(await deliverDueReminders({ now, lanes: 3, batch: 4 })).toEqual({ fired: 30, failed: 1 });
      expect(await db.notification.count({ where: { dedupeKey: { startsWith: "test:" } } })).toBe(30);
      expect(await db.reminder.findMany({ where: { firedAt: null }, select: { key: true, attempts: true, lastError: true } })).toEqual([
        { key: "test:broken", attempts: 1, lastError: "对象已删除" },
      ]);
    } finally {
      delete HANDLERS[KIND];
      delete HANDLERS[BROKEN];
    }
  });
});

describe("the pg-boss worker", () => {
  const url = process.env.DATABASE_URL!;
  let workers: Worker[] = [];
  afterEach(async () => {
    for (const w of workers) await w.stop().catch(() => undefined);
    workers = [];
  });

  /** The sweep job once it has completed (polled: pg-boss reports no completion to the sender). */
  async function finished(boss: PgBoss, id: string | null) {
    expect(id).toBeTruthy();
    return vi.waitFor(
      async () => {
        const job = await boss.getJobById(SWEEP_QUEUE, id!);
        expect(job?.state, "the sweep job's state").toBe("completed");
        return job!;
      },
      { timeout: 20_000, interval: 100 },
    );
  }

  it("keeps its schedule and queued work across a restart, and fires each reminder once", async () => {
    await commission();
    const first = await startWorker({ connectionString: url, pollingIntervalSeconds: 0.5 });
    workers.push(first);
    // The cron schedule lives in the database.
    expect((await first.boss.getSchedules()).map((s) => s.name)).toContain(SWEEP_QUEUE);
    // Before anything is due, a sweep sends nothing.
    await finished(first.boss, await requestSweep(first.boss, at("2026-12-02T09:00:00+08:00")));
    expect(await db.reminder.count({ where: { firedAt: { not: null } } })).toBe(0);
    await first.stop();
    workers = [];

    // While no worker runs, a sweep is queued (as the cron schedule would); it waits in PostgreSQL.
    const sender = new PgBoss({ connectionString: url, schema: "pgboss", supervise: false, schedule: false });
    await sender.start();
    const queued = await requestSweep(sender, at("2026-12-07T09:00:00+08:00"));
    await sender.stop({ graceful: false, wait: true });
    expect(await db.reminder.count({ where: { firedAt: { not: null } } })).toBe(0);

    // A new worker picks the queued sweep up.
    const second = await startWorker({ connectionString: url, pollingIntervalSeconds: 0.5, schedule: false });
    workers.push(second);
    await finished(second.boss, queued);
    expect(await db.reminder.count({ where: { firedAt: { not: null } } })).toBe(2);
    expect((await second.boss.getSchedules()).map((s) => s.name)).toContain(SWEEP_QUEUE);

    // Sweeping the same moment again, on the new worker, sends nothing twice.
    await finished(second.boss, await requestSweep(second.boss, at("2026-12-07T09:00:00+08:00")));
    expect((await notes(c.officerA.id)).filter((n) => n.kind === "COMMISSION_DUE")).toHaveLength(1);
  });
});
