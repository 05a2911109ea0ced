import "server-only";
import { db } from "@/lib/db";
import { sql } from "@/lib/sql";
import type { UnitKind } from "@/lib/generated/prisma/enums";
import { Prisma, type Draft } from "@/lib/generated/prisma/client";
import { can, requireNodeWide, scopeOf, unitWhere, type Actor } from "@/lib/authz/permissions";
import type { DraftFilter } from "@/lib/validation/draft";
import { ForbiddenError } from "@/lib/errors";
import { paginate } from "@/lib/paging";
import { likePattern, titleOrBody } from "@/lib/text-search";
import { DRAFT_STATUSES, type DraftStatus } from "./workflow";
import { isDeskKind, LEVEL_WORDS, type Level } from "@/lib/units/labels";
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

type UnitDraftRow = Pick<Draft, "id" | "title" | "kind" | "status" | "eventDate" | "isFlagship" | "updatedAt" | "submittedAt" | "forwardedAt"> & { authorName: string };

/**
 * 本单位稿件: the actor's own unit's drafts (officers and reviewers), a page of them with the
 * counts per status (whose sum is the total: no separate count). Every officer opens it many
 * times a day, so it reads through `sql` (lib/sql.ts).
 */
export async function listUnitDrafts(actor: Actor, filter: DraftFilter) {
  if (scopeOf(actor, "draft.read") !== "unit") throw new ForbiddenError();
  const like = likePattern(filter.q);
  const status = isStatus(filter.status) ? filter.status : null;
  const search = like ? Prisma.sql`AND (d.title ILIKE ${like} OR d.body ILIKE ${like})` : Prisma.empty;
  // Every row is of the actor's unit: its name and desk are read once, with the counts, not
  // joined to each row (the listing, whose LIMIT parameter makes PostgreSQL plan it anew on
  // every call, plans in a third of the time without them).
  const [head] = await sql<{ name: string; deskKind: UnitKind | null; counts: Partial<Record<DraftStatus, number>> | null }>`
    SELECT u.name, desk.kind AS "deskKind",
      (SELECT json_object_agg(g.status, g.n) FROM (SELECT d.status, count(*)::int AS n FROM "Draft" d WHERE d."unitId" = u.id ${search} GROUP BY d.status) g) AS counts
    FROM "Unit" u LEFT JOIN "Unit" desk ON desk.id = u."deskId" WHERE u.id = ${actor.unitId}::uuid`;
  const unit = { id: actor.unitId, name: head.name, desk: head.deskKind ? { kind: head.deskKind } : null };
  const counts = head.counts ?? {};
  const total = status ? (counts[status] ?? 0) : Object.values(counts).reduce((sum, n) => sum + n, 0);
  const result = await paginate(
    filter.page,
    async () => total,
    async (skip, take) => {
      const rows = await sql<UnitDraftRow>`
        SELECT d.id, d.title, d.kind, d.status, d."eventDate", d."isFlagship", d."updatedAt", d."submittedAt", d."forwardedAt", a.name AS "authorName"
        FROM "Draft" d JOIN "User" a ON a.id = d."authorId"
        WHERE d."unitId" = ${actor.unitId}::uuid ${status ? Prisma.sql`AND d.status = ${status}::"DraftStatus"` : Prisma.empty} ${search}
        ORDER BY d."updatedAt" DESC, d.id LIMIT ${take} OFFSET ${skip}`;
      return rows.map(({ authorName, ...d }) => ({ ...d, unit, author: { name: authorName } }));
    },
  );
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
