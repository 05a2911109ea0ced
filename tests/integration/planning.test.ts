import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from "@/lib/errors";
import { createDraft } from "@/lib/drafts/create-draft";
import { moveDraft } from "@/lib/drafts/move-draft";
import { createPlan, getPlan, listPlans, planCoverage, publishPlan, unitPlanDrafts, updatePlan } from "@/lib/planning/plans";
import { getUnitQuotaProgress, listQuotaProgress, setQuota } from "@/lib/planning/quotas";
import { quotaTodos } from "@/lib/planning/quota-todo";
import { fileRosterChange, listRoster, pendingText, rosterHistory } from "@/lib/planning/roster";
import { planSchema, quotaSchema, rosterChangeSchema } from "@/lib/validation/planning";
import { draftAt, makeCounty, sampleFields, version, type County } from "./fixtures";

let c: County;
beforeEach(async () => {
  c = await makeCounty();
});

const planInput = (over: Record<string, unknown> = {}, topics?: unknown[]) =>
  planSchema.parse({
    title: "2026年11月组工信息选题计划",
    period: "2026-11",
    intro: "围绕全县组织工作重点",
    topics: topics ?? [
      { title: "基层党组织标准化规范化建设", guidance: "写清做法和成效", kind: "EXPERIENCE", unitIds: [] },
      { title: "甲镇党员积分制管理", guidance: "", kind: null, unitIds: [c.unitA.id] },
    ],
    ...over,
  });

describe("信息计划", () => {
  it("validates at the field, edits only before publication, and publishes to the units concerned", async () => {
    const bad = planSchema.safeParse({ title: "", period: "2026-13", topics: [{ title: "一", kind: "X", unitIds: ["nope"] }] });
    expect(bad.error?.issues.map((i) => i.path.join(".")).sort()).toEqual(["period", "title", "topics.0.kind", "topics.0.title", "topics.0.unitIds.0"].sort());
    expect(planSchema.safeParse({ title: "计划", period: "2026-Q4", topics: [] }).error?.issues[0].path).toEqual(["topics"]);

    await expect(createPlan(c.officerA, planInput())).rejects.toThrow(ForbiddenError);
    await expect(createPlan(c.editor, planInput({}, [{ title: "县城的选题", unitIds: [c.root.id] }]))).rejects.toMatchObject({ fieldErrors: { "topics.0.unitIds": expect.any(String) } });

    const plan = await createPlan(c.editor, planInput());
    // An unpublished plan is the office's alone.
    await expect(getPlan(c.officerA, plan.id)).rejects.toThrow(NotFoundError);
    await expect(getPlan(c.leader, plan.id)).rejects.toThrow(NotFoundError);

    const edited = await updatePlan(c.editor, { ...planInput({ title: "11月选题计划（修订）" }), id: plan.id, version: plan.version });
    expect(edited.version).toBe(2);
    // The edit replaced the topics: the old ones' units went with them.
    expect(await db.planTopicUnit.count({ where: { topic: { planId: plan.id } } })).toBe(1);
    await expect(updatePlan(c.editor, { ...planInput(), id: plan.id, version: plan.version })).rejects.toThrow(ConflictError);

    await publishPlan(c.editor, { id: plan.id, version: edited.version });
    await expect(updatePlan(c.editor, { ...planInput(), id: plan.id, version: edited.version + 1 })).rejects.toThrow(/已经发布/);
    await expect(publishPlan(c.editor, { id: plan.id, version: edited.version + 1 })).rejects.toThrow(ConflictError);

    // A 全县 topic: every unit's officers and reviewers are told, once.
    const told = await db.notification.findMany({ where: { kind: "PLAN_PUBLISHED" }, select: { userId: true } });
    expect(told.map((n) => n.userId).sort()).toEqual([c.officerA, c.reviewerA, c.officerB, c.reviewerB, c.officerC, c.reviewerC].map((a) => a.id).sort());
    expect(await db.auditLog.count({ where: { entityId: plan.id } })).toBe(3);
  });

  it("shows a plan for unit A only to unit A; unit B's officer gets 404 and an empty list", async () => {
    const onlyA = await createPlan(c.editor, planInput({ title: "甲镇专项计划" }, [{ title: "甲镇党建引领乡村振兴", unitIds: [c.unitA.id] }]));
    await publishPlan(c.editor, { id: onlyA.id, version: onlyA.version });
    const all = await createPlan(c.editor, planInput({ title: "第四季度计划", period: "2026-Q4" }));
    await publishPlan(c.editor, { id: all.id, version: all.version });
    await createPlan(c.editor, planInput({ title: "还没发布的计划" }));

    expect((await db.notification.findMany({ where: { href: `/plans/${onlyA.id}` } })).map((n) => n.userId).sort()).toEqual([c.officerA.id, c.reviewerA.id].sort());
    await expect(getPlan(c.officerB, onlyA.id)).rejects.toThrow(NotFoundError);
    await expect(getPlan(c.reviewerB, onlyA.id)).rejects.toThrow(NotFoundError);
    expect((await getPlan(c.officerA, onlyA.id)).topics).toHaveLength(1);
    // In the shared plan, B sees only the 全县 topic.
    expect((await getPlan(c.officerB, all.id)).topics.map((t) => t.title)).toEqual(["基层党组织标准化规范化建设"]);
    // Each topic names its units (none: 全县), as the plan page and the edit form show them.
    const shown = await getPlan(c.editor, all.id);
    expect(shown.topics.map((t) => t.unitIds)).toEqual([[], [c.unitA.id]]);
    expect(shown.unitNames).toEqual({ [c.unitA.id]: c.unitA.name });

    const titles = async (a: typeof c.editor, opts = {}) => (await listPlans(a, { page: 1, ...opts })).rows.map((p) => p.title).sort();
    expect(await titles(c.officerB)).toEqual(["第四季度计划"]);
    expect(await titles(c.officerA)).toEqual(["甲镇专项计划", "第四季度计划"].sort());
    expect(await titles(c.leader)).toEqual(["甲镇专项计划", "第四季度计划"].sort());
    expect(await titles(c.editor)).toHaveLength(3);
    expect(await titles(c.editor, { period: "2026-Q4" })).toEqual(["第四季度计划"]);
    expect(await titles(c.editor, { period: "2026" })).toHaveLength(3);
    expect(await titles(c.officerA, { q: "乡村振兴" })).toEqual(["甲镇专项计划"]);
    // A unit's search finds only topics meant for it: B cannot learn of A's topic in the shared plan.
    expect(await titles(c.officerA, { q: "积分制" })).toEqual(["第四季度计划"]);
    expect(await titles(c.officerB, { q: "积分制" })).toEqual([]);
    expect(await titles(c.reviewerB, { q: "乡村振兴" })).toEqual([]);
    expect(await titles(c.officerB, { q: "标准化" })).toEqual(["第四季度计划"]);
    expect(await titles(c.officerB, { q: "第四季度" })).toEqual(["第四季度计划"]);
    expect(await titles(c.leader, { q: "积分制" })).toEqual(["第四季度计划"]);
    expect(await titles(c.editor, { q: "乡村振兴" })).toEqual(["甲镇专项计划"]);
    // A unit cannot start a draft from a topic not meant for it.
    const topicA = (await getPlan(c.editor, onlyA.id)).topics[0];
    await expect(createDraft(c.officerB, { ...sampleFields(), origin: { type: "plan", id: topicA.id } })).rejects.toThrow(NotFoundError);
    await expect(planCoverage(c.officerA, onlyA.id)).rejects.toThrow(ForbiddenError);
  });

  it("counts a draft written from a topic in the coverage once it reaches the county", async () => {
    const plan = await createPlan(c.editor, planInput());
    await publishPlan(c.editor, { id: plan.id, version: plan.version });
    const [countyTopic] = (await getPlan(c.editor, plan.id)).topics;
    const d = await createDraft(c.officerA, { ...sampleFields("甲镇标准化建设三项做法"), origin: { type: "plan", id: countyTopic.id } });
    expect(d.planTopicId).toBe(countyTopic.id);
    expect((await unitPlanDrafts(c.officerA, plan.id)).map((x) => x.title)).toEqual(["甲镇标准化建设三项做法"]);

    let coverage = await planCoverage(c.editor, plan.id);
    expect(coverage[0].answered).toEqual([]);
    expect(coverage[0].missing.map((u) => u.name)).toEqual(["甲镇", "乙街道", "县教育局"]);
    expect(coverage[1].missing.map((u) => u.name)).toEqual(["甲镇"]);

    await moveDraft(c.officerA, { id: d.id, version: await version(d.id), action: "SUBMIT", secrecyConfirmed: true });
    expect((await planCoverage(c.editor, plan.id))[0].totals.submitted).toBe(0);
    await moveDraft(c.reviewerA, { id: d.id, version: await version(d.id), action: "APPROVE" });
    await moveDraft(c.editor, { id: d.id, version: await version(d.id), action: "DECLINE", comment: "材料单薄" });

    coverage = await planCoverage(c.leader, plan.id);
    expect(coverage[0].answered).toMatchObject([{ name: "甲镇", submitted: 1, adopted: 0, notAdopted: 1, drafts: [{ id: d.id, status: "NOT_ADOPTED" }] }]);
    expect(coverage[0].totals).toEqual({ submitted: 1, adopted: 0, published: 0, notAdopted: 1 });
    expect(coverage[0].missing.map((u) => u.name)).toEqual(["乙街道", "县教育局"]);
  });
});

describe("报送任务", () => {
  const now = new Date("2026-11-15T12:00:00+08:00");
  const at = (iso: string) => new Date(iso);

  it("counts this Shanghai month's forwarded drafts, the year's 精品稿件 and adoptions from real drafts", async () => {
    const inMonth = await draftAt(c, "FORWARDED", undefined, "十一月一日零点报送");
    const lastMonth = await draftAt(c, "FORWARDED", undefined, "十月最后一刻报送");
    const lastYear = await draftAt(c, "FORWARDED", undefined, "去年报送的精品");
    const adopted = await draftAt(c, "ADOPTED", undefined, "采用的稿件");
    await draftAt(c, "SUBMITTED", undefined, "还在乡镇");
    await db.draft.update({ where: { id: inMonth.id }, data: { forwardedAt: at("2026-11-01T00:00:00+08:00") } });
    await db.draft.update({ where: { id: lastMonth.id }, data: { forwardedAt: at("2026-10-31T23:59:59+08:00"), isFlagship: true } });
    await db.draft.update({ where: { id: lastYear.id }, data: { forwardedAt: at("2025-12-31T23:59:59+08:00"), isFlagship: true } });
    await db.draft.update({ where: { id: adopted.id }, data: { forwardedAt: at("2026-11-10T09:00:00+08:00"), decidedAt: at("2026-11-12T09:00:00+08:00") } });

    const { row } = await getUnitQuotaProgress(c.officerA, c.unitA.id, 2026, now);
    expect(row.counts).toEqual({ submittedThisMonth: 2, flagshipsThisYear: 1, adoptedThisYear: 1 });
    expect(row.progress.monthly).toMatchObject({ actual: 2, target: 2, behind: false });
    // 15 Nov is day 319 of 365: 3 × 319 / 365 = 2.6 → 2 精品稿件 expected, 1 done.
    expect(row.progress.flagship).toMatchObject({ expectedByNow: 2, behind: true });
    await expect(getUnitQuotaProgress(c.officerB, c.unitA.id, 2026, now)).rejects.toThrow(NotFoundError);

    const list = await listQuotaProgress(c.leader, { year: 2026, page: 1, now });
    expect(list.rows.map((r) => r.name)).toEqual(["甲镇", "乙街道", "县教育局"]);
    expect(list.noneCount).toBe(2);
    expect((await listQuotaProgress(c.editor, { year: 2026, page: 1, now, show: "none" })).rows.map((r) => r.name)).toEqual(["乙街道", "县教育局"]);
    expect((await listQuotaProgress(c.editor, { year: 2026, page: 1, now, show: "behind" })).rows.map((r) => r.name)).toEqual(["甲镇", "乙街道", "县教育局"]);
    expect((await listQuotaProgress(c.editor, { year: 2026, page: 1, now, q: "教育" })).rows.map((r) => r.name)).toEqual(["县教育局"]);
    await expect(listQuotaProgress(c.officerA, { year: 2026, page: 1, now })).rejects.toThrow(ForbiddenError);

    // The to-do: the unit is at its minimum; the office has two units with nothing this month.
    expect(await quotaTodos(c.officerA, now)).toEqual([]);
    expect((await quotaTodos(c.reviewerB, now))[0]).toMatchObject({ title: "本月已报送0篇，还差2篇（任务每月不少于2篇）", href: "/quotas" });
    expect((await quotaTodos(c.editor, now))[0]).toMatchObject({ title: "本月还有2个单位没有报送", href: "/quotas" });
    expect(await quotaTodos(c.leader, now)).toEqual([]);
  });

  it("lets the research office set a unit's quota for a year, audited", async () => {
    const input = quotaSchema.parse({ unitId: c.unitA.id, year: "2026", monthlyMin: "4", flagshipTarget: "5", adoptedTarget: "8" });
    await expect(setQuota(c.leader, input)).rejects.toThrow(ForbiddenError);
    await expect(setQuota(c.reviewerA, input)).rejects.toThrow(ForbiddenError);
    await expect(setQuota(c.editor, { ...input, unitId: c.root.id })).rejects.toThrow(ValidationError);
    expect(quotaSchema.safeParse({ ...input, monthlyMin: -1 }).error?.issues[0].path).toEqual(["monthlyMin"]);

    await setQuota(c.editor, input);
    await setQuota(c.editor, { ...input, monthlyMin: 3 });
    const { row } = await getUnitQuotaProgress(c.reviewerA, c.unitA.id, 2026, now);
    expect(row).toMatchObject({ custom: true, quota: { monthlyMin: 3, flagshipTarget: 5, adoptedTarget: 8 } });
    expect((await getUnitQuotaProgress(c.editor, c.unitB.id, 2026, now)).row).toMatchObject({ custom: false, quota: { monthlyMin: 2, flagshipTarget: 3, adoptedTarget: 6 } });
    expect((await getUnitQuotaProgress(c.editor, c.unitA.id, 2027, now)).row.custom).toBe(false);
    const audits = await db.auditLog.findMany({ where: { action: "quota.set" }, orderBy: { createdAt: "asc" } });
    expect(audits).toHaveLength(2);
    expect(audits[1].data).toMatchObject({ year: 2026, before: { monthlyMin: 4 }, after: { monthlyMin: 3 } });
    expect((await quotaTodos(c.officerA, now))[0].title).toBe("本月已报送0篇，还差3篇（任务每月不少于3篇）");
  });
});

describe("专职信息员备案", () => {
  const change = (over: Record<string, unknown>) =>
    rosterChangeSchema.parse({ unitId: c.unitA.id, officerId: c.officerA.id, phone: "13800000001", reason: "镇党委研究确定", effectiveOn: "2026-11-01", expectedLatestId: null, ...over });
  const now = new Date("2026-11-15T12:00:00+08:00");

  it("files changes with history, newest first, tells the office, and keeps the log append-only", async () => {
    await db.user.update({ where: { id: c.reviewerA.id }, data: { name: "刘建国" } });
    await db.user.update({ where: { id: c.officerA.id }, data: { name: "陈晓燕" } });
    const second = await db.user.create({ data: { username: "officer_a2", name: "王小红", unitId: c.unitA.id, roles: ["OFFICER"], passwordHash: "x" } });

    const first = await fileRosterChange(c.reviewerA, change({}), now);
    const vacancy = await fileRosterChange(c.reviewerA, change({ officerId: null, phone: "", reason: "陈晓燕调任镇党政办", effectiveOn: "2026-11-10", expectedLatestId: first.id }), now);
    const third = await fileRosterChange(c.editor, change({ officerId: second.id, phone: "13900000002", reason: "新任专职信息员", effectiveOn: "2026-12-01", expectedLatestId: vacancy.id }), now);

    const h = await rosterHistory(c.reviewerA, c.unitA.id, {}, now);
    expect(h.latestId).toBe(third.id);
    // On 15 November the vacancy of 10 November holds; 王小红 takes over on 1 December.
    expect(h.current).toMatchObject({ id: vacancy.id, officerId: null });
    expect(h.pending.map((p) => [p.id, pendingText(p)])).toEqual([[third.id, "将于12月1日起由王小红担任"]]);
    expect(h.changes.map((x) => [x.fromName, x.officerName, x.filedBy.name])).toEqual([
      ["暂缺", "王小红", "editor"],
      ["陈晓燕", "暂缺", "刘建国"],
      [null, "陈晓燕", "刘建国"],
    ]);
    const notes = await db.notification.findMany({ where: { kind: "ROSTER_CHANGED" }, orderBy: { createdAt: "asc" } });
    // Two filed by the reviewer reach the editor; the editor's own filing does not notify the editor.
    expect(notes.map((n) => [n.userId, n.title])).toEqual([
      [c.editor.id, "甲镇专职信息员变更备案：未备案 → 陈晓燕"],
      [c.editor.id, "甲镇专职信息员变更备案：陈晓燕 → 暂缺"],
    ]);
    expect(await db.auditLog.count({ where: { action: "roster.file" } })).toBe(3);

    await expect(db.$executeRaw`UPDATE "RosterChange" SET reason = '改一改' WHERE id = ${first.id}::uuid`).rejects.toThrow(/append-only/);
    await expect(db.$executeRaw`DELETE FROM "RosterChange" WHERE id = ${first.id}::uuid`).rejects.toThrow(/append-only/);
  });

  it("refuses a second filing from a stale page, a foreign unit, a non-officer and a date too far ahead", async () => {
    const first = await fileRosterChange(c.reviewerA, change({}), now);
    // The same form sent again still believes there was no change yet.
    await expect(fileRosterChange(c.reviewerA, change({}), now)).rejects.toThrow("刚有人备案过，请刷新后再看");
    const twice = await Promise.allSettled([
      fileRosterChange(c.reviewerA, change({ officerId: null, phone: "", expectedLatestId: first.id }), now),
      fileRosterChange(c.editor, change({ officerId: null, phone: "", expectedLatestId: first.id }), now),
    ]);
    expect(twice.map((r) => r.status).sort()).toEqual(["fulfilled", "rejected"]);
    expect(await db.rosterChange.count()).toBe(2);

    await expect(fileRosterChange(c.reviewerB, change({ expectedLatestId: null }), now)).rejects.toThrow(NotFoundError);
    await expect(rosterHistory(c.reviewerB, c.unitA.id)).rejects.toThrow(NotFoundError);
    await expect(fileRosterChange(c.officerA, change({}), now)).rejects.toThrow(ForbiddenError);
    // The leader reads the whole roster (roster.read) but files nothing: told so.
    await expect(fileRosterChange(c.leader, change({}), now)).rejects.toThrow(ForbiddenError);
    const latest = (await rosterHistory(c.editor, c.unitA.id)).latestId;
    await expect(fileRosterChange(c.editor, change({ officerId: c.reviewerA.id, expectedLatestId: latest }), now)).rejects.toMatchObject({ fieldErrors: { officerId: expect.any(String) } });
    await expect(fileRosterChange(c.editor, change({ officerId: c.officerB.id, expectedLatestId: latest }), now)).rejects.toMatchObject({ fieldErrors: { officerId: expect.any(String) } });
    await expect(fileRosterChange(c.editor, change({ effectiveOn: "2026-12-16", expectedLatestId: latest }), now)).rejects.toMatchObject({ fieldErrors: { effectiveOn: expect.stringContaining("2026-12-15") } });
    expect(rosterChangeSchema.safeParse({ ...change({}), reason: " " }).success).toBe(false);
    expect(rosterChangeSchema.safeParse({ ...change({}), phone: "" }).error?.issues[0].path).toEqual(["phone"]);
    expect(await db.rosterChange.count()).toBe(2);
  });

  it("lists units without a designated officer: none filed, or the latest is a vacancy", async () => {
    await fileRosterChange(c.reviewerA, change({}), now);
    const b = await fileRosterChange(c.reviewerB, change({ unitId: c.unitB.id, officerId: c.officerB.id }), now);
    await fileRosterChange(c.reviewerB, change({ unitId: c.unitB.id, officerId: null, phone: "", reason: "调离", expectedLatestId: b.id }), now);

    const list = await listRoster(c.leader, { page: 1 });
    expect(list.rows.map((r) => [r.name, r.current?.officerName ?? null, r.named])).toEqual([
      ["甲镇", "officer_a", true],
      ["乙街道", "暂缺", false],
      ["县教育局", null, false],
    ]);
    expect(list.missing.map((u) => u.name)).toEqual(["乙街道", "县教育局"]);
    expect((await listRoster(c.editor, { page: 1, missingOnly: true })).rows.map((r) => r.name)).toEqual(["乙街道", "县教育局"]);
    expect((await listRoster(c.editor, { page: 1, q: "甲" })).total).toBe(1);
    await expect(listRoster(c.reviewerA, { page: 1 })).rejects.toThrow(ForbiddenError);
  });

  it("takes a change as current only from its date (China time); a future one is shown as pending", async () => {
    await db.user.update({ where: { id: c.officerA.id }, data: { name: "陈晓燕" } });
    const next = await db.user.create({ data: { username: "officer_a2", name: "王小红", unitId: c.unitA.id, roles: ["OFFICER"], passwordHash: "x" } });
    const a1 = await fileRosterChange(c.reviewerA, change({}), now);
    const a2 = await fileRosterChange(c.reviewerA, change({ officerId: next.id, phone: "13900000002", reason: "新任专职信息员", effectiveOn: "2026-12-01", expectedLatestId: a1.id }), now);
    // 乙街道: named, and a vacancy from 20 November filed ahead.
    const b1 = await fileRosterChange(c.reviewerB, change({ unitId: c.unitB.id, officerId: c.officerB.id }), now);
    await fileRosterChange(c.reviewerB, change({ unitId: c.unitB.id, officerId: null, phone: "", reason: "调离", effectiveOn: "2026-11-20", expectedLatestId: b1.id }), now);
    // 县教育局: only a change from 25 November; and a backdated one filed after it, from 10 November.
    const c1 = await fileRosterChange(c.reviewerC, change({ unitId: c.agency.id, officerId: c.officerC.id, effectiveOn: "2026-11-25" }), now);

    const onThe15th = await listRoster(c.leader, { page: 1 }, now);
    expect(onThe15th.rows.map((r) => [r.name, r.current?.officerName ?? null, r.named, r.pending ? pendingText(r.pending) : null])).toEqual([
      ["甲镇", "陈晓燕", true, "将于12月1日起由王小红担任"],
      ["乙街道", "officer_b", true, "将于11月20日起暂缺"],
      ["县教育局", null, false, "将于11月25日起由officer_c担任"],
    ]);
    expect(onThe15th.missing.map((u) => u.name)).toEqual(["县教育局"]);
    const a = await rosterHistory(c.editor, c.unitA.id, {}, now);
    expect([a.current?.id, a.latestId, a.pending.map((p) => p.id)]).toEqual([a1.id, a2.id, [a2.id]]);

    // Half past midnight on 20 November in China is still the 19th in UTC: the vacancy has begun.
    const the20th = new Date("2026-11-20T00:30:00+08:00");
    expect((await listRoster(c.editor, { page: 1, missingOnly: true }, the20th)).rows.map((r) => r.name)).toEqual(["乙街道", "县教育局"]);
    expect((await listRoster(c.editor, { page: 1, missingOnly: true }, new Date("2026-11-19T23:59:00+08:00"))).rows.map((r) => r.name)).toEqual(["县教育局"]);

    // A change dated earlier but filed later: the date decides who is in office, the filing order the stale-page check.
    const c2 = await fileRosterChange(c.reviewerC, change({ unitId: c.agency.id, officerId: c.officerC.id, phone: "13700000003", effectiveOn: "2026-11-10", expectedLatestId: c1.id }), now);
    const agency = await rosterHistory(c.reviewerC, c.agency.id, {}, now);
    expect([agency.current?.id, agency.latestId, agency.pending.map((p) => p.id)]).toEqual([c2.id, c2.id, [c1.id]]);
    expect((await listRoster(c.editor, { page: 1 }, now)).missing).toEqual([]);
    // On 1 December 王小红 is in office and nothing is pending.
    const dec = await rosterHistory(c.reviewerA, c.unitA.id, {}, new Date("2026-12-01T08:00:00+08:00"));
    expect([dec.current?.officerName, dec.pending]).toEqual(["王小红", []]);
  });

  it("pages the history, 20 a page, each row still naming the officer it replaced", async () => {
    let latest: string | null = null;
    for (let i = 0; i < 23; i++) {
      const filed = await fileRosterChange(c.reviewerA, change({ phone: `1380000${String(i).padStart(4, "0")}`, reason: `第${i + 1}次备案`, expectedLatestId: latest }), now);
      latest = filed.id;
    }
    const first = await rosterHistory(c.reviewerA, c.unitA.id, { page: 1 }, now);
    expect([first.changes.length, first.total, first.page, first.pages, first.latestId]).toEqual([20, 23, 1, 2, latest]);
    expect(first.changes[0].reason).toBe("第23次备案");
    expect(first.changes[19]).toMatchObject({ reason: "第4次备案", fromName: "officer_a" });
    const second = await rosterHistory(c.reviewerA, c.unitA.id, { page: 2 }, now);
    expect(second.changes.map((x) => [x.reason, x.fromName])).toEqual([
      ["第3次备案", "officer_a"],
      ["第2次备案", "officer_a"],
      ["第1次备案", null],
    ]);
    // The form on any page checks against the newest filing.
    expect(second.latestId).toBe(latest);
    expect((await rosterHistory(c.reviewerA, c.unitA.id, { page: 9 }, now)).page).toBe(2);
  });
});
