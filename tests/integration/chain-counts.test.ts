/**
 * 报送上级 in the counts (migration 0033): 甲县城关镇 writes, 甲县 publishes and sends the item up,
 * 测试市 publishes it. The city's issue is 甲县's 采用数 at the city (its own desk) and the
 * township's 市级采用; a province above the city publishing it again gives 省级及以上采用 to 甲县
 * and the township. The rollup equals its bare aggregate after each change, voiding takes the
 * chain counts back, and 本单位积分 and the ranking show them.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/authz/permissions";
import { createDraft } from "@/lib/drafts/create-draft";
import { moveDraft } from "@/lib/drafts/move-draft";
import { sendUp } from "@/lib/drafts/send-up";
import { createSeries } from "@/lib/bulletins/series";
import { createIssue } from "@/lib/bulletins/create-issue";
import { adoptDraft } from "@/lib/bulletins/adopt-draft";
import { publishIssue } from "@/lib/bulletins/publish-issue";
import { voidIssue } from "@/lib/bulletins/void-issue";
import { rollupDrift } from "@/lib/scores/rollup-check";
import { computePeriodTable } from "@/lib/scores/period-table";
import { getUnitScoreView } from "@/lib/scores/unit-view";
import type { Period } from "@/lib/scores/period";
import { makeChain, seriesSettings, type Chain } from "./chain-fixtures";
import { person, sampleFields, version } from "./fixtures";

let c: Chain;
// 10 March 2026 in Shanghai: every publication of this file lands in March.
const MARCH: Period = { kind: "MONTH", year: 2026, index: 3 };
const NOW = new Date("2026-03-10T02:00:00Z");

const issueVersion = async (id: string) => (await db.bulletinIssue.findUniqueOrThrow({ where: { id } })).version;

async function publishWith(editor: Actor, seriesId: string, draftId: string) {
  const issue = await createIssue(editor, { seriesId });
  await adoptDraft(editor, { id: draftId, version: await version(draftId), issueId: issue.id });
  await publishIssue(editor, { issueId: issue.id, version: await issueVersion(issue.id), now: NOW });
  return issue.id;
}

/** A unit's March row of the counts rollup (zeros when it has none). */
async function march(unitId: string) {
  const row = await db.countsRollup.findUnique({ where: { month_unitId: { month: new Date("2026-03-01"), unitId } } });
  const { adoptedCounty = 0, adoptedCity = 0, adoptedProvincePlus = 0 } = row ?? {};
  return { adoptedCounty, adoptedCity, adoptedProvincePlus };
}

async function expectNoDrift() {
  expect(await rollupDrift()).toEqual([]);
}

let township: string;
let upper: string;
let cityIssue: string;

beforeAll(async () => {
  c = await makeChain();
  const countySeries = (await createSeries(c.x.admin, seriesSettings("甲县组工信息"))).id;
  const d = await createDraft(c.x.officer, sampleFields("甲县城关镇推行“党员积分超市”"));
  await moveDraft(c.x.officer, { id: d.id, version: await version(d.id), action: "SUBMIT", secrecyConfirmed: true });
  await moveDraft(c.x.reviewer, { id: d.id, version: await version(d.id), action: "APPROVE" });
  await publishWith(c.x.editor, countySeries, d.id);
  township = d.id;
  upper = (await sendUp(c.x.editor, { id: township, version: await version(township) }, NOW)).id;
});

describe("a city's issue carrying an item sent up", () => {
  it("is 甲县's 采用数 at the city and the township's 市级采用, in the month of publishing", async () => {
    cityIssue = await publishWith(c.city.editor, (await createSeries(c.city.admin, seriesSettings("测试市组工信息"))).id, upper);
    await expectNoDrift();
    expect(await march(c.x.town.id)).toEqual({ adoptedCounty: 1, adoptedCity: 1, adoptedProvincePlus: 0 });
    expect(await march(c.x.root.id)).toEqual({ adoptedCounty: 1, adoptedCity: 0, adoptedProvincePlus: 0 });
    expect(await march(c.city.root.id)).toEqual({ adoptedCounty: 0, adoptedCity: 0, adoptedProvincePlus: 0 });
  });

  it("shows in 本单位积分 (市级及以上采用) and in 甲县's and the city's tables", async () => {
    expect((await getUnitScoreView(c.x.officer, MARCH)).own).toMatchObject({ adoptedCounty: 1, adoptedCity: 1, adoptedProvincePlus: 0 });
    expect((await computePeriodTable(c.x.root.id, MARCH)).find((r) => r.unitId === c.x.town.id)).toMatchObject({ adoptedCounty: 1, adoptedCity: 1 });
    expect((await computePeriodTable(c.city.root.id, MARCH)).find((r) => r.unitId === c.x.root.id)).toMatchObject({ adoptedCounty: 1, adoptedCity: 0 });
  });

  it("moves with every change made by hand: a draft down the chain or the upper draft moved to another unit, the item taken out and put back", async () => {
    await db.draft.update({ where: { id: township }, data: { unitId: c.y.town.id } });
    await expectNoDrift();
    expect(await march(c.y.town.id)).toEqual({ adoptedCounty: 1, adoptedCity: 1, adoptedProvincePlus: 0 });
    expect(await march(c.x.town.id)).toEqual({ adoptedCounty: 0, adoptedCity: 0, adoptedProvincePlus: 0 });
    await db.draft.update({ where: { id: township }, data: { unitId: c.x.town.id } });
    await db.draft.update({ where: { id: upper }, data: { unitId: c.y.root.id } });
    await expectNoDrift();
    expect(await march(c.y.root.id)).toMatchObject({ adoptedCounty: 1 });
    await db.draft.update({ where: { id: upper }, data: { unitId: c.x.root.id } });

    const item = await db.issueItem.findUniqueOrThrow({ where: { draftId: upper } });
    const composing = await createIssue(c.city.editor, { seriesId: (await db.bulletinIssue.findUniqueOrThrow({ where: { id: cityIssue } })).seriesId });
    await db.issueItem.update({ where: { id: item.id }, data: { issueId: composing.id } });
    await expectNoDrift();
    expect(await march(c.x.town.id)).toEqual({ adoptedCounty: 1, adoptedCity: 0, adoptedProvincePlus: 0 });
    await db.issueItem.update({ where: { id: item.id }, data: { issueId: cityIssue } });
    await db.issueItem.delete({ where: { id: item.id } });
    await expectNoDrift();
    expect(await march(c.x.town.id)).toMatchObject({ adoptedCity: 0 });
    await db.issueItem.create({ data: item });
    await expectNoDrift();
    expect(await march(c.x.town.id)).toEqual({ adoptedCounty: 1, adoptedCity: 1, adoptedProvincePlus: 0 });
  });
});

describe("a province above the city publishing what the city sent up", () => {
  let editor: Actor;
  let provinceIssue: string;

  it("gives 省级及以上采用 to 甲县 and its township, and is the city's 采用数 at the province", async () => {
    const province = await db.$transaction(async (tx) => {
      const top = await tx.unit.create({ data: { name: "中共测试省委组织部", kind: "PROVINCE" } });
      await tx.unit.update({ where: { id: c.city.root.id }, data: { parentId: top.id } });
      return top;
    });
    editor = await person("province_editor", province.id, ["EDITOR"]);
    const admin = await person("province_admin", province.id, ["ADMIN"]);
    const provinceUpper = await sendUp(c.city.editor, { id: upper, version: await version(upper) }, NOW);
    provinceIssue = await publishWith(editor, (await createSeries(admin, seriesSettings("测试省组工信息"))).id, provinceUpper.id);
    await expectNoDrift();
    expect(await march(c.x.town.id)).toEqual({ adoptedCounty: 1, adoptedCity: 1, adoptedProvincePlus: 1 });
    expect(await march(c.x.root.id)).toEqual({ adoptedCounty: 1, adoptedCity: 0, adoptedProvincePlus: 1 });
    expect(await march(c.city.root.id)).toEqual({ adoptedCounty: 1, adoptedCity: 0, adoptedProvincePlus: 0 });
    expect((await getUnitScoreView(c.x.officer, MARCH)).own).toMatchObject({ adoptedCity: 1, adoptedProvincePlus: 1 });
  });

  it("takes them back when the province voids its issue", async () => {
    await voidIssue(editor, { issueId: provinceIssue, reason: "编排有误" });
    await expectNoDrift();
    expect(await march(c.x.town.id)).toEqual({ adoptedCounty: 1, adoptedCity: 1, adoptedProvincePlus: 0 });
    expect(await march(c.x.root.id)).toEqual({ adoptedCounty: 1, adoptedCity: 0, adoptedProvincePlus: 0 });
    expect(await march(c.city.root.id)).toEqual({ adoptedCounty: 0, adoptedCity: 0, adoptedProvincePlus: 0 });
  });
});

describe("voiding the city's issue", () => {
  it("takes back 甲县's 采用数 at the city and the township's 市级采用, not the township's 县级采用", async () => {
    await voidIssue(c.city.editor, { issueId: cityIssue, reason: "编排有误，作废重发" });
    await expectNoDrift();
    expect(await march(c.x.town.id)).toEqual({ adoptedCounty: 1, adoptedCity: 0, adoptedProvincePlus: 0 });
    expect(await march(c.x.root.id)).toEqual({ adoptedCounty: 0, adoptedCity: 0, adoptedProvincePlus: 0 });
    expect((await getUnitScoreView(c.x.officer, MARCH)).own).toMatchObject({ adoptedCounty: 1, adoptedCity: 0 });
  });

  it("counts them again if the issue stands again (a status put back by hand)", async () => {
    // No use case publishes a voided issue again: the item keeps its draft. The trigger path still counts it.
    await db.bulletinIssue.update({ where: { id: cityIssue }, data: { status: "PUBLISHED" } });
    await expectNoDrift();
    expect(await march(c.x.town.id)).toEqual({ adoptedCounty: 1, adoptedCity: 1, adoptedProvincePlus: 0 });
    await db.bulletinIssue.update({ where: { id: cityIssue }, data: { publishedAt: new Date("2026-04-02T02:00:00Z") } });
    await expectNoDrift();
    expect(await march(c.x.town.id)).toEqual({ adoptedCounty: 1, adoptedCity: 0, adoptedProvincePlus: 0 });
  });
});
