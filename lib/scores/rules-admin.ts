/**
 * 积分规则: the administrator sets a year's points per rule. A change is a new rule version;
 * entries keep the version they were scored under. Re-scoring a year under the newest
 * versions is explicit: previewed first (who gains or loses what), then applied exactly as
 * previewed, by reversing each old entry and writing its new one, and audited.
 */
import "server-only";
import { createHash } from "node:crypto";
import { db, type Tx } from "@/lib/db";
import { audit } from "@/lib/audit";
import { requirePermission, type Actor } from "@/lib/authz/permissions";
import { ConflictError, NotFoundError, ValidationError } from "@/lib/errors";
import { activeRules, ensureYearRules, reversalOf, standingEntries } from "./ledger";
import { byRuleOrder, OPENING_PREFIX } from "./rules";
import type { NodeScoreMethod } from "@/lib/generated/prisma/enums";
import { DESK_KINDS } from "@/lib/units/labels";
import { DEFAULT_NODE_SCORE_METHOD } from "./node-score-rule";

export async function listYearRules(actor: Actor, year: number) {
  requirePermission(actor, "admin.manage");
  const rows = await db.$transaction(async (tx) => {
    await ensureYearRules(tx, actor.nodeId, year);
    return tx.scoringRule.findMany({ where: { nodeId: actor.nodeId, year, code: { not: { startsWith: OPENING_PREFIX } } }, orderBy: [{ code: "asc" }, { version: "desc" }] });
  });
  const byCode = new Map<string, typeof rows>();
  for (const r of rows) byCode.set(r.code, [...(byCode.get(r.code) ?? []), r]);
  return [...byCode.values()].sort((a, b) => byRuleOrder(a[0].code, b[0].code)).map((versions) => ({
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
    await ensureYearRules(tx, actor.nodeId, input.year);
    const current = await tx.scoringRule.findFirst({ where: { nodeId: actor.nodeId, year: input.year, code: input.code }, orderBy: { version: "desc" } });
    if (!current) throw new NotFoundError("没有这条规则");
    if (Number(current.points) === input.points) return current;
    const rule = await tx.scoringRule.create({ data: { nodeId: actor.nodeId, year: input.year, code: current.code, label: current.label, points: input.points, version: current.version + 1 } });
    await audit(tx, { actorId: actor.id, action: "rule.version", entityType: "ScoringRule", entityId: rule.id, data: { year: input.year, code: input.code, from: Number(current.points), to: input.points, version: rule.version } });
    return rule;
  });
}

export type RecalcChange = { entryId: string; unitId: string; unitName: string; ruleCode: string; fromVersion: number; toVersion: number; fromPoints: number; toPoints: number };

/** Standing entries of a node's year scored under an older version of their rule, and what they would become. */
async function pendingChanges(tx: Tx, nodeId: string, year: number): Promise<RecalcChange[]> {
  await ensureYearRules(tx, nodeId, year);
  const rules = await tx.scoringRule.findMany({ where: { nodeId, year }, orderBy: { version: "desc" } });
  const byId = new Map(rules.map((r) => [r.id, r]));
  const newest = new Map<string, (typeof rules)[number]>();
  for (const r of rules) if (!newest.has(r.code)) newest.set(r.code, r);
  // 期初导入 entries carry imported points, not a rule's: they are never re-scored.
  const outdated = (await standingEntries(tx, { year, sourceType: { not: "OPENING" }, rule: { nodeId } })).filter((e) => newest.get(byId.get(e.ruleId)!.code)!.id !== e.ruleId);
  const units = await tx.unit.findMany({ where: { id: { in: [...new Set(outdated.map((e) => e.unitId))] } }, select: { id: true, name: true } });
  return outdated.map((e) => {
    const from = byId.get(e.ruleId)!;
    const to = newest.get(from.code)!;
    return {
      entryId: e.id,
      unitId: e.unitId,
      unitName: units.find((u) => u.id === e.unitId)!.name,
      ruleCode: from.code,
      fromVersion: from.version,
      toVersion: to.version,
      fromPoints: Number(e.points),
      toPoints: Number(to.points),
    };
  });
}

const digestOf = (changes: RecalcChange[]) => createHash("sha256").update(JSON.stringify(changes.map((c) => [c.entryId, c.fromPoints, c.toPoints]))).digest("hex");

export async function previewRecalculation(actor: Actor, year: number) {
  requirePermission(actor, "admin.manage");
  const changes = await db.$transaction((tx) => pendingChanges(tx, actor.nodeId, year));
  return { changes, digest: digestOf(changes) };
}

/** Applies exactly the previewed changes: refused if the ledger moved since the preview. */
export async function applyRecalculation(actor: Actor, input: { year: number; digest: string; now?: Date }) {
  requirePermission(actor, "admin.manage");
  return db.$transaction(async (tx) => {
    // One recalculation at a time per node and year.
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`rules:${actor.nodeId}:${input.year}`}))`;
    const changes = await pendingChanges(tx, actor.nodeId, input.year);
    if (digestOf(changes) !== input.digest) throw new ConflictError("台账在预览之后有了变化，请重新预览后再重算");
    if (changes.length === 0) return { changed: 0 };
    const rules = new Map((await activeRules(tx, actor.nodeId, input.year)).map((r) => [r.code, r]));
    const originals = await tx.scoreEntry.findMany({ where: { id: { in: changes.map((c) => c.entryId) } } });
    for (const e of originals) {
      const rule = rules.get(changes.find((c) => c.entryId === e.id)!.ruleCode)!;
      const reversal = reversalOf(e, actor.id);
      await tx.scoreEntry.create({ data: reversal });
      const { reversalOfId: _, ...rescored } = reversal;
      await tx.scoreEntry.create({
        data: { ...rescored, ruleId: rule.id, points: rule.points, dedupeKey: `${e.dedupeKey ?? `${e.sourceType}:${e.sourceId}`}:recalc:${rule.id}` },
      });
    }
    await audit(tx, { actorId: actor.id, action: "rule.recalculate", entityType: "ScoringRule", entityId: String(input.year), data: { year: input.year, changed: changes.length, digest: input.digest } });
    return { changed: changes.length };
  });
}

/** A node's choices for a year (ScoringYear), and what they are before anyone chooses. */
type YearSettings = { nodeScoreMethod: NodeScoreMethod; acceptsLeapReports: boolean };
const YEAR_DEFAULTS: YearSettings = { nodeScoreMethod: DEFAULT_NODE_SCORE_METHOD, acceptsLeapReports: false };

/**
 * How this node adds up the 组织部 it ranks, for a year (node-score-rule.ts), and whether the
 * 组织部 two levels down may send to it directly that year (越级报送, lib/drafts/send-up.ts).
 */
export async function getNodeScoreSetting(actor: Actor, year: number) {
  requirePermission(actor, "admin.manage");
  const desk = { kind: { in: [...DESK_KINDS] } };
  const [settings, departments, grandDepartments] = await Promise.all([
    db.scoringYear.findUnique({ where: { nodeId_year: { nodeId: actor.nodeId, year } }, select: { nodeScoreMethod: true, acceptsLeapReports: true } }),
    db.unit.count({ where: { deskId: actor.nodeId, ...desk } }),
    db.unit.count({ where: { ...desk, desk: { deskId: actor.nodeId } } }),
  ]);
  const { nodeScoreMethod: method, acceptsLeapReports } = settings ?? YEAR_DEFAULTS;
  return { method, ranksDepartments: departments > 0, hasGrandDepartments: grandDepartments > 0, acceptsLeapReports };
}

/** 越级报送 for a year: whether the 组织部 two levels down may send to this node directly. */
export function setLeapReports(actor: Actor, input: { year: number; accepts: boolean }) {
  return setYearSetting(actor, input.year, "acceptsLeapReports", input.accepts, "rule.leap_reports");
}

export function setNodeScoreMethod(actor: Actor, input: { year: number; method: NodeScoreMethod }) {
  return setYearSetting(actor, input.year, "nodeScoreMethod", input.method, "rule.node_score_method");
}

/** Changes one of the node's choices for a year, audited; choosing what stands changes nothing. */
async function setYearSetting<K extends keyof YearSettings>(actor: Actor, year: number, key: K, value: YearSettings[K], action: string) {
  requirePermission(actor, "admin.manage");
  await db.$transaction(async (tx) => {
    const where = { nodeId_year: { nodeId: actor.nodeId, year } };
    const before = ((await tx.scoringYear.findUnique({ where })) ?? YEAR_DEFAULTS)[key];
    if (before === value) return;
    const change: Partial<YearSettings> = { [key]: value };
    await tx.scoringYear.upsert({ where, create: { nodeId: actor.nodeId, year, ...change }, update: change });
    await audit(tx, { actorId: actor.id, action, entityType: "ScoringYear", entityId: actor.nodeId, data: { year, from: before, to: value } });
  });
}
