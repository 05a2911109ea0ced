import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createIssue } from "@/lib/bulletins/create-issue";
import { adoptDraft, unadoptDraft } from "@/lib/bulletins/adopt-draft";
import { removeItem, reorderItems } from "@/lib/bulletins/compose";
import { publishIssue } from "@/lib/bulletins/publish-issue";
import { updateDraft } from "@/lib/drafts/update-draft";
import { getPeriodTable } from "@/lib/scores/period-table";
import { moveDraft } from "@/lib/drafts/move-draft";
import { DomainError } from "@/lib/errors";
import { shanghaiYear } from "@/lib/time";
import { draftAt, makeCounty, sampleFields, version, type County } from "./fixtures";

let c: County;
beforeEach(async () => {
  c = await makeCounty();
});

describe("composing and publishing an issue", () => {
  it("orders items, numbers the issue, freezes text, marks drafts published and scores them", async () => {
    const issue = await createIssue(c.editor, { seriesId: c.series.id });
    const a = await draftAt(c, "ADOPTED", undefined, "第一篇", issue.id);
    const b = await draftAt(c, "ADOPTED", { officer: c.officerB, reviewer: c.reviewerB }, "第二篇", issue.id);
    const items = await db.issueItem.findMany({ where: { issueId: issue.id }, orderBy: { position: "asc" } });
    expect(items.map((i) => i.draftId)).toEqual([a.id, b.id]);
    const issueVersion = async () => (await db.bulletinIssue.findUniqueOrThrow({ where: { id: issue.id } })).version;
    const seen = await issueVersion();
    const swapped = { issueId: issue.id, version: seen, itemIds: [items[1].id, items[0].id] };
    await reorderItems(c.editor, swapped);
    // A second composer who saw the same version is told, and the order does not move twice.
    await expect(reorderItems(c.editor, { ...swapped, itemIds: [items[0].id, items[1].id] })).rejects.toThrow(/刚有改动/);
    const now = new Date("2026-12-31T17:00:00Z"); // 2027-01-01 01:00 in Shanghai
    const published = await publishIssue(c.editor, { issueId: issue.id, now });
    expect(published).toMatchObject({ status: "PUBLISHED", year: 2027, number: 1, totalNumber: 1 });

    const frozen = await db.issueItem.findMany({ where: { issueId: issue.id }, orderBy: { position: "asc" } });
    expect(frozen.map((i) => i.title)).toEqual(["第二篇", "第一篇"]);
    const drafts = await db.draft.findMany({ where: { id: { in: [a.id, b.id] } } });
    expect(drafts.every((d) => d.status === "PUBLISHED")).toBe(true);
    await expect(updateDraft(c.editor, { ...sampleFields("改不动"), id: a.id, version: await version(a.id) })).rejects.toThrow(DomainError);

    const entries = await db.scoreEntry.findMany({ include: { rule: true } });
    expect(entries).toHaveLength(2);
    expect(entries.every((e) => Number(e.points) === 2 && e.year === 2027 && e.rule.code === "ADOPTION_COUNTY")).toBe(true);
    expect(entries.map((e) => e.unitId).sort()).toEqual([c.unitA.id, c.unitB.id].sort());
  });

  it("keeps the ledger append-only, and an adopted draft edited after composing needs a fresh look", async () => {
    const issue = await createIssue(c.editor, { seriesId: c.series.id });
    const a = await draftAt(c, "ADOPTED", undefined, undefined, issue.id);
    const seen = (await db.bulletinIssue.findUniqueOrThrow({ where: { id: issue.id } })).version;
    await updateDraft(c.editor, { ...sampleFields("付印前又改了标题"), id: a.id, version: await version(a.id) });
    await expect(publishIssue(c.editor, { issueId: issue.id, version: seen })).rejects.toThrow(/刚有改动/);
    await publishIssue(c.editor, { issueId: issue.id });
    const entry = await db.scoreEntry.findFirstOrThrow();
    await expect(db.scoreEntry.update({ where: { id: entry.id }, data: { points: 99 } })).rejects.toThrow(/append-only/);
    await expect(db.scoreEntry.delete({ where: { id: entry.id } })).rejects.toThrow(/append-only/);
  });

  it("numbers per series per year and keeps the running total across years", async () => {
    const publishOne = async (now: Date) => {
      const issue = await createIssue(c.editor, { seriesId: c.series.id });
      await draftAt(c, "ADOPTED", undefined, undefined, issue.id);
      return publishIssue(c.editor, { issueId: issue.id, now });
    };
    const first = await publishOne(new Date("2026-06-01T00:00:00Z"));
    const second = await publishOne(new Date("2026-12-31T15:59:00Z")); // 23:59 on 31 Dec in Shanghai
    const third = await publishOne(new Date("2026-12-31T16:00:00Z")); // 00:00 on 1 Jan 2027 in Shanghai
    expect([first, second, third].map((i) => [i.year, i.number, i.totalNumber])).toEqual([
      [2026, 1, 1],
      [2026, 2, 2],
      [2027, 1, 3],
    ]);
  });

  it("refuses an empty issue and takes no number", async () => {
    const issue = await createIssue(c.editor, { seriesId: c.series.id });
    await expect(publishIssue(c.editor, { issueId: issue.id })).rejects.toThrow(/还没有编入稿件/);
    expect(await db.seriesYearCounter.count()).toBe(0);
    expect((await db.series.findUniqueOrThrow({ where: { id: c.series.id } })).totalCount).toBe(0);
  });

  it("a publication that fails half way leaves no number used and no draft moved", async () => {
    const issue = await createIssue(c.editor, { seriesId: c.series.id });
    const a = await draftAt(c, "ADOPTED", undefined, "好稿", issue.id);
    const b = await draftAt(c, "ADOPTED", undefined, "被人动过的稿", issue.id);
    const itemsBefore = await db.issueItem.findMany({ where: { issueId: issue.id } });
    // Make the publication fail on the second item by moving it out of ADOPTED.
    await db.draft.update({ where: { id: b.id }, data: { status: "EDITING" } });
    await expect(publishIssue(c.editor, { issueId: issue.id })).rejects.toThrow();
    expect(await db.seriesYearCounter.count()).toBe(0);
    expect((await db.bulletinIssue.findUniqueOrThrow({ where: { id: issue.id } })).status).toBe("COMPOSING");
    expect((await db.draft.findUniqueOrThrow({ where: { id: a.id } })).status).toBe("ADOPTED");
    expect(await db.scoreEntry.count()).toBe(0);
    expect(await db.issueItem.findMany({ where: { issueId: issue.id } })).toEqual(itemsBefore);
    // Repaired, it publishes as number 1.
    await db.draft.update({ where: { id: b.id }, data: { status: "ADOPTED" } });
    expect((await publishIssue(c.editor, { issueId: issue.id })).number).toBe(1);
  });

  it("takes a draft back out of an issue before publication: to the pool, or un-adopted", async () => {
    const issue = await createIssue(c.editor, { seriesId: c.series.id });
    const a = await draftAt(c, "ADOPTED", undefined, undefined, issue.id);
    const item = await db.issueItem.findUniqueOrThrow({ where: { draftId: a.id } });
    const { version: issueVersion } = await db.bulletinIssue.findUniqueOrThrow({ where: { id: issue.id } });
    await removeItem(c.editor, { itemId: item.id, version: issueVersion });
    expect((await db.draft.findUniqueOrThrow({ where: { id: a.id } })).status).toBe("ADOPTED");
    expect(await db.issueItem.count()).toBe(0);
    await unadoptDraft(c.editor, { id: a.id, version: await version(a.id) });
    expect((await db.draft.findUniqueOrThrow({ where: { id: a.id } })).status).toBe("EDITING");
  });

  it("refuses to adopt into a published issue", async () => {
    const issue = await createIssue(c.editor, { seriesId: c.series.id });
    await draftAt(c, "ADOPTED", undefined, undefined, issue.id);
    await publishIssue(c.editor, { issueId: issue.id });
    const late = await draftAt(c, "FORWARDED");
    await expect(adoptDraft(c.editor, { id: late.id, version: late.version, issueId: issue.id })).rejects.toThrow(/已经发布/);
    expect((await db.draft.findUniqueOrThrow({ where: { id: late.id } })).status).toBe("FORWARDED");
  });

  it("ranks units per group with points, 采用率 and shared ranks", async () => {
    const issue = await createIssue(c.editor, { seriesId: c.series.id });
    await draftAt(c, "ADOPTED", undefined, "甲一", issue.id);
    await draftAt(c, "ADOPTED", { officer: c.officerB, reviewer: c.reviewerB }, "乙一", issue.id);
    await draftAt(c, "ADOPTED", { officer: c.officerC, reviewer: c.reviewerC }, "局一", issue.id);
    const declined = await draftAt(c, "FORWARDED");
    await moveDraft(c.editor, { id: declined.id, version: declined.version, action: "DECLINE", comment: "价值不大" });
    await draftAt(c, "FORWARDED"); // undecided: counts as submitted, not in 采用率
    const now = new Date();
    await publishIssue(c.editor, { issueId: issue.id, now });
    const table = await getPeriodTable(c.leader, { kind: "YEAR", year: shanghaiYear(now), index: 1 });
    const row = (name: string) => table.find((r) => r.name === name)!;
    expect(row("甲镇")).toMatchObject({ submitted: 3, adoptedCounty: 1, declined: 1, rate: 0.5, points: 2, rank: 1 });
    expect(row("乙街道")).toMatchObject({ submitted: 1, adoptedCounty: 1, rate: 1, points: 2, rank: 1 });
    expect(row("县教育局")).toMatchObject({ points: 2, rank: 1, group: "AGENCY" });
    await expect(getPeriodTable(c.officerA, { kind: "YEAR", year: 2026, index: 1 })).rejects.toThrow();
  });
});
