/**
 * The node-score rule: a province ranks its city by the city's own points plus the average of
 * what came up through each of its counties (or their sum, when the year's rules say so), and
 * every part links to exactly its ledger rows. 测试市 joins a province for this; 甲县 sends one
 * item up through the city, the city's 市教育局 one of its own, and the province publishes both.
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
import { getPeriodTable } from "@/lib/scores/period-table";
import { listLedger } from "@/lib/scores/ledger-rows";
import { getNodeScoreSetting, setNodeScoreMethod } from "@/lib/scores/rules-admin";
import { getYearAssessment } from "@/lib/scores/categories";
import { departmentsBelow } from "@/lib/scores/ranking-node";
import { ForbiddenError, NotFoundError } from "@/lib/errors";
import { makeChain, seriesSettings, type Chain } from "./chain-fixtures";
import { person, sampleFields, version } from "./fixtures";

const YEAR = { kind: "YEAR", year: 2026, index: 1 } as const;
const PROVINCE_ADOPTION = 10; // lib/scores/rules.ts, the province's default 省级采用

let c: Chain;
let province: { editor: Actor; leader: Actor; admin: Actor };

/** Written by `officer`, forwarded by `reviewer`, adopted (not yet published) by `office`. */
async function adopted(officer: Actor, reviewer: Actor, office: Actor, title: string) {
  const d = await createDraft(officer, sampleFields(title));
  await moveDraft(officer, { id: d.id, version: await version(d.id), action: "SUBMIT", secrecyConfirmed: true });
  await moveDraft(reviewer, { id: d.id, version: await version(d.id), action: "APPROVE" });
  await adoptDraft(office, { id: d.id, version: await version(d.id) });
  return d.id;
}

const up = async (office: Actor, id: string) => (await sendUp(office, { id, version: await version(id) })).id;

beforeAll(async () => {
  c = await makeChain();
  const top = await db.$transaction(async (tx) => {
    const unit = await tx.unit.create({ data: { name: "中共测试省委组织部", kind: "PROVINCE" } });
    await tx.unit.update({ where: { id: c.city.root.id }, data: { parentId: unit.id, rankGroup: "DEPARTMENT" } });
    return unit;
  });
  province = {
    editor: await person("prov_editor", top.id, ["EDITOR"]),
    leader: await person("prov_leader", top.id, ["LEADER"]),
    admin: await person("prov_admin", top.id, ["ADMIN"]),
  };
  const agencyReviewer = await person("city_agency_reviewer", c.city.agency.id, ["REVIEWER"]);
  // 甲县城关镇's item: 甲县 adopts it and sends it up, the city adopts it and sends it on.
  const township = await adopted(c.x.officer, c.x.reviewer, c.x.editor, "甲县城关镇“红色代办”跑出服务加速度");
  const atCity = await up(c.x.editor, township);
  await adoptDraft(c.city.editor, { id: atCity, version: await version(atCity) });
  const fromCounty = await up(c.city.editor, atCity);
  // The city's own: 市教育局 writes, the city adopts and sends it up.
  const fromAgency = await up(c.city.editor, await adopted(c.city.agencyOfficer, agencyReviewer, c.city.editor, "市教育局推行“支部+课题”模式"));
  const series = await createSeries(province.admin, seriesSettings("测试省组工信息"));
  const issue = await createIssue(province.editor, { seriesId: series.id });
  for (const id of [fromCounty, fromAgency]) await adoptDraft(province.editor, { id, version: await version(id), issueId: issue.id });
  await publishIssue(province.editor, { issueId: issue.id, version: (await db.bulletinIssue.findUniqueOrThrow({ where: { id: issue.id } })).version });
});

const cityRow = async () => (await getPeriodTable(province.leader, YEAR)).find((r) => r.unitId === c.city.root.id)!;
const ledgerSum = async (via: string) => (await listLedger(province.editor, { year: 2026, unitId: c.city.root.id, via, page: 1 })).sum;

describe("a province ranks its city", () => {
  it("by its own points plus the average of what came up through each county, by default", async () => {
    expect(await getNodeScoreSetting(province.admin, 2026)).toMatchObject({ method: "OWN_PLUS_CHILD_AVERAGE", ranksDepartments: true });
    const row = await cityRow();
    // By hand: own 10 (市教育局's item); 甲县 10, 乙县 0; 10 + (10 + 0) / 2 = 15.
    expect(row.nodeScore).toEqual({
      method: "OWN_PLUS_CHILD_AVERAGE",
      own: PROVINCE_ADOPTION,
      children: [
        { unitId: c.x.root.id, name: c.x.root.name, points: PROVINCE_ADOPTION },
        { unitId: c.y.root.id, name: c.y.root.name, points: 0 },
      ].sort((a, b) => a.name.localeCompare(b.name)),
      childPart: PROVINCE_ADOPTION / 2,
      total: PROVINCE_ADOPTION * 1.5,
    });
    expect(row.points).toBe(15);
    expect(row.rank).toBe(1);
  });

  it("links every part to exactly its ledger rows", async () => {
    expect(await ledgerSum("own")).toBe(PROVINCE_ADOPTION);
    expect(await ledgerSum(c.x.root.id)).toBe(PROVINCE_ADOPTION);
    expect(await ledgerSum(c.y.root.id)).toBe(0);
    expect((await listLedger(province.editor, { year: 2026, unitId: c.city.root.id, page: 1 })).sum).toBe(PROVINCE_ADOPTION * 2);
  });

  it("adds the counties' sum when the year's rules say so, and only for that year", async () => {
    await setNodeScoreMethod(province.admin, { year: 2026, method: "OWN_PLUS_CHILD_SUM" });
    expect((await cityRow()).nodeScore).toMatchObject({ method: "OWN_PLUS_CHILD_SUM", childPart: PROVINCE_ADOPTION, total: PROVINCE_ADOPTION * 2 });
    expect((await getNodeScoreSetting(province.admin, 2027)).method).toBe("OWN_PLUS_CHILD_AVERAGE");
    expect(await db.auditLog.count({ where: { action: "rule.node_score_method" } })).toBe(1);
    // Another node's administrator sets its own node's method, not the province's.
    await setNodeScoreMethod(c.city.admin, { year: 2026, method: "OWN_PLUS_CHILD_SUM" });
    expect(await db.scoringYear.findMany({ select: { nodeId: true }, orderBy: { nodeId: "asc" } })).toEqual(
      [{ nodeId: province.admin.nodeId }, { nodeId: c.city.root.id }].sort((a, b) => a.nodeId.localeCompare(b.nodeId)),
    );
    await expect(setNodeScoreMethod(c.x.editor, { year: 2026, method: "OWN_PLUS_CHILD_AVERAGE" })).rejects.toThrow();
  });

  it("scores a county in the city's ranking by its own points: it has no child departments", async () => {
    const x = (await getPeriodTable(c.city.leader, YEAR)).find((r) => r.unitId === c.x.root.id)!;
    expect(x.nodeScore).toMatchObject({ own: x.points, children: [], childPart: 0, total: x.points });
    expect(x.points).toBeGreaterThan(0);
  });
});

describe("the rankings below, read-only", () => {
  it("lets a city's leader and office read each county's ranking, and a province's any 组织部's below it", async () => {
    for (const reader of [c.city.leader, c.city.editor, province.leader]) {
      expect((await getPeriodTable(reader, YEAR, c.x.root.id)).map((r) => r.unitId)).toEqual([c.x.town.id]);
      expect((await getYearAssessment(reader, 2026, c.x.root.id)).categories.length).toBeGreaterThan(0);
    }
    // 甲县城关镇 has its 省级采用 in 甲县's ledger: the county's own figures, as 甲县 sees them.
    expect(await getPeriodTable(c.city.leader, YEAR, c.x.root.id)).toEqual(await getPeriodTable(c.x.leader, YEAR));
    expect((await departmentsBelow(c.city.leader)).map((d) => d.id).sort()).toEqual([c.x.root.id, c.y.root.id].sort());
  });

  it("answers 404 for a node that is not below, and refuses those who do not read rankings", async () => {
    await expect(getPeriodTable(c.x.leader, YEAR, c.y.root.id)).rejects.toThrow(NotFoundError);
    await expect(getPeriodTable(c.x.leader, YEAR, c.city.root.id)).rejects.toThrow(NotFoundError);
    await expect(getPeriodTable(c.city.leader, YEAR, c.x.town.id)).rejects.toThrow(NotFoundError);
    await expect(getPeriodTable(c.city.leader, YEAR, "not-a-uuid")).rejects.toThrow(NotFoundError);
    await expect(getPeriodTable(c.city.admin, YEAR, c.x.root.id)).rejects.toThrow(ForbiddenError);
    await expect(getPeriodTable(c.x.officer, YEAR, c.x.root.id)).rejects.toThrow(ForbiddenError);
  });
});
