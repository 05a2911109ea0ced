import "server-only";
import { db, type Tx } from "@/lib/db";
import { audit } from "@/lib/audit";
import { rankingNode } from "./ranking-node";
import { requirePermission, type Actor } from "@/lib/authz/permissions";
import { NotFoundError } from "@/lib/errors";
import { assess, type CategorySetting } from "./assessment";
import { categoryOf, DEFAULT_CATEGORIES } from "./rules";
import { periodMonths, pointsByUnitRule } from "./rollups";

async function ensureYearCategories(tx: Tx | typeof db, nodeId: string, year: number) {
  await tx.scoringCategory.createMany({
    data: DEFAULT_CATEGORIES.map((c) => ({ nodeId, year, code: c.code, label: c.label, cap: c.cap, weight: c.weight, mode: c.mode })),
    skipDuplicates: true,
  });
}

async function yearCategories(nodeId: string, year: number): Promise<CategorySetting[]> {
  // Read first: the ranking shows these on every view, and the defaults are written only the
  // first time a year is looked at (a transaction per view queues up under load).
  let rows = await db.scoringCategory.findMany({ where: { nodeId, year } });
  if (rows.length < DEFAULT_CATEGORIES.length) {
    await ensureYearCategories(db, nodeId, year);
    rows = await db.scoringCategory.findMany({ where: { nodeId, year } });
  }
  const order = DEFAULT_CATEGORIES.map((c) => c.code as string);
  return rows
    .sort((a, b) => order.indexOf(a.code) - order.indexOf(b.code))
    .map((r) => ({ code: r.code, label: r.label, cap: r.cap == null ? null : Number(r.cap), weight: Number(r.weight), mode: r.mode === "DEDUCT" ? "DEDUCT" : "RATIO" }));
}

export async function listYearCategories(actor: Actor, year: number) {
  requirePermission(actor, "admin.manage");
  return yearCategories(actor.nodeId, year);
}

/** A category's cap and weight for a year; the ledger is untouched, only the 折算 changes. */
export async function setCategory(actor: Actor, input: { year: number; code: string; cap: number | null; weight: number }) {
  requirePermission(actor, "admin.manage");
  await db.$transaction(async (tx) => {
    await ensureYearCategories(tx, actor.nodeId, input.year);
    const before = await tx.scoringCategory.findUnique({ where: { nodeId_year_code: { nodeId: actor.nodeId, year: input.year, code: input.code } } });
    if (!before) throw new NotFoundError("没有这个分类");
    await tx.scoringCategory.update({ where: { id: before.id }, data: { cap: input.cap, weight: input.weight } });
    await audit(tx, {
      actorId: actor.id,
      action: "category.update",
      entityType: "ScoringCategory",
      entityId: before.id,
      data: { year: input.year, code: input.code, cap: [before.cap == null ? null : Number(before.cap), input.cap], weight: [Number(before.weight), input.weight] },
    });
  });
}

/** Each unit's 千分制 score for a year from its ledger points per category. */
export async function getYearAssessment(actor: Actor, year: number, nodeId?: string) {
  const node = (await rankingNode(actor, nodeId)).id;
  const months = periodMonths({ kind: "YEAR", year, index: 1 });
  const [categories, sums] = await Promise.all([yearCategories(node, year), pointsByUnitRule(node, months.from, months.to)]);
  const byUnit = new Map<string, Record<string, number>>();
  for (const s of sums) {
    const points = byUnit.get(s.unitId) ?? {};
    const category = categoryOf(s.code);
    points[category] = (points[category] ?? 0) + s.points;
    byUnit.set(s.unitId, points);
  }
  return {
    categories,
    maxTotal: categories.reduce((s, c) => s + c.weight, 0),
    /** `submitted`: the unit's 报送数 in the year, from the same table row the score sits in. */
    scoreOf: (unitId: string, submitted: number) => assess(byUnit.get(unitId) ?? {}, categories, submitted),
  };
}
