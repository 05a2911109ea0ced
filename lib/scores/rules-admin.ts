/**
 * 积分规则: the administrator sets a year's points per rule. A change is a new rule version;
 * entries keep the version they were scored under. Re-scoring a year under the newest
 * versions is explicit: previewed first (who gains or loses what), then applied exactly as
 * previewed, by reversing each old entry and writing its new one, and audited.
 */
import { createHash } from "node:crypto";
import { db, type Tx } from "@/lib/db";
import { audit } from "@/lib/audit";
import { requirePermission, type Actor } from "@/lib/authz/permissions";
import { ConflictError, NotFoundError, ValidationError } from "@/lib/errors";
import { activeRules, ensureYearRules } from "./ledger";

export async function listYearRules(actor: Actor, year: number) {
  requirePermission(actor, "admin.manage");
  const rows = await db.$transaction(async (tx) => {
    await ensureYearRules(tx, year);
    return tx.scoringRule.findMany({ where: { year }, orderBy: [{ code: "asc" }, { version: "desc" }] });
  });
  const byCode = new Map<string, typeof rows>();
  for (const r of rows) byCode.set(r.code, [...(byCode.get(r.code) ?? []), r]);
  return [...byCode.values()].map((versions) => ({
    code: versions[0].code,
    label: versions[0].label,
    points: Number(versions[0].points),
    version: versions[0].version,
    history: versions.map((v) => ({ version: v.version, points: Number(v.points), createdAt: v.createdAt })),
  }));
}

export async function setRulePoints(actor: Actor, input: { year: number; code: string; points: number }) {
  requirePermission(actor, "admin.manage");
  if (!Number.isFinite(input.points) || Math.abs(input.points) > 100 || Math.round(input.points * 100) !== input.points * 100) {
    throw new ValidationError({ points: "分值应在 -100 到 100 之间，最多两位小数" });
  }
  return db.$transaction(async (tx) => {
    await ensureYearRules(tx, input.year);
    const current = await tx.scoringRule.findFirst({ where: { year: input.year, code: input.code }, orderBy: { version: "desc" } });
    if (!current) throw new NotFoundError("没有这条规则");
    if (Number(current.points) === input.points) return current;
    const rule = await tx.scoringRule.create({ data: { year: input.year, code: current.code, label: current.label, points: input.points, version: current.version + 1 } });
    await audit(tx, { actorId: actor.id, action: "rule.version", entityType: "ScoringRule", entityId: rule.id, data: { year: input.year, code: input.code, from: Number(current.points), to: input.points, version: rule.version } });
    return rule;
  });
}

export type RecalcChange = { entryId: string; unitId: string; unitName: string; ruleCode: string; fromVersion: number; toVersion: number; fromPoints: number; toPoints: number };

/** Entries of a year scored under an older version of their rule, and what they would become. */
async function pendingChanges(tx: Tx, year: number): Promise<RecalcChange[]> {
  const rules = await activeRules(tx, year);
  const newest = new Map(rules.map((r) => [r.code, r]));
  const entries = await tx.scoreEntry.findMany({
    where: { year, reversalOfId: null },
    include: { rule: true, unit: { select: { name: true } } },
    orderBy: [{ occurredAt: "asc" }, { id: "asc" }],
  });
  const reversed = new Set(
    (await tx.scoreEntry.findMany({ where: { year, reversalOfId: { not: null } }, select: { reversalOfId: true } })).map((r) => r.reversalOfId),
  );
  return entries
    .filter((e) => !reversed.has(e.id))
    .flatMap((e) => {
      const target = newest.get(e.rule.code);
      if (!target || target.id === e.ruleId) return [];
      // toVersion is filled in by withVersions.
      return [{ entryId: e.id, unitId: e.unitId, unitName: e.unit.name, ruleCode: e.rule.code, fromVersion: e.rule.version, toVersion: 0, fromPoints: Number(e.points), toPoints: target.points }];
    });
}

const digestOf = (changes: RecalcChange[]) => createHash("sha256").update(JSON.stringify(changes.map((c) => [c.entryId, c.fromPoints, c.toPoints]))).digest("hex");

export async function previewRecalculation(actor: Actor, year: number) {
  requirePermission(actor, "admin.manage");
  const changes = await db.$transaction(async (tx) => withVersions(tx, await pendingChanges(tx, year), year));
  return { changes, digest: digestOf(changes) };
}

/** Applies exactly the previewed changes: refused if the ledger moved since the preview. */
export async function applyRecalculation(actor: Actor, input: { year: number; digest: string; now?: Date }) {
  requirePermission(actor, "admin.manage");
  return db.$transaction(async (tx) => {
    // One recalculation at a time per year.
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(${input.year})`;
    const changes = await withVersions(tx, await pendingChanges(tx, input.year), input.year);
    if (digestOf(changes) !== input.digest) throw new ConflictError("台账在预览之后有了变化，请重新预览后再重算");
    if (changes.length === 0) return { changed: 0 };
    const rules = new Map((await activeRules(tx, input.year)).map((r) => [r.code, r]));
    const originals = await tx.scoreEntry.findMany({ where: { id: { in: changes.map((c) => c.entryId) } } });
    for (const e of originals) {
      const rule = rules.get(changes.find((c) => c.entryId === e.id)!.ruleCode)!;
      const base = { unitId: e.unitId, userId: e.userId, year: e.year, sourceType: e.sourceType, sourceId: e.sourceId, draftId: e.draftId, occurredAt: e.occurredAt, recordedById: actor.id };
      await tx.scoreEntry.create({ data: { ...base, ruleId: e.ruleId, points: e.points.negated(), reversalOfId: e.id } });
      await tx.scoreEntry.create({ data: { ...base, ruleId: rule.id, points: rule.points, dedupeKey: `${e.dedupeKey ?? `${e.sourceType}:${e.sourceId}`}:recalc:${rule.id}` } });
    }
    await audit(tx, { actorId: actor.id, action: "rule.recalculate", entityType: "ScoringRule", entityId: String(input.year), data: { year: input.year, changed: changes.length, digest: input.digest } });
    return { changed: changes.length };
  });
}

async function withVersions(client: Tx, changes: RecalcChange[], year: number): Promise<RecalcChange[]> {
  const rules = await client.scoringRule.findMany({ where: { year }, select: { code: true, version: true } });
  const newest = new Map<string, number>();
  for (const r of rules) newest.set(r.code, Math.max(newest.get(r.code) ?? 0, r.version));
  return changes.map((c) => ({ ...c, toVersion: newest.get(c.ruleCode) ?? c.fromVersion }));
}
