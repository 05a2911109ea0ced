import "server-only";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { can, requireNodeWide, scopeOf, unitWhere, type Actor } from "@/lib/authz/permissions";
import type { DraftFilter } from "@/lib/validation/draft";
import { ForbiddenError, NotFoundError } from "@/lib/errors";
import { paginate } from "@/lib/paging";
import { titleOrBody } from "@/lib/text-search";
import { DRAFT_STATUSES, type DraftStatus } from "./workflow";
import { isUuid } from "@/lib/ids";
import { canSeeDraft } from "./capabilities";
import { isDeskKind, LEVEL_WORDS, UNIT_FOR_CHECKS, type Level } from "@/lib/units/labels";
import { shanghaiDayStart } from "@/lib/time";

const listSelect = {
  id: true,
  title: true,
  kind: true,
  status: true,
  eventDate: true,
  isFlagship: true,
  updatedAt: true,
  submittedAt: true,
  forwardedAt: true,
  // The desk the unit reports to names 待县审核 / 待市审核 on each row (a county's own draft sent up is the city's).
  unit: { select: { id: true, name: true, desk: { select: { kind: true } } } },
  author: { select: { name: true } },
} satisfies Prisma.DraftSelect;

function isStatus(s: string | undefined): s is DraftStatus {
  return !!s && (DRAFT_STATUSES as readonly string[]).includes(s);
}

function page(where: Prisma.DraftWhereInput, filter: DraftFilter, orderBy: Prisma.DraftOrderByWithRelationInput) {
  return paginate(
    filter.page,
    () => db.draft.count({ where }),
    (skip, take) => db.draft.findMany({ where, orderBy: [orderBy, { id: "asc" }], select: listSelect, skip, take }),
  );
}

/** The actor's own unit's drafts (officers and reviewers), with counts per status. */
/** 本单位稿件: a page of the units; the county's roles read drafts in the county pool (/county). */
export async function listUnitDrafts(actor: Actor, filter: DraftFilter) {
  if (scopeOf(actor, "draft.read") !== "unit") throw new ForbiddenError();
  const base: Prisma.DraftWhereInput = { unitId: actor.unitId, ...titleOrBody(filter.q) };
  const where: Prisma.DraftWhereInput = { ...base, ...(isStatus(filter.status) ? { status: filter.status } : {}) };
  const [result, grouped] = await Promise.all([
    page(where, filter, { updatedAt: "desc" }),
    db.draft.groupBy({ by: ["status"], where: base, _count: true }),
  ]);
  const counts = Object.fromEntries(grouped.map((g) => [g.status, g._count])) as Partial<Record<DraftStatus, number>>;
  return { ...result, counts };
}

/**
 * The pool's status filter: every status (ALL), one, the office's own pieces in every status
 * (OWN: written here for the desk above, sent or not), or by default 待处理 — what waits for this
 * desk, so not the node's own drafts sent up (the desk above decides those).
 */
function statusWhere(actor: Actor, status: DraftFilter["status"]): Prisma.DraftWhereInput {
  if (status === "ALL") return {};
  if (status === "OWN") return { unitId: actor.nodeId };
  if (isStatus(status)) return { status };
  return { status: { in: ["FORWARDED", "EDITING"] }, NOT: { unitId: actor.nodeId } };
}

/** The node's drafts that reached its desk, for the research office and leaders. */
export async function listCountyDrafts(actor: Actor, filter: DraftFilter) {
  requireNodeWide(actor, "draft.read");
  const where: Prisma.DraftWhereInput = {
    ...unitWhere(actor, "draft.read", filter.unitId),
    forwardedAt: {
      // The office's own pieces are listed before they are sent, too.
      ...(filter.status === "OWN" ? {} : { not: null }),
      ...(filter.from ? { gte: shanghaiDayStart(filter.from) } : {}),
      ...(filter.to ? { lt: new Date(shanghaiDayStart(filter.to).getTime() + 86_400_000) } : {}),
    },
    ...(filter.kind ? { kind: filter.kind } : {}),
    ...statusWhere(actor, filter.status),
    ...titleOrBody(filter.q),
  };
  return page(where, filter, filter.status === "OWN" ? { updatedAt: "desc" } : { forwardedAt: "desc" });
}

/**
 * Whom the office writes its own pieces for: the level of the desk above its 组织部 (市 for a
 * county), or null where it writes none (not the office, or the top of the tree).
 */
export async function ownPiecesReader(actor: Actor): Promise<Level | null> {
  if (!can(actor, "draft.sendOwn", { unitId: actor.nodeId })) return null;
  const node = await db.unit.findUnique({ where: { id: actor.nodeId }, select: { desk: { select: { kind: true } } } });
  return node?.desk && isDeskKind(node.desk.kind) ? LEVEL_WORDS[node.desk.kind] : null;
}

/** One draft with its history and versions, as the actor may see it. */
export async function getDraftDetail(actor: Actor, id: string) {
  // One read: whether the actor may see it is decided on the row read with everything the page shows.
  const draft = isUuid(id) ? await db.draft.findUnique({
    where: { id },
    include: {
      unit: { select: { id: true, ...UNIT_FOR_CHECKS } },
      author: { select: { id: true, name: true } },
      events: { orderBy: { createdAt: "asc" }, include: { actor: { select: { name: true } } } },
      versions: { orderBy: { number: "asc" }, include: { createdBy: { select: { name: true } } } },
      issueItem: { include: { issue: { include: { series: true } } } },
      commissionTarget: { select: { commission: { select: { id: true, title: true } } } },
      topicAssignment: { select: { id: true, title: true } },
      planTopic: { select: { title: true, plan: { select: { id: true, title: true } } } },
      urgentCase: { select: { id: true, title: true } },
    },
  }) : null;
  if (!draft || !canSeeDraft(actor, draft)) throw new NotFoundError("没有找到这篇稿件");
  return draft;
}

/** 下一篇: the unit's longest-waiting submitted draft other than this one, for its reviewer. */
export async function nextDraftToReview(actor: Actor, exceptId: string): Promise<string | null> {
  if (!can(actor, "draft.review", { unitId: actor.unitId })) return null;
  const next = await db.draft.findFirst({
    where: { unitId: actor.unitId, status: "SUBMITTED", id: { not: exceptId } },
    orderBy: [{ submittedAt: "asc" }, { id: "asc" }],
    select: { id: true },
  });
  return next?.id ?? null;
}
