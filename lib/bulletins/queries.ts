import "server-only";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { requirePermission, scopeOf, unitWhere, type Actor } from "@/lib/authz/permissions";
import { ForbiddenError, NotFoundError } from "@/lib/errors";
import { isUuid } from "@/lib/ids";
import { paginate } from "@/lib/paging";
import { titleOrBody } from "@/lib/text-search";
import type { DraftKind } from "@/lib/drafts/kinds";
import { shanghaiYear } from "@/lib/time";
import { storedIssueInclude } from "./content";
import { canOpenIssue, workingStatuses } from "./capabilities";
import { ownSeries, readableSeries, visibleIssues } from "./series-scope";

/**
 * 期刊档案: published and voided issues, newest first, by series and year, searched over the
 * items' titles and text (a substring search, so 党建 finds 基层党建). The series of the
 * actor's own node unless the reader picks another series they may read.
 */
export async function listArchive(actor: Actor, opts: { page: number; q?: string; seriesId?: string; year?: number }) {
  requirePermission(actor, "issue.read");
  const where: Prisma.BulletinIssueWhereInput = {
    status: { in: ["PUBLISHED", "VOIDED"] },
    series: opts.seriesId && isUuid(opts.seriesId) ? { id: opts.seriesId, ...readableSeries(actor) } : ownSeries(actor),
    ...(opts.year ? { year: opts.year } : {}),
    ...(opts.q ? { items: { some: titleOrBody(opts.q) } } : {}),
  };
  return paginate(
    opts.page,
    () => db.bulletinIssue.count({ where }),
    (skip, take) =>
      db.bulletinIssue.findMany({
        // Joined, PostgreSQL builds every issue's item list before it sorts and takes a page
        // (200 ms on the bench county); a second query for the page's items is 1 ms.
        relationLoadStrategy: "query",
        where,
        orderBy: [{ publishedAt: "desc" }, { id: "asc" }],
        include: {
          series: { select: { name: true } },
          items: { orderBy: { position: "asc" }, select: { id: true, title: true, draft: { select: { unit: { select: { name: true } } } } } },
        },
        skip,
        take,
      }),
  );
}

/** Years that have published issues of series the actor reads, newest first, for the archive's year filter. */
export async function archiveYears(actor: Actor): Promise<number[]> {
  // groupBy runs in SQL; findMany's `distinct` would fetch every issue's year and drop repeats in Node.
  const where = { year: { not: null }, series: readableSeries(actor) };
  const rows = await db.bulletinIssue.groupBy({ by: ["year"], where, orderBy: { year: "desc" } });
  return rows.map((r) => r.year!);
}

/** 本单位刊发: a page of the units, whose drafts they are; the county reads the archive (/issues). */
export async function listUnitPublishedItems(actor: Actor, opts: { page: number; q?: string }) {
  requirePermission(actor, "issue.read");
  if (scopeOf(actor, "draft.read") !== "unit") throw new ForbiddenError();
  const where: Prisma.IssueItemWhereInput = {
    draft: { unitId: actor.unitId },
    issue: { status: { in: ["PUBLISHED", "VOIDED"] } },
    ...titleOrBody(opts.q),
  };
  return paginate(
    opts.page,
    () => db.issueItem.count({ where }),
    (skip, take) =>
      db.issueItem.findMany({
        where,
        orderBy: [{ issue: { publishedAt: "desc" } }, { position: "asc" }, { id: "asc" }],
        select: {
          id: true,
          title: true,
          draft: { select: { id: true, author: { select: { name: true } } } },
          issue: { select: { id: true, status: true, year: true, number: true, publishedAt: true, series: { select: { name: true } } } },
        },
        skip,
        take,
      }),
  );
}

/** The node's issues not yet published: all of them for the office; those awaiting or past sign-off for leaders. */
export async function listWorkingIssues(actor: Actor, opts: { page: number }) {
  const statuses = workingStatuses(actor);
  if (!statuses) throw new ForbiddenError();
  const where: Prisma.BulletinIssueWhereInput = { status: { in: [...statuses] }, series: ownSeries(actor) };
  return paginate(
    opts.page,
    () => db.bulletinIssue.count({ where }),
    (skip, take) =>
      db.bulletinIssue.findMany({
        where,
        orderBy: [{ createdAt: "asc" }, { id: "asc" }],
        include: { series: { select: { name: true } }, createdBy: { select: { name: true } }, _count: { select: { items: true } } },
        skip,
        take,
      }),
  );
}

/** An issue of the actor's node, or a published one of a series they read (without any action: see issueCapabilities). */
export async function getIssueDetail(actor: Actor, id: string) {
  requirePermission(actor, "issue.read");
  if (!isUuid(id)) throw new NotFoundError("没有找到这一期");
  const issue = await db.bulletinIssue.findFirst({
    where: { id, ...visibleIssues(actor) },
    include: {
      ...storedIssueInclude,
      items: {
        ...storedIssueInclude.items,
        include: {
          draft: { select: { id: true, title: true, body: true, version: true, kind: true, unit: { select: { name: true } } } },
        },
      },
      publishedBy: { select: { name: true } },
      signedBy: { select: { name: true } },
      voidedBy: { select: { name: true } },
    },
  });
  if (!issue || !canOpenIssue(actor, issue.status)) throw new NotFoundError("没有找到这一期");
  return issue;
}

/** The number an issue would get if published now (shown as 预计 while composing). */
export async function expectedNumber(seriesId: string, now = new Date()) {
  const year = shanghaiYear(now);
  const [series, counter] = await Promise.all([
    db.series.findUniqueOrThrow({ where: { id: seriesId }, select: { totalCount: true } }),
    db.seriesYearCounter.findUnique({ where: { seriesId_year: { seriesId, year } } }),
  ]);
  return { year, number: (counter?.lastNumber ?? 0) + 1, totalNumber: series.totalCount + 1 };
}

export type PoolFilter = { page: number; q?: string; unitId?: string; kind?: DraftKind; from?: Date; to?: Date };

/** 待编稿件: adopted drafts not yet in any issue, filtered by unit, kind and event date. */
export async function listPool(actor: Actor, opts: PoolFilter) {
  requirePermission(actor, "issue.compose");
  const where: Prisma.DraftWhereInput = {
    status: "ADOPTED",
    issueItem: null,
    ...unitWhere(actor, "issue.compose", opts.unitId && isUuid(opts.unitId) ? opts.unitId : undefined),
    ...(opts.kind ? { kind: opts.kind } : {}),
    ...(opts.from || opts.to ? { eventDate: { ...(opts.from ? { gte: opts.from } : {}), ...(opts.to ? { lte: opts.to } : {}) } } : {}),
    ...titleOrBody(opts.q),
  };
  return paginate(
    opts.page,
    () => db.draft.count({ where }),
    (skip, take) =>
      db.draft.findMany({
        where,
        orderBy: [{ decidedAt: "desc" }, { id: "asc" }],
        select: { id: true, title: true, kind: true, eventDate: true, decidedAt: true, unit: { select: { name: true } } },
        skip,
        take,
      }),
    10,
  );
}

/** The node's series in use: those a new issue is opened in. */
export async function listActiveSeries(actor: Actor) {
  return db.series.findMany({ where: { active: true, ...ownSeries(actor) }, orderBy: { createdAt: "asc" } });
}

/** Series in use whose published issues the actor reads, the own node's first, for the archive's series filter. */
export async function listReadableSeries(actor: Actor) {
  const series = await db.series.findMany({ where: { active: true, ...readableSeries(actor) }, orderBy: { createdAt: "asc" }, select: { id: true, name: true, nodeId: true } });
  return [...series.filter((s) => s.nodeId === actor.nodeId), ...series.filter((s) => s.nodeId !== actor.nodeId)];
}

/** The node's issues being composed, as choices where a draft is adopted (newest 50). */
export async function composingIssueOptions(actor: Actor) {
  requirePermission(actor, "issue.compose");
  const issues = await db.bulletinIssue.findMany({
    where: { status: "COMPOSING", series: ownSeries(actor) },
    orderBy: [{ createdAt: "desc" }, { id: "asc" }],
    take: 50,
    include: { series: { select: { name: true } }, _count: { select: { items: true } } },
  });
  return issues.map((i) => ({ id: i.id, label: `《${i.series.name}》编排中（${i._count.items}篇）` }));
}
