import { db } from "@/lib/db";
import { can, requirePermission, type Actor } from "@/lib/authz/permissions";
import { NotFoundError } from "@/lib/errors";
import { isUuid } from "@/lib/ids";
import { paginate } from "@/lib/paging";

/** Published (and voided) issues, newest first, with an optional title search over items. */
export async function listPublishedIssues(actor: Actor, opts: { page: number; q?: string }) {
  requirePermission(actor, "issue.read");
  const where = {
    status: { in: ["PUBLISHED" as const, "VOIDED" as const] },
    ...(opts.q ? { items: { some: { title: { contains: opts.q, mode: "insensitive" as const } } } } : {}),
  };
  return paginate(
    opts.page,
    () => db.bulletinIssue.count({ where }),
    (skip, take) =>
      db.bulletinIssue.findMany({
        where,
        orderBy: [{ publishedAt: "desc" }, { id: "asc" }],
        include: { series: true, items: { orderBy: { position: "asc" }, select: { id: true, title: true } } },
        skip,
        take,
      }),
  );
}

/** Issues being composed, for the research office. */
export async function listComposingIssues(actor: Actor) {
  requirePermission(actor, "issue.compose");
  return db.bulletinIssue.findMany({
    where: { status: "COMPOSING" },
    orderBy: { createdAt: "asc" },
    include: { series: true, _count: { select: { items: true } } },
  });
}

/** One issue: published ones for every reader, composing ones only for the research office. */
export async function getIssueDetail(actor: Actor, id: string) {
  requirePermission(actor, "issue.read");
  if (!isUuid(id)) throw new NotFoundError("没有找到这一期");
  const issue = await db.bulletinIssue.findUnique({
    where: { id },
    include: {
      series: true,
      publishedBy: { select: { name: true } },
      items: {
        orderBy: { position: "asc" },
        include: { draft: { select: { id: true, title: true, body: true, version: true, unit: { select: { name: true } } } } },
      },
    },
  });
  if (!issue) throw new NotFoundError("没有找到这一期");
  if (issue.status === "COMPOSING" && !can(actor, "issue.compose")) throw new NotFoundError("没有找到这一期");
  return issue;
}

export async function listSeries() {
  return db.series.findMany({ where: { active: true }, orderBy: { createdAt: "asc" } });
}
