import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createDraft } from "@/lib/drafts/create-draft";
import { findSimilar, indexDraft, similarityText } from "@/lib/similarity";
import { reindexAll } from "@/lib/similarity/build";
import { BANDS, jaccard } from "@/lib/similarity/minhash";
import type { Actor } from "@/lib/authz/permissions";
import { similarWhileWriting } from "@/lib/drafts/review-checks";
import { moveDraft } from "@/lib/drafts/move-draft";
import { makeCounty, sampleFields, version, type County } from "./fixtures";

let c: County;
beforeEach(async () => {
  c = await makeCounty();
});

const ORIGINAL = `今年以来，甲镇坚持以党建引领基层治理，在全镇23个村（社区）全面推行党员积分制管理，推动党员亮身份、作表率。
一、细化积分标准
（一）明确积分内容。围绕政治学习、组织生活、志愿服务、带头致富等6个方面，细化基础分、奖励分和扣减分三类32项积分标准。
（二）规范积分程序。党员每月自主申报，党小组初审，村党组织审核后张榜公示，接受群众监督。
二、强化结果运用
积分结果与评先评优、发展党员、推荐村级后备力量直接挂钩，每季度评选“积分之星”，今年共评选表彰优秀党员86名。
三、取得初步成效
积分制实施以来，全镇党员参加组织生活率达到98%，主动认领志愿服务岗位1260个，为群众办实事好事2300余件。`;

/** The same text sent by another township with its name, a few figures and words changed. */
const COPY = ORIGINAL.replace(/甲镇/g, "乙街道")
  .replace("23个村（社区）", "15个社区")
  .replace("86名", "54名")
  .replace("1260个", "870个")
  .replace("每季度", "每半年");

/** The same event written up again: new opening and closing, long passages kept. */
const REWRITE = `近日，甲镇召开党员积分制管理推进会，总结前期工作，部署下一步任务。会议指出，积分制是加强党员日常管理的有效抓手。
围绕政治学习、组织生活、志愿服务、带头致富等6个方面，细化基础分、奖励分和扣减分三类32项积分标准。
党员每月自主申报，党小组初审，村党组织审核后张榜公示，接受群众监督。
积分结果与评先评优、发展党员、推荐村级后备力量直接挂钩，每季度评选“积分之星”。
会议要求，各村党组织书记要亲自抓，确保积分制管理不走过场、取得实效。`;

const UNRELATED = `县教育局针对青年教师党员比例偏低的问题，实施“青蓝工程”，由骨干党员教师与青年教师结对帮带，全系统确定结对对子126对，明确帮带目标和考核办法。
把业务骨干培养成党员，把党员培养成业务骨干，今年发展青年教师党员14名，选派8名优秀青年教师到乡村学校支教。`;

/** A draft, indexed (createDraft may index it already: indexing again is harmless). */
async function draftWith(officer: Actor, title: string, body: string) {
  const d = await createDraft(officer, { ...sampleFields(title), body });
  await db.$transaction((tx) => indexDraft(tx, d));
  return d;
}

describe("similar drafts", () => {
  it("finds another unit's draft copied with small edits, and not an unrelated one", async () => {
    const original = await draftWith(c.officerA, "甲镇推行党员积分制管理", ORIGINAL);
    const unrelated = await draftWith(c.officerC, "县教育局实施“青蓝工程”", UNRELATED);
    const copy = await draftWith(c.officerB, "乙街道推行党员积分制管理", COPY);

    const found = await findSimilar({ text: similarityText(copy), excludeDraftIds: [copy.id], threshold: 0.6 });
    expect(found).toHaveLength(1);
    const [hit] = found;
    expect(hit).toMatchObject({ draftId: original.id, title: "甲镇推行党员积分制管理", unitName: "甲镇", status: "DRAFT" });
    expect(hit.score).toBeGreaterThanOrEqual(0.6);
    expect(hit.createdAt).toBeInstanceOf(Date);
    expect(hit.shared.length).toBeGreaterThanOrEqual(30);
    // The passage is quoted from the text being checked, never from the other draft.
    expect(COPY.replace(/\n/g, " ")).toContain(hit.shared.replace(/…$/, ""));
    // Only what a hint may show: nothing of the other draft beyond title, unit, status, date
    // (and its author's id, which tells the writer's own drafts apart and is never shown).
    expect(Object.keys(hit).sort()).toEqual(["authorId", "createdAt", "draftId", "score", "shared", "status", "title", "unitName"]);

    // Even with a low threshold the unrelated draft stays out.
    const low = await findSimilar({ text: similarityText(copy), excludeDraftIds: [copy.id], threshold: 0.2 });
    expect(low.map((s) => s.draftId)).not.toContain(unrelated.id);
  });

  it("finds the same event written up again when it shares long passages", async () => {
    const original = await draftWith(c.officerA, "甲镇推行党员积分制管理", ORIGINAL);
    await draftWith(c.officerC, "县教育局实施“青蓝工程”", UNRELATED);
    const score = jaccard(similarityText({ title: "甲镇召开党员积分制管理推进会", body: REWRITE }), similarityText(original));
    expect(score).toBeGreaterThan(0.3);
    expect(score).toBeLessThan(0.6);

    const found = await findSimilar({ text: similarityText({ title: "甲镇召开党员积分制管理推进会", body: REWRITE }), threshold: 0.3 });
    expect(found.map((s) => s.draftId)).toEqual([original.id]);
    expect(found[0].score).toBeCloseTo(score, 6);
    expect(found[0].shared).toContain("细化基础分、奖励分和扣减分三类32项积分标准");
    // Above its score it is not reported.
    expect(await findSimilar({ text: similarityText({ title: "甲镇召开党员积分制管理推进会", body: REWRITE }), threshold: 0.6 })).toEqual([]);
  });

  it("leaves out the draft itself, ranks best first and honours the limit", async () => {
    const original = await draftWith(c.officerA, "甲镇推行党员积分制管理", ORIGINAL);
    const copy = await draftWith(c.officerB, "乙街道推行党员积分制管理", COPY);
    const text = similarityText(original);

    const all = await findSimilar({ text, threshold: 0.5 });
    expect(all.map((s) => s.draftId)).toEqual([original.id, copy.id]);
    expect(all[0].score).toBe(1);
    expect(all[1].score).toBeLessThan(1);

    const others = await findSimilar({ text, excludeDraftIds: [original.id], threshold: 0.5 });
    expect(others.map((s) => s.draftId)).toEqual([copy.id]);
    expect(await findSimilar({ text, threshold: 0.5, limit: 1 })).toHaveLength(1);
  });

  it("has nothing to compare for a very short text", async () => {
    await draftWith(c.officerA, "甲镇推行党员积分制管理", ORIGINAL);
    expect(await findSimilar({ text: "今年以来，甲镇坚持", threshold: 0 })).toEqual([]);
  });

  it("replaces a draft's bands when its text changes", async () => {
    const original = await draftWith(c.officerA, "甲镇推行党员积分制管理", ORIGINAL);
    const copy = await draftWith(c.officerB, "乙街道推行党员积分制管理", COPY);
    expect(await db.draftSimilarityBand.count({ where: { draftId: original.id } })).toBe(BANDS);
    const before = await findSimilar({ text: similarityText(copy), excludeDraftIds: [copy.id], threshold: 0.6 });
    expect(before.map((s) => s.draftId)).toEqual([original.id]);

    // The original is rewritten about something else: the old match disappears.
    await db.$transaction(async (tx) => {
      const d = await tx.draft.update({ where: { id: original.id }, data: { body: UNRELATED } });
      await indexDraft(tx, d);
    });
    expect(await db.draftSimilarityBand.count({ where: { draftId: original.id } })).toBe(BANDS);
    expect(await findSimilar({ text: similarityText(copy), excludeDraftIds: [copy.id], threshold: 0.6 })).toEqual([]);

    // A body too short to compare leaves no bands at all.
    await db.$transaction((tx) => indexDraft(tx, { id: original.id, title: "短", body: "太短了" }));
    expect(await db.draftSimilarityBand.count({ where: { draftId: original.id } })).toBe(0);
  });

  it("rebuilds every draft's bands", async () => {
    const original = await createDraft(c.officerA, { ...sampleFields("甲镇推行党员积分制管理"), body: ORIGINAL });
    const copy = await createDraft(c.officerB, { ...sampleFields("乙街道推行党员积分制管理"), body: COPY });
    await db.draftSimilarityBand.deleteMany(); // as before the bands existed
    expect(await findSimilar({ text: similarityText(copy), excludeDraftIds: [copy.id], threshold: 0.6 })).toEqual([]);
    expect(await reindexAll(1, () => undefined)).toBe(2);
    expect(await db.draftSimilarityBand.count()).toBe(2 * BANDS);
    const found = await findSimilar({ text: similarityText(copy), excludeDraftIds: [copy.id], threshold: 0.6 });
    expect(found.map((s) => s.draftId)).toEqual([original.id]);
  });
});

describe("the writer's own drafts", () => {
  it("are not someone else's material: unsent copies are left out, a sent one is a duplicate warning", async () => {
    const earlier = await draftWith(c.officerA, "甲镇推行党员积分制管理", ORIGINAL);
    // Writing the same piece again (an autosaved copy, a second import): the unsent earlier save is not reported.
    expect(await similarWhileWriting(c.officerA, { title: "甲镇推行党员积分制管理", body: ORIGINAL })).toEqual([]);

    await moveDraft(c.officerA, { id: earlier.id, version: await version(earlier.id), action: "SUBMIT", secrecyConfirmed: true });
    const [own] = await similarWhileWriting(c.officerA, { title: "甲镇推行党员积分制管理", body: ORIGINAL });
    expect(own.message).toMatch(/^与同一作者.*不要重复报送$/);
    expect(own.message).not.toContain("照搬");
    expect(own.severity).toBe("warning");

    // Another unit's officer copying it is still told plainly.
    const [other] = await similarWhileWriting(c.officerB, { title: "乙街道推行党员积分制管理", body: COPY });
    expect(other.message).toContain("照搬他人材料");
  });
});
