/**
 * The rollups behind every score figure (migration 0016) equal the bare aggregate of drafts,
 * issues, records and the ledger after each kind of change, and the figures read from them
 * land in the right local month and year.
 */
import { beforeEach, describe, expect, it } from "vitest";
import pg from "pg";
import { db } from "@/lib/db";
import { createIssue } from "@/lib/bulletins/create-issue";
import { publishIssue } from "@/lib/bulletins/publish-issue";
import { voidIssue } from "@/lib/bulletins/void-issue";
import { moveDraft } from "@/lib/drafts/move-draft";
import { recordScore, reverseRecord } from "@/lib/scores/records";
import { applyRecalculation, previewRecalculation, setRulePoints } from "@/lib/scores/rules-admin";
import { getPeriodTable } from "@/lib/scores/period-table";
import { rollupDrift } from "@/lib/scores/rollup-check";
import { getDashboard } from "@/lib/scores/dashboard";
import { getUnitScoreView } from "@/lib/scores/unit-view";
import { listLedger, type LedgerFilter } from "@/lib/scores/ledger-rows";
import type { Period } from "@/lib/scores/period";
import { scoreRecordSchema } from "@/lib/validation/score";
import { draftAt, makeCounty, version, type County } from "./fixtures";

let c: County;
beforeEach(async () => {
  c = await makeCounty();
});

const YEAR_A: Period = { kind: "YEAR", year: 2025, index: 1 };
const YEAR_B: Period = { kind: "YEAR", year: 2026, index: 1 };
const DEC_A: Period = { kind: "MONTH", year: 2025, index: 12 };
// 23:30 on 31 December 2025 in Shanghai, and 00:30 on 1 January 2026 (still 31 December in UTC).
const LAST_HALF_HOUR = new Date("2025-12-31T15:30:00Z");
const FIRST_HALF_HOUR = new Date("2025-12-31T16:30:00Z");

const record = (kind: "UPPER_ADOPTION" | "COMMENTARY", level: string, unitId: string, occurredOn: string) =>
  recordScore(c.editor, scoreRecordSchema.parse({ kind, level, unitId, title: `${occurredOn} 登记`, outlet: "《示例市组工信息》", occurredOn }));

const row = async (period: Period, unitId: string) => (await getPeriodTable(c.leader, period)).find((r) => r.unitId === unitId);

async function expectNoDrift() {
  expect(await rollupDrift()).toEqual([]);
}

async function publishAt(now: Date, count = 1) {
  const issue = await createIssue(c.editor, { seriesId: c.series.id });
  for (let i = 0; i < count; i++) await draftAt(c, "ADOPTED", undefined, `甲镇稿件${now.toISOString()}-${i}`, issue.id);
  await publishIssue(c.editor, { issueId: issue.id, now });
  return issue;
}

describe("score rollups", () => {
  it("equal the bare aggregates after records, reversals, publishing, voiding, declining and re-scoring, across the year end in Shanghai", async () => {
    await expectNoDrift();

    // Records: upper-level adoptions and a commentary; one adoption reversed.
    await record("UPPER_ADOPTION", "CITY", c.unitA.id, "2025-12-31");
    await record("UPPER_ADOPTION", "PROVINCE", c.unitA.id, "2026-01-01");
    await record("COMMENTARY", "ANY", c.unitB.id, "2025-12-31");
    const wrong = await record("UPPER_ADOPTION", "CITY", c.unitB.id, "2025-12-20");
    await expectNoDrift();
    expect(await row(DEC_A, c.unitB.id)).toMatchObject({ adoptedCity: 1 });
    await reverseRecord(c.editor, { id: wrong.id, reason: "登错单位" });
    await expectNoDrift();
    expect(await row(DEC_A, c.unitB.id)).toMatchObject({ adoptedCity: 0, points: 1 });

    // County adoption on both sides of midnight, 31 December → 1 January, Shanghai time.
    await publishAt(LAST_HALF_HOUR, 2);
    const january = await publishAt(FIRST_HALF_HOUR);
    await expectNoDrift();
    expect(await row(YEAR_A, c.unitA.id)).toMatchObject({ adoptedCounty: 2, adoptedCity: 1, adoptedProvincePlus: 0, points: 5 + 2 * 2 });
    expect(await row(YEAR_B, c.unitA.id)).toMatchObject({ adoptedCounty: 1, adoptedProvincePlus: 1, points: 10 + 2 });

    // Submissions and a decline, dated at the year end; a draft moved to another unit takes its figures along.
    const forwarded = await draftAt(c, "FORWARDED", { officer: c.officerB, reviewer: c.reviewerB }, "乙街道的稿件");
    await db.draft.update({ where: { id: forwarded.id }, data: { forwardedAt: FIRST_HALF_HOUR } });
    await moveDraft(c.editor, { id: forwarded.id, version: await version(forwarded.id), action: "DECLINE", comment: "价值不大" });
    await db.draft.update({ where: { id: forwarded.id }, data: { decidedAt: LAST_HALF_HOUR } });
    await expectNoDrift();
    expect(await row(YEAR_A, c.unitB.id)).toMatchObject({ submitted: 0, declined: 1 });
    expect(await row(YEAR_B, c.unitB.id)).toMatchObject({ submitted: 1, declined: 0 });
    const adopted = await db.issueItem.findFirstOrThrow({ where: { issueId: january.id }, select: { draftId: true } });
    await db.draft.update({ where: { id: adopted.draftId }, data: { unitId: c.unitB.id } });
    await expectNoDrift();
    expect(await row(YEAR_B, c.unitB.id)).toMatchObject({ adoptedCounty: 1 });
    await db.draft.update({ where: { id: adopted.draftId }, data: { unitId: c.unitA.id } });

    // Many drafts in one statement (as an import writes them).
    await db.draft.createMany({
      data: Array.from({ length: 12 }, (_, i) => ({
        unitId: c.agency.id, authorId: c.officerC.id, title: `县教育局第${i + 1}篇`, kind: "NEWS" as const,
        eventDate: new Date("2025-12-10"), body: "正文", status: "FORWARDED" as const, forwardedAt: i % 2 ? LAST_HALF_HOUR : FIRST_HALF_HOUR,
      })),
    });
    await expectNoDrift();
    expect(await row(DEC_A, c.agency.id)).toMatchObject({ submitted: 6 });

    // Voiding the January issue takes its adoption and its points back.
    await voidIssue(c.editor, { issueId: january.id, reason: "内容有误" });
    await expectNoDrift();
    expect(await row(YEAR_B, c.unitA.id)).toMatchObject({ adoptedCounty: 0, points: 10 });

    // Re-scoring 2025 under a new version of the county adoption rule.
    await setRulePoints(c.admin, { year: 2025, code: "ADOPTION_COUNTY", points: 3 });
    const preview = await previewRecalculation(c.admin, 2025);
    await applyRecalculation(c.admin, { year: 2025, digest: preview.digest });
    await expectNoDrift();
    expect(await row(YEAR_A, c.unitA.id)).toMatchObject({ adoptedCounty: 2, points: 5 + 2 * 3 });
  });

  it("give the dashboard, 通报 and 本单位积分 the same figures as the ranking", async () => {
    await publishAt(LAST_HALF_HOUR, 2);
    await record("UPPER_ADOPTION", "CITY", c.unitA.id, "2025-12-05");
    const now = new Date("2025-12-31T08:00:00Z");
    const ranking = await getPeriodTable(c.leader, DEC_A);
    const dashboard = await getDashboard(c.leader, DEC_A, now);
    expect(dashboard.table).toEqual(ranking);
    expect(dashboard.byCategory.reduce((s, r) => s + r.points, 0)).toBe(ranking.reduce((s, r) => s + r.points, 0));
    expect(dashboard.trend.rows.filter((r) => r.month === 12 && r.unitId === c.unitA.id)).toEqual([{ unitId: c.unitA.id, name: "甲镇", month: 12, points: 9 }]);
    const own = await getUnitScoreView(c.officerA, DEC_A);
    expect(own.own).toEqual(ranking.find((r) => r.unitId === c.unitA.id));
  });

  it("give the 积分台账 the count and sum of the rows it lists, under every filter", async () => {
    await publishAt(LAST_HALF_HOUR, 2);
    const january = await publishAt(FIRST_HALF_HOUR);
    await record("UPPER_ADOPTION", "CITY", c.unitA.id, "2025-12-31");
    await record("COMMENTARY", "ANY", c.unitB.id, "2026-01-01");
    const wrong = await record("COMMENTARY", "ANY", c.unitB.id, "2025-12-31");
    await reverseRecord(c.editor, { id: wrong.id, reason: "登错单位" });
    await voidIssue(c.editor, { issueId: january.id, reason: "内容有误" });
    // Re-scored under a second version of a rule: both versions are the one rule code.
    await setRulePoints(c.admin, { year: 2025, code: "ADOPTION_COUNTY", points: 3 });
    await applyRecalculation(c.admin, { year: 2025, digest: (await previewRecalculation(c.admin, 2025)).digest });
    await expectNoDrift();
    const filters: Array<Omit<LedgerFilter, "page">> = [
      { year: 2025 },
      { year: 2026 },
      { year: 2024 },
      { period: DEC_A },
      { period: { kind: "MONTH", year: 2026, index: 1 } },
      { period: { kind: "QUARTER", year: 2025, index: 4 } },
      { period: YEAR_B },
      { year: 2025, unitId: c.unitA.id },
      { year: 2025, unitId: c.unitB.id, ruleCodes: ["COMMENTARY"] },
      { year: 2025, ruleCodes: ["ADOPTION_COUNTY", "ADOPTION_CITY"] },
      { period: DEC_A, unitId: c.unitA.id, ruleCodes: ["ADOPTION_COUNTY"] },
    ];
    const seen = [];
    for (const filter of filters) {
      const ledger = await listLedger(c.editor, { ...filter, page: 1 });
      expect(ledger.pages).toBe(1);
      expect({ filter, total: ledger.total, sum: ledger.sum }).toEqual({ filter, total: ledger.rows.length, sum: Math.round(ledger.rows.reduce((s, r) => s + r.points, 0) * 100) / 100 });
      seen.push(ledger.total);
    }
    expect(seen[0]).toBeGreaterThan(6);
    expect(seen[1]).toBeGreaterThan(1);
    expect(seen[2]).toBe(0);
    // Every entry is on its rule's node's ledger, whatever the writer passed (the trigger of 0038).
    const wrongNode = await db.scoreEntry.create({
      data: { unitId: c.unitA.id, ruleId: (await db.scoringRule.findFirstOrThrow({ where: { nodeId: c.root.id } })).id, nodeId: c.unitA.id, points: 0, year: 2025, sourceType: "SCORE_RECORD", sourceId: "x", occurredAt: LAST_HALF_HOUR },
    });
    expect(wrongNode.nodeId).toBe(c.root.id);
    expect(await db.$queryRaw`SELECT e.id FROM "ScoreEntry" e JOIN "ScoringRule" r ON r.id = e."ruleId" WHERE e."nodeId" IS DISTINCT FROM r."nodeId"`).toEqual([]);
    // Another node's editor sees none of these rows, and no count of them.
    expect((await listLedger({ ...c.editor, nodeId: c.unitA.id }, { year: 2025, page: 1 })).total).toBe(0);
  });

  it("lock no unit's month for a change that moves no figure: forwarding goes on while the office adopts", async () => {
    const adopting = await draftAt(c, "FORWARDED");
    const next = await draftAt(c, "SUBMITTED");
    const office = new pg.Client({ connectionString: process.env.DATABASE_URL });
    const reviewer = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await Promise.all([office.connect(), reviewer.connect()]);
    try {
      // The office's adoption, still open: the status moves, 报送数 does not.
      await office.query("BEGIN");
      await office.query(`UPDATE "Draft" SET status = 'ADOPTED' WHERE id = $1`, [adopting.id]);
      // The reviewer forwards another draft of the same unit in the same month meanwhile.
      await reviewer.query("SET lock_timeout = '2s'");
      await reviewer.query(`UPDATE "Draft" SET status = 'FORWARDED', "forwardedAt" = now() WHERE id = $1`, [next.id]);
      await office.query("COMMIT");
    } finally {
      await office.query("ROLLBACK").catch(() => undefined);
      await Promise.all([office.end(), reviewer.end()]);
    }
    await expectNoDrift();
  });
});
