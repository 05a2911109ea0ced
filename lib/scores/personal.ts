/**
 * 个人积分: what each person earned over a month, quarter or year, from the ledger's `userId`
 * (the author of an adopted draft, the reporter of a verified placement or 网评, the author of a
 * draft an upper-level adoption names). Entries stay with the person: a person who moves to
 * another unit keeps one record, and each item says in which unit it was earned.
 */
import "server-only";
import { rankedUnitsOf } from "@/lib/units/where";
import type { RankGroup } from "@/lib/generated/prisma/enums";
import { db } from "@/lib/db";
import { can, requirePermission, type Actor } from "@/lib/authz/permissions";
import { NotFoundError } from "@/lib/errors";
import { isUuid } from "@/lib/ids";
import { PAGE_SIZE } from "@/lib/paging";
import { CREDIT_KIND_CODES, rankPeople, type PersonFigures, type PersonRow } from "./personal-figures";
import { periodRange, type Period } from "./period";
import { byRuleOrder } from "./rules";

type Figures = PersonFigures & { userId: string; lastUnitId: string };

/**
 * Each credited person's figures on the node's ledger over [from, to) (another node's ledger,
 * where the person once worked or was credited, is that node's): items counted once per source (a placement's
 * level, page and length rules are one item), only while they stand (a reversed item nets to
 * nothing), points summed over every entry (批示 and deductions included), and the unit of the
 * person's last entry in the period. By occurrence, as the unit table counts (lib/scores/rollups.ts).
 */
async function personFigures(nodeId: string, from: Date, to: Date): Promise<Figures[]> {
  const codes = CREDIT_KIND_CODES;
  const rows = await db.$queryRaw<Array<Omit<Figures, "points"> & { points: string }>>`
    WITH e AS (
      SELECT e."userId", e."unitId", e."sourceType", e."sourceId", e.points, e."occurredAt", e."createdAt", e.id, r.code
      FROM "ScoreEntry" e JOIN "ScoringRule" r ON r.id = e."ruleId"
      WHERE e."nodeId" = ${nodeId}::uuid AND e."userId" IS NOT NULL AND e."occurredAt" >= ${from} AND e."occurredAt" < ${to}
    ), items AS (
      SELECT "userId", "sourceType", "sourceId",
        CASE WHEN code = ANY(${codes.ADOPTED}) THEN 'ADOPTED' WHEN code = ANY(${codes.UPPER}) THEN 'UPPER'
             WHEN code = ANY(${codes.MEDIA}) THEN 'MEDIA' WHEN code = ANY(${codes.COMMENTARY}) THEN 'COMMENTARY' END AS kind,
        sum(points) AS points
      FROM e GROUP BY 1, 2, 3, 4
    ), last AS (
      SELECT DISTINCT ON ("userId") "userId", "unitId" FROM e ORDER BY "userId", "occurredAt" DESC, "createdAt" DESC, id DESC
    )
    SELECT l."userId", l."unitId" AS "lastUnitId",
      count(*) FILTER (WHERE i.kind = 'ADOPTED' AND i.points > 0)::int AS adopted,
      count(*) FILTER (WHERE i.kind = 'UPPER' AND i.points > 0)::int AS upper,
      count(*) FILTER (WHERE i.kind = 'MEDIA' AND i.points > 0)::int AS media,
      count(*) FILTER (WHERE i.kind = 'COMMENTARY' AND i.points > 0)::int AS commentary,
      sum(i.points)::text AS points
    FROM last l JOIN items i ON i."userId" = l."userId"
    GROUP BY 1, 2`;
  return rows.map((r) => ({ ...r, points: Number(r.points) }));
}

/**
 * Every person's row for a period, ranked within the county: the credited persons, and the
 * active 信息员 of active units with nothing yet (so a person without credit shows as such).
 *
 * Which group a person is ranked in: the group of the unit where they earned their last entry of
 * the period, i.e. the unit they worked for at the period's end as the ledger shows it. A past
 * period's ranking thus stays as it was when the person moves later. With no entry in the
 * period, their unit now decides.
 */
export async function computePeopleTable(nodeId: string, period: Period): Promise<PersonRow[]> {
  const { from, to } = periodRange(period);
  const figures = await personFigures(nodeId, from, to);
  const [units, users] = await Promise.all([
    db.unit.findMany({ select: { id: true, name: true, rankGroup: true, deskId: true } }),
    db.user.findMany({
      where: { OR: [{ id: { in: figures.map((f) => f.userId) } }, { active: true, roles: { has: "OFFICER" }, unit: { active: true, ...rankedUnitsOf(nodeId) } }] },
      select: { id: true, name: true, unitId: true },
    }),
  ]);
  const unitOf = new Map(units.map((u) => [u.id, u]));
  const figuresOf = new Map(figures.map((f) => [f.userId, f]));
  const none = { adopted: 0, upper: 0, media: 0, commentary: 0, points: 0 };
  const rows = users.flatMap((u) => {
    const { userId: _, lastUnitId, ...f } = figuresOf.get(u.id) ?? { userId: u.id, lastUnitId: u.unitId, ...none };
    const unit = unitOf.get(lastUnitId);
    // Ranked among the node's units only: a person who earned last in another 组织部's unit is theirs.
    if (!unit?.rankGroup || unit.deskId !== nodeId) return [];
    const current = unitOf.get(u.unitId)!;
    return [{ userId: u.id, name: u.name, unitId: unit.id, unitName: unit.name, group: unit.rankGroup, currentUnitId: u.unitId, currentUnitName: current.name, ...f }];
  });
  return rankPeople(rows);
}

/** Whose rows the actor may see: their own, their unit's people (by the person's unit now), or everyone. */
const visibleTo = (actor: Actor) => (r: PersonRow) => can(actor, "credit.read", { unitId: r.currentUnitId, userId: r.userId });

/** 个人积分 list: the rows the actor may see, ranks county-wide, searchable by name, a page at a time. */
export async function getPeopleTable(actor: Actor, period: Period, opts: { q?: string; page: number }) {
  requirePermission(actor, "credit.read");
  const all = await computePeopleTable(actor.nodeId, period);
  const q = opts.q?.trim();
  const shown = all.filter(visibleTo(actor)).filter((r) => !q || r.name.includes(q) || r.unitName.includes(q));
  const pages = Math.max(1, Math.ceil(shown.length / PAGE_SIZE));
  const page = Math.min(Math.max(1, opts.page), pages);
  const groupSize: Partial<Record<RankGroup, number>> = {};
  for (const r of all) groupSize[r.group] = (groupSize[r.group] ?? 0) + 1;
  return { rows: shown.slice((page - 1) * PAGE_SIZE, page * PAGE_SIZE), total: shown.length, page, pages, groupSize };
}

/** A person as the permission table sees them: their unit now is the unit of their record. */
async function personOrThrow(actor: Actor, userId: string) {
  const person = isUuid(userId)
    ? await db.user.findUnique({ where: { id: userId }, select: { id: true, name: true, unitId: true, active: true, unit: { select: { name: true } } } })
    : null;
  if (!person) throw new NotFoundError("没有找到这个人");
  requirePermission(actor, "credit.read", { unitId: person.unitId, userId: person.id });
  return person;
}

export type CreditItem = {
  key: string;
  occurredAt: Date;
  title: string;
  href: string | null;
  unitName: string;
  rules: string[];
  points: number;
  /** All its points taken back (a voided issue, a reversed record). */
  reversed: boolean;
};

/** Titles and links of the ledger sources: the adopted draft, the verified placement or the record. */
async function describeSources(entries: Array<{ sourceType: string; sourceId: string; draftId: string | null }>) {
  const draftIds = [...new Set(entries.flatMap((e) => (e.draftId ? [e.draftId] : [])))];
  const recordIds = [...new Set(entries.filter((e) => e.sourceType === "SCORE_RECORD").map((e) => e.sourceId))].filter(isUuid);
  const [drafts, records] = await Promise.all([
    db.draft.findMany({ where: { id: { in: draftIds } }, select: { id: true, title: true } }),
    db.scoreRecord.findMany({ where: { id: { in: recordIds } }, select: { id: true, title: true, outlet: true, placement: { select: { id: true } } } }),
  ]);
  const draftTitle = new Map(drafts.map((d) => [d.id, d.title]));
  const record = new Map(records.map((r) => [r.id, r]));
  return (e: { sourceType: string; sourceId: string; draftId: string | null }): { title: string; href: string | null } => {
    const r = e.sourceType === "SCORE_RECORD" ? record.get(e.sourceId) : undefined;
    if (r?.placement) return { title: `${r.title}（${r.outlet}）`, href: `/placements/${r.placement.id}` };
    if (e.draftId) return { title: draftTitle.get(e.draftId) ?? "（稿件）", href: `/drafts/${e.draftId}` };
    return { title: r ? r.title : "（系统记分）", href: null };
  };
}

/** One person's record for a period: their row (rank in group), their units, and each item with the unit it was earned in. */
export async function getPersonRecord(actor: Actor, userId: string, period: Period) {
  const person = await personOrThrow(actor, userId);
  const { from, to } = periodRange(period);
  const [table, entries] = await Promise.all([
    computePeopleTable(actor.nodeId, period),
    db.scoreEntry.findMany({
      where: { userId: person.id, nodeId: actor.nodeId, occurredAt: { gte: from, lt: to } },
      orderBy: [{ occurredAt: "desc" }, { createdAt: "asc" }, { id: "asc" }],
      include: { rule: { select: { code: true, label: true } }, unit: { select: { name: true } } },
    }),
  ]);
  const row = table.find((r) => r.userId === person.id) ?? null;
  const describe = await describeSources(entries);
  const items = new Map<string, Omit<CreditItem, "rules"> & { rules: Array<{ code: string; label: string }> }>();
  const codes = new Set<string>();
  for (const e of entries) {
    const key = `${e.sourceType}:${e.sourceId}`;
    const item = items.get(key) ?? { key, occurredAt: e.occurredAt, ...describe(e), unitName: e.unit.name, rules: [], points: 0, reversed: false };
    if (!e.reversalOfId && !codes.has(`${key}:${e.rule.code}`)) {
      codes.add(`${key}:${e.rule.code}`);
      item.rules.push(e.rule);
    }
    item.points += Number(e.points);
    item.reversed ||= e.reversalOfId !== null;
    items.set(key, item);
  }
  const list: CreditItem[] = [...items.values()].map((i) => ({
    ...i,
    // Level first, then page and length, as the rules are listed.
    rules: i.rules.sort((a, b) => byRuleOrder(a.code, b.code)).map((r) => r.label),
    points: Math.round(i.points * 100) / 100,
  }));
  return {
    person: { id: person.id, name: person.name, unitName: person.unit.name, active: person.active },
    row,
    groupSize: row ? table.filter((r) => r.group === row.group).length : 0,
    items: list,
    /** The units this person earned credit in during the period, in order of their first item. */
    units: [...new Set(list.slice().reverse().map((i) => i.unitName))],
  };
}
