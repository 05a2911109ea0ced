import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createIssue } from "@/lib/bulletins/create-issue";
import { publishIssue } from "@/lib/bulletins/publish-issue";
import { moveDraft } from "@/lib/drafts/move-draft";
import { updateDraft } from "@/lib/drafts/update-draft";
import { ConflictError } from "@/lib/errors";
import { draftAt, makeCounty, sampleFields, type County } from "./fixtures";

let c: County;
beforeEach(async () => {
  c = await makeCounty();
});

describe("races", () => {
  it("20 concurrent publications in one series get 20 unique, gap-free numbers", async () => {
    const issues = [];
    for (let i = 0; i < 20; i++) {
      const issue = await createIssue(c.editor, { seriesId: c.series.id });
      await draftAt(c, "ADOPTED", undefined, `稿件${i}`, issue.id);
      issues.push(issue.id);
    }
    const now = new Date("2026-11-23T02:00:00Z");
    const results = await Promise.all(issues.map((issueId) => publishIssue(c.editor, { issueId, now })));
    expect(results.map((r) => r.number).sort((a, b) => a! - b!)).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
    expect(new Set(results.map((r) => r.totalNumber)).size).toBe(20);
    expect(await db.seriesYearCounter.findFirstOrThrow()).toMatchObject({ year: 2026, lastNumber: 20 });
  });

  it("of two concurrent forwards of one draft exactly one succeeds", async () => {
    const d = await draftAt(c, "SUBMITTED");
    const second = { ...c.reviewerA, id: (await db.user.create({ data: { username: "reviewer_a2", name: "二号组织委员", unitId: c.unitA.id, roles: ["REVIEWER"], passwordHash: "x" } })).id };
    const outcomes = await Promise.allSettled([
      moveDraft(c.reviewerA, { id: d.id, version: d.version, action: "APPROVE" }),
      moveDraft(second, { id: d.id, version: d.version, action: "APPROVE" }),
    ]);
    expect(outcomes.filter((o) => o.status === "fulfilled")).toHaveLength(1);
    const rejected = outcomes.find((o) => o.status === "rejected") as PromiseRejectedResult;
    expect(rejected.reason).toBeInstanceOf(ConflictError);
    expect(await db.draftEvent.count({ where: { draftId: d.id, action: "APPROVE" } })).toBe(1);
  });

  it("a forward racing a return: one wins, the other is told the status changed", async () => {
    const d = await draftAt(c, "SUBMITTED");
    const outcomes = await Promise.allSettled([
      moveDraft(c.reviewerA, { id: d.id, version: d.version, action: "APPROVE" }),
      moveDraft(c.officerA, { id: d.id, version: d.version, action: "WITHDRAW" }),
    ]);
    expect(outcomes.filter((o) => o.status === "fulfilled")).toHaveLength(1);
  });

  it("two editors saving the same version: the second is told and nothing is overwritten", async () => {
    const d = await draftAt(c, "FORWARDED");
    const editor2 = { ...c.editor, id: (await db.user.create({ data: { username: "editor2", name: "二号编辑", unitId: c.root.id, roles: ["EDITOR"], passwordHash: "x" } })).id };
    const outcomes = await Promise.allSettled([
      updateDraft(c.editor, { ...sampleFields("编辑一的标题"), id: d.id, version: d.version }),
      updateDraft(editor2, { ...sampleFields("编辑二的标题"), id: d.id, version: d.version }),
    ]);
    const won = outcomes.findIndex((o) => o.status === "fulfilled");
    expect(outcomes.filter((o) => o.status === "rejected")).toHaveLength(1);
    const title = (await db.draft.findUniqueOrThrow({ where: { id: d.id } })).title;
    expect(title).toBe(won === 0 ? "编辑一的标题" : "编辑二的标题");
    expect(await db.draftVersion.count({ where: { draftId: d.id, reason: "COUNTY_EDIT" } })).toBe(1);
  });
});
