/**
 * The 约稿 and 点题 to-do lists leave out answered and cancelled items in the database, so
 * any number of old, finished ones cannot push a new open one off the list.
 */
import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import type { DraftStatus } from "@/lib/drafts/workflow";
import { commissionTodos } from "@/lib/planning/commission-todo";
import { topicTodos } from "@/lib/planning/topic-todo";
import { draftTodos } from "@/lib/todo/drafts";
import { TODO_LIMIT } from "@/lib/todo/types";
import { shanghaiDate } from "@/lib/time";
import { makeCounty, sampleFields, type County } from "./fixtures";

let c: County;
beforeEach(async () => {
  c = await makeCounty();
});

const DAY = 86_400_000;
const NOW = new Date();
const day = (n: number) => new Date(shanghaiDate(new Date(NOW.getTime() + n * DAY)));
const ANSWERED: DraftStatus[] = ["FORWARDED", "EDITING", "ADOPTED", "PUBLISHED", "NOT_ADOPTED"];
const OLD = 120;

/** A draft of unit A answering something, inserted straight into the database. */
const answer = (i: number, link: { commissionTargetId?: string; topicAssignmentId?: string }) => {
  const f = sampleFields(`旧稿件${i}`);
  return {
    ...f,
    eventDate: new Date(f.eventDate),
    unitId: c.unitA.id,
    authorId: c.officerA.id,
    status: ANSWERED[i % ANSWERED.length],
    submittedAt: day(-60),
    forwardedAt: day(-60),
    ...link,
  };
};

describe("to-do lists with many old items", () => {
  it("still shows a new 约稿 after 120 answered or cancelled ones, to the officer, the reviewer and the county", async () => {
    // 100 answered and 20 cancelled, all due (and overdue-marked) before the new ones.
    const old = Array.from({ length: OLD }, (_, i) => ({
      id: crypto.randomUUID(),
      title: `旧约稿${i}`,
      dueOn: day(-40 + (i % 30)),
      createdAt: day(-50),
      createdById: c.editor.id,
      nodeId: c.editor.nodeId,
      cancelledAt: i < 20 ? day(-45) : null,
      cancelReason: i < 20 ? "不再需要" : null,
    }));
    await db.commission.createMany({ data: old });
    const targets = old.map((o) => ({ id: crypto.randomUUID(), commissionId: o.id, unitId: c.unitA.id, overdueAt: o.dueOn }));
    await db.commissionTarget.createMany({ data: targets });
    await db.draft.createMany({ data: targets.slice(20).map((t, i) => answer(i, { commissionTargetId: t.id })) });

    // Overdue yesterday, marked by the reminder, nothing at the county; and one due in ten days.
    const late = await db.commission.create({ data: { title: "昨天截止的约稿", dueOn: day(-1), createdById: c.editor.id, nodeId: c.editor.nodeId } });
    await db.commissionTarget.create({ data: { commissionId: late.id, unitId: c.unitA.id, overdueAt: NOW } });
    const fresh = await db.commission.create({ data: { title: "新约稿", dueOn: day(10), createdById: c.editor.id, nodeId: c.editor.nodeId } });
    await db.commissionTarget.create({ data: { commissionId: fresh.id, unitId: c.unitA.id } });

    const officer = await commissionTodos(c.officerA, NOW);
    expect(officer.map((t) => t.title)).toEqual(["撰写约稿“昨天截止的约稿”", "撰写约稿“新约稿”"]);
    expect(officer[0]).toMatchObject({ href: `/commissions/${late.id}`, overdue: true });
    expect(officer[1]).toMatchObject({ href: `/commissions/${fresh.id}`, overdue: false });

    const reviewer = await commissionTodos(c.reviewerA, NOW);
    expect(reviewer.map((t) => t.title)).toEqual(["请分派约稿“昨天截止的约稿”", "请分派约稿“新约稿”"]);

    const county = await commissionTodos(c.editor, NOW);
    expect(county).toEqual([expect.objectContaining({ title: "约稿“昨天截止的约稿”有1个单位逾期未报", href: `/commissions/${late.id}`, overdue: true })]);
    expect(county[0].detail).toMatch(/^甲镇（截止/);
    expect(await commissionTodos(c.officerB, NOW)).toEqual([]);
  });

  it("still shows a new 点题 after 120 answered or cancelled ones, to the officer, and an overdue one to the reviewer", async () => {
    const old = Array.from({ length: OLD }, (_, i) => ({
      id: crypto.randomUUID(),
      unitId: c.unitA.id,
      assigneeId: c.officerA.id,
      assignedById: c.reviewerA.id,
      title: `旧点题${i}`,
      dueOn: day(-40 + (i % 30)),
      createdAt: day(-50),
      cancelledAt: i < 20 ? day(-45) : null,
    }));
    await db.topicAssignment.createMany({ data: old });
    await db.draft.createMany({ data: old.slice(20).map((t, i) => ({ ...answer(i, { topicAssignmentId: t.id }), status: i % 2 ? ("SUBMITTED" as const) : ANSWERED[i % ANSWERED.length] })) });
    const base = { unitId: c.unitA.id, assigneeId: c.officerA.id, assignedById: c.reviewerA.id };
    const late = await db.topicAssignment.create({ data: { ...base, title: "昨天到期的点题", dueOn: day(-1) } });
    const fresh = await db.topicAssignment.create({ data: { ...base, title: "新点题", dueOn: day(10) } });

    const officer = await topicTodos(c.officerA, NOW);
    expect(officer.map((t) => [t.title, t.href, t.overdue])).toEqual([
      ["点题：昨天到期的点题", `/drafts/new?from=topic:${late.id}`, true],
      ["点题：新点题", `/drafts/new?from=topic:${fresh.id}`, false],
    ]);
    const reviewer = await topicTodos(c.reviewerA, NOW);
    expect(reviewer.map((t) => [t.title, t.href])).toEqual([["点题“昨天到期的点题”逾期未成稿", `/topics/${late.id}`]]);
  });

  it("lists the newest returned and submitted drafts up to the limit and says how many more wait", async () => {
    const many = (status: DraftStatus, n: number) =>
      db.draft.createMany({
        data: Array.from({ length: n }, (_, i) => {
          const f = sampleFields(`${status}稿件${i}`);
          return { ...f, eventDate: new Date(f.eventDate), unitId: c.unitA.id, authorId: c.officerA.id, status, submittedAt: day(-2) };
        }),
      });
    await many("RETURNED", TODO_LIMIT + 3);
    await many("SUBMITTED", TODO_LIMIT + 1);
    const officer = await draftTodos(c.officerA);
    expect(officer.filter((i) => i.key.endsWith(":returned"))).toHaveLength(TODO_LIMIT);
    expect(officer.at(-1)).toMatchObject({ title: "另有3篇被退回的稿件，见本单位稿件“退回修改”", href: "/drafts?status=RETURNED" });
    const reviewer = await draftTodos(c.reviewerA);
    expect(reviewer.filter((i) => i.key.endsWith(":review"))).toHaveLength(TODO_LIMIT);
    expect(reviewer.at(-1)).toMatchObject({ title: "另有1篇稿件等您审核，见本单位稿件", href: "/drafts?status=SUBMITTED" });
    // At the limit or under it, nothing more is said.
    expect((await draftTodos(c.officerB)).some((i) => i.key.endsWith(":more"))).toBe(false);
  });
});
