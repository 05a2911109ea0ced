import { beforeEach, describe, expect, it } from "vitest";
import { addWatchTerm } from "@/lib/admin/watch-terms";
import { db } from "@/lib/db";
import { createDraft } from "@/lib/drafts/create-draft";
import { updateDraft } from "@/lib/drafts/update-draft";
import { moveDraft } from "@/lib/drafts/move-draft";
import { touchEditLock, releaseEditLock, LOCK_STALE_MS } from "@/lib/drafts/edit-lock";
import { reviewFindings, similarFindings, loadCheckSettings, similarWhileWriting } from "@/lib/drafts/review-checks";
import { updateCheckSettings } from "@/lib/admin/check-settings";
import { ForbiddenError, NotFoundError } from "@/lib/errors";
import { draftAt, makeCounty, sampleFields, type County } from "./fixtures";

let c: County;
beforeEach(async () => {
  c = await makeCounty();
});

const COPIED =
  "今年以来，甲镇坚持以党建引领基层治理，在全镇23个村全面推行党员积分制管理，推动党员亮身份、作表率。围绕政治学习、组织生活、志愿服务、带头致富等6个方面，细化基础分、奖励分和扣减分三类32项积分标准。";

async function settings(input: Partial<Parameters<typeof updateCheckSettings>[1]> = {}) {
  await updateCheckSettings(c.admin, { titleMaxLength: 30, staleDays: 7, similarityPercent: 60, severeChecks: [], ...input });
}

describe("who is editing (正在编辑)", () => {
  it("tells the second editor who holds the draft and since when, until the first leaves or goes quiet", async () => {
    const d = await draftAt(c, "SUBMITTED");
    const t0 = new Date("2026-11-23T02:00:00Z");
    expect(await touchEditLock(c.reviewerA, d.id, t0)).toBeNull();
    const reviewer2 = { ...c.reviewerA, id: (await db.user.create({ data: { username: "r2", name: "第二位委员", unitId: c.unitA.id, roles: ["REVIEWER"], passwordHash: "x" } })).id };
    const holder = await touchEditLock(reviewer2, d.id, new Date(t0.getTime() + 60_000));
    expect(holder).toEqual({ name: "reviewer_a", since: t0 });
    // The holder's heartbeat keeps the original start time.
    expect(await touchEditLock(c.reviewerA, d.id, new Date(t0.getTime() + 90_000))).toBeNull();
    expect((await db.draftEditLock.findUniqueOrThrow({ where: { draftId: d.id } })).since).toEqual(t0);
    // Gone quiet: the next person takes over.
    expect(await touchEditLock(reviewer2, d.id, new Date(t0.getTime() + 90_000 + LOCK_STALE_MS + 1))).toBeNull();
    await releaseEditLock(reviewer2, d.id);
    expect(await db.draftEditLock.count()).toBe(0);
    // Another unit cannot even learn the draft exists.
    await expect(touchEditLock(c.officerB, d.id, t0)).rejects.toThrow(/没有找到/);
  });
});

describe("checks that need the server", () => {
  it("finds a copied draft from another unit, and tells the officer only what they may see", async () => {
    const original = await createDraft(c.officerB, { ...sampleFields("乙街道推行党员积分制管理"), body: COPIED.replace(/甲镇/g, "乙街道") });
    const s = await loadCheckSettings();
    const forOfficer = await similarFindings(c.officerA, { title: "甲镇推行党员积分制", body: COPIED }, s);
    expect(forOfficer).toHaveLength(1);
    expect(forOfficer[0]).toMatchObject({ code: "SIMILAR", severity: "warning" });
    expect(forOfficer[0].message).toContain("其他单位");
    expect(forOfficer[0].message).not.toContain("乙街道推行");
    expect(forOfficer[0].excerpt?.length).toBeGreaterThan(20);
    // The research office sees which draft, once that draft reached the county.
    await moveDraft(c.officerB, { id: original.id, version: original.version, action: "SUBMIT", secrecyConfirmed: true });
    await moveDraft(c.reviewerB, { id: original.id, version: original.version + 1, action: "APPROVE" });
    const mine = await draftAt(c, "FORWARDED");
    await updateDraft(c.editor, { ...sampleFields("甲镇推行党员积分制"), body: COPIED, id: mine.id, version: mine.version });
    const forEditor = await reviewFindings(c.editor, await db.draft.findUniqueOrThrow({ where: { id: mine.id }, include: { unit: true } }));
    expect(forEditor.find((f) => f.code === "SIMILAR")?.message).toContain("《乙街道推行党员积分制管理》");
    // An unrelated text finds nothing.
    expect(await similarFindings(c.officerA, { title: "柳河乡召开冬训动员会", body: "柳河乡召开农村党员冬训动员会，部署今冬明春党员教育培训工作，全乡党员参加。" }, s)).toEqual([]);
  });

  it("highlights the watch-list for reviewers, and blocks submission on a check set as severe", async () => {
    await addWatchTerm(c.admin, { term: "两个维护", why: "核对提法是否完整准确", suggestion: "" });
    await settings({ severeChecks: ["HALF_WIDTH_PUNCT"] });
    const d = await createDraft(c.officerA, { ...sampleFields("甲镇开展主题党日活动"), body: "甲镇各支部开展主题党日活动,坚决做到两个维护。" });
    const draft = await db.draft.findUniqueOrThrow({ where: { id: d.id }, include: { unit: true } });
    const findings = await reviewFindings(c.reviewerA, draft);
    expect(findings.map((f) => [f.code, f.severity])).toEqual(expect.arrayContaining([["WATCH_PHRASE", "warning"], ["HALF_WIDTH_PUNCT", "severe"]]));
    await expect(moveDraft(c.officerA, { id: d.id, version: d.version, action: "SUBMIT", secrecyConfirmed: true })).rejects.toThrow(/必须改正/);
    expect((await db.draft.findUniqueOrThrow({ where: { id: d.id } })).status).toBe("DRAFT");
    const fixed = await updateDraft(c.officerA, { ...sampleFields("甲镇开展主题党日活动"), body: "甲镇各支部开展主题党日活动，坚决做到两个维护。", id: d.id, version: d.version });
    expect(await moveDraft(c.officerA, { id: d.id, version: fixed.version, action: "SUBMIT", secrecyConfirmed: true })).toBe("SUBMITTED");
  });

  it("asks the similarity check only for people who write or edit drafts, and only of drafts they may see", async () => {
    await expect(similarWhileWriting(c.admin, { title: "任意", body: COPIED })).rejects.toThrow(ForbiddenError);
    await expect(similarWhileWriting(c.leader, { title: "任意", body: COPIED })).rejects.toThrow(ForbiddenError);
    const other = await createDraft(c.officerB, sampleFields("乙街道的稿"));
    await expect(similarWhileWriting(c.officerA, { id: other.id, title: "任意", body: COPIED })).rejects.toThrow(NotFoundError);
    expect(await similarWhileWriting(c.officerA, { title: "任意", body: COPIED })).toEqual([]);
  });

  it("creates a draft once, however often a save whose answer was lost is sent again", async () => {
    const id = "7d444840-9dc0-41f6-a5d1-6b3ab1e8a7a3";
    const first = await createDraft(c.officerA, { ...sampleFields("第一次"), id });
    const again = await createDraft(c.officerA, { ...sampleFields("第二次带着新内容"), id });
    expect(again.id).toBe(first.id);
    expect(again.title).toBe("第二次带着新内容");
    expect(await db.draft.count()).toBe(1);
    await expect(createDraft(c.officerB, { ...sampleFields("别人的"), id })).rejects.toThrow(NotFoundError);
  });

  it("keeps the settings the administrator's: validated and audited", async () => {
    await expect(settings()).resolves.toBeUndefined();
    await expect(updateCheckSettings(c.editor, { titleMaxLength: 30, staleDays: 7, similarityPercent: 60, severeChecks: [] })).rejects.toThrow(ForbiddenError);
    await settings({ titleMaxLength: 25 });
    expect(await loadCheckSettings()).toMatchObject({ titleMaxLength: 25, similarityThreshold: 0.6 });
    expect(await db.auditLog.count({ where: { action: "checks.settings" } })).toBe(2);
    // Saved over a newer change: told, not silently overwritten.
    const seen = new Date("2020-01-01T00:00:00Z");
    await expect(updateCheckSettings(c.admin, { titleMaxLength: 40, staleDays: 7, similarityPercent: 60, severeChecks: [] }, seen)).rejects.toThrow(/刚被别人改过/);
    expect((await loadCheckSettings()).titleMaxLength).toBe(25);
  });
});
