/** What the 紧急信息 pages, the to-do list and the escalation banner read. */
import "server-only";
import { db } from "@/lib/db";
import { sql } from "@/lib/sql";
import type { Prisma } from "@/lib/generated/prisma/client";
import { isNodeWide, requirePermission, unitWhere, type Actor } from "@/lib/authz/permissions";
import { canSeeDraft } from "@/lib/drafts/capabilities";
import { NotFoundError } from "@/lib/errors";
import { isUuid } from "@/lib/ids";
import { paginate } from "@/lib/paging";
import { shanghaiYearStart } from "@/lib/time";
import { isLate } from "./clock";
import type { CaseFilter } from "./schemas";

/** Cases the actor may read: the own unit's, or every unit's for the county. */
function scope(actor: Actor): Prisma.UrgentCaseWhereInput {
  return unitWhere(actor, "urgent.read");
}

const fields = db.urgentCase.fields;

/** Late, as lib/urgent/clock.ts isLate says, in SQL: the report (or else 办结, or else now) after the due time. */
export function lateWhere(now: Date): Prisma.UrgentCaseWhereInput {
  return {
    OR: [
      { firstReportAt: { gt: fields.dueAt } },
      { firstReportAt: null, closedAt: { gt: fields.dueAt } },
      { firstReportAt: null, closedAt: null, dueAt: { lt: now } },
    ],
  };
}

/** Open, no written report, past the due time: what is escalated to the office and the leaders. */
export const overdueWhere = (now: Date): Prisma.UrgentCaseWhereInput => ({ closedAt: null, firstReportAt: null, dueAt: { lt: now } });

const FILTERS: Record<CaseFilter, (now: Date) => Prisma.UrgentCaseWhereInput> = {
  waiting: () => ({ closedAt: null, firstReportAt: null }),
  reported: () => ({ closedAt: null, firstReportAt: { not: null } }),
  closed: () => ({ closedAt: { not: null } }),
  late: lateWhere,
};

export async function listCases(actor: Actor, opts: { page: number; q?: string; filter?: CaseFilter; now?: Date }) {
  const now = opts.now ?? new Date();
  const where: Prisma.UrgentCaseWhereInput = {
    AND: [
      scope(actor),
      opts.filter ? FILTERS[opts.filter](now) : {},
      opts.q ? { OR: [{ title: { contains: opts.q } }, { unit: { name: { contains: opts.q } } }] } : {},
    ],
  };
  return paginate(
    opts.page,
    () => db.urgentCase.count({ where }),
    (skip, take) =>
      db.urgentCase.findMany({
        where,
        orderBy: [{ eventAt: "desc" }, { id: "asc" }],
        include: { unit: { select: { name: true } }, _count: { select: { drafts: true } } },
        skip,
        take,
      }),
  );
}

/** Overdue cases without a written report, longest overdue first; empty for anyone but the county. */
export async function overdueCases(actor: Actor, now = new Date(), take = 50) {
  if (!isNodeWide(actor, "urgent.read")) return [];
  return db.urgentCase.findMany({ where: { ...overdueWhere(now), ...unitWhere(actor, "urgent.read") }, orderBy: [{ dueAt: "asc" }, { id: "asc" }], include: { unit: { select: { name: true } } }, take });
}

/** The unit's open cases still waiting for a written report (to-do list). */
export function openUnitCases(unitId: string) {
  return sql<{ id: string; title: string; dueAt: Date }>`
    SELECT id, title, "dueAt" FROM "UrgentCase" WHERE "unitId" = ${unitId}::uuid AND "closedAt" IS NULL AND "firstReportAt" IS NULL
    ORDER BY "dueAt", id LIMIT 50`;
}

/** One case with its written reports in order (首报, 续报1 …); a draft the actor may not open shows no title. */
export async function getCaseOrThrow(actor: Actor, id: string) {
  const c = isUuid(id)
    ? await db.urgentCase.findUnique({
        where: { id },
        include: {
          unit: { select: { name: true } },
          createdBy: { select: { name: true } },
          phoneLoggedBy: { select: { name: true } },
          closedBy: { select: { name: true } },
          drafts: { orderBy: [{ createdAt: "asc" }, { id: "asc" }], select: { id: true, title: true, status: true, unitId: true, forwardedAt: true, submittedAt: true, createdAt: true, author: { select: { name: true } } } },
        },
      })
    : null;
  if (!c) throw new NotFoundError("没有找到这件紧急信息");
  requirePermission(actor, "urgent.read", c);
  const reports = c.drafts.map((d, i) => {
    const visible = canSeeDraft(actor, d);
    return {
      id: d.id,
      label: i === 0 ? "首报" : `续报${i}`,
      status: d.status,
      submittedAt: d.submittedAt,
      createdAt: d.createdAt,
      visible,
      title: visible ? d.title : null,
      author: visible ? d.author.name : null,
    };
  });
  return { ...c, drafts: undefined, reports, phoneLoggedBy: c.phoneLoggedBy?.name ?? null, closedBy: c.closedBy?.name ?? null };
}

export type LateCountRow = { unitId: string; unitName: string; total: number; late: number; missing: number };

/** 迟报 per unit for a year (by the event's local year): every case, the late ones, and those still without a report. */
export async function lateCounts(actor: Actor, opts: { year: number; now?: Date }): Promise<LateCountRow[]> {
  const now = opts.now ?? new Date();
  const cases = await db.urgentCase.findMany({
    where: { AND: [scope(actor), { eventAt: { gte: shanghaiYearStart(opts.year), lt: shanghaiYearStart(opts.year + 1) } }] },
    select: { unitId: true, dueAt: true, firstReportAt: true, closedAt: true, unit: { select: { name: true, sortOrder: true } } },
  });
  const rows = new Map<string, LateCountRow & { sort: number }>();
  for (const c of cases) {
    const row = rows.get(c.unitId) ?? { unitId: c.unitId, unitName: c.unit.name, total: 0, late: 0, missing: 0, sort: c.unit.sortOrder };
    row.total++;
    if (isLate(c, now)) row.late++;
    if (!c.firstReportAt && !c.closedAt) row.missing++;
    rows.set(c.unitId, row);
  }
  return [...rows.values()]
    .sort((a, b) => b.late - a.late || a.sort - b.sort || a.unitName.localeCompare(b.unitName, "zh"))
    .map(({ sort: _sort, ...r }) => r);
}

/** How many of the node's cases are overdue (the banner lists the first few). */
export async function countOverdue(actor: Actor, now = new Date()) {
  if (!isNodeWide(actor, "urgent.read")) return 0;
  return db.urgentCase.count({ where: { ...overdueWhere(now), ...unitWhere(actor, "urgent.read") } });
}
