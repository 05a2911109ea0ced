import "server-only";
import { db } from "@/lib/db";
import { audit } from "@/lib/audit";
import { can, requirePermission, type Actor } from "@/lib/authz/permissions";
import { ConflictError, ForbiddenError, NotFoundError, uniqueOr } from "@/lib/errors";
import { isUuid } from "@/lib/ids";
import { paginate } from "@/lib/paging";
import type { SeriesInput } from "@/lib/validation/bulletin";
import { ownSeries } from "./series-scope";

const NAME_TAKEN = { name: "已有同名刊物" };

export async function listSeries(actor: Actor, opts: { page: number; q?: string }) {
  requirePermission(actor, "series.manage");
  const where = { ...ownSeries(actor), ...(opts.q ? { name: { contains: opts.q } } : {}) };
  return paginate(
    opts.page,
    () => db.series.count({ where }),
    (skip, take) =>
      db.series.findMany({ where, orderBy: [{ createdAt: "asc" }, { id: "asc" }], include: { _count: { select: { issues: true } } }, skip, take }),
  );
}

/** A new series is issued by the actor's 组织部 unless someone types otherwise. */
export async function defaultIssuingBody(actor: Actor): Promise<string> {
  requirePermission(actor, "series.manage");
  const node = await db.unit.findUnique({ where: { id: actor.nodeId }, select: { name: true } });
  return node?.name ?? "";
}

export async function getSeries(actor: Actor, id: string) {
  requirePermission(actor, "series.manage");
  const series = isUuid(id) ? await db.series.findFirst({ where: { id, ...ownSeries(actor) } }) : null;
  if (!series) throw new NotFoundError("没有找到这个刊物");
  return series;
}

/**
 * Whether a series needs the leader's 签发 is the administrator's call: the office, which
 * publishes, must not be able to switch its own check off.
 */
function assertSignOffChange(actor: Actor, before: boolean, after: boolean) {
  if (before !== after && !can(actor, "admin.manage")) throw new ForbiddenError("是否需要领导签发，只能由系统管理员设置");
}

/** A new series of the actor's node starts its own numbering: 第1期 in its first year, 总第1期. */
export async function createSeries(actor: Actor, input: SeriesInput) {
  requirePermission(actor, "series.manage");
  assertSignOffChange(actor, true, input.requiresSignOff);
  return db.$transaction(async (tx) => {
    const series = await uniqueOr(tx.series.create({ data: { ...input, ...ownSeries(actor) } }), NAME_TAKEN);
    await audit(tx, { actorId: actor.id, action: "series.create", entityType: "Series", entityId: series.id, data: { name: series.name } });
    return series;
  });
}

/**
 * Settings apply to issues created afterwards; issues already opened keep their own 版记.
 * `seenAt` is the series' updatedAt as the form showed it: of two people saving, the second is told.
 */
export async function updateSeries(actor: Actor, id: string, input: SeriesInput, seenAt?: Date) {
  requirePermission(actor, "series.manage");
  if (!isUuid(id)) throw new NotFoundError("没有找到这个刊物");
  return db.$transaction(async (tx) => {
    const before = await tx.series.findFirst({ where: { id, ...ownSeries(actor) } });
    if (!before) throw new NotFoundError("没有找到这个刊物");
    assertSignOffChange(actor, before.requiresSignOff, input.requiresSignOff);
    const { count } = await tx.series.updateMany({ where: { id, ...(seenAt ? { updatedAt: seenAt } : {}) }, data: input }).catch((error) => uniqueOr(Promise.reject(error), NAME_TAKEN));
    if (count === 0) throw new ConflictError("刊物设置刚被别人改过，请刷新后再改");
    const series = await tx.series.findUniqueOrThrow({ where: { id } });
    const changed = Object.keys(input).filter((k) => before[k as keyof SeriesInput] !== input[k as keyof SeriesInput]);
    await audit(tx, { actorId: actor.id, action: "series.update", entityType: "Series", entityId: id, data: { changed } });
    return series;
  });
}
