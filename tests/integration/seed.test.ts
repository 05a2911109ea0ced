import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { DRAFT_STATUSES } from "@/lib/drafts/workflow";
import { rollupDrift } from "@/lib/scores/rollup-check";
import seed, { DEMO_ACCOUNTS, DEMO_UNITS } from "@/prisma/seed";
import { CHAIN_ITEM, CITY_ROOT, CITY_SERIES, CITY_UNITS } from "@/prisma/demo/city";
import { resetDatabase } from "./db-reset";

describe("demo seed", () => {
  it("builds the demo county with drafts in every state, and a second run changes nothing", async () => {
    await resetDatabase(db);
    await seed({ demo: true });
    const counts = async () => ({
      units: await db.unit.count(),
      users: await db.user.count(),
      drafts: await db.draft.count(),
      issues: await db.bulletinIssue.count(),
      commissions: await db.commission.count(),
      roster: await db.rosterChange.count(),
      training: await db.trainingSession.count(),
    });
    const first = await counts();
    expect(first.units).toBe(DEMO_UNITS.length + CITY_UNITS.length + 2);
    expect(first.users).toBe(DEMO_ACCOUNTS.length);
    const statuses = new Set((await db.draft.findMany({ select: { status: true } })).map((d) => d.status));
    expect([...statuses].sort()).toEqual([...DRAFT_STATUSES].sort());
    expect(await db.bulletinIssue.count({ where: { status: "PUBLISHED", number: 1, series: { name: { not: CITY_SERIES } } } })).toBe(1);
    expect(await db.scoreEntry.count()).toBeGreaterThan(0);
    // Planning: two 约稿 (one past its deadline), a 点题, a published plan answered once, two urgent events, the roster.
    expect(await db.commissionTarget.count()).toBe(6);
    expect(await db.draft.count({ where: { commissionTargetId: { not: null } } })).toBe(3);
    expect(await db.topicAssignment.count()).toBe(1);
    expect(await db.infoPlan.count({ where: { publishedAt: { not: null } } })).toBe(1);
    expect(await db.draft.count({ where: { planTopicId: { not: null } } })).toBe(1);
    expect(await db.urgentCase.count({ where: { phoneReportedAt: { not: null }, firstReportAt: null } })).toBe(1);
    expect(await db.urgentCase.count({ where: { firstReportAt: { not: null } } })).toBe(1);
    expect(await db.rosterChange.count()).toBe(8);
    // 个人积分: two verified placements, and an officer whose credit from 柳河乡 followed her to 县财政局.
    expect(await db.placement.count({ where: { status: "VERIFIED" } })).toBe(2);
    const moved = await db.user.findUniqueOrThrow({ where: { username: "wangxh_xxy" }, include: { unit: true } });
    expect(moved.unit.name).toBe("县财政局");
    expect(await db.scoreEntry.findMany({ where: { userId: moved.id }, select: { unit: { select: { name: true } } } })).toEqual([{ unit: { name: "柳河乡" } }]);
    // Training: two sessions held (with attendance and a handout), one planned, a pair and a 改稿说明.
    expect(first.training).toBe(3);
    expect(await db.trainingAttendance.count()).toBe(9);
    expect(await db.trainingMaterial.count()).toBe(1);
    expect(await db.mentorPair.count()).toBe(1);
    expect(await db.teachingNote.count()).toBe(1);
    await seed({ demo: true });
    expect(await counts()).toEqual(first);
  });

  it("puts the demo county under the demo city, which published one 青山镇 item with points on both ledgers", async () => {
    const city = await db.unit.findUniqueOrThrow({ where: { name: CITY_ROOT }, include: { children: { select: { name: true, kind: true } } } });
    expect(city.parentId).toBeNull();
    expect(city.children.filter((u) => u.kind === "COUNTY").map((u) => u.name).sort()).toEqual(["中共北山县委组织部", "中共南湖县委组织部", "中共示例县委组织部"].sort());
    const upper = await db.draft.findFirstOrThrow({ where: { title: CHAIN_ITEM, sentUpFromId: { not: null } }, include: { unit: true, issueItem: { include: { issue: { include: { series: true } } } } } });
    expect(upper).toMatchObject({ status: "PUBLISHED", unit: { name: "中共示例县委组织部" }, issueItem: { issue: { status: "PUBLISHED", number: 1, series: { name: CITY_SERIES } } } });
    const entries = await db.scoreEntry.findMany({
      where: { sourceId: upper.issueItem!.id, reversalOfId: null, rule: { code: "ADOPTION_CITY" } },
      select: { unit: { select: { name: true } }, rule: { select: { node: { select: { name: true } } } } },
    });
    expect(entries.map((e) => [e.rule.node.name, e.unit.name]).sort()).toEqual(
      [
        [CITY_ROOT, "中共示例县委组织部"],
        ["中共示例县委组织部", "青山镇"],
      ].sort(),
    );
    // 青山镇's 市级采用 is counted too (本单位积分 市级及以上采用), and the rollups equal their sources.
    const counted = await db.countsRollup.aggregate({ where: { unit: { name: "青山镇" } }, _sum: { adoptedCity: true } });
    expect(counted._sum.adoptedCity).toBe(1);
    expect(await rollupDrift()).toEqual([]);
  });

  it("creates no accounts without demo", async () => {
    await resetDatabase(db);
    await seed({ demo: false });
    expect(await db.user.count()).toBe(0);
    expect(await db.series.count()).toBe(1);
  });

  it("starts a city's (or province's) deployment at the root it is told, with that root's series, and only once", async () => {
    await resetDatabase(db);
    Object.assign(process.env, { ROOT_UNIT_NAME: "中共青州市委组织部", ROOT_UNIT_KIND: "CITY" });
    try {
      await seed({ demo: false });
      await seed({ demo: false });
      expect(await db.unit.findMany({ select: { name: true, kind: true, parentId: true } })).toEqual([{ name: "中共青州市委组织部", kind: "CITY", parentId: null }]);
      expect((await db.series.findMany({ select: { name: true, issuingBody: true } }))).toEqual([{ name: "青州市组工信息", issuingBody: "中共青州市委组织部" }]);
      process.env.ROOT_UNIT_KIND = "TOWN";
      await resetDatabase(db);
      await expect(seed({ demo: false })).rejects.toThrow(/ROOT_UNIT_KIND/);
    } finally {
      delete process.env.ROOT_UNIT_NAME;
      delete process.env.ROOT_UNIT_KIND;
    }
  });
});
