import "server-only";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { requirePermission, type Actor } from "@/lib/authz/permissions";
import { paginate } from "@/lib/paging";
import { isUuid } from "@/lib/ids";
import { periodRange, type Period } from "./period";
import { periodMonths } from "./rollups";
import { throughWhere } from "./node-score";

export type LedgerFilter = { year?: number; period?: Period; unitId?: string; ruleCodes?: string[]; via?: string; page: number };

type Totals = { count: number; sum: number };

/**
 * How many entries a node's ledger holds under a filter, and their sum, from the rollup
 * (PointsRollup is keyed by node, ledger year, local month, unit and rule code, migration
 * 0037): the same rows listLedger's `where` selects, without counting them one by one.
 */
async function rollupTotals(nodeId: string, filter: Omit<LedgerFilter, "via" | "page">): Promise<Totals> {
  const months = filter.period ? periodMonths(filter.period) : null;
  const conditions = [
    Prisma.sql`"nodeId" = ${nodeId}::uuid`,
    ...(months ? [Prisma.sql`month >= ${months.from}::date AND month < ${months.to}::date`] : filter.year ? [Prisma.sql`year = ${filter.year}::int`] : []),
    ...(filter.unitId && isUuid(filter.unitId) ? [Prisma.sql`"unitId" = ${filter.unitId}::uuid`] : []),
    ...(filter.ruleCodes?.length ? [Prisma.sql`"ruleCode" IN (${Prisma.join(filter.ruleCodes)})`] : []),
  ];
  const [row] = await db.$queryRaw<Array<{ count: number; sum: string }>>`
    SELECT coalesce(sum(entries), 0)::int AS count, coalesce(sum(points), 0)::text AS sum
    FROM "PointsRollup" WHERE ${Prisma.join(conditions, " AND ")}`;
  return { count: row.count, sum: Number(row.sum) };
}

/**
 * 积分台账: the rows behind a figure — unit, person, rule and version, points, source,
 * who recorded it and when — with their sum, so every total on a screen can be explained.
 */
export async function listLedger(actor: Actor, filter: LedgerFilter) {
  requirePermission(actor, "scores.read");
  const range = filter.period ? periodRange(filter.period) : null;
  // One part of a 组织部's total (node-score.ts).
  const part = filter.via && filter.unitId && isUuid(filter.unitId) ? await throughWhere(filter.unitId, filter.via) : null;
  const where: Prisma.ScoreEntryWhereInput = {
    // A period view counts entries by when they occurred, a year view by their ledger year.
    ...(range ? { occurredAt: { gte: range.from, lt: range.to } } : filter.year ? { year: filter.year } : {}),
    ...(filter.unitId && isUuid(filter.unitId) ? { unitId: filter.unitId } : {}),
    // The node's ledger: entries scored under its rules (ScoreEntry.nodeId is the rule's node, 0038).
    nodeId: actor.nodeId,
    ...(filter.ruleCodes?.length ? { rule: { code: { in: filter.ruleCodes } } } : {}),
    ...(part ? { AND: [part] } : {}),
  };
  // A part of a total is a list of sources, not a rollup key: its rows (a department's, a few
  // thousand at most) are counted and summed in one statement; every other view reads the rollup.
  const totals: Totals = part
    ? await db.scoreEntry.aggregate({ where, _count: { _all: true }, _sum: { points: true } }).then((a) => ({ count: a._count._all, sum: Number(a._sum.points ?? 0) }))
    : await rollupTotals(actor.nodeId, filter);
  const page = await paginate(
    filter.page,
    async () => totals.count,
    (skip, take) =>
      db.scoreEntry.findMany({
        where,
        orderBy: [{ occurredAt: "desc" }, { id: "asc" }],
        include: {
          unit: { select: { name: true } },
          user: { select: { name: true } },
          rule: { select: { code: true, label: true, version: true } },
          recordedBy: { select: { name: true } },
        },
        skip,
        take,
      }),
    50,
  );
  // Where each row came from: the issue an item was published in, or the record.
  const itemIds = page.rows.filter((r) => r.sourceType === "ISSUE_ITEM").map((r) => r.sourceId);
  const items = itemIds.length
    ? await db.issueItem.findMany({ where: { id: { in: itemIds } }, select: { id: true, title: true, issue: { select: { id: true, year: true, number: true, series: { select: { name: true } } } } } })
    : [];
  const recordIds = page.rows.filter((r) => r.sourceType === "SCORE_RECORD").map((r) => r.sourceId);
  const records = recordIds.length ? await db.scoreRecord.findMany({ where: { id: { in: recordIds } }, select: { id: true, title: true, outlet: true, leader: true } }) : [];
  // Automatic deductions: a 约稿 missed, an urgent report late.
  const targetIds = page.rows.filter((r) => r.sourceType === "COMMISSION_TARGET").map((r) => r.sourceId);
  const targets = targetIds.length ? await db.commissionTarget.findMany({ where: { id: { in: targetIds } }, select: { id: true, commission: { select: { id: true, title: true } } } }) : [];
  const caseIds = page.rows.filter((r) => r.sourceType === "URGENT_CASE").map((r) => r.sourceId);
  const cases = caseIds.length ? await db.urgentCase.findMany({ where: { id: { in: caseIds } }, select: { id: true, title: true } }) : [];
  const openingIds = page.rows.filter((r) => r.sourceType === "OPENING").map((r) => r.sourceId);
  const openings = openingIds.length ? await db.openingFigure.findMany({ where: { id: { in: openingIds } }, select: { id: true, fileName: true, year: true, month: true } }) : [];
  const source = (r: (typeof page.rows)[number]) => {
    const opening = openings.find((o) => o.id === r.sourceId);
    if (opening) return { label: `期初导入：${opening.fileName}（${opening.year}年${opening.month ? `${opening.month}月` : "全年"}）`, href: "/scores/opening" };
    const target = targets.find((t) => t.id === r.sourceId);
    if (target) return { label: `约稿逾期未报：${target.commission.title}`, href: `/commissions/${target.commission.id}` };
    const urgent = cases.find((c) => c.id === r.sourceId);
    if (urgent) return { label: `紧急信息迟报：${urgent.title}`, href: `/urgent/${urgent.id}` };
    const item = items.find((i) => i.id === r.sourceId);
    if (item) return { label: `《${item.issue.series.name}》${item.issue.year}年第${item.issue.number}期：${item.title}`, href: `/issues/${item.issue.id}` };
    const record = records.find((x) => x.id === r.sourceId);
    if (record) return { label: `${record.outlet || record.leader}：${record.title}`, href: `/scores/records?q=${encodeURIComponent(record.title)}` };
    return { label: r.sourceType, href: null };
  };
  // The child department a part of a total came up through, named above the rows (only a unit reporting to this node).
  const through = filter.via && filter.via !== "own" && isUuid(filter.via) ? await db.unit.findFirst({ where: { id: filter.via, deskId: actor.nodeId }, select: { name: true } }) : null;
  return { ...page, through: through?.name ?? null, total: page.total, sum: totals.sum, rows: page.rows.map((r) => ({ ...r, points: Number(r.points), source: source(r) })) };
}
