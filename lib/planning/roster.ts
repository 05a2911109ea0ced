/**
 * 专职信息员备案: each submitting unit names one full-time information officer. A change is
 * filed with reason and date, never edited (a database trigger refuses UPDATE and DELETE);
 * a vacancy row means "none named".
 *
 * A change takes effect on its date (起始日期, up to 30 days ahead). The unit's current officer
 * is the change with the latest date that has begun (today in China), the newest filing first
 * on the same date; changes dated later are pending (将于…起由…担任). The stale-page check
 * of a filing compares with the newest filed change, whatever its date.
 */
import "server-only";
import { rankedUnitsOf } from "@/lib/units/where";
import type { RankGroup } from "@/lib/generated/prisma/enums";
import { db, type Tx } from "@/lib/db";
import { sql } from "@/lib/sql";
import { audit } from "@/lib/audit";
import { requireNodeWide, requirePermission, type Actor } from "@/lib/authz/permissions";
import { ConflictError, NotFoundError, ValidationError } from "@/lib/errors";
import { isUuid } from "@/lib/ids";
import { notify, deskUserIds } from "@/lib/notifications/notify";
import { PAGE_SIZE, paginate } from "@/lib/paging";
import { formatIsoDate, shanghaiDate, formatMonthDay } from "@/lib/time";
import type { RosterChangeInput } from "@/lib/validation/planning";
import { Prisma } from "@/lib/generated/prisma/client";
import { activeOfficerOf, officerChoices } from "./officers";

export const VACANCY_NAME = "暂缺";
/** How far ahead a change may be filed. */
export const MAX_DAYS_AHEAD = 30;
const DAY = 86_400_000;

type Client = Tx | typeof db;

export type RosterEntry = { id: string; unitId: string; officerId: string | null; officerName: string; phone: string; effectiveOn: Date; createdAt: Date };

const toMap = (rows: RosterEntry[]) => new Map(rows.map((r) => [r.unitId, r]));
/**
 * The given units only, or every unit. One unit (an officer's 待办) is `=`: with `ANY` of an array
 * PostgreSQL planned the statement anew on every call.
 */
const ofUnits = (unitIds?: string[]) =>
  !unitIds ? Prisma.sql`TRUE` : unitIds.length === 1 ? Prisma.sql`"unitId" = ${unitIds[0]}::uuid` : Prisma.sql`"unitId" = ANY(${unitIds}::uuid[])`;

/** The newest filed change of each unit (all units, or the ones given), whatever its date: what a filing must have seen. */
export async function latestFiled(client: Client = db, unitIds?: string[]): Promise<Map<string, RosterEntry>> {
  return toMap(await client.$queryRaw<RosterEntry[]>`
    SELECT DISTINCT ON ("unitId") id, "unitId", "officerId", "officerName", phone, "effectiveOn", "createdAt"
    FROM "RosterChange" WHERE ${ofUnits(unitIds)} ORDER BY "unitId", "createdAt" DESC, id DESC`);
}

/**
 * Each unit's officer in office on `today` (a local calendar date, 2026-11-23): the change with
 * the latest 起始日期 not after today, the newest filing first on the same date. A unit whose
 * only changes are still ahead has none yet.
 */
export async function currentRoster(unitIds?: string[], today = shanghaiDate(new Date())): Promise<Map<string, RosterEntry>> {
  // On every officer's 待办 (the 培训 to-do): through `sql` (lib/sql.ts).
  return toMap(await sql<RosterEntry>`
    SELECT DISTINCT ON ("unitId") id, "unitId", "officerId", "officerName", phone, "effectiveOn", "createdAt"
    FROM "RosterChange" WHERE ${ofUnits(unitIds)} AND "effectiveOn" <= ${today}::date
    ORDER BY "unitId", "effectiveOn" DESC, "createdAt" DESC, id DESC`);
}

/** Changes dated after `today`, per unit, soonest first; of several filed for one date, the newest. */
export async function pendingRoster(client: Client = db, unitIds: string[], today = shanghaiDate(new Date())): Promise<Map<string, RosterEntry[]>> {
  const rows = await client.$queryRaw<RosterEntry[]>`
    SELECT DISTINCT ON ("unitId", "effectiveOn") id, "unitId", "officerId", "officerName", phone, "effectiveOn", "createdAt"
    FROM "RosterChange" WHERE "unitId" = ANY(${unitIds}::uuid[]) AND "effectiveOn" > ${today}::date
    ORDER BY "unitId", "effectiveOn" ASC, "createdAt" DESC, id DESC`;
  const map = new Map<string, RosterEntry[]>();
  for (const r of rows) map.set(r.unitId, [...(map.get(r.unitId) ?? []), r]);
  return map;
}

/** "将于12月1日起由王小红担任" / "将于12月1日起暂缺". */
export function pendingText(e: Pick<RosterEntry, "officerId" | "officerName" | "effectiveOn">): string {
  const day = formatMonthDay(e.effectiveOn);
  return e.officerId ? `将于${day}起由${e.officerName}担任` : `将于${day}起${VACANCY_NAME}`;
}

const hasOfficer = (e: RosterEntry | undefined) => !!e && e.officerId !== null;

export type RosterRow = {
  unitId: string;
  name: string;
  group: RankGroup;
  /** In office today (null: none has begun yet). */
  current: RosterEntry | null;
  /** The next change filed for a later date, if any. */
  pending: RosterEntry | null;
  /** Has a designated officer today. */
  named: boolean;
};

/** The office's list: every active submitting unit with its officer today, or flagged 未明确专职信息员. */
export async function listRoster(actor: Actor, opts: { page: number; q?: string; missingOnly?: boolean }, now = new Date()) {
  requireNodeWide(actor, "roster.read");
  const units = await db.unit.findMany({
    where: { ...rankedUnitsOf(actor.nodeId), active: true, ...(opts.q ? { name: { contains: opts.q } } : {}) },
    orderBy: [{ rankGroup: "asc" }, { sortOrder: "asc" }, { name: "asc" }, { id: "asc" }],
    select: { id: true, name: true, rankGroup: true },
  });
  const today = shanghaiDate(now);
  const ids = units.map((u) => u.id);
  const [current, pending] = await Promise.all([currentRoster(ids, today), pendingRoster(db, ids, today)]);
  const all: RosterRow[] = units.map((u) => {
    const c = current.get(u.id);
    return { unitId: u.id, name: u.name, group: u.rankGroup!, current: c ?? null, pending: pending.get(u.id)?.[0] ?? null, named: hasOfficer(c) };
  });
  const missing = all.filter((r) => !r.named);
  const shown = opts.missingOnly ? missing : all;
  const pages = Math.max(1, Math.ceil(shown.length / PAGE_SIZE));
  const page = Math.min(Math.max(1, opts.page), pages);
  return { rows: shown.slice((page - 1) * PAGE_SIZE, page * PAGE_SIZE), total: shown.length, page, pages, missing: missing.map((r) => ({ unitId: r.unitId, name: r.name })) };
}

async function submittingUnit(unitId: string) {
  const unit = isUuid(unitId) ? await db.unit.findUnique({ where: { id: unitId }, select: { id: true, name: true, rankGroup: true, active: true } }) : null;
  if (!unit || !unit.rankGroup) throw new NotFoundError("没有找到这个单位");
  return unit;
}

/**
 * A unit's officer today, its pending changes, and one page of its changes, newest filed
 * first, each with the officer it replaced. Its own people or the county; another unit is 404.
 * `latestId` is the newest filed change (for the stale-page check of the form), on every page.
 */
export async function rosterHistory(actor: Actor, unitId: string, opts: { page?: number } = {}, now = new Date()) {
  requirePermission(actor, "roster.read", { unitId });
  const unit = await submittingUnit(unitId);
  const today = shanghaiDate(now);
  const where = { unitId: unit.id };
  const orderBy = [{ createdAt: "desc" as const }, { id: "desc" as const }];
  const [latest, current, pending, page] = await Promise.all([
    db.rosterChange.findFirst({ where, orderBy, select: { id: true } }),
    currentRoster([unit.id], today),
    pendingRoster(db, [unit.id], today),
    paginate(
      opts.page ?? 1,
      () => db.rosterChange.count({ where }),
      // One row more than the page: the change before the page's last one, for its "from".
      (skip, take) => db.rosterChange.findMany({ where, orderBy, include: { filedBy: { select: { name: true } } }, skip, take: take + 1 }),
    ),
  ]);
  const shown = page.rows.slice(0, PAGE_SIZE);
  const changes = shown.map((c, i) => ({ ...c, fromName: page.rows[i + 1]?.officerName ?? null }));
  return {
    unit,
    changes,
    total: page.total,
    page: page.page,
    pages: page.pages,
    latestId: latest?.id ?? null,
    current: current.get(unit.id) ?? null,
    pending: pending.get(unit.id) ?? [],
  };
}

/** The unit's active 信息员 accounts, to pick the designated one from. */
export async function unitOfficers(actor: Actor, unitId: string) {
  requirePermission(actor, "roster.file", { unitId });
  return officerChoices(unitId);
}

/**
 * 备案 a change. The unit row is locked for the transaction, so two filings of one unit run
 * one after the other; the page's latest change must still be the latest, or someone filed in
 * between (a stale page, a double click) and this one is refused.
 */
export async function fileRosterChange(actor: Actor, input: RosterChangeInput, now = new Date()) {
  requirePermission(actor, "roster.file", { unitId: input.unitId });
  const unit = await submittingUnit(input.unitId);
  if (!unit.active) throw new ValidationError({ unitId: "这个单位已停用" }, "这个单位已停用");
  const latestDay = shanghaiDate(new Date(now.getTime() + MAX_DAYS_AHEAD * DAY));
  if (input.effectiveOn > latestDay) throw new ValidationError({ effectiveOn: `起始日期最晚为${MAX_DAYS_AHEAD}天后（${latestDay}）` });
  const officer = input.officerId
    ? await db.user.findFirst({ where: { id: input.officerId, ...activeOfficerOf(unit.id) }, select: { id: true, name: true } })
    : null;
  if (input.officerId && !officer) throw new ValidationError({ officerId: "请从本单位在用的信息员账号中选择" });
  const phone = officer ? input.phone : "";

  return db.$transaction(async (tx) => {
    await tx.$queryRaw`SELECT id FROM "Unit" WHERE id = ${unit.id}::uuid FOR UPDATE`;
    const latest = (await latestFiled(tx, [unit.id])).get(unit.id) ?? null;
    if ((latest?.id ?? null) !== input.expectedLatestId) throw new ConflictError("刚有人备案过，请刷新后再看");
    if (latest && latest.officerId === (officer?.id ?? null) && latest.phone === phone) {
      throw new ValidationError({ officerId: officer ? "与现在备案的专职信息员和电话相同，无需再备案" : "现在已备案为暂缺" });
    }
    const change = await tx.rosterChange.create({
      data: {
        unitId: unit.id,
        officerId: officer?.id ?? null,
        officerName: officer?.name ?? VACANCY_NAME,
        phone,
        reason: input.reason,
        effectiveOn: new Date(input.effectiveOn),
        filedById: actor.id,
      },
    });
    const from = latest ? latest.officerName : "未备案";
    await audit(tx, {
      actorId: actor.id,
      action: "roster.file",
      entityType: "RosterChange",
      entityId: change.id,
      data: { unitId: unit.id, from, to: change.officerName, reason: change.reason, effectiveOn: input.effectiveOn },
    });
    const editors = (await deskUserIds(tx, unit.id, ["EDITOR"])).filter((id) => id !== actor.id);
    await notify(tx, editors, {
      kind: "ROSTER_CHANGED",
      title: `${unit.name}专职信息员变更备案：${from} → ${change.officerName}`,
      body: `${formatIsoDate(change.effectiveOn)}起；原因：${change.reason}`,
      href: `/roster/${unit.id}`,
      key: `roster:${change.id}`,
    });
    return change;
  });
}
