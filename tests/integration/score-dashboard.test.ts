import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createIssue } from "@/lib/bulletins/create-issue";
import { publishIssue } from "@/lib/bulletins/publish-issue";
import { getDashboard } from "@/lib/scores/dashboard";
import { trendSeries } from "@/lib/scores/dashboard-view";
import { listLedger } from "@/lib/scores/ledger-rows";
import { periodRange, type Period } from "@/lib/scores/period";
import { recordScore, reverseRecord } from "@/lib/scores/records";
import { scoreRecordSchema } from "@/lib/validation/score";
import { ForbiddenError } from "@/lib/errors";
import { draftAt, makeCounty, type County } from "./fixtures";

let c: County;
beforeEach(async () => {
  c = await makeCounty();
});

// 2026-11-23 15:00 in Shanghai.
const NOW = new Date("2026-11-23T07:00:00Z");
const NOV: Period = { kind: "MONTH", year: 2026, index: 11 };

const record = (kind: "UPPER_ADOPTION" | "MEDIA" | "COMMENTARY", level: string, unitId: string, occurredOn: string) =>
  recordScore(c.editor, scoreRecordSchema.parse({ kind, level, unitId, title: `${occurredOn} 登记`, outlet: "《示例市组工信息》", occurredOn }));

/** The ledger's own sum for a unit over a period: its rows of the year, those that occurred in the period. */
async function ledgerSum(unitId: string, period: Period) {
  const { from, to } = periodRange(period);
  const ledger = await listLedger(c.leader, { year: period.year, unitId, page: 1 });
  expect(ledger.total).toBeLessThan(50); // one page holds them all
  if (period.kind === "YEAR") return ledger.sum;
  return ledger.rows.filter((r) => r.occurredAt >= from && r.occurredAt < to).reduce((s, r) => s + r.points, 0);
}

async function seedFigures() {
  // 甲镇: two drafts reach the county on 3 November and are published on 5 November (2 points each).
  const issue = await createIssue(c.editor, { seriesId: c.series.id });
  const a1 = await draftAt(c, "ADOPTED", undefined, "甲镇第一篇", issue.id);
  const a2 = await draftAt(c, "ADOPTED", undefined, "甲镇第二篇", issue.id);
  await db.draft.updateMany({ where: { id: { in: [a1.id, a2.id] } }, data: { forwardedAt: new Date("2026-11-03T02:00:00Z") } });
  await publishIssue(c.editor, { issueId: issue.id, now: new Date("2026-11-05T02:00:00Z") });
  // 1 November in Shanghai is still 31 October in UTC: it belongs to November.
  await record("UPPER_ADOPTION", "CITY", c.unitA.id, "2026-11-01");
  await record("MEDIA", "PROVINCIAL", c.unitA.id, "2026-10-15");
  // 乙街道: a commentary, and a city adoption recorded by mistake and reversed.
  await record("COMMENTARY", "ANY", c.unitB.id, "2026-11-20");
  const wrong = await record("UPPER_ADOPTION", "CITY", c.unitB.id, "2026-11-10");
  await reverseRecord(c.editor, { id: wrong.id, reason: "登错单位" });
  // A draft of 乙街道 that reached the county at 00:30 on 1 December (Shanghai) is not November's.
  await db.draft.create({
    data: { unitId: c.unitB.id, authorId: c.officerB.id, title: "十二月的稿件", kind: "NEWS", eventDate: new Date("2026-11-30"), body: "正文", status: "FORWARDED", forwardedAt: new Date("2026-11-30T16:30:00Z") },
  });
  // 县教育局: ten submissions in November, nothing scored this year.
  await db.draft.createMany({
    data: Array.from({ length: 10 }, (_, i) => ({
      unitId: c.agency.id,
      authorId: c.officerC.id,
      title: `县教育局第${i + 1}篇`,
      kind: "NEWS" as const,
      eventDate: new Date("2026-11-10"),
      body: "正文",
      status: "FORWARDED" as const,
      forwardedAt: new Date("2026-11-15T02:00:00Z"),
    })),
  });
  // Last year: 甲镇 on 30 November 2025 (5), 县教育局 on 10 November 2025 (2), and 甲镇 on 1 December 2025 (not November).
  await record("UPPER_ADOPTION", "CITY", c.unitA.id, "2025-11-30");
  await record("MEDIA", "CITY", c.agency.id, "2025-11-10");
  await record("COMMENTARY", "ANY", c.unitA.id, "2025-12-01");
}

describe("积分看板", () => {
  it("shows the figures of a month that the ledger adds up to, by unit, by month and by rule", async () => {
    await seedFigures();
    const d = await getDashboard(c.leader, NOV, NOW);
    const row = (id: string) => d.table.find((r) => r.unitId === id)!;

    // The table: every unit's points are its ledger rows of the period.
    for (const r of d.table) expect(r.points).toBe(await ledgerSum(r.unitId, NOV));
    expect(row(c.unitA.id)).toMatchObject({ submitted: 2, adoptedCounty: 2, adoptedCity: 1, adoptedProvincePlus: 0, points: 9, rank: 1 });
    expect(row(c.unitB.id)).toMatchObject({ submitted: 0, adoptedCity: 0, points: 1, rank: 2 });
    expect(row(c.agency.id)).toMatchObject({ submitted: 10, points: 0, rank: 1, group: "AGENCY" });

    // The trend: January to November, each unit's months add up to its ledger sum of the year.
    expect(d.trend).toMatchObject({ year: 2026, lastMonth: 11 });
    const trend = trendSeries(d.trend.rows, d.trend.lastMonth);
    const seriesA = trend.series.find((s) => s.unitId === c.unitA.id)!;
    expect(seriesA.data.slice(9)).toEqual([5, 9]);
    expect(seriesA.data.slice(0, 9).every((v) => v === 0)).toBe(true);
    for (const s of trend.series) expect(s.total).toBe(await ledgerSum(s.unitId, { kind: "YEAR", year: 2026, index: 1 }));
    expect(trend.series.map((s) => s.name)).toEqual(["甲镇", "乙街道"]);

    // By rule: the reversed adoption nets to nothing; the categories add up to the table.
    expect(d.byCategory).toEqual([
      { code: "ADOPTION_COUNTY", label: "县级《组工信息》采用", points: 4 },
      { code: "ADOPTION_CITY", label: "市级采用", points: 5 },
      { code: "COMMENTARY", label: "网评文章刊发", points: 1 },
    ]);
    expect(d.byCategory.reduce((s, r) => s + r.points, 0)).toBe(d.table.reduce((s, r) => s + r.points, 0));

    // This month's units with fewer than ten submissions: 乙街道 with none, 甲镇 with two; not 县教育局.
    expect(d.lowSubmitters.month).toEqual(NOV);
    expect(d.lowSubmitters.units.map((u) => [u.name, u.submitted])).toEqual([
      ["乙街道", 0],
      ["甲镇", 2],
    ]);

    // Last year's same month, each unit's ledger rows of November 2025.
    const lastNov: Period = { kind: "MONTH", year: 2025, index: 11 };
    expect(d.lastYear.period).toEqual(lastNov);
    const last = (id: string) => d.lastYear.rows.find((r) => r.unitId === id)?.points;
    expect(last(c.unitA.id)).toBe(5);
    expect(last(c.agency.id)).toBe(2);
    for (const r of d.lastYear.rows) expect(r.points).toBe(await ledgerSum(r.unitId, lastNov));
  });

  it("for a year, the points are the ledger's yearly sums; for a quarter, this month is today's", async () => {
    await seedFigures();
    const year = await getDashboard(c.leader, { kind: "YEAR", year: 2026, index: 1 }, NOW);
    for (const r of year.table) expect(r.points).toBe((await listLedger(c.leader, { year: 2026, unitId: r.unitId, page: 1 })).sum);
    expect(year.table.find((r) => r.unitId === c.unitA.id)?.points).toBe(14);
    expect(year.lastYear.rows.find((r) => r.unitId === c.unitA.id)?.points).toBe(6);
    expect(year.lowSubmitters.month).toEqual(NOV);

    const q4 = await getDashboard(c.leader, { kind: "QUARTER", year: 2026, index: 4 }, NOW);
    expect(q4.table.find((r) => r.unitId === c.unitA.id)?.points).toBe(14);
    expect(q4.byCategory.find((r) => r.code === "MEDIA_PROVINCIAL")?.points).toBe(5);
    expect(q4.lowSubmitters.month).toEqual(NOV);
  });

  it("lists every unit that submitted nothing, and only readers of scores may look", async () => {
    const d = await getDashboard(c.editor, NOV, NOW);
    expect(d.lowSubmitters.units.map((u) => [u.name, u.submitted])).toEqual([
      ["甲镇", 0],
      ["乙街道", 0],
      ["县教育局", 0],
    ]);
    expect(d.trend.rows).toEqual([]);
    expect(d.byCategory).toEqual([]);
    await expect(getDashboard(c.officerA, NOV, NOW)).rejects.toThrow(ForbiddenError);
    await expect(getDashboard(c.admin, NOV, NOW)).rejects.toThrow(ForbiddenError);
  });
});
