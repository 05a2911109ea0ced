/**
 * 往年数字导入 (the research office): last years' per-unit figures become opening figures
 * (OpeningFigure: 报送数, 采用数, read by the period and year tables) and opening ledger
 * entries (积分台账, sourceType OPENING, one per row and category), so 与去年同期对比, trends
 * and year rankings have last year from the first day. Applied exactly as previewed, in one
 * audited transaction; an import is corrected by reversing it whole, never by editing.
 */
import "server-only";
import { rankedUnitsOf } from "@/lib/units/where";
import { createHash, randomUUID } from "node:crypto";
import { db, type Tx } from "@/lib/db";
import { audit } from "@/lib/audit";
import { requirePermission, unitIdsFor, unitWhere, type Actor } from "@/lib/authz/permissions";
import { ConflictError, NotFoundError, ValidationError } from "@/lib/errors";
import { reverseSourceEntries, standingEntries } from "@/lib/scores/ledger";
import { categoryOf, OPENING_RULES, type CategoryCode } from "@/lib/scores/rules";
import { paginate } from "@/lib/paging";
import { shanghaiDate } from "@/lib/time";
import { assertSafeXlsx } from "./xlsx-guard";
import { loadWorkbook } from "./plan";
import { planFigures, type FigurePlan, type StandingFigure } from "./figures-sheet";
import type { Upload } from "./import-people";

export const OPENING_SOURCE = "OPENING";

async function standingFigures(client: Tx | typeof db): Promise<StandingFigure[]> {
  const rows = await client.openingFigure.findMany({ where: { reversedAt: null } });
  const entries = await standingEntries(client as Tx, { sourceType: OPENING_SOURCE, sourceId: { in: rows.map((r) => r.id) } });
  const rules = new Map((await client.scoringRule.findMany({ where: { id: { in: [...new Set(entries.map((e) => e.ruleId))] } } })).map((r) => [r.id, r.code]));
  const points = new Map<string, Record<string, number>>();
  for (const e of entries) {
    const p = points.get(e.sourceId) ?? {};
    const c = categoryOf(rules.get(e.ruleId)!);
    p[c] = (p[c] ?? 0) + Number(e.points);
    points.set(e.sourceId, p);
  }
  return rows.map((r) => ({
    unitId: r.unitId,
    year: r.year,
    month: r.month,
    submitted: r.submitted,
    adopted: r.adopted,
    fileName: r.fileName,
    points: Object.fromEntries(OPENING_RULES.map((o) => [categoryOf(o.code), points.get(r.id)?.[categoryOf(o.code)] ?? 0])) as Record<CategoryCode, number>,
  }));
}

async function plan(client: Tx | typeof db, nodeId: string, upload: Upload, now: Date) {
  const wb = await loadWorkbook(await assertSafeXlsx(upload.fileName, upload.bytes));
  const units = await client.unit.findMany({ where: rankedUnitsOf(nodeId), select: { id: true, name: true } });
  const thisYear = Number(shanghaiDate(now).slice(0, 4));
  const result = planFigures(wb, { units, standing: await standingFigures(client), thisYear });
  const created = result.rows.filter((r) => r.action === "create");
  return { ...result, digest: createHash("sha256").update(JSON.stringify(created)).digest("hex") };
}

export type FiguresPreview = FigurePlan & { digest: string };

export async function previewFiguresImport(actor: Actor, upload: Upload, now = new Date()): Promise<FiguresPreview> {
  requirePermission(actor, "figures.import");
  return plan(db, actor.nodeId, upload, now);
}

/** The day a row counts on: the 15th of its month (mid-month, safe from time zones), or 12月31日 for a whole year. */
const occurredOn = (year: number, month: number | null) => `${year}-${String(month ?? 12).padStart(2, "0")}-${month ? "15" : "31"}`;

export async function applyFiguresImport(actor: Actor, upload: Upload & { digest: string }, now = new Date()) {
  requirePermission(actor, "figures.import");
  return db.$transaction(async (tx) => {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('onboarding.figures'))`;
    const p = await plan(tx, actor.nodeId, upload, now);
    if (p.issues.length > 0) throw new ValidationError({ file: "文件还有问题，请先改正" }, "文件还有问题，请改正后重新预览");
    if (p.digest !== upload.digest) throw new ConflictError("预览之后已导入的往年数字有了变化，请重新预览后再导入");
    const rows = p.rows.filter((r) => r.action === "create").map((r) => ({ ...r, id: randomUUID(), day: occurredOn(r.year, r.month) }));
    const importId = randomUUID();
    await tx.openingFigure.createMany({
      data: rows.map((r) => ({ id: r.id, importId, fileName: upload.fileName, unitId: r.unitId, year: r.year, month: r.month, occurredOn: new Date(r.day), submitted: r.submitted, adopted: r.adopted, createdById: actor.id })),
    });
    const years = [...new Set(rows.map((r) => r.year))];
    await tx.scoringRule.createMany({ data: years.flatMap((year) => OPENING_RULES.map((o) => ({ nodeId: actor.nodeId, year, code: o.code, label: o.label, points: 0 }))), skipDuplicates: true });
    const rules = await tx.scoringRule.findMany({ where: { nodeId: actor.nodeId, year: { in: years }, code: { in: OPENING_RULES.map((o) => o.code) } } });
    const ruleOf = (year: number, category: string) => rules.find((x) => x.year === year && categoryOf(x.code) === category)!;
    await tx.scoreEntry.createMany({
      data: rows.flatMap((r) =>
        Object.entries(r.points)
          .filter(([, points]) => points !== 0)
          .map(([category, points]) => ({
            unitId: r.unitId,
            ruleId: ruleOf(r.year, category).id,
            points,
            year: r.year,
            sourceType: OPENING_SOURCE,
            sourceId: r.id,
            dedupeKey: `${OPENING_SOURCE}:${r.id}:${ruleOf(r.year, category).code}`,
            // Noon in China on that day: inside the same local month and year whatever the zone.
            occurredAt: new Date(`${r.day}T04:00:00Z`),
            recordedById: actor.id,
          })),
      ),
    });
    await audit(tx, { actorId: actor.id, action: "figures.import", entityType: "OpeningImport", entityId: importId, data: { file: upload.fileName, rows: rows.length, years } });
    return { importId, created: rows.length, same: p.rows.length - rows.length };
  });
}

/** 冲销 a whole import: its figures stop counting and its ledger entries are reversed. */
export async function reverseFiguresImport(actor: Actor, input: { importId: string; reason: string }) {
  requirePermission(actor, "figures.import");
  return db.$transaction(async (tx) => {
    // The node's own import only: another node's is not found.
    const rows = await tx.openingFigure.findMany({ where: { importId: input.importId, ...unitWhere(actor, "figures.import") }, select: { id: true, reversedAt: true, fileName: true } });
    if (rows.length === 0) throw new NotFoundError("没有找到这次导入");
    const standing = rows.filter((r) => !r.reversedAt).map((r) => r.id);
    if (standing.length === 0) throw new ConflictError("这次导入已经冲销过了");
    await tx.openingFigure.updateMany({ where: { id: { in: standing }, reversedAt: null }, data: { reversedAt: new Date(), reversedById: actor.id } });
    const entries = await reverseSourceEntries(tx, OPENING_SOURCE, standing, actor.id);
    await audit(tx, { actorId: actor.id, action: "figures.reverse", entityType: "OpeningImport", entityId: input.importId, data: { file: rows[0].fileName, rows: standing.length, entries, reason: input.reason } });
    return { rows: standing.length, entries };
  });
}

/** The node's imports (their figures are of its units), newest first, paged. */
export async function listFigureImports(actor: Actor, opts: { page: number }) {
  const unitIds = unitIdsFor(actor, "figures.import");
  return paginate(
    opts.page,
    async () => (await db.openingFigure.groupBy({ by: ["importId"], where: { unitId: { in: unitIds } } })).length,
    async (skip, take) => {
      const groups = await db.$queryRaw<Array<{ importId: string; fileName: string; createdAt: Date; who: string; rows: number; years: string; reversedAt: Date | null }>>`
        SELECT f."importId", min(f."fileName") AS "fileName", min(f."createdAt") AS "createdAt", min(u.name) AS who, count(*)::int AS rows,
          string_agg(DISTINCT f.year::text, '、' ORDER BY f.year::text) AS years, max(f."reversedAt") AS "reversedAt"
        FROM "OpeningFigure" f JOIN "User" u ON u.id = f."createdById"
        WHERE f."unitId" = ANY(${unitIds}::uuid[])
        GROUP BY f."importId" ORDER BY min(f."createdAt") DESC, f."importId" LIMIT ${take} OFFSET ${skip}`;
      return groups;
    },
  );
}
