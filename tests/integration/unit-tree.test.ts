/**
 * One database for a whole chain: the tree (closure table and desks, kept by triggers), each
 * account's node, and records that stay inside their node: another county's, or a lower
 * level's before it was reported, answer 404 like another unit's.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { loadActor } from "@/lib/auth/actor";
import { NotFoundError, ValidationError } from "@/lib/errors";
import { createDraft } from "@/lib/drafts/create-draft";
import { moveDraft } from "@/lib/drafts/move-draft";
import { listCountyDrafts } from "@/lib/drafts/queries";
import { getDraftDetail } from "@/lib/drafts/detail";
import { getPeriodTable } from "@/lib/scores/period-table";
import { listQuotaProgress } from "@/lib/planning/quotas";
import { listRoster } from "@/lib/planning/roster";
import { listCases } from "@/lib/urgent/queries";
import { openUrgentCase } from "@/lib/urgent/cases";
import { toLocalInput } from "@/lib/urgent/clock";
import { reportPlacement } from "@/lib/placements/report-placement";
import { getPlacementDetail, listPlacements } from "@/lib/placements/queries";
import { placementSchema } from "@/lib/validation/placement";
import { createUnit, listUnits, setUnitActive } from "@/lib/admin/units";
import { createUser, listUsers, resetPassword } from "@/lib/admin/users";
import { recordScore } from "@/lib/scores/records";
import { listLedger } from "@/lib/scores/ledger-rows";
import { listYearRules, setRulePoints } from "@/lib/scores/rules-admin";
import { scoreRecordSchema } from "@/lib/validation/score";
import { setQuota } from "@/lib/planning/quotas";
import { regenerateSlips } from "@/lib/onboarding/slips";
import { makeChain, type Chain } from "./chain-fixtures";
import { sampleFields, version } from "./fixtures";

let c: Chain;
beforeAll(async () => {
  c = await makeChain();
});

const chainOf = async (unitId: string) =>
  (await db.unitAncestry.findMany({ where: { unitId }, orderBy: { depth: "asc" }, select: { ancestorId: true, depth: true } })).map((a) => [a.ancestorId, a.depth]);
const deskOf = async (unitId: string) => (await db.unit.findUniqueOrThrow({ where: { id: unitId } })).deskId;
const sorted = (ids: readonly string[]) => [...ids].sort();

describe("the unit tree", () => {
  it("links every unit to itself and each ancestor, and to the 组织部 it reports to", async () => {
    expect(await chainOf(c.x.town.id)).toEqual([[c.x.town.id, 0], [c.x.root.id, 1], [c.city.root.id, 2]]);
    expect(await deskOf(c.x.town.id)).toBe(c.x.root.id);
    expect(await deskOf(c.x.root.id)).toBe(c.city.root.id);
    expect(await deskOf(c.city.section.id)).toBe(c.city.root.id);
    expect(await deskOf(c.city.root.id)).toBeNull();
    expect(await db.unitAncestry.count({ where: { ancestorId: c.city.root.id } })).toBe(await db.unit.count());
  });

  it("moves a whole subtree, and a unit that becomes a 组织部 becomes its children's desk", async () => {
    const zone = await db.unit.create({ data: { name: "甲县开发区", kind: "AGENCY", parentId: c.x.root.id } });
    const town = await db.unit.create({ data: { name: "开发区一镇", kind: "TOWNSHIP", parentId: zone.id } });
    expect(await deskOf(town.id)).toBe(c.x.root.id);
    await db.unit.update({ where: { id: zone.id }, data: { parentId: c.y.root.id } });
    expect(await chainOf(town.id)).toEqual([[town.id, 0], [zone.id, 1], [c.y.root.id, 2], [c.city.root.id, 3]]);
    expect(await deskOf(town.id)).toBe(c.y.root.id);
    await db.unit.update({ where: { id: zone.id }, data: { kind: "COUNTY" } });
    expect(await deskOf(town.id)).toBe(zone.id);
    expect(await deskOf(zone.id)).toBe(c.y.root.id);
    await db.unit.deleteMany({ where: { id: { in: [town.id, zone.id] } } }).catch(async () => {
      await db.unit.delete({ where: { id: town.id } });
      await db.unit.delete({ where: { id: zone.id } });
    });
  });

  it("refuses a move under the unit's own subtree, and a second root", async () => {
    await expect(db.unit.update({ where: { id: c.x.root.id }, data: { parentId: c.x.town.id } })).rejects.toThrow(/own subtree/);
    await expect(db.unit.create({ data: { name: "另一个根", kind: "CITY" } })).rejects.toThrow();
    expect(await deskOf(c.x.root.id)).toBe(c.city.root.id);
  });

  it("lets the deployment join a higher level: the new top department and the move in one transaction", async () => {
    const province = await db.$transaction(async (tx) => {
      const top = await tx.unit.create({ data: { name: "中共测试省委组织部", kind: "PROVINCE" } });
      await tx.unit.update({ where: { id: c.city.root.id }, data: { parentId: top.id } });
      return top;
    });
    try {
      expect(await chainOf(c.x.town.id)).toEqual([[c.x.town.id, 0], [c.x.root.id, 1], [c.city.root.id, 2], [province.id, 3]]);
      expect(await deskOf(c.city.root.id)).toBe(province.id);
      expect(await deskOf(c.x.root.id)).toBe(c.city.root.id);
      // Left with two roots, the transaction does not commit.
      await expect(db.unit.update({ where: { id: c.city.root.id }, data: { parentId: null } })).rejects.toThrow();
      expect(await deskOf(c.city.root.id)).toBe(province.id);
    } finally {
      await db.$transaction([db.unit.update({ where: { id: c.city.root.id }, data: { parentId: null } }), db.unit.delete({ where: { id: province.id } })]);
    }
    expect(await deskOf(c.city.root.id)).toBeNull();
    expect(await chainOf(c.x.town.id)).toEqual([[c.x.town.id, 0], [c.x.root.id, 1], [c.city.root.id, 2]]);
  });
});

describe("each account works in one node", () => {
  it("puts a county's people in the county, and the city's in the city with its counties as units", async () => {
    for (const a of [c.x.editor, c.x.officer, c.x.reviewer]) expect(a.nodeId).toBe(c.x.root.id);
    expect(sorted(c.x.editor.nodeUnitIds)).toEqual(sorted([c.x.root.id, c.x.town.id]));
    expect(c.city.agencyOfficer.nodeId).toBe(c.city.root.id);
    expect(sorted(c.city.editor.nodeUnitIds)).toEqual(sorted([c.city.root.id, c.city.agency.id, c.city.section.id, c.x.root.id, c.y.root.id]));
    expect(await loadActor(c.x.editor.id)).toEqual(c.x.editor);
  });
});

describe("records stay inside their node", () => {
  let draftId: string;
  beforeAll(async () => {
    const d = await createDraft(c.x.officer, sampleFields("甲县城关镇推行党员积分制"));
    await moveDraft(c.x.officer, { id: d.id, version: await version(d.id), action: "SUBMIT", secrecyConfirmed: true });
    await moveDraft(c.x.reviewer, { id: d.id, version: await version(d.id), action: "APPROVE" });
    draftId = d.id;
  });

  it("shows a township's forwarded draft to its county only: not to the other county, nor to the city before it is reported", async () => {
    expect((await getDraftDetail(c.x.editor, draftId)).id).toBe(draftId);
    expect((await listCountyDrafts(c.x.editor, { page: 1 })).rows.map((r) => r.id)).toEqual([draftId]);
    for (const outsider of [c.y.editor, c.y.leader, c.city.editor, c.city.leader]) {
      await expect(getDraftDetail(outsider, draftId)).rejects.toThrow(NotFoundError);
      expect((await listCountyDrafts(outsider, { page: 1, status: "ALL" })).rows).toEqual([]);
      // Asking for the other node's unit by its id finds nothing either.
      expect((await listCountyDrafts(outsider, { page: 1, status: "ALL", unitId: c.x.town.id })).rows).toEqual([]);
    }
    await expect(moveDraft(c.y.editor, { id: draftId, version: await version(draftId), action: "DECLINE", comment: "不采用" })).rejects.toThrow(NotFoundError);
    await expect(moveDraft(c.city.editor, { id: draftId, version: await version(draftId), action: "DECLINE", comment: "不采用" })).rejects.toThrow(NotFoundError);
    expect((await db.draft.findUniqueOrThrow({ where: { id: draftId } })).status).toBe("FORWARDED");
  });

  it("ranks a county's units at the county, and the counties, 市直单位 and 科室 at the city", async () => {
    const year = { kind: "YEAR" as const, year: 2026, index: 1 };
    expect((await getPeriodTable(c.x.editor, year)).map((r) => r.unitId)).toEqual([c.x.town.id]);
    expect(sorted((await getPeriodTable(c.city.leader, year)).map((r) => r.unitId))).toEqual(sorted([c.x.root.id, c.y.root.id, c.city.agency.id, c.city.section.id]));
    expect((await listQuotaProgress(c.y.editor, { year: 2026, page: 1 })).rows.map((r) => r.unitId)).toEqual([c.y.town.id]);
    expect((await listRoster(c.y.leader, { page: 1 })).rows.map((r) => r.unitId)).toEqual([c.y.town.id]);
  });

  it("keeps urgent cases and placements in the county, and tells only that county's office", async () => {
    const eventAt = toLocalInput(new Date(Date.now() - 30 * 60_000));
    await expect(openUrgentCase(c.x.editor, { title: "乙县的事", eventAt, unitId: c.y.town.id })).rejects.toThrow(ValidationError);
    const urgent = await openUrgentCase(c.x.officer, { title: "城关镇突发情况", eventAt });
    const told = await db.notification.findMany({ where: { kind: "URGENT_OPEN" }, select: { userId: true } });
    expect(told.map((n) => n.userId)).toEqual([c.x.editor.id]);
    expect((await listCases(c.x.editor, { page: 1 })).rows.map((r) => r.id)).toEqual([urgent.id]);
    expect((await listCases(c.y.editor, { page: 1 })).rows).toEqual([]);

    const input = placementSchema.parse({ kind: "COMMENTARY", title: "甲县网评", medium: "学习强国", publishedOn: "2026-11-10", link: "https://www.xuexi.cn/a.html" });
    const p = await reportPlacement(c.x.officer, input);
    await expect(getPlacementDetail(c.y.editor, p.id)).rejects.toThrow(NotFoundError);
    expect((await listPlacements(c.y.editor, { page: 1 })).rows).toEqual([]);
  });

  it("lets an administrator manage the own subtree only: the city's reaches into its counties, a county's not into the other", async () => {
    expect(sorted((await listUnits(c.x.admin, { page: 1 })).rows.map((u) => u.id))).toEqual(sorted([c.x.root.id, c.x.town.id]));
    expect((await listUsers(c.x.admin, { page: 1 })).rows.every((u) => [c.x.root.id, c.x.town.id].includes(u.unitId))).toBe(true);
    await expect(setUnitActive(c.x.admin, { id: c.y.town.id, active: false })).rejects.toThrow(NotFoundError);
    await expect(resetPassword(c.x.admin, { userId: c.y.officer.id, password: "Passw0rd!2026" })).rejects.toThrow(NotFoundError);
    await expect(createUser(c.x.admin, { username: "intruder", name: "外人", unitId: c.y.town.id, roles: ["OFFICER"], phone: "", password: "Passw0rd!2026" })).rejects.toThrow(ValidationError);
    await expect(regenerateSlips(c.x.admin, { unitId: c.y.town.id })).rejects.toThrow(NotFoundError);
    await expect(setQuota(c.x.editor, { unitId: c.y.town.id, year: 2026, monthlyMin: 9, flagshipTarget: 1, adoptedTarget: 1 })).rejects.toThrow(ValidationError);
    expect(await db.unitQuota.count()).toBe(0);
    const added = await createUnit(c.x.admin, { name: "甲县新镇", kind: "TOWNSHIP" });
    expect(await deskOf(added.id)).toBe(c.x.root.id);
    await setUnitActive(c.city.admin, { id: c.x.town.id, active: false });
    await setUnitActive(c.city.admin, { id: c.x.town.id, active: true });
    expect((await listUnits(c.city.admin, { page: 1 })).total).toBe(await db.unit.count());
  });
});

describe("each 组织部 scores by its own rules", () => {
  const upper = (unitId: string, title: string) =>
    scoreRecordSchema.parse({ kind: "UPPER_ADOPTION", level: "CITY", unitId, userId: null, title, outlet: "《测试市组工信息》", occurredOn: "2026-05-06" });

  it("writes a unit's points under its own desk's rules, into that desk's ledger only", async () => {
    const standard = (await listYearRules(c.y.admin, 2026)).find((r) => r.code === "ADOPTION_CITY")!.points;
    await setRulePoints(c.x.admin, { year: 2026, code: "ADOPTION_CITY", points: standard + 5 });
    expect((await listYearRules(c.y.admin, 2026)).find((r) => r.code === "ADOPTION_CITY")!.points).toBe(standard);

    await recordScore(c.x.editor, upper(c.x.town.id, "甲县城关镇经验被市里采用"));
    await recordScore(c.y.editor, upper(c.y.town.id, "乙县城关镇经验被市里采用"));
    // The city ranks its counties: 甲县's department earns under the city's rules.
    await recordScore(c.city.editor, upper(c.x.root.id, "甲县经验被市里采用"));
    await expect(recordScore(c.x.editor, upper(c.y.town.id, "越界登记"))).rejects.toThrow(ValidationError);
    await expect(recordScore(c.x.editor, upper(c.x.root.id, "自己给自己登记"))).rejects.toThrow(ValidationError);

    const ledger = async (a: typeof c.x.editor) => (await listLedger(a, { year: 2026, page: 1 })).rows.map((r) => [r.unitId, Number(r.points)]);
    expect(await ledger(c.x.editor)).toEqual([[c.x.town.id, standard + 5]]);
    expect(await ledger(c.y.editor)).toEqual([[c.y.town.id, standard]]);
    expect(await ledger(c.city.editor)).toEqual([[c.x.root.id, standard]]);
    const year = { kind: "YEAR" as const, year: 2026, index: 1 };
    expect((await getPeriodTable(c.city.leader, year)).find((r) => r.unitId === c.x.root.id)?.points).toBe(standard);
    expect((await getPeriodTable(c.x.leader, year)).find((r) => r.unitId === c.x.town.id)?.points).toBe(standard + 5);
  });
});
