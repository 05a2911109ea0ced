/**
 * The similarity index's full build runs in the background worker, in batches that keep their
 * progress: asked for at first start on drafts without bands, resumable, never done twice by two
 * runs at once, shown to the administrator, and said in the checks while it runs.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { createDraft } from "@/lib/drafts/create-draft";
import { findSimilar, similarityText } from "@/lib/similarity";
import { indexBuildStatus, requestIndexBuildIfMissing, runIndexBuild } from "@/lib/similarity/build";
import { BANDS } from "@/lib/similarity/minhash";
import { rebuildSimilarityIndex, similarityIndexStatus } from "@/lib/admin/similarity-index";
import { similarWhileWriting } from "@/lib/drafts/review-checks";
import { startWorker, type Worker } from "@/lib/jobs/worker";
import { ConflictError, ForbiddenError } from "@/lib/errors";
import { makeCounty, sampleFields, type County } from "./fixtures";

let c: County;
beforeEach(async () => {
  c = await makeCounty();
});

const BODY = `今年以来，甲镇坚持以党建引领基层治理，在全镇23个村（社区）全面推行党员积分制管理，推动党员亮身份、作表率。
围绕政治学习、组织生活、志愿服务、带头致富等6个方面，细化基础分、奖励分和扣减分三类32项积分标准。
党员每月自主申报，党小组初审，村党组织审核后张榜公示，接受群众监督。积分结果与评先评优、发展党员直接挂钩。`;

/** Three long drafts whose bands are then dropped, as on a database from before the index. */
async function draftsWithoutIndex() {
  const made = [];
  for (const [who, title] of [
    [c.officerA, "甲镇推行党员积分制管理"],
    [c.officerB, "乙街道推行党员积分制管理"],
    [c.officerA, "甲镇党员积分制管理见实效"],
  ] as const) {
    made.push(await createDraft(who, { ...sampleFields(title), body: BODY.replace(/甲镇/g, title.slice(0, 3)) }));
  }
  await db.draftSimilarityBand.deleteMany();
  return made;
}

describe("the similarity index build", () => {
  it("is asked for once, on drafts that have no bands, and not on an empty database", async () => {
    expect(await requestIndexBuildIfMissing()).toBe(false);
    expect(await indexBuildStatus()).toBeNull();
    await draftsWithoutIndex();
    expect(await requestIndexBuildIfMissing()).toBe(true);
    expect(await indexBuildStatus()).toMatchObject({ state: "waiting", done: 0, total: 3 });
    expect(await requestIndexBuildIfMissing()).toBe(false);
  });

  it("stops when told, goes on from where it stopped, and two runs at once index each draft once", async () => {
    const [first, second] = await draftsWithoutIndex();
    await requestIndexBuildIfMissing();
    expect(await runIndexBuild({ batch: 1, stopAt: new Date(0) })).toBe(0);
    const stop = new AbortController();
    const steps: string[] = [];
    expect(await runIndexBuild({ batch: 1, signal: stop.signal, progress: (done, total) => (steps.push(`${done}/${total}`), stop.abort()) })).toBe(1);
    expect(await indexBuildStatus()).toMatchObject({ state: "building", done: 1, total: 3 });
    expect(steps).toEqual(["1/3"]);

    const [x, y] = await Promise.all([runIndexBuild({ batch: 1 }), runIndexBuild({ batch: 1 })]);
    expect(x + y).toBe(2);
    const status = await indexBuildStatus();
    expect(status).toMatchObject({ state: "done", done: 3, total: 3 });
    expect(status?.finishedAt).toBeInstanceOf(Date);
    expect(await db.draftSimilarityBand.count()).toBe(3 * BANDS);
    const found = await findSimilar({ text: similarityText({ title: second.title, body: BODY }), excludeDraftIds: [second.id], threshold: 0.5 });
    expect(found.map((f) => f.draftId)).toContain(first.id);
    // A finished build does nothing more.
    expect(await runIndexBuild({ batch: 1 })).toBe(0);
  });

  it("tells the writer, while it runs, that earlier drafts may be missed", async () => {
    await draftsWithoutIndex();
    await requestIndexBuildIfMissing();
    const note = (await similarWhileWriting(c.officerA, { title: "新稿", body: BODY })).map((f) => f.message);
    expect(note).toContain("相似度索引正在后台建立（已完成0%），与较早稿件的比对暂不完整");
    await runIndexBuild();
    const after = (await similarWhileWriting(c.officerA, { title: "新稿", body: BODY })).map((f) => f.message);
    expect(after.some((m) => m.includes("相似度索引"))).toBe(false);
    expect(after.some((m) => m.includes("相似度"))).toBe(true);
  });
});

describe("the administrator's rebuild", () => {
  it("is the administrator's, audited, and refused while a build runs", async () => {
    await draftsWithoutIndex();
    await expect(rebuildSimilarityIndex(c.officerA)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(similarityIndexStatus(c.editor)).rejects.toBeInstanceOf(ForbiddenError);
    await rebuildSimilarityIndex(c.admin);
    expect(await similarityIndexStatus(c.admin)).toMatchObject({ state: "waiting", total: 3 });
    await expect(rebuildSimilarityIndex(c.admin)).rejects.toBeInstanceOf(ConflictError);
    expect(await db.auditLog.count({ where: { action: "similarity.rebuild", actorId: c.admin.id } })).toBe(1);
    await runIndexBuild();
    await rebuildSimilarityIndex(c.admin);
    expect(await db.auditLog.count({ where: { action: "similarity.rebuild" } })).toBe(2);
  });
});

describe("the worker", () => {
  let worker: Worker | undefined;
  afterEach(async () => {
    await worker?.stop();
    worker = undefined;
  });

  it("builds a requested index in the background when it starts", async () => {
    await draftsWithoutIndex();
    await requestIndexBuildIfMissing();
    worker = await startWorker({ connectionString: process.env.DATABASE_URL!, pollingIntervalSeconds: 0.5, schedule: false });
    await vi.waitFor(async () => expect(await indexBuildStatus(), "the build's progress").toMatchObject({ state: "done" }), { timeout: 30_000, interval: 100 });
    expect(await db.draftSimilarityBand.count()).toBe(3 * BANDS);
  });
});
