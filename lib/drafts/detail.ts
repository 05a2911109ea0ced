/**
 * The draft page's read (also its edit and versions pages): the draft with its unit, author,
 * history, versions, place in an issue and what it answers. Everyone who works with drafts opens
 * it all day, so it reads through `sql` (lib/sql.ts): as one Prisma query with these relations
 * its compilation alone took about 2 ms of the server's CPU per request. The shape is Prisma's
 * (`DraftDetail`, from `DRAFT_DETAIL_INCLUDE`); a test holds the two reads equal.
 */
import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { BulletinIssue, Draft, DraftEvent, DraftVersion, IssueItem, Series } from "@/lib/generated/prisma/client";
import type { UnitKind } from "@/lib/generated/prisma/enums";
import type { Actor } from "@/lib/authz/permissions";
import { NotFoundError } from "@/lib/errors";
import { isUuid } from "@/lib/ids";
import { sql } from "@/lib/sql";
import { UNIT_FOR_CHECKS } from "@/lib/units/labels";
import { canSeeDraft } from "./capabilities";

export const DRAFT_DETAIL_INCLUDE = {
  unit: { select: { id: true, ...UNIT_FOR_CHECKS } },
  author: { select: { id: true, name: true } },
  events: { orderBy: { createdAt: "asc" }, include: { actor: { select: { name: true } } } },
  versions: { orderBy: { number: "asc" }, include: { createdBy: { select: { name: true } } } },
  issueItem: { include: { issue: { include: { series: true } } } },
  commissionTarget: { select: { commission: { select: { id: true, title: true } } } },
  topicAssignment: { select: { id: true, title: true } },
  planTopic: { select: { title: true, plan: { select: { id: true, title: true } } } },
  urgentCase: { select: { id: true, title: true } },
} satisfies Prisma.DraftInclude;

export type DraftDetail = Prisma.DraftGetPayload<{ include: typeof DRAFT_DETAIL_INCLUDE }>;

type DraftRow = Draft & {
  unitName: string;
  unitKind: UnitKind;
  deskKind: UnitKind | null;
  authorName: string;
  issueItemId: string | null;
  commissionId: string | null;
  commissionTitle: string | null;
  topicTitle: string | null;
  planTopicTitle: string | null;
  planId: string | null;
  planTitle: string | null;
  urgentTitle: string | null;
};

/** One draft with its history and versions, as the actor may see it; anything else is 没有找到. */
export async function getDraftDetail(actor: Actor, id: string): Promise<DraftDetail> {
  const [row] = isUuid(id)
    ? await sql<DraftRow>`
        SELECT d.*, u.name AS "unitName", u.kind AS "unitKind", desk.kind AS "deskKind", a.name AS "authorName",
          ii.id AS "issueItemId", c.id AS "commissionId", c.title AS "commissionTitle", ta.title AS "topicTitle",
          pt.title AS "planTopicTitle", p.id AS "planId", p.title AS "planTitle", uc.title AS "urgentTitle"
        FROM "Draft" d
        JOIN "Unit" u ON u.id = d."unitId" LEFT JOIN "Unit" desk ON desk.id = u."deskId"
        JOIN "User" a ON a.id = d."authorId"
        LEFT JOIN "IssueItem" ii ON ii."draftId" = d.id
        LEFT JOIN "CommissionTarget" ct ON ct.id = d."commissionTargetId" LEFT JOIN "Commission" c ON c.id = ct."commissionId"
        LEFT JOIN "TopicAssignment" ta ON ta.id = d."topicAssignmentId"
        LEFT JOIN "PlanTopic" pt ON pt.id = d."planTopicId" LEFT JOIN "InfoPlan" p ON p.id = pt."planId"
        LEFT JOIN "UrgentCase" uc ON uc.id = d."urgentCaseId"
        WHERE d.id = ${id}::uuid`
    : [];
  // Whether the actor may see it is decided on the row read, before anything else is.
  if (!row || !canSeeDraft(actor, row)) throw new NotFoundError("没有找到这篇稿件");
  const { unitName, unitKind, deskKind, authorName, issueItemId, commissionId, commissionTitle, topicTitle, planTopicTitle, planId, planTitle, urgentTitle, ...draft } = row;
  const [events, versions, issueItem] = await Promise.all([
    sql<DraftEvent & { actorName: string }>`
      SELECT e.*, a.name AS "actorName" FROM "DraftEvent" e JOIN "User" a ON a.id = e."actorId" WHERE e."draftId" = ${id}::uuid ORDER BY e."createdAt"`,
    sql<DraftVersion & { createdByName: string }>`
      SELECT v.*, a.name AS "createdByName" FROM "DraftVersion" v JOIN "User" a ON a.id = v."createdById" WHERE v."draftId" = ${id}::uuid ORDER BY v.number`,
    issueItemId ? placeInIssue(issueItemId) : null,
  ]);
  return {
    ...draft,
    unit: { id: draft.unitId, name: unitName, kind: unitKind, desk: deskKind ? { kind: deskKind } : null },
    author: { id: draft.authorId, name: authorName },
    events: events.map(({ actorName, ...e }) => ({ ...e, actor: { name: actorName } })),
    versions: versions.map(({ createdByName, ...v }) => ({ ...v, createdBy: { name: createdByName } })),
    issueItem,
    commissionTarget: commissionId && commissionTitle !== null ? { commission: { id: commissionId, title: commissionTitle } } : null,
    topicAssignment: draft.topicAssignmentId && topicTitle !== null ? { id: draft.topicAssignmentId, title: topicTitle } : null,
    planTopic: planTopicTitle !== null && planId && planTitle !== null ? { title: planTopicTitle, plan: { id: planId, title: planTitle } } : null,
    urgentCase: draft.urgentCaseId && urgentTitle !== null ? { id: draft.urgentCaseId, title: urgentTitle } : null,
  };
}

async function placeInIssue(issueItemId: string) {
  const [item] = await sql<IssueItem>`SELECT * FROM "IssueItem" WHERE id = ${issueItemId}::uuid`;
  const [issue] = await sql<BulletinIssue>`SELECT * FROM "BulletinIssue" WHERE id = ${item.issueId}::uuid`;
  const [series] = await sql<Series>`SELECT * FROM "Series" WHERE id = ${issue.seriesId}::uuid`;
  return { ...item, issue: { ...issue, series } };
}
