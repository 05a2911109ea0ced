/**
 * 报送任务 figures from the drafts themselves: what each unit sent in the month and the year
 * of a day, against its quota (a row per unit and year, or the defaults). Month and year
 * boundaries are Asia/Shanghai.
 */
import "server-only";
import type { DeskKind } from "@/lib/units/labels";
import { rankedUnitsOf } from "@/lib/units/where";
import type { RankGroup } from "@/lib/generated/prisma/enums";
import { db, type Tx } from "@/lib/db";
import { audit } from "@/lib/audit";
import { requireNodeWide, requirePermission, type Actor } from "@/lib/authz/permissions";
import { NotFoundError, ValidationError } from "@/lib/errors";
import { isUuid } from "@/lib/ids";
import { PAGE_SIZE, type Page } from "@/lib/paging";
import { periodRange } from "@/lib/scores/period";
import { shanghaiDate } from "@/lib/time";
import type { QuotaInput } from "@/lib/validation/planning";
import { DEFAULT_QUOTA, asOfDate, quotaProgress, type Quota, type QuotaCounts, type QuotaProgress } from "./quota-math";

type Client = Tx | typeof db;

/** [from, to) of the Shanghai month and year that hold a calendar date "2026-11-23". */
export function quotaRanges(date: string) {
  const year = Number(date.slice(0, 4));
  const month = Number(date.slice(5, 7));
  return { month: periodRange({ kind: "MONTH", year, index: month }), year: periodRange({ kind: "YEAR", year, index: 1 }) };
}

/** Counts per unit for the month and year of `date`; units with nothing are missing from the map. */
export async function quotaCounts(client: Client, date: string, unitIds?: string[]): Promise<Map<string, QuotaCounts>> {
  const r = quotaRanges(date);
  const unit = unitIds ? { unitId: { in: unitIds } } : {};
  const [month, flagships, adopted] = await Promise.all([
    client.draft.groupBy({ by: ["unitId"], where: { ...unit, forwardedAt: { gte: r.month.from, lt: r.month.to } }, _count: { _all: true } }),
    client.draft.groupBy({ by: ["unitId"], where: { ...unit, isFlagship: true, forwardedAt: { gte: r.year.from, lt: r.year.to } }, _count: { _all: true } }),
    client.draft.groupBy({
      by: ["unitId"],
      where: { ...unit, status: { in: ["ADOPTED", "PUBLISHED"] }, decidedAt: { gte: r.year.from, lt: r.year.to } },
      _count: { _all: true },
    }),
  ]);
  const out = new Map<string, QuotaCounts>();
  const row = (id: string) => out.get(id) ?? out.set(id, { submittedThisMonth: 0, flagshipsThisYear: 0, adoptedThisYear: 0 }).get(id)!;
  for (const g of month) row(g.unitId).submittedThisMonth = g._count._all;
  for (const g of flagships) row(g.unitId).flagshipsThisYear = g._count._all;
  for (const g of adopted) row(g.unitId).adoptedThisYear = g._count._all;
  return out;
}

export async function quotasFor(client: Client, year: number, unitIds?: string[]): Promise<Map<string, Quota & { custom: true }>> {
  const rows = await client.unitQuota.findMany({ where: { year, ...(unitIds ? { unitId: { in: unitIds } } : {}) } });
  return new Map(rows.map((q) => [q.unitId, { monthlyMin: q.monthlyMin, flagshipTarget: q.flagshipTarget, adoptedTarget: q.adoptedTarget, custom: true as const }]));
}

export type UnitQuotaRow = {
  unitId: string;
  name: string;
  group: RankGroup;
  quota: Quota;
  /** The office set this unit's quota for the year (otherwise the defaults apply). */
  custom: boolean;
  counts: QuotaCounts;
  progress: QuotaProgress;
};

async function progressRows(nodeId: string, year: number, now: Date, where: { id?: string; q?: string }): Promise<{ date: string; rows: UnitQuotaRow[] }> {
  const date = asOfDate(year, shanghaiDate(now));
  const units = await db.unit.findMany({
    where: { ...rankedUnitsOf(nodeId), active: true, ...(where.id ? { id: where.id } : {}), ...(where.q ? { name: { contains: where.q } } : {}) },
    orderBy: [{ rankGroup: "asc" }, { sortOrder: "asc" }, { name: "asc" }, { id: "asc" }],
    select: { id: true, name: true, rankGroup: true },
  });
  const ids = units.map((u) => u.id);
  const [counts, quotas] = await Promise.all([quotaCounts(db, date, ids), quotasFor(db, year, ids)]);
  const rows = units.map((u) => {
    const set = quotas.get(u.id);
    const quota = set ? { monthlyMin: set.monthlyMin, flagshipTarget: set.flagshipTarget, adoptedTarget: set.adoptedTarget } : DEFAULT_QUOTA;
    const c = counts.get(u.id) ?? { submittedThisMonth: 0, flagshipsThisYear: 0, adoptedThisYear: 0 };
    return { unitId: u.id, name: u.name, group: u.rankGroup!, quota, custom: !!set, counts: c, progress: quotaProgress(quota, c, date) };
  });
  return { date, rows };
}

export type QuotaFilter = "behind" | "none";

/**
 * The office's table: every active submitting unit, optionally only those behind for the
 * date or those with nothing sent this month. Units are few (tens), so figures are computed
 * for all of them and the page cut afterwards; the summary counts stay whole.
 */
export async function listQuotaProgress(
  actor: Actor,
  opts: { year: number; q?: string; show?: QuotaFilter; page: number; now?: Date },
): Promise<Page<UnitQuotaRow> & { date: string; behindCount: number; noneCount: number; unitCount: number }> {
  requireNodeWide(actor, "quota.read");
  const { date, rows } = await progressRows(actor.nodeId, opts.year, opts.now ?? new Date(), { q: opts.q });
  const shown = rows.filter((r) => (opts.show === "behind" ? r.progress.behind : opts.show === "none" ? r.counts.submittedThisMonth === 0 : true));
  const pages = Math.max(1, Math.ceil(shown.length / PAGE_SIZE));
  const page = Math.min(Math.max(1, opts.page), pages);
  return {
    rows: shown.slice((page - 1) * PAGE_SIZE, page * PAGE_SIZE),
    total: shown.length,
    page,
    pages,
    date,
    behindCount: rows.filter((r) => r.progress.behind).length,
    noneCount: rows.filter((r) => r.counts.submittedThisMonth === 0).length,
    unitCount: rows.length,
  };
}

/** One unit's progress: its own people, or the county. Another unit answers 404. */
export async function getUnitQuotaProgress(actor: Actor, unitId: string, year: number, now = new Date()): Promise<{ date: string; row: UnitQuotaRow }> {
  requirePermission(actor, "quota.read", { unitId });
  if (!isUuid(unitId)) throw new NotFoundError("没有找到这个单位");
  const { date, rows } = await progressRows(actor.nodeId, year, now, { id: unitId });
  if (!rows[0]) throw new NotFoundError("没有找到这个单位");
  return { date, row: rows[0] };
}

/**
 * 上级下达给本组织部的任务: a county department's own quota, set by the city's office, and its
 * progress (what the county sent up), for the county's office and leaders; null at the root.
 */
export async function getOwnNodeQuotaProgress(actor: Actor, year: number, now = new Date()): Promise<{ date: string; row: UnitQuotaRow; deskKind: DeskKind } | null> {
  requireNodeWide(actor, "quota.read");
  const node = await db.unit.findUniqueOrThrow({ where: { id: actor.nodeId }, select: { desk: { select: { id: true, kind: true } } } });
  if (!node.desk) return null;
  const { date, rows } = await progressRows(node.desk.id, year, now, { id: actor.nodeId });
  return rows[0] ? { date, row: rows[0], deskKind: node.desk.kind as DeskKind } : null;
}

/** The research office sets a unit's quota for a year (insert or change), audited. */
export async function setQuota(actor: Actor, input: QuotaInput) {
  requirePermission(actor, "quota.manage");
  // A unit reporting to the office's own 组织部: another node's unit is as unknown as a missing one.
  const unit = isUuid(input.unitId) ? await db.unit.findFirst({ where: { id: input.unitId, deskId: actor.nodeId }, select: { id: true, rankGroup: true } }) : null;
  if (!unit || !unit.rankGroup) throw new ValidationError({ unitId: "没有这个报送单位" });
  const values = { monthlyMin: input.monthlyMin, flagshipTarget: input.flagshipTarget, adoptedTarget: input.adoptedTarget };
  return db.$transaction(async (tx) => {
    const before = await tx.unitQuota.findUnique({ where: { unitId_year: { unitId: unit.id, year: input.year } } });
    const quota = await tx.unitQuota.upsert({
      where: { unitId_year: { unitId: unit.id, year: input.year } },
      create: { unitId: unit.id, year: input.year, ...values, updatedById: actor.id },
      update: { ...values, updatedById: actor.id },
    });
    await audit(tx, {
      actorId: actor.id,
      action: "quota.set",
      entityType: "UnitQuota",
      entityId: unit.id,
      data: { year: input.year, before: before ? { monthlyMin: before.monthlyMin, flagshipTarget: before.flagshipTarget, adoptedTarget: before.adoptedTarget } : null, after: values },
    });
    return quota;
  });
}
