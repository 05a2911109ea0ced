/**
 * 报送上级 and credit flowing down: 甲县城关镇 writes, its reviewer forwards, 甲县 adopts and
 * publishes, then sends the item up; 测试市 adopts and publishes it. The city's ledger gives 甲县
 * its 市级采用 under the city's rules, 甲县's ledger gives the township (and its writer) 市级采用
 * under 甲县's own rules; voiding the city's issue takes both back.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/authz/permissions";
import { ConflictError, ForbiddenError, NotFoundError } from "@/lib/errors";
import { createDraft } from "@/lib/drafts/create-draft";
import { moveDraft } from "@/lib/drafts/move-draft";
import { sendUp } from "@/lib/drafts/send-up";
import { listCountyDrafts } from "@/lib/drafts/queries";
import { getDraftDetail } from "@/lib/drafts/detail";
import { createSeries } from "@/lib/bulletins/series";
import { createIssue } from "@/lib/bulletins/create-issue";
import { adoptDraft } from "@/lib/bulletins/adopt-draft";
import { publishIssue } from "@/lib/bulletins/publish-issue";
import { voidIssue } from "@/lib/bulletins/void-issue";
import { listYearRules, setRulePoints } from "@/lib/scores/rules-admin";
import { getPeriodTable } from "@/lib/scores/period-table";
import { makeChain, seriesSettings, type Chain } from "./chain-fixtures";
import { sampleFields, version } from "./fixtures";

let c: Chain;
const seriesOf: Record<"city" | "x", string> = { city: "", x: "" };

const issueVersion = async (id: string) => (await db.bulletinIssue.findUniqueOrThrow({ where: { id } })).version;

async function publishWith(editor: Actor, seriesId: string, draftId: string) {
  const issue = await createIssue(editor, { seriesId });
  await adoptDraft(editor, { id: draftId, version: await version(draftId), issueId: issue.id });
  await publishIssue(editor, { issueId: issue.id, version: await issueVersion(issue.id) });
  return issue.id;
}

/** Points per unit in a node's ledger for 2026's 市级采用, standing entries netted. */
async function cityAdoption(nodeId: string) {
  const rows = await db.scoreEntry.groupBy({ by: ["unitId", "userId"], where: { rule: { nodeId, code: "ADOPTION_CITY" } }, _sum: { points: true } });
  return rows.map((r) => ({ unitId: r.unitId, userId: r.userId, points: Number(r._sum.points) })).filter((r) => r.points !== 0);
}

const rule = async (a: Actor, code: string) => (await listYearRules(a, 2026)).find((r) => r.code === code)!.points;

let township: string;
let upper: { id: string };
let cityIssue: string;

beforeAll(async () => {
  c = await makeChain();
  seriesOf.city = (await createSeries(c.city.admin, seriesSettings("测试市组工信息"))).id;
  seriesOf.x = (await createSeries(c.x.admin, seriesSettings("甲县组工信息"))).id;
  // 甲县 scores 市级采用 higher than the city does: each ledger uses its own rules.
  await setRulePoints(c.x.admin, { year: 2026, code: "ADOPTION_CITY", points: (await rule(c.x.admin, "ADOPTION_CITY")) + 3 });
  const d = await createDraft(c.x.officer, sampleFields("甲县城关镇推行“党员积分超市”"));
  await moveDraft(c.x.officer, { id: d.id, version: await version(d.id), action: "SUBMIT", secrecyConfirmed: true });
  await moveDraft(c.x.reviewer, { id: d.id, version: await version(d.id), action: "APPROVE" });
  await publishWith(c.x.editor, seriesOf.x, d.id);
  township = d.id;
});

describe("报送上级", () => {
  it("is the county office's, only for what it adopted or published, and only once", async () => {
    const fresh = await createDraft(c.x.officer, sampleFields("还没采用的稿件"));
    await moveDraft(c.x.officer, { id: fresh.id, version: await version(fresh.id), action: "SUBMIT", secrecyConfirmed: true });
    await moveDraft(c.x.reviewer, { id: fresh.id, version: await version(fresh.id), action: "APPROVE" });
    await expect(sendUp(c.x.editor, { id: fresh.id, version: await version(fresh.id) })).rejects.toThrow(ConflictError);
    for (const outsider of [c.y.editor, c.city.editor]) await expect(sendUp(outsider, { id: township, version: await version(township) })).rejects.toThrow(NotFoundError);
    for (const refused of [c.x.leader, c.x.officer, c.x.reviewer]) await expect(sendUp(refused, { id: township, version: await version(township) })).rejects.toThrow();

    upper = await sendUp(c.x.editor, { id: township, version: await version(township) });
    await expect(sendUp(c.x.editor, { id: township, version: await version(township) })).rejects.toThrow(/已经报送上级/);
    expect(await db.draft.findUniqueOrThrow({ where: { id: upper.id } })).toMatchObject({ unitId: c.x.root.id, status: "FORWARDED", sentUpFromId: township });
    expect((await db.draft.findUniqueOrThrow({ where: { id: township } })).status).toBe("PUBLISHED");
  });

  it("puts it in the city's pool with its origin; the county sees it but cannot decide on it", async () => {
    expect((await listCountyDrafts(c.city.editor, { page: 1 })).rows.map((r) => r.id)).toEqual([upper.id]);
    // Not waiting for the county: out of its 待处理 pool, in its list of every status.
    expect((await listCountyDrafts(c.x.editor, { page: 1 })).rows.map((r) => r.id)).not.toContain(upper.id);
    const all = (await listCountyDrafts(c.x.editor, { page: 1, status: "ALL" })).rows;
    // Listed with the desk it waits at, so its badge reads 待市审核 at the county too.
    expect(all.find((r) => r.id === upper.id)?.unit.desk?.kind).toBe("CITY");
    expect((await getDraftDetail(c.city.editor, upper.id)).sentUpFromId).toBe(township);
    // The township's own draft stays the county's: the city reads what was sent up.
    await expect(getDraftDetail(c.city.editor, township)).rejects.toThrow(NotFoundError);
    expect((await getDraftDetail(c.x.editor, upper.id)).status).toBe("FORWARDED");
    // The county sees its own unit's draft: deciding it at the city's desk is refused (403), not hidden.
    for (const action of ["DECLINE", "EDITOR_RETURN"] as const) {
      await expect(moveDraft(c.x.editor, { id: upper.id, version: await version(upper.id), action, comment: "自己不能决定" })).rejects.toThrow(ForbiddenError);
    }
    await expect(adoptDraft(c.x.editor, { id: upper.id, version: await version(upper.id) })).rejects.toThrow(ForbiddenError);
    await expect(moveDraft(c.y.editor, { id: upper.id, version: await version(upper.id), action: "DECLINE", comment: "别的县" })).rejects.toThrow(NotFoundError);
    const told = await db.notification.findMany({ where: { href: `/drafts/${upper.id}` }, select: { userId: true } });
    expect(told.map((n) => n.userId)).toEqual([c.city.editor.id]);
  });

  it("goes up again after the city returns it (上级退回), and the county hears of each decision", async () => {
    await moveDraft(c.city.editor, { id: upper.id, version: await version(upper.id), action: "EDITOR_RETURN", comment: "请补充数据" });
    expect(await db.notification.count({ where: { userId: c.x.editor.id, kind: "DRAFT_EDITOR_RETURN" } })).toBe(1);
    const again = await sendUp(c.x.editor, { id: township, version: await version(township) });
    expect(again).toMatchObject({ id: upper.id, status: "FORWARDED" });
  });
});

describe("credit flows down by itself", () => {
  it("gives 甲县 its 市级采用 in the city's ledger, and the township and its writer theirs in 甲县's ledger", async () => {
    cityIssue = await publishWith(c.city.editor, seriesOf.city, upper.id);
    const cityPoints = await rule(c.city.admin, "ADOPTION_CITY");
    const countyPoints = await rule(c.x.admin, "ADOPTION_CITY");
    expect(countyPoints).toBe(cityPoints + 3);
    expect(await cityAdoption(c.city.root.id)).toEqual([{ unitId: c.x.root.id, userId: c.x.editor.id, points: cityPoints }]);
    expect(await cityAdoption(c.x.root.id)).toEqual([{ unitId: c.x.town.id, userId: c.x.officer.id, points: countyPoints }]);
    const year = { kind: "YEAR" as const, year: 2026, index: 1 };
    const county = (await getPeriodTable(c.x.leader, year)).find((r) => r.unitId === c.x.town.id)!;
    expect(county.points).toBe((await rule(c.x.admin, "ADOPTION_COUNTY")) + countyPoints);
    expect((await getPeriodTable(c.city.leader, year)).find((r) => r.unitId === c.x.root.id)!.points).toBe(cityPoints);
  });

  it("takes the points back at every level when the city voids its issue", async () => {
    await voidIssue(c.city.editor, { issueId: cityIssue, reason: "编排有误，作废重发" });
    expect(await cityAdoption(c.city.root.id)).toEqual([]);
    expect(await cityAdoption(c.x.root.id)).toEqual([]);
  });
});
