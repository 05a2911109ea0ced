import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/authz/permissions";
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from "@/lib/errors";
import { reportPlacement } from "@/lib/placements/report-placement";
import { movePlacement } from "@/lib/placements/move-placement";
import { getPlacementDetail, getPlacementEvidence, listPlacements } from "@/lib/placements/queries";
import { DUPLICATE_OTHER_UNIT } from "@/lib/placements/duplicates";
import { EVIDENCE_MAX_BYTES, EVIDENCE_MESSAGES } from "@/lib/placements/evidence-limits";
import { placementSchema } from "@/lib/validation/placement";
import { fieldErrorsOf } from "@/lib/auth/action";
import { recordScore, reverseRecord } from "@/lib/scores/records";
import { scoreRecordSchema } from "@/lib/validation/score";
import { getYearAssessment } from "@/lib/scores/categories";
import { getUnitScoreView } from "@/lib/scores/unit-view";
import { setRulePoints } from "@/lib/scores/rules-admin";
import { makeCounty, type County } from "./fixtures";

let c: County;
beforeEach(async () => {
  c = await makeCounty();
});

const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);
const image = { fileName: "版面.png", bytes: PNG };

const media = (over: Record<string, unknown> = {}) =>
  placementSchema.parse({
    kind: "MEDIA",
    title: "青山镇：党员积分制激活基层治理",
    medium: "《组织人事报》",
    level: "NATIONAL",
    publishedOn: "2026-11-20",
    section: "第3版",
    frontPage: false,
    keyPage: false,
    wordCount: "800",
    link: "",
    hasFile: true,
    ...over,
  });
const commentary = (over: Record<string, unknown> = {}) =>
  placementSchema.parse({ kind: "COMMENTARY", title: "网评：让党旗在基层高高飘扬", medium: "学习强国", publishedOn: "2026-11-18", link: "https://www.xuexi.cn/a.html", ...over });

/** Reported, confirmed by the unit's reviewer, as the given unit's people. */
async function confirmed(input = media(), who: { officer: Actor; reviewer: Actor } = { officer: c.officerA, reviewer: c.reviewerA }) {
  const p = await reportPlacement(who.officer, input, input.kind === "MEDIA" ? image : null);
  return movePlacement(who.reviewer, { id: p.id, version: p.version, move: "CONFIRM" });
}

const entriesOf = async (placementId: string) => (await getPlacementDetail(c.editor, placementId)).entries.map((e) => [e.label, e.points]);

describe("a unit reports a placement; the reviewer confirms; the office verifies and it scores by medium, page and length", () => {
  it("scores a national front-page long piece with its page and length band, for the unit and the officer", async () => {
    const p = await reportPlacement(c.officerA, media({ frontPage: true, keyPage: true, wordCount: "3200" }), image);
    expect(p).toMatchObject({ status: "REPORTED", unitId: c.unitA.id, reportedById: c.officerA.id });
    // The county does not see it before the unit's reviewer has confirmed it.
    await expect(getPlacementDetail(c.editor, p.id)).rejects.toThrow(NotFoundError);
    const ok = await movePlacement(c.reviewerA, { id: p.id, version: p.version, move: "CONFIRM" });
    expect(ok.status).toBe("CONFIRMED");
    const v = await movePlacement(c.editor, { id: p.id, version: ok.version, move: "VERIFY" });
    expect(v.status).toBe("VERIFIED");

    expect(await entriesOf(p.id)).toEqual([
      ["中央级媒体发稿", 10],
      ["媒体发稿在头版（加分）", 3],
      ["媒体发稿3000字以上（加分）", 2],
    ]);
    const entries = await db.scoreEntry.findMany({ where: { unitId: c.unitA.id } });
    expect(entries.every((e) => e.userId === c.officerA.id && e.year === 2026)).toBe(true);
    const record = await db.scoreRecord.findUniqueOrThrow({ where: { id: v.scoreRecordId! } });
    expect(record).toMatchObject({ kind: "MEDIA", level: "NATIONAL", outlet: "《组织人事报》", issueNo: "第3版", recordedById: c.editor.id });

    // The 千分制 split counts it under 上级媒体发稿; the unit's own page shows the points.
    const assessment = await getYearAssessment(c.editor, 2026);
    expect(assessment.scoreOf(c.unitA.id, 0).categories.find((x) => x.code === "MEDIA")?.points).toBe(15);
    const view = await getUnitScoreView(c.officerA, { kind: "YEAR", year: 2026, index: 1 });
    expect(view.own?.points).toBe(15);
    expect(view.byCategory).toMatchObject({ MEDIA: 15 });

    const audits = await db.auditLog.findMany({ where: { entityType: "Placement", entityId: p.id }, orderBy: { createdAt: "asc" } });
    expect(audits.map((a) => a.action)).toEqual(["placement.report", "placement.confirm", "placement.verify"]);
    expect((await getPlacementEvidence(c.officerA, p.id)).contentType).toBe("image/png");
  });

  it("takes each band's points from the year's rules, 重要版面 and the middle band, and a 网评 by its own rule", async () => {
    await setRulePoints(c.admin, { year: 2026, code: "MEDIA_KEY_PAGE", points: 4 });
    const provincial = await confirmed(media({ level: "PROVINCIAL", medium: "河南日报", keyPage: true, wordCount: "1000" }));
    await movePlacement(c.editor, { id: provincial.id, version: provincial.version, move: "VERIFY" });
    expect(await entriesOf(provincial.id)).toEqual([
      ["省级媒体发稿", 5],
      ["媒体发稿在重要版面（加分）", 4],
      ["媒体发稿1000至2999字（加分）", 1],
    ]);
    const web = await reportPlacement(c.officerA, commentary());
    const webOk = await movePlacement(c.reviewerA, { id: web.id, version: web.version, move: "CONFIRM" });
    await movePlacement(c.editor, { id: web.id, version: webOk.version, move: "VERIFY" });
    expect(await entriesOf(web.id)).toEqual([["网评文章刊发", 1]]);
    const split = (await getYearAssessment(c.leader, 2026)).scoreOf(c.unitA.id, 0).categories;
    expect(split.find((x) => x.code === "COMMENTARY")?.points).toBe(1);
    expect(split.find((x) => x.code === "MEDIA")?.points).toBe(10);
  });

  it("a reversed record (冲销) takes the placement's points back, all of its entries", async () => {
    const p = await confirmed(media({ frontPage: true, wordCount: "1200" }));
    const v = await movePlacement(c.editor, { id: p.id, version: p.version, move: "VERIFY" });
    await reverseRecord(c.editor, { id: v.scoreRecordId!, reason: "版面核对有误" });
    const sum = await db.scoreEntry.aggregate({ where: { unitId: c.unitA.id }, _sum: { points: true } });
    expect(Number(sum._sum.points)).toBe(0);
  });
});

describe("returns, rejections and duplicates", () => {
  it("a rejection needs a reason, scores nothing and shows the reason to the unit", async () => {
    const p = await confirmed();
    await expect(movePlacement(c.editor, { id: p.id, version: p.version, move: "REJECT", comment: " " })).rejects.toThrow(ValidationError);
    await movePlacement(c.editor, { id: p.id, version: p.version, move: "REJECT", comment: "所附版面不是本单位的稿件" });
    const seen = await getPlacementDetail(c.officerA, p.id);
    expect(seen).toMatchObject({ status: "REJECTED", comment: "所附版面不是本单位的稿件", scoreRecordId: null });
    expect(await db.scoreEntry.count()).toBe(0);
    // Closed: it cannot be verified afterwards.
    await expect(movePlacement(c.editor, { id: p.id, version: seen.version, move: "VERIFY" })).rejects.toThrow(ConflictError);
  });

  it("the reviewer returns with a reason; a stale version is refused", async () => {
    const p = await reportPlacement(c.officerA, media(), image);
    await expect(movePlacement(c.reviewerA, { id: p.id, version: p.version, move: "RETURN" })).rejects.toThrow(ValidationError);
    await movePlacement(c.reviewerA, { id: p.id, version: p.version, move: "RETURN", comment: "字数填错了" });
    await expect(movePlacement(c.reviewerA, { id: p.id, version: p.version, move: "CONFIRM" })).rejects.toThrow(ConflictError);
    // A returned report frees the article: the corrected one goes in.
    await expect(reportPlacement(c.officerA, media({ wordCount: "1800" }), image)).resolves.toMatchObject({ status: "REPORTED" });
  });

  it("catches the same article from the same unit, from another unit however it is typed, and one the office entered", async () => {
    await reportPlacement(c.officerA, media(), image);
    const again = reportPlacement(c.reviewerA, media(), image);
    await expect(again).rejects.toThrow(ValidationError);
    await expect(again).rejects.toMatchObject({ fieldErrors: { title: expect.stringMatching(/^本单位.*已报送过这篇文章（待组织委员确认）/) } });
    const retyped = media({ title: "青山镇 “党员积分制” 激活基层治理", medium: "组织人事报" });
    await expect(reportPlacement(c.officerB, retyped, image)).rejects.toMatchObject({ fieldErrors: { title: DUPLICATE_OTHER_UNIT } });

    await recordScore(c.editor, scoreRecordSchema.parse({ kind: "MEDIA", level: "CITY", unitId: c.unitB.id, title: "乙街道网格党建", outlet: "示例日报", occurredOn: "2026-11-19" }));
    await expect(reportPlacement(c.officerB, media({ title: "乙街道：网格党建", medium: "《示例日报》", level: "CITY", publishedOn: "2026-11-19" }), image)).rejects.toMatchObject({
      fieldErrors: { title: "研究室已经登记过这篇文章并记了分，不用再报送" },
    });
  });

  it("two units reporting the same article at the same moment: one report stands", async () => {
    const results = await Promise.allSettled([reportPlacement(c.officerA, media(), image), reportPlacement(c.officerB, media(), image)]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(results.find((r) => r.status === "rejected")).toMatchObject({ reason: expect.any(ValidationError) });
    expect(await db.placement.count()).toBe(1);
  });
});

describe("who sees and does what", () => {
  it("another unit's reports answer 404; the county lists only confirmed ones; the wrong role is refused", async () => {
    const p = await reportPlacement(c.officerA, media(), image);
    await expect(getPlacementDetail(c.officerB, p.id)).rejects.toThrow(NotFoundError);
    await expect(getPlacementEvidence(c.reviewerB, p.id)).rejects.toThrow(NotFoundError);
    await expect(movePlacement(c.reviewerB, { id: p.id, version: p.version, move: "CONFIRM" })).rejects.toThrow(NotFoundError);
    await expect(movePlacement(c.officerA, { id: p.id, version: p.version, move: "CONFIRM" })).rejects.toThrow(ForbiddenError);
    expect((await listPlacements(c.editor, { page: 1 })).total).toBe(0);
    expect((await listPlacements(c.officerB, { page: 1 })).total).toBe(0);
    const ok = await movePlacement(c.reviewerA, { id: p.id, version: p.version, move: "CONFIRM" });
    expect((await listPlacements(c.leader, { page: 1, q: "组织人事报" })).total).toBe(1);
    // Without the permission: what the person reads (the leader, confirmed reports) or their own unit has is forbidden, the rest looks missing.
    await expect(movePlacement(c.leader, { id: p.id, version: ok.version, move: "VERIFY" })).rejects.toThrow(ForbiddenError);
    await expect(movePlacement(c.reviewerA, { id: p.id, version: ok.version, move: "VERIFY" })).rejects.toThrow(ForbiddenError);
    expect((await getPlacementDetail(c.editor, p.id)).status).toBe("CONFIRMED");
    await expect(reportPlacement(c.editor, media({ title: "研究室不报送" }), image)).rejects.toThrow(ForbiddenError);
    await expect(listPlacements(c.admin, { page: 1 })).rejects.toThrow(ForbiddenError);
  });
});

describe("bad input gets a message at its field", () => {
  const errorsOf = (raw: Record<string, unknown>) => {
    const r = placementSchema.safeParse(raw);
    return r.success ? {} : fieldErrorsOf(r.error);
  };
  const base = { kind: "MEDIA", title: "青山镇党员积分制", medium: "组织人事报", level: "NATIONAL", publishedOn: "2026-11-20", wordCount: "900", link: "", hasFile: true };

  it("missing evidence, a future date, a link that is not a web address, a 网评 without its link", () => {
    expect(errorsOf({ ...base, hasFile: false })).toMatchObject({ evidence: "请上传版面图片或 PDF，或填写文章网址" });
    expect(errorsOf({ ...base, publishedOn: "2099-01-01" })).toMatchObject({ publishedOn: "日期不能晚于今天" });
    expect(errorsOf({ ...base, link: "www.example.cn/a" })).toMatchObject({ link: expect.stringContaining("网址应以 http://") });
    expect(errorsOf({ ...base, link: "javascript:alert(1)" })).toHaveProperty("link");
    expect(errorsOf({ ...base, kind: "COMMENTARY" })).toMatchObject({ link: "网评文章请填写文章网址" });
    expect(errorsOf({ ...base, level: "" })).toMatchObject({ level: "请选择媒体级别" });
    expect(errorsOf({ ...base, wordCount: "" })).toMatchObject({ wordCount: "请填写字数" });
    expect(errorsOf({ ...base, hasFile: false, link: "https://www.zuzhirenshibao.cn/a.html" })).toEqual({});
  });

  it("evidence that is not a PDF or picture, or too large, is refused and nothing is stored", async () => {
    const docx = { fileName: "版面.png", bytes: Buffer.from([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]) };
    await expect(reportPlacement(c.officerA, media(), docx)).rejects.toMatchObject({ fieldErrors: { evidence: EVIDENCE_MESSAGES.wrongType } });
    const big = { fileName: "版面.png", bytes: Buffer.concat([PNG, Buffer.alloc(EVIDENCE_MAX_BYTES)]) };
    await expect(reportPlacement(c.officerA, media(), big)).rejects.toMatchObject({ fieldErrors: { evidence: EVIDENCE_MESSAGES.tooBig } });
    expect(await db.placement.count()).toBe(0);
  });
});
