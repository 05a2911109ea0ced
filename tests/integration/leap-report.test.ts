/**
 * 越级报送: 甲县 sends a published item straight to the province (测试省), over 测试市, where the
 * province's rules for the year allow it. The city gets it too (抄报) and may still adopt it;
 * the province decides on it as on anything the city sends up; when the province publishes it,
 * each ledger down the chain (province → city, city → 甲县, 甲县 → township) credits its level.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/authz/permissions";
import { ConflictError, DomainError, ForbiddenError, NotFoundError } from "@/lib/errors";
import { createDraft } from "@/lib/drafts/create-draft";
import { moveDraft } from "@/lib/drafts/move-draft";
import { sendUp, sendUpState } from "@/lib/drafts/send-up";
import { listCountyDrafts } from "@/lib/drafts/queries";
import { getDraftDetail } from "@/lib/drafts/detail";
import { createSeries } from "@/lib/bulletins/series";
import { createIssue } from "@/lib/bulletins/create-issue";
import { adoptDraft } from "@/lib/bulletins/adopt-draft";
import { publishIssue } from "@/lib/bulletins/publish-issue";
import { voidIssue } from "@/lib/bulletins/void-issue";
import { getNodeScoreSetting, listYearRules, setLeapReports } from "@/lib/scores/rules-admin";
import { nodeScores } from "@/lib/scores/node-score";
import { rollupDrift } from "@/lib/scores/rollup-check";
import { shanghaiYear } from "@/lib/time";
import { makeProvinceChain, seriesSettings, type ProvinceChain } from "./chain-fixtures";
import { sampleFields, version } from "./fixtures";

let c: ProvinceChain;
const YEAR = shanghaiYear(new Date());
let township: string;
let copy: string; // the city's copy (抄报)
let leapt: string; // the draft at the province
let provinceIssue: string;

const issueVersion = async (id: string) => (await db.bulletinIssue.findUniqueOrThrow({ where: { id } })).version;
const draftRow = (id: string) => db.draft.findUniqueOrThrow({ where: { id }, include: { events: { orderBy: { createdAt: "asc" } } } });
const rule = async (a: Actor, code: string) => (await listYearRules(a, YEAR)).find((r) => r.code === code)!.points;

/** Standing points per unit of one rule code on a node's ledger. */
async function ledger(nodeId: string, code: string) {
  const rows = await db.scoreEntry.groupBy({ by: ["unitId"], where: { rule: { nodeId, code } }, _sum: { points: true } });
  return rows.map((r) => ({ unitId: r.unitId, points: Number(r._sum.points) })).filter((r) => r.points !== 0);
}

beforeAll(async () => {
  c = await makeProvinceChain();
  const series = (await createSeries(c.x.admin, seriesSettings("甲县组工信息"))).id;
  const d = await createDraft(c.x.officer, sampleFields("甲县城关镇“红色代办”破解群众办事难"));
  await moveDraft(c.x.officer, { id: d.id, version: await version(d.id), action: "SUBMIT", secrecyConfirmed: true });
  await moveDraft(c.x.reviewer, { id: d.id, version: await version(d.id), action: "APPROVE" });
  const issue = await createIssue(c.x.editor, { seriesId: series });
  await adoptDraft(c.x.editor, { id: d.id, version: await version(d.id), issueId: issue.id });
  await publishIssue(c.x.editor, { issueId: issue.id, version: await issueVersion(issue.id) });
  township = d.id;
});

describe("越级报送", () => {
  it("is refused until the province's rules for the year allow it, which only the province's administrator sets", async () => {
    await expect(sendUp(c.x.editor, { id: township, version: await version(township), leap: true })).rejects.toThrow(DomainError);
    expect((await sendUpState(c.x.editor, await draftRow(township))).leap.may).toBe(false);
    // The city has no 组织部 two levels down; the province has 甲县.
    expect((await getNodeScoreSetting(c.city.admin, YEAR)).hasGrandDepartments).toBe(false);
    expect(await getNodeScoreSetting(c.province.admin, YEAR)).toMatchObject({ hasGrandDepartments: true, acceptsLeapReports: false });
    await expect(setLeapReports(c.province.editor, { year: YEAR, accepts: true })).rejects.toThrow(ForbiddenError);
    await setLeapReports(c.province.admin, { year: YEAR, accepts: true });
    expect(await db.auditLog.count({ where: { action: "rule.leap_reports", actorId: c.province.admin.id } })).toBe(1);
    const state = await sendUpState(c.x.editor, await draftRow(township));
    expect(state.leap).toEqual({ may: true, middle: "中共测试市委组织部", top: "中共测试省委组织部" });
    expect(state.may).toBe(true);
  });

  it("is the county office's alone", async () => {
    // They read the draft (403), but only the office sends anything up.
    for (const refused of [c.x.leader, c.x.officer, c.x.reviewer]) {
      await expect(sendUp(refused, { id: township, version: await version(township), leap: true })).rejects.toThrow(ForbiddenError);
    }
    for (const outsider of [c.city.editor, c.province.editor]) {
      await expect(sendUp(outsider, { id: township, version: await version(township), leap: true })).rejects.toThrow(NotFoundError);
    }
  });

  it("puts the item in the province's pool as the city's, with a copy in the city's pool, and tells both offices", async () => {
    const upper = await sendUp(c.x.editor, { id: township, version: await version(township), leap: true });
    copy = upper.id;
    const atCity = await draftRow(copy);
    expect(atCity).toMatchObject({ unitId: c.x.root.id, status: "FORWARDED", sentUpFromId: township, authorId: c.x.editor.id });
    const atProvince = await db.draft.findUniqueOrThrow({ where: { sentUpFromId: copy } });
    leapt = atProvince.id;
    expect(atProvince).toMatchObject({ unitId: c.city.root.id, status: "FORWARDED", authorId: c.x.editor.id, title: atCity.title, body: atCity.body });
    // Each draft's history names the move: the township's item and the province's draft 越级报送, the city's copy 报送上级.
    expect((await draftRow(township)).events.at(-1)?.action).toBe("SEND_UP_LEAP");
    expect(atCity.events.map((e) => e.action)).toEqual(["SEND_UP"]);
    expect((await draftRow(leapt)).events.map((e) => e.action)).toEqual(["SEND_UP_LEAP"]);
    expect(await db.auditLog.count({ where: { action: "draft.send_up_leap", entityId: township } })).toBe(1);

    expect((await listCountyDrafts(c.province.editor, { page: 1 })).rows.map((r) => r.id)).toEqual([leapt]);
    expect((await listCountyDrafts(c.city.editor, { page: 1 })).rows.map((r) => r.id)).toEqual([copy]);
    const told = async (userId: string) => (await db.notification.findMany({ where: { userId }, select: { title: true, href: true } })).map((n) => `${n.title} ${n.href}`);
    expect(await told(c.province.editor.id)).toEqual([`中共甲县委组织部越级报送：《${atCity.title}》 /drafts/${leapt}`]);
    expect(await told(c.city.editor.id)).toEqual([`中共甲县委组织部已将《${atCity.title}》越级报送中共测试省委组织部，本级收到抄报 /drafts/${copy}`]);
  });

  it("shows the county both levels' standing, and the province the chain it came by; only once", async () => {
    const state = await sendUpState(c.x.editor, await draftRow(township));
    expect(state).toMatchObject({ may: false, leap: { may: false }, upper: { id: copy, status: "FORWARDED", visible: true, deskName: "中共测试市委组织部" }, above: { id: leapt, status: "FORWARDED", visible: false, deskName: "中共测试省委组织部" } });
    expect((await sendUpState(c.province.editor, await draftRow(leapt))).chain.map((d) => d.draftId)).toEqual([township, copy]);
    await expect(sendUp(c.x.editor, { id: township, version: await version(township), leap: true })).rejects.toThrow(/已经报送到再上一级/);
    await expect(sendUp(c.x.editor, { id: township, version: await version(township) })).rejects.toThrow(/已经报送上级/);
  });

  it("lets the province decide it; the county cannot open it, the city reads it but cannot decide it", async () => {
    await expect(getDraftDetail(c.x.editor, leapt)).rejects.toThrow(NotFoundError);
    expect((await getDraftDetail(c.city.editor, leapt)).id).toBe(leapt);
    await expect(moveDraft(c.city.editor, { id: leapt, version: await version(leapt), action: "DECLINE", comment: "不该由市里定" })).rejects.toThrow(ForbiddenError);
    // 上级退回: the county hears of it, at the copy it can open, and sends it again.
    await moveDraft(c.province.editor, { id: leapt, version: await version(leapt), action: "EDITOR_RETURN", comment: "请补充成效数据" });
    const back = await db.notification.findFirstOrThrow({ where: { userId: c.x.editor.id, kind: "DRAFT_EDITOR_RETURN" } });
    expect(back).toMatchObject({ title: expect.stringContaining("省委组织部退回了"), href: `/drafts/${copy}`, body: "意见：请补充成效数据" });
    // The city, whose draft it is at the province, hears it too, at that draft.
    expect(await db.notification.findFirst({ where: { userId: c.city.editor.id, kind: "DRAFT_EDITOR_RETURN" }, select: { href: true } })).toEqual({ href: `/drafts/${leapt}` });
    expect((await sendUpState(c.x.editor, await draftRow(township))).leap.may).toBe(true);
    const before = await version(leapt);
    await sendUp(c.x.editor, { id: township, version: await version(township), leap: true });
    expect(await db.draft.findUniqueOrThrow({ where: { id: leapt } })).toMatchObject({ status: "FORWARDED", version: before + 1 });
    // The province hears of it again; the city's copy was waiting all along and is not sent twice.
    expect(await db.notification.count({ where: { userId: c.province.editor.id, href: `/drafts/${leapt}` } })).toBe(2);
    expect((await draftRow(copy)).events.map((e) => e.action)).toEqual(["SEND_UP"]);
  });

  it("leaves the city free to adopt its copy, but not to send it up a second time", async () => {
    const citySeries = (await createSeries(c.city.admin, seriesSettings("测试市组工信息"))).id;
    const issue = await createIssue(c.city.editor, { seriesId: citySeries });
    await adoptDraft(c.city.editor, { id: copy, version: await version(copy), issueId: issue.id });
    await expect(sendUp(c.city.editor, { id: copy, version: await version(copy) })).rejects.toThrow(ConflictError);
    // The province is the root: nothing lies two levels above the city.
    await expect(sendUp(c.city.editor, { id: copy, version: await version(copy), leap: true })).rejects.toThrow(DomainError);
  });
});

/** A township item the county published and sent up the usual way, to 测试市. */
async function sentUpToCity(title: string) {
  const d = await createDraft(c.x.officer, sampleFields(title));
  await moveDraft(c.x.officer, { id: d.id, version: await version(d.id), action: "SUBMIT", secrecyConfirmed: true });
  await moveDraft(c.x.reviewer, { id: d.id, version: await version(d.id), action: "APPROVE" });
  const series = (await db.series.findFirstOrThrow({ where: { nodeId: c.x.root.id } })).id;
  const issue = await createIssue(c.x.editor, { seriesId: series });
  await adoptDraft(c.x.editor, { id: d.id, version: await version(d.id), issueId: issue.id });
  await publishIssue(c.x.editor, { issueId: issue.id, version: await issueVersion(issue.id) });
  const atCity = await sendUp(c.x.editor, { id: d.id, version: await version(d.id) });
  return { township: d.id, atCity: atCity.id };
}

describe("越级报送 leaves the city's own decisions alone", () => {
  it("does not go over a city that declined the item", async () => {
    const item = await sentUpToCity("甲县城关镇“周末夜校”提升党员能力");
    await moveDraft(c.city.editor, { id: item.atCity, version: await version(item.atCity), action: "DECLINE", comment: "同类信息已编发" });
    expect((await sendUpState(c.x.editor, await draftRow(item.township))).leap.may).toBe(false);
    await expect(sendUp(c.x.editor, { id: item.township, version: await version(item.township), leap: true })).rejects.toThrow(/已不予采用/);
    expect(await db.draft.count({ where: { sentUpFromId: item.atCity } })).toBe(0);
  });

  it("does not send again what the city itself sent up and the province returned to it", async () => {
    const item = await sentUpToCity("甲县城关镇“红色管家”服务小区治理");
    const series = (await db.series.findFirstOrThrow({ where: { nodeId: c.city.root.id } })).id;
    const issue = await createIssue(c.city.editor, { seriesId: series });
    await adoptDraft(c.city.editor, { id: item.atCity, version: await version(item.atCity), issueId: issue.id });
    const cityUp = await sendUp(c.city.editor, { id: item.atCity, version: await version(item.atCity) });
    await moveDraft(c.province.editor, { id: cityUp.id, version: await version(cityUp.id), action: "EDITOR_RETURN", comment: "请压缩篇幅" });
    expect((await sendUpState(c.x.editor, await draftRow(item.township))).leap.may).toBe(false);
    await expect(sendUp(c.x.editor, { id: item.township, version: await version(item.township), leap: true })).rejects.toThrow(/已把这篇稿件报送上级/);
    expect(await db.draft.findUniqueOrThrow({ where: { id: cityUp.id } })).toMatchObject({ status: "RETURNED", authorId: c.city.editor.id });
  });
});

describe("credit for an item sent 越级", () => {
  it("flows down every level, as if the city had sent it up", async () => {
    const series = (await createSeries(c.province.admin, seriesSettings("测试省组工信息"))).id;
    const issue = await createIssue(c.province.editor, { seriesId: series });
    await adoptDraft(c.province.editor, { id: leapt, version: await version(leapt), issueId: issue.id });
    await publishIssue(c.province.editor, { issueId: issue.id, version: await issueVersion(issue.id) });
    provinceIssue = issue.id;
    const points = { province: await rule(c.province.admin, "ADOPTION_PROVINCE"), city: await rule(c.city.admin, "ADOPTION_PROVINCE"), county: await rule(c.x.admin, "ADOPTION_PROVINCE") };
    expect(await ledger(c.province.root.id, "ADOPTION_PROVINCE")).toEqual([{ unitId: c.city.root.id, points: points.province }]);
    expect(await ledger(c.city.root.id, "ADOPTION_PROVINCE")).toEqual([{ unitId: c.x.root.id, points: points.city }]);
    expect(await ledger(c.x.root.id, "ADOPTION_PROVINCE")).toEqual([{ unitId: c.x.town.id, points: points.county }]);
    // The county's editor is credited as a person once, on the city's ledger where the copy is theirs; the
    // province credits the city as a unit only (the person does not work there).
    const people = await db.scoreEntry.findMany({ where: { rule: { code: "ADOPTION_PROVINCE" } }, select: { unitId: true, userId: true } });
    expect(people).toEqual(
      expect.arrayContaining([
        { unitId: c.city.root.id, userId: null },
        { unitId: c.x.root.id, userId: c.x.editor.id },
        { unitId: c.x.town.id, userId: c.x.officer.id },
      ]),
    );
    expect(people).toHaveLength(3);
    // The province's total for the city: the item came up through 甲县.
    const city = (await nodeScores(c.province.root.id, { kind: "YEAR", year: YEAR, index: 1 })).get(c.city.root.id)!;
    expect(city).toMatchObject({ own: 0, children: [{ unitId: c.x.root.id, points: points.province }] });
    // 省级及以上采用 counted for 甲县 and its township too, and the rollups equal their sources.
    const counts = await db.countsRollup.findMany({ where: { unitId: { in: [c.x.root.id, c.x.town.id] } }, select: { unitId: true, adoptedProvincePlus: true } });
    for (const unitId of [c.x.root.id, c.x.town.id]) expect(counts.filter((r) => r.unitId === unitId).reduce((n, r) => n + r.adoptedProvincePlus, 0)).toBe(1);
    expect(await rollupDrift()).toEqual([]);
  });

  it("is taken back at every level when the province voids its issue", async () => {
    await voidIssue(c.province.editor, { issueId: provinceIssue, reason: "编排有误，作废重发" });
    for (const node of [c.province.root.id, c.city.root.id, c.x.root.id]) expect(await ledger(node, "ADOPTION_PROVINCE")).toEqual([]);
    expect(await rollupDrift()).toEqual([]);
  });
});
