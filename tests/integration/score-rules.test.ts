import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createIssue } from "@/lib/bulletins/create-issue";
import { publishIssue } from "@/lib/bulletins/publish-issue";
import { applyRecalculation, listYearRules, previewRecalculation, setRulePoints } from "@/lib/scores/rules-admin";
import { getPeriodTable } from "@/lib/scores/period-table";
import { ConflictError, ForbiddenError, ValidationError } from "@/lib/errors";
import { draftAt, makeCounty, type County } from "./fixtures";

let c: County;
beforeEach(async () => {
  c = await makeCounty();
});

const now = new Date("2026-06-01T02:00:00Z");

async function publishOne(unit: "A" | "B") {
  const issue = await createIssue(c.editor, { seriesId: c.series.id });
  await draftAt(c, "ADOPTED", unit === "A" ? undefined : { officer: c.officerB, reviewer: c.reviewerB }, undefined, issue.id);
  await publishIssue(c.editor, { issueId: issue.id, now });
}

describe("scoring rules with versions, and an explicit, previewed recalculation", () => {
  it("keeps entries on the version they were scored under until a previewed recalculation, which applies exactly the preview", async () => {
    await publishOne("A");
    await publishOne("A");
    await publishOne("B");
    await expect(setRulePoints(c.editor, { year: 2026, code: "ADOPTION_COUNTY", points: 3 })).rejects.toThrow(ForbiddenError);
    await expect(setRulePoints(c.admin, { year: 2026, code: "ADOPTION_COUNTY", points: 1000 })).rejects.toThrow(ValidationError);
    await setRulePoints(c.admin, { year: 2026, code: "ADOPTION_COUNTY", points: 3 });
    const rules = await listYearRules(c.admin, 2026);
    expect(rules.find((r) => r.code === "ADOPTION_COUNTY")).toMatchObject({ points: 3, version: 2, history: [{ version: 2, points: 3 }, { version: 1, points: 2 }] });
    // Nothing changes by itself.
    const points = async (unitId: string) => (await getPeriodTable(c.leader, { kind: "YEAR", year: 2026, index: 1 })).find((r) => r.unitId === unitId)!.points;
    expect([await points(c.unitA.id), await points(c.unitB.id)]).toEqual([4, 2]);

    const preview = await previewRecalculation(c.admin, 2026);
    expect(preview.changes).toHaveLength(3);
    expect(preview.changes.every((ch) => ch.fromPoints === 2 && ch.toPoints === 3 && ch.fromVersion === 1 && ch.toVersion === 2)).toBe(true);
    // The rule changes again after the preview: the stale preview is refused.
    await setRulePoints(c.admin, { year: 2026, code: "ADOPTION_COUNTY", points: 4 });
    await expect(applyRecalculation(c.admin, { year: 2026, digest: preview.digest })).rejects.toThrow(ConflictError);
    const fresh = await previewRecalculation(c.admin, 2026);
    expect(fresh.changes.map((ch) => [ch.toPoints, ch.toVersion])).toEqual([[4, 3], [4, 3], [4, 3]]);
    // A new publication is scored under the newest version at once and needs no recalculation.
    await publishOne("B");
    expect(await applyRecalculation(c.admin, { year: 2026, digest: fresh.digest })).toEqual({ changed: 3 });
    expect(await points(c.unitA.id)).toBe(8);
    expect(await points(c.unitB.id)).toBe(4 + 4);
    expect((await previewRecalculation(c.admin, 2026)).changes).toEqual([]);
    // Old entries were reversed, not edited; the change is audited.
    expect(await db.scoreEntry.count({ where: { reversalOfId: { not: null } } })).toBe(3);
    expect(await db.auditLog.count({ where: { action: "rule.recalculate" } })).toBe(1);
    expect(await db.auditLog.count({ where: { action: "rule.version" } })).toBe(2);
  });
});
