/** 个人积分: persons ranked from the ledger, one record across a move, the 先进个人 shortlist, who sees what. */
import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/authz/permissions";
import { NotFoundError } from "@/lib/errors";
import { createIssue } from "@/lib/bulletins/create-issue";
import { publishIssue } from "@/lib/bulletins/publish-issue";
import { voidIssue } from "@/lib/bulletins/void-issue";
import { reportPlacement } from "@/lib/placements/report-placement";
import { movePlacement } from "@/lib/placements/move-placement";
import { placementSchema } from "@/lib/validation/placement";
import { recordScore, reverseRecord } from "@/lib/scores/records";
import { scoreRecordSchema } from "@/lib/validation/score";
import { computePeriodTable } from "@/lib/scores/period-table";
import { getPeopleTable, getPersonRecord } from "@/lib/scores/personal";
import type { Period } from "@/lib/scores/period";
import { getShortlist, setShortlistRule } from "@/lib/scores/shortlist";
import { applyPeopleImport, previewPeopleImport } from "@/lib/onboarding/import-people";
import { draftAt, makeCounty, type County } from "./fixtures";
import { makeChain } from "./chain-fixtures";
import { person, upload, workbook } from "./onboarding-helpers";

let c: County;
beforeEach(async () => {
  c = await makeCounty();
});

const YEAR = { kind: "YEAR" as const, year: 2026, index: 1 };
const Q1 = { kind: "QUARTER" as const, year: 2026, index: 1 };

/** A draft of the officer's unit adopted and published on `day` (county adoption: 2 points by default). */
async function published(who: { officer: Actor; reviewer: Actor }, title: string, day: string) {
  const issue = await createIssue(c.editor, { seriesId: c.series.id });
  await draftAt(c, "ADOPTED", who, title, issue.id);
  await publishIssue(c.editor, { issueId: issue.id, now: new Date(`${day}T10:00:00+08:00`) });
  return issue;
}

/** A 网评 reported by `who.officer`, confirmed and verified: 1 point in the reporter's name. */
async function commentary(who: { officer: Actor; reviewer: Actor }, title: string, day: string) {
  const p = await reportPlacement(who.officer, placementSchema.parse({ kind: "COMMENTARY", title, medium: "学习强国", publishedOn: day, link: "https://www.xuexi.cn/x.html" }));
  const ok = await movePlacement(who.reviewer, { id: p.id, version: p.version, move: "CONFIRM" });
  return movePlacement(c.editor, { id: p.id, version: ok.version, move: "VERIFY" });
}

const A = () => ({ officer: c.officerA, reviewer: c.reviewerA });
const B = () => ({ officer: c.officerB, reviewer: c.reviewerB });
const C = () => ({ officer: c.officerC, reviewer: c.reviewerC });
const rowOf = async (userId: string, period: Period = YEAR) => (await getPeopleTable(c.editor, period, { page: 1 })).rows.find((r) => r.userId === userId);

describe("个人积分 ranking", () => {
  it("ranks persons within their group from the ledger; equal points share a rank, as units do", async () => {
    await published(A(), "甲镇党员积分制", "2026-03-10");
    await published(B(), "乙街道网格党建", "2026-03-11");
    const table = await getPeopleTable(c.editor, YEAR, { page: 1 });
    // Officers only: reviewers without credit are not listed; the agency officer with nothing is, at 0.
    expect(table.rows.map((r) => [r.name, r.group, r.rank, r.points, r.adopted])).toEqual([
      ["officer_a", "TOWNSHIP", 1, 2, 1],
      ["officer_b", "TOWNSHIP", 1, 2, 1],
      ["officer_c", "AGENCY", 1, 0, 0],
    ]);
    expect(table.groupSize).toEqual({ TOWNSHIP: 2, AGENCY: 1 });

    await commentary(B(), "网评：让党旗高高飘扬", "2026-03-15");
    expect(await rowOf(c.officerB.id)).toMatchObject({ rank: 1, points: 3, adopted: 1, commentary: 1, media: 0 });
    expect(await rowOf(c.officerA.id)).toMatchObject({ rank: 2, points: 2 });
    // The unit figures are untouched by the person view: one definition each.
    expect((await computePeriodTable(c.root.id, YEAR)).find((u) => u.unitId === c.unitB.id)?.points).toBe(3);
  });

  it("counts an item only while it stands: a voided issue takes the adoption and its points back", async () => {
    await published(A(), "甲镇一", "2026-03-10");
    const issue = await published(A(), "甲镇二", "2026-03-12");
    expect(await rowOf(c.officerA.id)).toMatchObject({ adopted: 2, points: 4 });
    await voidIssue(c.editor, { issueId: issue.id, reason: "印错了" });
    expect(await rowOf(c.officerA.id)).toMatchObject({ adopted: 1, points: 2 });
    const record = await getPersonRecord(c.officerA, c.officerA.id, YEAR);
    expect(record.items.map((i) => [i.title, i.points, i.reversed])).toEqual([
      ["甲镇二", 0, true],
      ["甲镇一", 2, false],
    ]);
  });

  it("searches by name and pages", async () => {
    const found = await getPeopleTable(c.editor, YEAR, { q: "officer_b", page: 1 });
    expect(found.rows.map((r) => r.name)).toEqual(["officer_b"]);
    expect((await getPeopleTable(c.editor, YEAR, { q: "没有这个人", page: 1 })).total).toBe(0);
  });
});

describe("a person who moves keeps one record", () => {
  it("follows the officer from 甲镇 to 县教育局: items say where they were earned; the group is the last unit of the period", async () => {
    await published(A(), "甲镇党员积分制", "2026-03-10");
    // The administrator's people import moves the officer and files the 专职信息员 change.
    const bytes = await workbook([], [person("officer_a", "县教育局", ["信息员"], { name: "officer_a", fullTime: true })]);
    const plan = await previewPeopleImport(c.admin, upload(bytes));
    expect(plan.issues).toEqual([]);
    await applyPeopleImport(c.admin, { ...upload(bytes), digest: plan.digest });
    const moved: Actor = { ...c.officerA, unitId: c.agency.id };
    expect((await db.user.findUniqueOrThrow({ where: { id: moved.id } })).unitId).toBe(c.agency.id);
    await published({ officer: moved, reviewer: c.reviewerC }, "教育局党建联盟", "2026-06-05");

    // One row for the year, in the agency group (last unit of the period), with both items.
    const year = await getPeopleTable(c.editor, YEAR, { page: 1 });
    expect(year.rows.filter((r) => r.userId === moved.id)).toMatchObject([{ group: "AGENCY", unitName: "县教育局", adopted: 2, points: 4, rank: 1 }]);
    // The first quarter still ranks them where they worked then.
    expect(await rowOf(moved.id, Q1)).toMatchObject({ group: "TOWNSHIP", unitName: "甲镇", currentUnitName: "县教育局", adopted: 1, points: 2 });

    const record = await getPersonRecord(moved, moved.id, YEAR);
    expect(record.person.unitName).toBe("县教育局");
    expect(record.items.map((i) => [i.title, i.unitName])).toEqual([
      ["教育局党建联盟", "县教育局"],
      ["甲镇党员积分制", "甲镇"],
    ]);
    expect(record.units).toEqual(["甲镇", "县教育局"]);
    // The unit keeps what was earned in it.
    expect((await computePeriodTable(c.root.id, YEAR)).find((u) => u.unitId === c.unitA.id)?.points).toBe(2);
    // Their new unit's reviewer sees them; the old one's no longer does.
    await expect(getPersonRecord(c.reviewerC, moved.id, YEAR)).resolves.toBeTruthy();
    await expect(getPersonRecord(c.reviewerA, moved.id, YEAR)).rejects.toThrow(NotFoundError);
    expect((await getPeopleTable(c.reviewerA, YEAR, { page: 1 })).rows.map((r) => r.name)).toEqual([]);
    expect((await getPeopleTable(c.reviewerC, YEAR, { page: 1 })).rows.map((r) => r.name).sort()).toEqual(["officer_a", "officer_c"]);
  });
});

describe("who sees whose record", () => {
  it("an officer sees only their own; a reviewer their unit's people; another unit's person is 404", async () => {
    await published(A(), "甲镇", "2026-03-10");
    expect((await getPeopleTable(c.officerA, YEAR, { page: 1 })).rows.map((r) => r.name)).toEqual(["officer_a"]);
    await expect(getPersonRecord(c.officerA, c.reviewerA.id, YEAR)).rejects.toThrow(NotFoundError);
    await expect(getPersonRecord(c.officerB, c.officerA.id, YEAR)).rejects.toThrow(NotFoundError);
    await expect(getPersonRecord(c.reviewerB, c.officerA.id, YEAR)).rejects.toThrow(NotFoundError);
    await expect(getPersonRecord(c.editor, "not-a-uuid", YEAR)).rejects.toThrow(NotFoundError);
    expect((await getPersonRecord(c.reviewerA, c.officerA.id, YEAR)).row).toMatchObject({ rank: 1, points: 2 });
    expect((await getPersonRecord(c.leader, c.officerA.id, YEAR)).items).toHaveLength(1);
  });
});

describe("年度先进个人 shortlist", () => {
  const secrecyInput = (userId: string | null) => ({ kind: "DEDUCTION", level: "SECRECY", unitId: c.unitB.id, userId, title: "稿件涉密内容", content: "报送稿件含有不宜公开的内容", occurredOn: "2026-04-01" });
  const secrecy = (userId: string) => scoreRecordSchema.parse(secrecyInput(userId));

  it("takes the top N per group who meet the conditions, ties at the cut included, and leaves out a 保密 incident until it is reversed", async () => {
    await published(A(), "甲镇一", "2026-03-10");
    await published(A(), "甲镇二", "2026-03-11");
    await published(B(), "乙街道一", "2026-03-12");
    await published(B(), "乙街道二", "2026-03-13");
    await published(C(), "教育局一", "2026-03-14");
    await setShortlistRule(c.editor, { year: 2026, topN: 1, minAdopted: 1, excludeSecrecy: true });
    const audit = await db.auditLog.findFirstOrThrow({ where: { action: "shortlist.rule" } });
    expect(audit).toMatchObject({ actorId: c.editor.id, entityType: "ShortlistRule", entityId: "2026", data: { from: null, to: { topN: 1, minAdopted: 1, excludeSecrecy: true } } });

    const chosen = async () => (await getShortlist(c.leader, 2026)).lines.filter((l) => l.chosen).map((l) => l.name);
    expect(await chosen()).toEqual(["officer_a", "officer_b", "officer_c"]); // a and b tie at 4

    // A 保密 incident must name the person; once recorded, that person is passed over, with the reason.
    const unnamed = scoreRecordSchema.safeParse(secrecyInput(null));
    expect(unnamed.success || unnamed.error.issues.map((i) => i.path.join("."))).toEqual(["userId"]);
    const record = await recordScore(c.editor, secrecy(c.officerB.id));
    const lines = (await getShortlist(c.editor, 2026)).lines;
    expect(lines.filter((l) => l.chosen).map((l) => l.name)).toEqual(["officer_a", "officer_c"]);
    expect(lines.find((l) => l.name === "officer_b")).toBeUndefined(); // −5 puts them below the cut
    await reverseRecord(c.editor, { id: record.id, reason: "登记错了" });
    expect(await chosen()).toEqual(["officer_a", "officer_b", "officer_c"]);
  });

  it("passes over a high scorer with too few adoptions, and says why", async () => {
    await published(A(), "甲镇一", "2026-03-10");
    await commentary(B(), "网评一", "2026-03-11");
    await commentary(B(), "网评二", "2026-03-12");
    await commentary(B(), "网评三", "2026-03-13");
    await setShortlistRule(c.editor, { year: 2026, topN: 1, minAdopted: 1, excludeSecrecy: true });
    const lines = (await getShortlist(c.editor, 2026)).lines.filter((l) => l.group === "TOWNSHIP");
    expect(lines.map((l) => [l.name, l.rank, l.chosen, l.reasons])).toEqual([
      ["officer_b", 1, false, ["县级采用不足1篇"]],
      ["officer_a", 2, true, []],
    ]);
  });

  it("keeps a 保密 incident from the ledger: recorded with the person responsible", async () => {
    await published(B(), "乙街道一", "2026-03-12");
    await published(B(), "乙街道二", "2026-03-13");
    await published(B(), "乙街道三", "2026-03-14");
    await published(B(), "乙街道四", "2026-03-15");
    await recordScore(c.editor, secrecy(c.officerB.id)); // 8 − 5 = 3 points: still the top scorer
    await setShortlistRule(c.editor, { year: 2026, topN: 3, minAdopted: 1, excludeSecrecy: true });
    const line = (await getShortlist(c.editor, 2026)).lines.find((l) => l.name === "officer_b");
    expect(line).toMatchObject({ chosen: false, points: 3, reasons: ["有保密问题"] });
    const entry = await db.scoreEntry.findFirstOrThrow({ where: { rule: { code: "DEDUCT_SECRECY" } } });
    expect(entry).toMatchObject({ userId: c.officerB.id, unitId: c.unitB.id });
    // Someone outside the unit cannot be named.
    await expect(recordScore(c.editor, secrecy(c.officerA.id))).rejects.toMatchObject({ fieldErrors: { userId: "请从所选单位的人员中选择" } });
  });

  it("credits the author named on a hand-entered 上级采用 or 媒体发稿; without one, only the unit gains", async () => {
    const upper = (userId: string | null) =>
      scoreRecordSchema.parse({ kind: "UPPER_ADOPTION", level: "CITY", unitId: c.unitA.id, userId, title: "甲镇经验被市委组织部采用", outlet: "《示例市组工信息》", occurredOn: "2026-04-02" });
    await recordScore(c.editor, upper(c.officerA.id));
    await recordScore(c.editor, upper(null));
    const cityPoints = Number((await db.scoringRule.findFirstOrThrow({ where: { year: 2026, code: "ADOPTION_CITY" }, orderBy: { version: "desc" } })).points);
    expect(await rowOf(c.officerA.id)).toMatchObject({ points: cityPoints });
    const entries = await db.scoreEntry.findMany({ where: { rule: { code: "ADOPTION_CITY" } }, select: { userId: true } });
    expect(entries.map((e) => e.userId).sort()).toEqual([c.officerA.id, null].sort());
    // The author must be one of the unit's people.
    await expect(recordScore(c.editor, upper(c.officerB.id))).rejects.toMatchObject({ fieldErrors: { userId: "请从所选单位的人员中选择" } });
  });
});

describe("个人积分 in a chain", () => {
  it("reads the node's own ledger: a person who moved from 甲县 to 乙县 brings no 甲县 points or items to 乙县's pages", async () => {
    const chain = await makeChain();
    const upper = scoreRecordSchema.parse({ kind: "UPPER_ADOPTION", level: "CITY", unitId: chain.x.town.id, userId: chain.x.officer.id, title: "甲县城关镇经验被采用", outlet: "《示例市组工信息》", occurredOn: "2026-04-02" });
    await recordScore(chain.x.editor, upper);
    const pointsIn = async (editor: Actor) => (await getPeopleTable(editor, YEAR, { page: 1 })).rows.find((r) => r.userId === chain.x.officer.id)?.points;
    expect(await pointsIn(chain.x.editor)).toBeGreaterThan(0);
    expect((await getPersonRecord(chain.x.editor, chain.x.officer.id, YEAR)).items).toHaveLength(1);
    await db.user.update({ where: { id: chain.x.officer.id }, data: { unitId: chain.y.town.id } });
    expect(await pointsIn(chain.y.editor)).toBe(0);
    expect((await getPersonRecord(chain.y.editor, chain.x.officer.id, YEAR)).items).toEqual([]);
  });
});
