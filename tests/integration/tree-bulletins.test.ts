/**
 * Series and their issues belong to a 组织部: only that node composes, signs and publishes them;
 * their published issues are read down the tree (every node below, townships included) and,
 * by the offices and leaders above, up it. Anything else answers 404 like a missing issue.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/authz/permissions";
import { NotFoundError } from "@/lib/errors";
import { createDraft } from "@/lib/drafts/create-draft";
import { moveDraft } from "@/lib/drafts/move-draft";
import { createSeries, getSeries, listSeries, updateSeries } from "@/lib/bulletins/series";
import { createIssue } from "@/lib/bulletins/create-issue";
import { adoptDraft, unadoptDraft } from "@/lib/bulletins/adopt-draft";
import { addItem, removeItem, reorderItems, updateIssue } from "@/lib/bulletins/compose";
import { moveIssue } from "@/lib/bulletins/move-issue";
import { publishIssue } from "@/lib/bulletins/publish-issue";
import { voidIssue } from "@/lib/bulletins/void-issue";
import { issueCapabilities } from "@/lib/bulletins/capabilities";
import { composingIssueOptions, getIssueDetail, listActiveSeries, listArchive, listReadableSeries, listWorkingIssues } from "@/lib/bulletins/queries";
import { makeChain, seriesSettings, type Chain } from "./chain-fixtures";
import { person, sampleFields, version } from "./fixtures";

let c: Chain;
let cityReviewer: Actor;
const series: Record<"city" | "x" | "y", { id: string }> = {} as never;


/** A draft of the officer's unit, forwarded by its reviewer and adopted by the node's office (into an issue when given). */
async function adopted(who: { officer: Actor; reviewer: Actor; editor: Actor }, title: string, issueId?: string) {
  const d = await createDraft(who.officer, sampleFields(title));
  await moveDraft(who.officer, { id: d.id, version: await version(d.id), action: "SUBMIT", secrecyConfirmed: true });
  await moveDraft(who.reviewer, { id: d.id, version: await version(d.id), action: "APPROVE" });
  await adoptDraft(who.editor, { id: d.id, version: await version(d.id), issueId });
  return d.id;
}

const issueVersion = async (id: string) => (await db.bulletinIssue.findUniqueOrThrow({ where: { id } })).version;

/** An issue of a series with one adopted draft, published when asked. */
async function issueOf(seriesId: string, who: { officer: Actor; reviewer: Actor; editor: Actor }, title: string, publish: boolean) {
  const issue = await createIssue(who.editor, { seriesId });
  await adopted(who, title, issue.id);
  if (publish) await publishIssue(who.editor, { issueId: issue.id, version: await issueVersion(issue.id) });
  return issue.id;
}

const city = () => ({ officer: c.city.agencyOfficer, reviewer: cityReviewer, editor: c.city.editor });

beforeAll(async () => {
  c = await makeChain();
  cityReviewer = await person("city_agency_reviewer", c.city.agency.id, ["REVIEWER"]);
  series.city = await createSeries(c.city.admin, seriesSettings("测试市组工信息"));
  series.x = await createSeries(c.x.admin, seriesSettings("甲县组工信息"));
  series.y = await createSeries(c.y.admin, seriesSettings("乙县组工信息"));
});

describe("a series belongs to the node that creates it", () => {
  it("sets the creator's node, and keeps the settings of another node's series out of reach", async () => {
    expect((await db.series.findUniqueOrThrow({ where: { id: series.x.id } })).nodeId).toBe(c.x.root.id);
    expect((await listSeries(c.x.editor, { page: 1 })).rows.map((s) => s.id)).toEqual([series.x.id]);
    expect((await listActiveSeries(c.city.editor)).map((s) => s.id)).toEqual([series.city.id]);
    await expect(getSeries(c.city.editor, series.x.id)).rejects.toThrow(NotFoundError);
    await expect(updateSeries(c.x.admin, series.city.id, seriesSettings("改个名字"))).rejects.toThrow(NotFoundError);
    expect((await db.series.findUniqueOrThrow({ where: { id: series.city.id } })).name).toBe("测试市组工信息");
  });
});

describe("only the series' node changes its issues", () => {
  it("refuses a county editor the city's series: opening, adopting, composing, publishing and voiding answer 404", async () => {
    await expect(createIssue(c.x.editor, { seriesId: series.city.id })).rejects.toThrow(NotFoundError);
    const cityIssue = await issueOf(series.city.id, city(), "市教育局推行导师制", false);
    const [item] = await db.issueItem.findMany({ where: { issueId: cityIssue } });
    const before = await issueVersion(cityIssue);

    // A county draft, forwarded to the county: adopting it into the city's issue leaves it untouched.
    const d = await createDraft(c.x.officer, sampleFields("甲县城关镇推行积分制"));
    await moveDraft(c.x.officer, { id: d.id, version: await version(d.id), action: "SUBMIT", secrecyConfirmed: true });
    await moveDraft(c.x.reviewer, { id: d.id, version: await version(d.id), action: "APPROVE" });
    await expect(adoptDraft(c.x.editor, { id: d.id, version: await version(d.id), issueId: cityIssue })).rejects.toThrow(NotFoundError);
    expect((await db.draft.findUniqueOrThrow({ where: { id: d.id } })).status).toBe("FORWARDED");
    await adoptDraft(c.x.editor, { id: d.id, version: await version(d.id) });

    await expect(addItem(c.x.editor, { issueId: cityIssue, version: before, draftId: d.id })).rejects.toThrow(NotFoundError);
    await expect(removeItem(c.x.editor, { itemId: item.id, version: before })).rejects.toThrow(NotFoundError);
    await expect(reorderItems(c.x.editor, { issueId: cityIssue, version: before, itemIds: [item.id] })).rejects.toThrow(NotFoundError);
    await expect(updateIssue(c.x.editor, { issueId: cityIssue, version: before, editorNote: "甲县改的" })).rejects.toThrow(NotFoundError);
    await expect(publishIssue(c.x.editor, { issueId: cityIssue, version: before })).rejects.toThrow(NotFoundError);
    expect(await issueVersion(cityIssue)).toBe(before);
    expect(await db.issueItem.count({ where: { issueId: cityIssue } })).toBe(1);

    await publishIssue(c.city.editor, { issueId: cityIssue, version: before });
    await expect(voidIssue(c.x.editor, { issueId: cityIssue, reason: "甲县要作废" })).rejects.toThrow(NotFoundError);
    expect((await db.bulletinIssue.findUniqueOrThrow({ where: { id: cityIssue } })).status).toBe("PUBLISHED");
  });

  it("refuses a county's office a sibling county's adopted draft in its own issue", async () => {
    const yIssue = await createIssue(c.y.editor, { seriesId: series.y.id });
    const xDraft = await adopted(c.x, "甲县城关镇办好村级党校");
    await expect(addItem(c.y.editor, { issueId: yIssue.id, version: await issueVersion(yIssue.id), draftId: xDraft })).rejects.toThrow(NotFoundError);
    expect(await db.issueItem.count({ where: { draftId: xDraft } })).toBe(0);
    const yDraft = await adopted(c.y, "乙县城关镇办好村级党校");
    await addItem(c.y.editor, { issueId: yIssue.id, version: await issueVersion(yIssue.id), draftId: yDraft });
    expect((await db.issueItem.findMany({ where: { issueId: yIssue.id } })).map((i) => i.draftId)).toEqual([yDraft]);
  });

  it("refuses the city's editor a county issue, and its leader the county's sign-off", async () => {
    await expect(createIssue(c.city.editor, { seriesId: series.x.id })).rejects.toThrow(NotFoundError);
    const xIssue = await issueOf(series.x.id, c.x, "甲县城关镇建强支部", false);
    const v = await issueVersion(xIssue);
    await expect(updateIssue(c.city.editor, { issueId: xIssue, version: v, editorNote: "市里改的" })).rejects.toThrow(NotFoundError);
    await expect(publishIssue(c.city.editor, { issueId: xIssue, version: v })).rejects.toThrow(NotFoundError);
    const [item] = await db.issueItem.findMany({ where: { issueId: xIssue }, include: { draft: true } });
    await expect(unadoptDraft(c.city.editor, { id: item.draftId, version: item.draft.version })).rejects.toThrow(NotFoundError);
    expect(await issueVersion(xIssue)).toBe(v);
    await publishIssue(c.x.editor, { issueId: xIssue, version: v });
    await expect(voidIssue(c.city.editor, { issueId: xIssue, reason: "市里要作废" })).rejects.toThrow(NotFoundError);
    expect((await db.bulletinIssue.findUniqueOrThrow({ where: { id: xIssue } })).status).toBe("PUBLISHED");

    const signed = await createSeries(c.x.admin, seriesSettings("甲县组工信息·专报", true));
    const toSign = await issueOf(signed.id, c.x, "甲县专报一篇", false);
    await expect(moveIssue(c.city.editor, { issueId: toSign, version: await issueVersion(toSign), move: "SEND_FOR_SIGNOFF" })).rejects.toThrow(NotFoundError);
    await moveIssue(c.x.editor, { issueId: toSign, version: await issueVersion(toSign), move: "SEND_FOR_SIGNOFF" });
    const told = await db.notification.findMany({ where: { kind: "ISSUE_SIGNOFF" }, select: { userId: true } });
    expect(told.map((n) => n.userId)).toEqual([c.x.leader.id]);
    for (const leader of [c.city.leader, c.y.leader]) {
      await expect(moveIssue(leader, { issueId: toSign, version: await issueVersion(toSign), move: "SIGN" })).rejects.toThrow(NotFoundError);
      await expect(moveIssue(leader, { issueId: toSign, version: await issueVersion(toSign), move: "RETURN", comment: "退回" })).rejects.toThrow(NotFoundError);
    }
    await moveIssue(c.x.leader, { issueId: toSign, version: await issueVersion(toSign), move: "SIGN" });
    expect((await db.bulletinIssue.findUniqueOrThrow({ where: { id: toSign } })).signedById).toBe(c.x.leader.id);
  });
});

describe("who reads an issue", () => {
  let xPublished: string;
  let xComposing: string;
  let cityPublished: string;
  beforeAll(async () => {
    xPublished = await issueOf(series.x.id, c.x, "甲县读者测试", true);
    xComposing = await issueOf(series.x.id, c.x, "甲县还在编", false);
    cityPublished = await issueOf(series.city.id, city(), "市里读者测试", true);
  });

  it("shows a county's published issue to its townships and to the city's office and leader, read-only, and to no one of the other county", async () => {
    for (const reader of [c.x.officer, c.x.reviewer, c.x.leader, c.city.editor, c.city.leader]) {
      expect((await getIssueDetail(reader, xPublished)).id).toBe(xPublished);
    }
    for (const outsider of [c.city.editor, c.city.leader]) {
      const caps = issueCapabilities(outsider, await getIssueDetail(outsider, xPublished));
      expect(caps).toMatchObject({ canCompose: false, moves: [] });
    }
    expect(issueCapabilities(c.x.editor, await getIssueDetail(c.x.editor, xPublished)).moves.map((m) => m.move)).toEqual(["VOID"]);
    for (const outsider of [c.y.officer, c.y.reviewer, c.y.editor, c.y.leader, c.city.agencyOfficer]) {
      await expect(getIssueDetail(outsider, xPublished)).rejects.toThrow(NotFoundError);
    }
  });

  it("keeps a county's unpublished issue to the county", async () => {
    expect((await getIssueDetail(c.x.editor, xComposing)).id).toBe(xComposing);
    for (const outsider of [c.city.editor, c.city.leader, c.city.admin, c.y.editor]) {
      await expect(getIssueDetail(outsider, xComposing)).rejects.toThrow(NotFoundError);
    }
    expect((await listWorkingIssues(c.city.editor, { page: 1 })).rows.every((i) => i.seriesId === series.city.id)).toBe(true);
    expect((await composingIssueOptions(c.city.editor)).map((o) => o.id)).not.toContain(xComposing);
    expect((await composingIssueOptions(c.x.editor)).map((o) => o.id)).toContain(xComposing);
  });

  it("shows the city's published issue to every county and township below it", async () => {
    for (const reader of [c.x.editor, c.x.officer, c.y.leader, c.y.officer, c.city.agencyOfficer]) {
      const issue = await getIssueDetail(reader, cityPublished);
      expect(issue.id).toBe(cityPublished);
      expect(issueCapabilities(reader, issue).moves).toEqual([]);
    }
  });

  it("lists the own node's series in the archive, and any series the reader may read on request", async () => {
    const archive = async (a: Actor, seriesId?: string) => (await listArchive(a, { page: 1, seriesId })).rows.map((i) => i.seriesId);
    expect(new Set(await archive(c.x.officer))).toEqual(new Set([series.x.id]));
    expect(await archive(c.x.officer, series.city.id)).toContain(series.city.id);
    expect(await archive(c.x.officer, series.y.id)).toEqual([]);
    expect(new Set(await archive(c.city.leader))).toEqual(new Set([series.city.id]));
    expect(new Set(await archive(c.city.leader, series.x.id))).toEqual(new Set([series.x.id]));
    expect(await archive(c.city.agencyOfficer, series.x.id)).toEqual([]);
    const xSeries = (await db.series.findMany({ where: { nodeId: c.x.root.id }, orderBy: { createdAt: "asc" } })).map((s) => s.id);
    expect((await listReadableSeries(c.x.officer)).map((s) => s.id)).toEqual([...xSeries, series.city.id]);
    const cityReads = (await listReadableSeries(c.city.editor)).map((s) => s.id);
    expect(cityReads[0]).toBe(series.city.id);
    expect(new Set(cityReads)).toEqual(new Set((await db.series.findMany()).map((s) => s.id)));
  });
});
