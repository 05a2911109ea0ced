import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { NotificationKind } from "@/lib/generated/prisma/enums";
import { createIssue } from "@/lib/bulletins/create-issue";
import { adoptDraft } from "@/lib/bulletins/adopt-draft";
import { addItem, updateIssue, updateItem } from "@/lib/bulletins/compose";
import { moveIssue } from "@/lib/bulletins/move-issue";
import { publishIssue } from "@/lib/bulletins/publish-issue";
import { voidIssue } from "@/lib/bulletins/void-issue";
import { createSeries, updateSeries } from "@/lib/bulletins/series";
import { getIssueDetail, listArchive, listPool, listUnitPublishedItems } from "@/lib/bulletins/queries";
import { loadPrintable } from "@/lib/bulletins/printable";
import { updateDraft } from "@/lib/drafts/update-draft";
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from "@/lib/errors";
import { voidIssueSchema } from "@/lib/validation/bulletin";
import { draftAt, makeCounty, sampleFields, version, type County } from "./fixtures";
import { actionFieldErrors, viaAction } from "./through-action";

let c: County;
let signed: { id: string };
beforeEach(async () => {
  c = await makeCounty();
  signed = await db.series.create({
    data: { name: "测试县组工信息·专报", mastheadTitle: "组工信息·专报", issuingBody: c.root.name, requiresSignOff: true, showTotalNumber: false, nodeId: c.root.id },
  });
});

const issueVersion = async (id: string) => (await db.bulletinIssue.findUniqueOrThrow({ where: { id } })).version;
const move = async (actor: County["editor"], issueId: string, m: "SEND_FOR_SIGNOFF" | "SIGN" | "RETURN" | "RECALL", comment?: string) =>
  moveIssue(actor, { issueId, version: await issueVersion(issueId), move: m, comment });

async function issueWith(seriesId: string, titles: string[]) {
  const issue = await createIssue(c.editor, { seriesId });
  for (const title of titles) await draftAt(c, "ADOPTED", undefined, title, issue.id);
  return issue;
}

describe("sign-off (签发)", () => {
  it("publishes only a signed issue, and records who signed and when", async () => {
    const empty = await createIssue(c.editor, { seriesId: signed.id });
    await expect(move(c.editor, empty.id, "SEND_FOR_SIGNOFF")).rejects.toThrow(/还没有编入稿件/);

    const issue = await issueWith(signed.id, ["甲镇抓党建促乡村振兴"]);
    await expect(publishIssue(c.editor, { issueId: issue.id, version: await issueVersion(issue.id) })).rejects.toThrow(/没有经领导签发/);
    await move(c.editor, issue.id, "SEND_FOR_SIGNOFF");
    await expect(publishIssue(c.editor, { issueId: issue.id, version: await issueVersion(issue.id) })).rejects.toThrow(/没有经领导签发/);
    await expect(move(c.editor, issue.id, "SIGN")).rejects.toThrow(ForbiddenError);
    await expect(move(c.leader, issue.id, "RETURN")).rejects.toThrow(ValidationError);
    await move(c.leader, issue.id, "RETURN", "第二篇数据再核实");
    expect(await db.bulletinIssue.findUniqueOrThrow({ where: { id: issue.id } })).toMatchObject({ status: "COMPOSING", returnComment: "第二篇数据再核实" });

    await move(c.editor, issue.id, "SEND_FOR_SIGNOFF");
    const when = new Date("2026-11-20T03:00:00Z");
    await moveIssue(c.leader, { issueId: issue.id, version: await issueVersion(issue.id), move: "SIGN", now: when });
    const row = await db.bulletinIssue.findUniqueOrThrow({ where: { id: issue.id } });
    expect(row).toMatchObject({ status: "SIGNED", signedById: c.leader.id, signedAt: when, returnComment: null });
    const published = await publishIssue(c.editor, { issueId: issue.id, version: row.version });
    expect(published).toMatchObject({ status: "PUBLISHED", number: 1 });
    const audits = await db.auditLog.findMany({ where: { entityId: issue.id }, orderBy: { createdAt: "asc" } });
    expect(audits.map((a) => a.action)).toEqual(
      expect.arrayContaining(["issue.send_for_signoff", "issue.return", "issue.sign", "issue.publish"]),
    );
  });

  it("refuses to publish an issue changed after sign-off, until it is signed again", async () => {
    const issue = await issueWith(signed.id, ["签发前的标题"]);
    await move(c.editor, issue.id, "SEND_FOR_SIGNOFF");
    await move(c.leader, issue.id, "SIGN");
    // While signed, nothing that prints can be changed through the system ...
    const [item] = await db.issueItem.findMany({ where: { issueId: issue.id }, include: { draft: true } });
    await expect(updateDraft(c.editor, { ...sampleFields("签发后改过的标题"), id: item.draftId, version: item.draft.version })).rejects.toThrow(/已经签发，要修改请先撤回重编/);
    await expect(updateIssue(c.editor, { issueId: issue.id, version: await issueVersion(issue.id), editorNote: "补一句" })).rejects.toThrow(/已经签发/);
    // ... and should the text change anyway (here behind the system's back), publishing refuses.
    await db.issueItem.update({ where: { id: item.id }, data: { title: "绕过系统改的标题" } });
    await expect(publishIssue(c.editor, { issueId: issue.id, version: await issueVersion(issue.id) })).rejects.toThrow(/签发后本期内容又有改动/);
    expect(await db.seriesYearCounter.count()).toBe(0);
    await db.issueItem.update({ where: { id: item.id }, data: { title: null } });
    // The office recalls, edits, and the leader signs again.
    await move(c.editor, issue.id, "RECALL");
    await updateDraft(c.editor, { ...sampleFields("签发后改过的标题"), id: item.draftId, version: item.draft.version });
    await move(c.editor, issue.id, "SEND_FOR_SIGNOFF");
    await move(c.leader, issue.id, "SIGN");
    const published = await publishIssue(c.editor, { issueId: issue.id, version: await issueVersion(issue.id) });
    expect((await db.issueItem.findFirstOrThrow({ where: { issueId: published.id } })).title).toBe("签发后改过的标题");
  });

  it("refuses to publish when the masthead changed after sign-off, and only the administrator switches sign-off off", async () => {
    const issue = await issueWith(signed.id, ["报头改过"]);
    await move(c.editor, issue.id, "SEND_FOR_SIGNOFF");
    await move(c.leader, issue.id, "SIGN");
    const series = await db.series.findUniqueOrThrow({ where: { id: signed.id } });
    const settings = {
      name: series.name,
      mastheadTitle: "改过的报头",
      issuingBody: series.issuingBody,
      showTotalNumber: series.showTotalNumber,
      requiresSignOff: true,
      distributionReport: "",
      distributionSend: "",
      distributionIssue: "",
      printCount: null,
      active: true,
    };
    await updateSeries(c.editor, signed.id, settings, series.updatedAt);
    await expect(publishIssue(c.editor, { issueId: issue.id, version: await issueVersion(issue.id) })).rejects.toThrow(/签发后本期内容又有改动/);
    // A form saved over a newer change is told.
    await expect(updateSeries(c.editor, signed.id, { ...settings, mastheadTitle: "又一个" }, series.updatedAt)).rejects.toThrow(/刚被别人改过/);
    // The office, which publishes, cannot switch its own check off.
    const now = await db.series.findUniqueOrThrow({ where: { id: signed.id } });
    await expect(updateSeries(c.editor, signed.id, { ...settings, requiresSignOff: false }, now.updatedAt)).rejects.toThrow(ForbiddenError);
    await expect(createSeries(c.editor, { ...settings, name: "不需签发的刊物", requiresSignOff: false })).rejects.toThrow(ForbiddenError);
    await updateSeries(c.admin, signed.id, { ...settings, requiresSignOff: false }, now.updatedAt);
    expect((await db.series.findUniqueOrThrow({ where: { id: signed.id } })).requiresSignOff).toBe(false);
  });

  it("lets leaders open an issue sent for sign-off, but not one still being composed; units see neither", async () => {
    const issue = await issueWith(signed.id, ["待签发的稿"]);
    await expect(getIssueDetail(c.leader, issue.id)).rejects.toThrow(NotFoundError);
    await move(c.editor, issue.id, "SEND_FOR_SIGNOFF");
    expect((await getIssueDetail(c.leader, issue.id)).status).toBe("PENDING_SIGNOFF");
    await expect(getIssueDetail(c.officerA, issue.id)).rejects.toThrow(NotFoundError);
    await expect(loadPrintable(c.reviewerA, issue.id)).rejects.toThrow(NotFoundError);
  });
});

describe("composing", () => {
  it("pulls adopted drafts from the pool, and a draft sits in one issue only", async () => {
    const d = await draftAt(c, "FORWARDED", undefined, "待编的好稿");
    await adoptDraft(c.editor, { id: d.id, version: d.version, issueId: null });
    const pool = await listPool(c.editor, { page: 1, unitId: c.unitA.id });
    expect(pool.rows.map((r) => r.title)).toEqual(["待编的好稿"]);
    expect((await listPool(c.editor, { page: 1, unitId: c.unitB.id })).total).toBe(0);
    expect((await listPool(c.editor, { page: 1, q: "好稿" })).total).toBe(1);

    const one = await createIssue(c.editor, { seriesId: c.series.id });
    const two = await createIssue(c.editor, { seriesId: c.series.id });
    await addItem(c.editor, { issueId: one.id, version: await issueVersion(one.id), draftId: d.id });
    expect((await listPool(c.editor, { page: 1 })).total).toBe(0);
    await expect(addItem(c.editor, { issueId: two.id, version: await issueVersion(two.id), draftId: d.id })).rejects.toThrow(ConflictError);
    const notAdopted = await draftAt(c, "FORWARDED");
    await expect(addItem(c.editor, { issueId: two.id, version: await issueVersion(two.id), draftId: notAdopted.id })).rejects.toThrow(/只有已采用/);
  });

  it("lets the office edit an adopted draft waiting in the pool", async () => {
    const d = await draftAt(c, "FORWARDED");
    await adoptDraft(c.editor, { id: d.id, version: d.version, issueId: null });
    const edited = await updateDraft(c.editor, { ...sampleFields("待编时改的标题"), id: d.id, version: await version(d.id) });
    expect(edited).toMatchObject({ status: "ADOPTED", title: "待编时改的标题" });
  });

  it("edits an item's print text without touching the author's draft, and groups items by section", async () => {
    const issue = await issueWith(c.series.id, ["第一篇", "第二篇", "第三篇"]);
    const items = await db.issueItem.findMany({ where: { issueId: issue.id }, orderBy: { position: "asc" } });
    const before = await db.draft.findUniqueOrThrow({ where: { id: items[0].draftId }, include: { versions: true } });
    await updateItem(c.editor, { itemId: items[0].id, version: await issueVersion(issue.id), title: "付印标题", body: "付印正文第一段。\n\n二、做法", section: "经验交流" });
    const after = await db.draft.findUniqueOrThrow({ where: { id: items[0].draftId }, include: { versions: true } });
    expect(after).toMatchObject({ title: before.title, body: before.body, version: before.version });
    expect(after.versions).toHaveLength(before.versions.length);
    // Section groups stay together: the third item joins the first item's section right after it.
    await updateItem(c.editor, { itemId: items[2].id, version: await issueVersion(issue.id), section: "经验交流" });
    const order = await db.issueItem.findMany({ where: { issueId: issue.id }, orderBy: { position: "asc" } });
    expect(order.map((i) => i.id)).toEqual([items[0].id, items[2].id, items[1].id]);
    // Text equal to the author's is no print edit.
    await updateItem(c.editor, { itemId: items[1].id, version: await issueVersion(issue.id), title: "第二篇" });
    expect((await db.issueItem.findUniqueOrThrow({ where: { id: items[1].id } })).title).toBeNull();

    await publishIssue(c.editor, { issueId: issue.id });
    const frozen = await db.issueItem.findUniqueOrThrow({ where: { id: items[0].id } });
    expect(frozen).toMatchObject({ title: "付印标题", body: "付印正文第一段。\n二、做法" });
    expect((await db.draft.findUniqueOrThrow({ where: { id: items[0].draftId } })).title).toBe(before.title);
  });

  it("tells the second of two composers instead of losing the first one's change", async () => {
    const issue = await issueWith(c.series.id, ["一篇"]);
    const seen = await issueVersion(issue.id);
    await updateIssue(c.editor, { issueId: issue.id, version: seen, editorNote: "甲写的编者按" });
    await expect(updateIssue(c.editor, { issueId: issue.id, version: seen, editorNote: "乙写的编者按" })).rejects.toThrow(ConflictError);
    expect((await db.bulletinIssue.findUniqueOrThrow({ where: { id: issue.id } })).editorNote).toBe("甲写的编者按");
    await expect(updateIssue(c.editor, { issueId: issue.id, version: seen + 1, printCount: -3 })).rejects.toThrow(ValidationError);
  });

  it("prints the series' masthead, the 版记 copied at creation, and 样稿 before publication", async () => {
    const series = await createSeries(c.admin, {
      name: "测试县组工信息·增刊",
      mastheadTitle: "组工信息增刊",
      issuingBody: c.root.name,
      showTotalNumber: true,
      requiresSignOff: false,
      distributionReport: "市委组织部",
      distributionSend: "",
      distributionIssue: "各乡镇党委",
      printCount: 40,
      active: true,
    });
    await expect(createSeries(c.admin, { ...series, printCount: 1 })).rejects.toThrow(/已有同名刊物/);
    await expect(createSeries(c.officerA, { ...series, name: "别的" })).rejects.toThrow(ForbiddenError);
    const issue = await issueWith(series.id, ["增刊一篇"]);
    const preview = (await loadPrintable(c.editor, issue.id)).doc;
    expect(preview).toMatchObject({ mastheadTitle: "组工信息增刊", preview: true, distribution: { report: "市委组织部", printCount: 40 } });
    await publishIssue(c.editor, { issueId: issue.id, now: new Date("2026-11-23T02:00:00Z") });
    const { doc, fileName } = await loadPrintable(c.officerB, issue.id);
    expect(doc).toMatchObject({ numberLine: "第1期（总第1期）", dateText: "2026年11月23日", preview: false, voided: null });
    expect(fileName).toBe("测试县组工信息·增刊2026年第1期");
  });
});

describe("archive and voiding", () => {
  it("finds issues by a Chinese substring of title or text, and lists a unit's own published items", async () => {
    const issue = await createIssue(c.editor, { seriesId: c.series.id });
    const a = await draftAt(c, "FORWARDED", undefined, "甲镇抓基层党建的做法");
    await adoptDraft(c.editor, { id: a.id, version: a.version, issueId: issue.id });
    const b = await draftAt(c, "FORWARDED", { officer: c.officerB, reviewer: c.reviewerB }, "乙街道网格化治理");
    await updateDraft(c.editor, { ...sampleFields("乙街道网格化治理"), body: "乙街道把支部建在网格上，推动红色物业全覆盖。", id: b.id, version: b.version });
    await adoptDraft(c.editor, { id: b.id, version: await version(b.id), issueId: issue.id });
    await publishIssue(c.editor, { issueId: issue.id });

    expect((await listArchive(c.officerA, { page: 1, q: "党建" })).total).toBe(1);
    expect((await listArchive(c.officerA, { page: 1, q: "红色物业" })).total).toBe(1);
    expect((await listArchive(c.officerA, { page: 1, q: "乡村旅游" })).total).toBe(0);
    expect((await listArchive(c.officerA, { page: 1, year: 1999 })).total).toBe(0);

    const mineA = await listUnitPublishedItems(c.officerA, { page: 1 });
    expect(mineA.rows.map((r) => r.title)).toEqual(["甲镇抓基层党建的做法"]);
    const mineB = await listUnitPublishedItems(c.reviewerB, { page: 1 });
    expect(mineB.rows.map((r) => r.title)).toEqual(["乙街道网格化治理"]);
  });

  it("voids a published issue with a reason: listed as 作废, points taken back, number never reused", async () => {
    const first = await issueWith(c.series.id, ["要作废的一期"]);
    await publishIssue(c.editor, { issueId: first.id });
    expect(Number((await db.scoreEntry.aggregate({ _sum: { points: true } }))._sum.points)).toBe(2);

    expect(await actionFieldErrors(viaAction(voidIssueSchema, voidIssue, { issueId: first.id, reason: "  " }, c.editor))).toEqual({ reason: "请填写作废原因" });
    await expect(voidIssue(c.officerA, { issueId: first.id, reason: "不对" })).rejects.toThrow(ForbiddenError);
    await voidIssue(c.editor, { issueId: first.id, reason: "数据有误，重新印发" });
    await expect(voidIssue(c.editor, { issueId: first.id, reason: "再来一次" })).rejects.toThrow(/已经作废/);

    expect(await db.bulletinIssue.findUniqueOrThrow({ where: { id: first.id } })).toMatchObject({ status: "VOIDED", voidReason: "数据有误，重新印发", number: 1 });
    const entries = await db.scoreEntry.findMany();
    expect(entries).toHaveLength(2);
    expect(entries.reduce((sum, e) => sum + Number(e.points), 0)).toBe(0);
    const archive = await listArchive(c.leader, { page: 1 });
    expect(archive.rows.map((r) => r.status)).toEqual(["VOIDED"]);
    const { doc, fileName } = await loadPrintable(c.leader, first.id);
    expect(doc.voided).toEqual({ reason: "数据有误，重新印发" });
    expect(fileName).toContain("作废");

    const second = await issueWith(c.series.id, ["重新印发的一期"]);
    expect((await publishIssue(c.editor, { issueId: second.id })).number).toBe(2);
    const composing = await issueWith(c.series.id, ["还在编"]);
    await expect(voidIssue(c.editor, { issueId: composing.id, reason: "不要了" })).rejects.toThrow(/只有已发布/);
  });
});

describe("the bell for sign-off and instructions", () => {
  it("tells the leader of an issue sent for sign-off, and the office when it is returned or signed", async () => {
    const issue = await issueWith(signed.id, ["甲镇抓党建促乡村振兴"]);
    await move(c.editor, issue.id, "SEND_FOR_SIGNOFF");
    expect(await db.notification.findMany({ where: { userId: c.leader.id }, select: { kind: true, href: true } })).toEqual([
      { kind: "ISSUE_SIGNOFF", href: `/issues/${issue.id}` },
    ]);
    await move(c.leader, issue.id, "RETURN", "第二篇标题再斟酌");
    const returned = await db.notification.findFirstOrThrow({ where: { userId: c.editor.id, kind: "ISSUE_RETURNED" } });
    expect(returned.body).toBe("意见：第二篇标题再斟酌");
    await move(c.editor, issue.id, "SEND_FOR_SIGNOFF");
    await move(c.leader, issue.id, "SIGN");
    expect(await db.notification.count({ where: { userId: c.editor.id, kind: "ISSUE_SIGNED" } })).toBe(1);
    expect(await db.notification.count({ where: { userId: c.leader.id, kind: "ISSUE_SIGNOFF" } })).toBe(2);
    expect(await db.notification.count({ where: { userId: c.officerA.id, kind: { in: Object.values(NotificationKind).filter((k) => k.startsWith("ISSUE_")) } } })).toBe(0);
  });

  it("tells the unit's people of a leader's instruction that concerns it", async () => {
    const { recordScore } = await import("@/lib/scores/records");
    const { scoreRecordSchema } = await import("@/lib/validation/score");
    await recordScore(c.leader, scoreRecordSchema.parse({ kind: "INSTRUCTION", level: "CITY", unitId: c.unitA.id, title: "甲镇“党员中心户”经验", leader: "市委组织部部长", content: "请总结推广。", occurredOn: "2026-11-13" }));
    const told = await db.notification.findMany({ where: { kind: "INSTRUCTION" }, select: { userId: true, title: true } });
    expect(told.map((n) => n.userId).sort()).toEqual([c.officerA.id, c.reviewerA.id].sort());
    expect(told[0].title).toBe("市委组织部部长对“甲镇‘党员中心户’经验”作出批示，请抓好落实并反馈");
  });
});
