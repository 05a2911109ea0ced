/**
 * A city or province desk reads and works as such: an administrator adds the 组织部 below the
 * own level, a county sees what the city asks of its department, and a draft sent up is not
 * matched against its own origin.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { NotFoundError, ValidationError } from "@/lib/errors";
import type { Actor } from "@/lib/authz/permissions";
import { createUnit } from "@/lib/admin/units";
import { createDraft } from "@/lib/drafts/create-draft";
import { moveDraft } from "@/lib/drafts/move-draft";
import { adoptDraft } from "@/lib/bulletins/adopt-draft";
import { sendUp } from "@/lib/drafts/send-up";
import { getDraftDetail } from "@/lib/drafts/detail";
import { reviewFindings } from "@/lib/drafts/review-checks";
import { cancelCommission, createCommission, getCommission, listCommissions, listUnitShares } from "@/lib/planning/commissions";
import { createPlan, getPlan, publishPlan } from "@/lib/planning/plans";
import { commissionSchema } from "@/lib/validation/commission";
import { planSchema } from "@/lib/validation/planning";
import { shanghaiDate } from "@/lib/time";
import { draftTodos } from "@/lib/todo/drafts";
import { previewNotice } from "@/lib/scores/notices";
import { makeChain, type Chain } from "./chain-fixtures";
import { person, version } from "./fixtures";

let c: Chain;
beforeAll(async () => {
  c = await makeChain();
});

describe("adding a lower 组织部", () => {
  it("lets the city's administrator add a county under the city, reporting to it", async () => {
    const county = await createUnit(c.city.admin, { name: "中共丙县委组织部", kind: "COUNTY" });
    expect(await db.unit.findUniqueOrThrow({ where: { id: county.id } })).toMatchObject({ parentId: c.city.root.id, deskId: c.city.root.id, rankGroup: "DEPARTMENT" });
  });

  it("refuses a 组织部 at or above the own level, on the kind field", async () => {
    const before = await db.unit.count();
    for (const [admin, kind] of [
      [c.city.admin, "CITY"],
      [c.x.admin, "COUNTY"],
      [c.x.admin, "CITY"],
    ] as const) {
      await expect(createUnit(admin, { name: `越级${kind}${admin.unitId.slice(0, 4)}`, kind })).rejects.toMatchObject({ constructor: ValidationError, fieldErrors: { kind: expect.stringMatching(/不能新增/) } });
    }
    expect(await db.unit.count()).toBe(before);
  });
});

/** A township's piece, adopted by its county and sent up: the township's draft and the one at the city. */
async function sentUpPiece(title: string, body: string) {
  const d = await createDraft(c.x.officer, { title, kind: "NEWS", eventDate: "2026-11-01", body, isFlagship: false, contact: "" });
  await moveDraft(c.x.officer, { id: d.id, version: await version(d.id), action: "SUBMIT", secrecyConfirmed: true });
  await moveDraft(c.x.reviewer, { id: d.id, version: await version(d.id), action: "APPROVE" });
  await adoptDraft(c.x.editor, { id: d.id, version: await version(d.id) });
  return { township: d, upper: await sendUp(c.x.editor, { id: d.id, version: await version(d.id) }) };
}

const findingsOf = async (actor: Actor, id: string) => reviewFindings(actor, await getDraftDetail(actor, id));

describe("checks on a draft sent up", () => {
  const body = "城关镇把全镇党员编入网格，每名党员联系十户群众，每月走访一次，收集的问题当月办结，全年共办结群众急难愁盼事项三百余件。";

  it("does not match it against its own origin, nor the origin against it", async () => {
    const { township, upper } = await sentUpPiece("城关镇党员联户走访全覆盖", body);
    expect((await findingsOf(c.city.editor, upper.id)).filter((f) => f.code === "SIMILAR")).toEqual([]);
    expect((await findingsOf(c.x.editor, township.id)).filter((f) => f.code === "SIMILAR")).toEqual([]);
    // Another unit's copy of the same text is still flagged.
    const copy = await createDraft(c.y.officer, { title: "乙县照搬的稿件", kind: "NEWS", eventDate: "2026-11-01", body, isFlagship: false, contact: "" });
    expect((await findingsOf(c.y.officer, copy.id)).filter((f) => f.code === "SIMILAR")).not.toEqual([]);
  });

  it("asks the city's reader for the county's name, not its department's", async () => {
    const { upper } = await sentUpPiece("城关镇开展党员冬训", "城关镇组织全镇党员参加冬训，集中学习三天。");
    const missing = (await findingsOf(c.city.editor, upper.id)).filter((f) => f.code === "MISSING_UNIT");
    expect(missing.map((f) => f.message)).toEqual(["标题和第一段都没有写明单位名称“甲县”，市里看稿时分不清是哪个单位的信息"]);
    const named = await sentUpPiece("甲县城关镇开展党员冬训", "甲县城关镇组织全镇党员参加冬训，集中学习五天。");
    expect((await findingsOf(c.city.editor, named.upper.id)).filter((f) => f.code === "MISSING_UNIT")).toEqual([]);
  });
});

describe("what the city asks of a county's department", () => {
  const dueOn = shanghaiDate(new Date(Date.now() + 10 * 86_400_000));

  it("a 约稿 to 甲县's department: its office and leaders are told, see their own row, and cannot manage it", async () => {
    const commission = await createCommission(c.city.editor, commissionSchema.parse({ title: "全市基层党建典型", guidance: "", wordLimit: "", kind: "EXPERIENCE", dueOn, unitIds: [c.x.root.id, c.city.agency.id] }));
    const told = await db.notification.findMany({ where: { href: `/commissions/${commission.id}` }, select: { userId: true, title: true } });
    expect(told.filter((n) => [c.x.editor.id, c.x.leader.id].includes(n.userId)).map((n) => n.title)).toEqual(["市委组织部约稿：“全市基层党建典型”", "市委组织部约稿：“全市基层党建典型”"]);
    for (const a of [c.x.editor, c.x.leader]) {
      const seen = await getCommission(a, commission.id);
      expect(seen).toMatchObject({ fromAbove: true });
      expect(seen.targets.map((t) => t.unitId)).toEqual([c.x.root.id]);
      expect((await listUnitShares(a, { page: 1 })).rows.map((t) => t.commissionId)).toEqual([commission.id]);
      expect((await listCommissions(a, { page: 1 })).rows.map((r) => r.id)).not.toContain(commission.id);
    }
    for (const a of [c.y.editor, c.x.officer, c.x.reviewer]) await expect(getCommission(a, commission.id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(cancelCommission(c.x.editor, { id: commission.id, reason: "县里撤销" })).rejects.toBeInstanceOf(NotFoundError);
    expect((await getCommission(c.city.editor, commission.id)).targets).toHaveLength(2);
  });

  it("a plan topic naming 甲县's department: its office reads that topic, told by the 市委组织部", async () => {
    const plan = await createPlan(
      c.city.editor,
      planSchema.parse({ title: "全市一月计划", period: "2027-01", intro: "", topics: [{ title: "请甲县写换届", guidance: "", kind: null, unitIds: [c.x.root.id] }, { title: "请市教育局写", guidance: "", kind: null, unitIds: [c.city.agency.id] }] }),
    );
    await publishPlan(c.city.editor, { id: plan.id, version: plan.version });
    expect((await getPlan(c.x.editor, plan.id)).topics.map((t) => t.title)).toEqual(["请甲县写换届"]);
    await expect(getPlan(c.y.editor, plan.id)).rejects.toBeInstanceOf(NotFoundError);
    const told = await db.notification.findFirstOrThrow({ where: { href: `/plans/${plan.id}`, userId: c.x.editor.id } });
    expect(told.title).toBe("市委组织部发布了2027年1月信息计划“全市一月计划”");
  });
});

describe("the city's desk reads as the city's", () => {
  it("names its pool, its returns to a county, and its 通报 by the city", async () => {
    const { upper } = await sentUpPiece("甲县城关镇推行党员积分", "甲县城关镇在全镇推行党员积分制管理，党员参与率明显提高。");
    expect((await draftTodos(c.city.editor)).map((i) => i.title)).toContainEqual(expect.stringMatching(/^市级稿件池有\d+篇报送稿件待处理$/));
    await moveDraft(c.city.editor, { id: upper.id, version: await version(upper.id), action: "EDITOR_RETURN", comment: "请补充数据" });
    const returned = await db.notification.findFirstOrThrow({ where: { userId: c.x.editor.id, kind: "DRAFT_EDITOR_RETURN", href: `/drafts/${upper.id}` } });
    expect(returned.title).toBe("市委组织部退回了《甲县城关镇推行党员积分》，请修改");
    const notice = await previewNotice(c.city.editor, { period: { kind: "YEAR", year: 2026, index: 1 } });
    expect(notice.title).toBe("关于2026年度全市组工信息工作情况的通报");
    expect(notice.summary[1]).toMatch(/^2026年，全市各单位共向市委组织部报送组工信息/);
    expect(notice.summary[1]).toContain("市直单位");
  });

  it("keeps a county's words", async () => {
    const d = await createDraft(c.x.officer, { title: "甲县城关镇开展主题党日", kind: "NEWS", eventDate: "2026-11-01", body: "甲县城关镇开展主题党日活动。", isFlagship: false, contact: "" });
    await moveDraft(c.x.officer, { id: d.id, version: await version(d.id), action: "SUBMIT", secrecyConfirmed: true });
    await moveDraft(c.x.reviewer, { id: d.id, version: await version(d.id), action: "APPROVE" });
    expect((await db.notification.findFirstOrThrow({ where: { userId: c.x.officer.id, kind: "DRAFT_APPROVE", href: `/drafts/${d.id}` } })).title).toBe("《甲县城关镇开展主题党日》已报送县委组织部");
    expect((await draftTodos(c.x.editor)).map((i) => i.title)).toContainEqual(expect.stringMatching(/^县级稿件池有/));
    expect((await previewNotice(c.x.editor, { period: { kind: "YEAR", year: 2026, index: 1 } })).title).toBe("关于2026年度全县组工信息工作情况的通报");
  });
});

// Last: the chain joins a province here and stays under it.
describe("adding a lower 组织部 at a province", () => {
  it("lets a province's administrator add a city and a county", async () => {
    const province = await db.$transaction(async (tx) => {
      const top = await tx.unit.create({ data: { name: "中共测试省委组织部", kind: "PROVINCE" } });
      await tx.unit.update({ where: { id: c.city.root.id }, data: { parentId: top.id } });
      return top;
    });
    const admin = await person("province_admin", province.id, ["ADMIN"]);
    expect(admin.nodeKind).toBe("PROVINCE");
    const added = [await createUnit(admin, { name: "中共新设市委组织部", kind: "CITY" }), await createUnit(admin, { name: "中共省直管县委组织部", kind: "COUNTY" })];
    for (const u of added) expect((await db.unit.findUniqueOrThrow({ where: { id: u.id } })).deskId).toBe(province.id);
  });
});
