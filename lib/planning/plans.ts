/**
 * 信息计划: the research office lists topics for a month or quarter; units write from them.
 * A plan is edited while unpublished; 发布 shows it to the units it concerns and fixes it
 * (a change of mind is a later plan). A topic with no units is meant for the whole county.
 * A plan is its 组织部's (nodeId): another node's plan does not exist for anyone outside it.
 */
import "server-only";
import { rankedUnitsOf } from "@/lib/units/where";
import { randomUUID } from "node:crypto";
import { db, type Tx } from "@/lib/db";
import { audit } from "@/lib/audit";
import { isNodeWide, requireNodeWide, requirePermission, type Actor } from "@/lib/authz/permissions";
import { ConflictError, NotFoundError, ValidationError } from "@/lib/errors";
import { isUuid } from "@/lib/ids";
import { notify, UNIT_ANSWERERS } from "@/lib/notifications/notify";
import { isDeskKind, UNIT_KIND_LABELS } from "@/lib/units/labels";
import { paginate } from "@/lib/paging";
import { parsePeriod, periodLabel } from "@/lib/scores/period";
import type { DraftStatus } from "@/lib/drafts/workflow";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { PlanInput, UpdatePlanInput } from "@/lib/validation/planning";
import { quote } from "@/lib/quote";

/** "2026年11月", "2026年第四季度". */
export function planPeriodLabel(period: string): string {
  const p = parsePeriod(period);
  return p ? periodLabel(p) : period;
}

/**
 * A topic is meant for the actor's unit when it is a plan of the desk the unit reports to and
 * names no units (全县) or names this one. For a 组织部's own unit that desk is the one above:
 * a city's plan reaches its counties' departments.
 */
export const concernsUnit = (actor: Pick<Actor, "unitId">): Prisma.PlanTopicWhereInput => ({
  plan: { node: { reporters: { some: { id: actor.unitId } } } },
  OR: [{ units: { none: {} } }, { units: { some: { unitId: actor.unitId } } }],
});

/** The topics a person reads: the node's office and leaders every topic of the node's plans, and everyone those meant for their unit. */
const readableTopics = (actor: Actor): Prisma.PlanTopicWhereInput =>
  isNodeWide(actor, "plan.read") ? { OR: [{ plan: { nodeId: actor.nodeId } }, concernsUnit(actor)] } : concernsUnit(actor);

const managing = (actor: Actor) => isNodeWide(actor, "plan.manage");

/** Every named unit must be an active submitting unit; the message goes to the topic's field. */
async function checkUnits(nodeId: string, topics: PlanInput["topics"]) {
  const named = [...new Set(topics.flatMap((t) => t.unitIds))];
  if (named.length === 0) return;
  const found = new Set((await db.unit.findMany({ where: { id: { in: named }, ...rankedUnitsOf(nodeId), active: true }, select: { id: true } })).map((u) => u.id));
  const errors: Record<string, string> = {};
  topics.forEach((t, i) => {
    if (t.unitIds.some((id) => !found.has(id))) errors[`topics.${i}.unitIds`] = "所选单位不存在或已停用，请重新选择";
  });
  if (Object.keys(errors).length) throw new ValidationError(errors);
}

/** A plan's topics in the form's order, each with the units it names (none: the whole county). */
async function writeTopics(tx: Tx, planId: string, topics: PlanInput["topics"]) {
  const rows = topics.map((t, i) => ({ id: randomUUID(), planId, sortOrder: i + 1, title: t.title, guidance: t.guidance, kind: t.kind ?? null }));
  await tx.planTopic.createMany({ data: rows });
  await tx.planTopicUnit.createMany({ data: topics.flatMap((t, i) => [...new Set(t.unitIds)].map((unitId) => ({ topicId: rows[i].id, unitId }))) });
}

export async function createPlan(actor: Actor, input: PlanInput) {
  requirePermission(actor, "plan.manage");
  await checkUnits(actor.nodeId, input.topics);
  return db.$transaction(async (tx) => {
    const plan = await tx.infoPlan.create({ data: { nodeId: actor.nodeId, title: input.title, period: input.period, intro: input.intro, createdById: actor.id } });
    await writeTopics(tx, plan.id, input.topics);
    await audit(tx, { actorId: actor.id, action: "plan.create", entityType: "InfoPlan", entityId: plan.id, data: { title: plan.title, period: plan.period, topics: input.topics.length } });
    return plan;
  });
}

/** Why an update or publication touched nothing: gone, already published, or changed by someone. */
/** Inside the failed update's transaction: a query on `db` there would wait for a second pooled connection. */
async function whyNot(tx: Tx, nodeId: string, id: string): Promise<never> {
  const plan = await tx.infoPlan.findFirst({ where: { id, nodeId }, select: { publishedAt: true } });
  if (!plan) throw new NotFoundError("没有找到这份计划");
  if (plan.publishedAt) throw new ConflictError("这份计划已经发布，不能再改；要调整请另发一份计划");
  throw new ConflictError("别人刚改过这份计划，请刷新后再改（您填写的内容还在，可先复制留存）");
}

/** Only an unpublished plan, only from the version the form was opened on. Topics are replaced: no draft can link to an unpublished one. */
export async function updatePlan(actor: Actor, input: UpdatePlanInput) {
  requirePermission(actor, "plan.manage");
  if (!isUuid(input.id)) throw new NotFoundError("没有找到这份计划");
  await checkUnits(actor.nodeId, input.topics);
  return db.$transaction(async (tx) => {
    const { count } = await tx.infoPlan.updateMany({
      where: { id: input.id, nodeId: actor.nodeId, version: input.version, publishedAt: null },
      data: { title: input.title, period: input.period, intro: input.intro, version: { increment: 1 } },
    });
    if (count === 0) await whyNot(tx, actor.nodeId, input.id);
    await tx.planTopic.deleteMany({ where: { planId: input.id } });
    await writeTopics(tx, input.id, input.topics);
    await audit(tx, { actorId: actor.id, action: "plan.update", entityType: "InfoPlan", entityId: input.id, data: { title: input.title, period: input.period, topics: input.topics.length } });
    return tx.infoPlan.findUniqueOrThrow({ where: { id: input.id } });
  });
}

/** 发布: units concerned (named by a topic, or all for a 全县 topic) get a notice, officers and reviewers. */
export async function publishPlan(actor: Actor, input: { id: string; version: number }, now = new Date()) {
  requirePermission(actor, "plan.manage");
  if (!isUuid(input.id)) throw new NotFoundError("没有找到这份计划");
  return db.$transaction(async (tx) => {
    const { count } = await tx.infoPlan.updateMany({
      where: { id: input.id, nodeId: actor.nodeId, version: input.version, publishedAt: null },
      data: { publishedAt: now, version: { increment: 1 } },
    });
    if (count === 0) await whyNot(tx, actor.nodeId, input.id);
    const plan = await tx.infoPlan.findUniqueOrThrow({ where: { id: input.id }, include: { topics: { select: { units: { select: { unitId: true } } } } } });
    const wholeCounty = plan.topics.some((t) => t.units.length === 0);
    const unitIds = [...new Set(plan.topics.flatMap((t) => t.units.map((u) => u.unitId)))];
    const users = await tx.user.findMany({
      where: {
        active: true,
        roles: { hasSome: UNIT_ANSWERERS },
        unit: { active: true, ...rankedUnitsOf(plan.nodeId), ...(wholeCounty ? {} : { id: { in: unitIds } }) },
      },
      select: { id: true, unit: { select: { kind: true } } },
    });
    // A unit hears it from the 研究室; a lower 组织部, whose own office is a 研究室 too, from the department above.
    for (const desks of [false, true]) {
      await notify(
        tx,
        users.filter((u) => isDeskKind(u.unit.kind) === desks).map((u) => u.id),
        {
          kind: "PLAN_PUBLISHED",
          title: `${desks ? UNIT_KIND_LABELS[actor.nodeKind] : "研究室"}发布了${planPeriodLabel(plan.period)}信息计划${quote(plan.title)}`,
          body: `共${plan.topics.length}个选题，可据此写稿。`,
          href: `/plans/${plan.id}`,
          key: `plan:${plan.id}:published`,
        },
      );
    }
    await audit(tx, { actorId: actor.id, action: "plan.publish", entityType: "InfoPlan", entityId: plan.id, data: { notified: users.length } });
    return plan;
  });
}

/**
 * The plans of the actor's node: the research office sees every one, drafts included; leaders
 * the published ones. And for everyone, the published plans of the desk the unit reports to
 * with at least one topic meant for the unit (for a 组织部's own unit, the desk above's).
 */
function visibleWhere(actor: Actor): Prisma.InfoPlanWhereInput {
  requirePermission(actor, "plan.read");
  const meant = { publishedAt: { not: null }, topics: { some: concernsUnit(actor) } };
  if (managing(actor)) return { OR: [{ nodeId: actor.nodeId }, meant] };
  if (isNodeWide(actor, "plan.read")) return { OR: [{ nodeId: actor.nodeId, publishedAt: { not: null } }, meant] };
  return meant;
}

/** A topic title matching the search; a unit searches only the topics meant for it, never other units'. */
function topicSearch(actor: Actor, q: string): Prisma.PlanTopicWhereInput {
  const title = { title: { contains: q } };
  return { AND: [title, readableTopics(actor)] };
}

export async function listPlans(actor: Actor, opts: { page: number; q?: string; period?: string }) {
  const where: Prisma.InfoPlanWhereInput = {
    AND: [
      visibleWhere(actor),
      opts.q ? { OR: [{ title: { contains: opts.q } }, { topics: { some: topicSearch(actor, opts.q) } }] } : {},
      opts.period ? (opts.period.length === 4 ? { period: { startsWith: `${opts.period}-` } } : { period: opts.period }) : {},
    ],
  };
  return paginate(
    opts.page,
    () => db.infoPlan.count({ where }),
    (skip, take) =>
      db.infoPlan.findMany({
        where,
        orderBy: [{ period: "desc" }, { createdAt: "desc" }, { id: "asc" }],
        include: { _count: { select: { topics: true } }, createdBy: { select: { name: true } } },
        skip,
        take,
      }),
  );
}

/**
 * One plan with the topics this person may see (a unit: those meant for it), each with the units
 * it names (none: 全县). Invisible = 404. `fromAbove`: a plan of the desk above the node.
 */
export async function getPlan(actor: Actor, id: string) {
  const where = visibleWhere(actor);
  const plan = isUuid(id)
    ? await db.infoPlan.findFirst({
        where: { AND: [{ id }, where] },
        include: {
          topics: {
            where: readableTopics(actor),
            orderBy: [{ sortOrder: "asc" }, { id: "asc" }],
            include: { units: { select: { unit: { select: { id: true, name: true } } }, orderBy: [{ unit: { sortOrder: "asc" } }, { unit: { name: "asc" } }] } },
          },
          createdBy: { select: { name: true } },
          node: { select: { name: true, kind: true } },
        },
      })
    : null;
  if (!plan) throw new NotFoundError("没有找到这份计划");
  // A plan of the desk above, read by a 组织部 it concerns: only the topics meant for it.
  const fromAbove = plan.nodeId !== actor.nodeId;
  const topics = plan.topics.map(({ units, ...t }) => ({ ...t, unitIds: units.map((u) => u.unit.id) }));
  const unitNames = Object.fromEntries(plan.topics.flatMap((t) => t.units.map((u) => [u.unit.id, u.unit.name]))) as Record<string, string>;
  return { ...plan, fromAbove, topics, unitNames };
}

/** The unit's own drafts on the plan's topics, any status, for the unit's view. */
export async function unitPlanDrafts(actor: Actor, planId: string) {
  requirePermission(actor, "draft.read", { unitId: actor.unitId });
  return db.draft.findMany({
    where: { unitId: actor.unitId, planTopic: { planId } },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: { id: true, title: true, status: true, planTopicId: true, author: { select: { name: true } } },
  });
}

export type CoverageUnit = {
  unitId: string;
  name: string;
  /** 报送: drafts that reached the county. */
  submitted: number;
  /** 采用: adopted or published. */
  adopted: number;
  published: number;
  notAdopted: number;
  drafts: Array<{ id: string; title: string; status: DraftStatus }>;
};
export type TopicCoverage = {
  topicId: string;
  answered: CoverageUnit[];
  /** Targeted units (named, or every active submitting unit) with nothing forwarded on the topic. */
  missing: Array<{ unitId: string; name: string }>;
  totals: { submitted: number; adopted: number; published: number; notAdopted: number };
};

/** The office's view of a plan: per topic, who answered with what result, and who did not. Only drafts that reached the county count. */
export async function planCoverage(actor: Actor, planId: string): Promise<TopicCoverage[]> {
  requireNodeWide(actor, "plan.read");
  const plan = await getPlan(actor, planId);
  if (plan.fromAbove) throw new NotFoundError("没有找到这份计划");
  const [units, drafts] = await Promise.all([
    db.unit.findMany({ where: rankedUnitsOf(actor.nodeId), orderBy: [{ rankGroup: "asc" }, { sortOrder: "asc" }, { name: "asc" }], select: { id: true, name: true, active: true } }),
    db.draft.findMany({
      where: { planTopic: { planId: plan.id }, forwardedAt: { not: null } },
      orderBy: [{ forwardedAt: "asc" }, { id: "asc" }],
      select: { id: true, title: true, status: true, unitId: true, planTopicId: true },
    }),
  ]);
  return plan.topics.map((topic) => {
    const mine = drafts.filter((d) => d.planTopicId === topic.id);
    const targeted = units.filter((u) => (topic.unitIds.length ? topic.unitIds.includes(u.id) : u.active));
    const answered = units
      .map((u) => {
        const ds = mine.filter((d) => d.unitId === u.id);
        return {
          unitId: u.id,
          name: u.name,
          submitted: ds.length,
          adopted: ds.filter((d) => d.status === "ADOPTED" || d.status === "PUBLISHED").length,
          published: ds.filter((d) => d.status === "PUBLISHED").length,
          notAdopted: ds.filter((d) => d.status === "NOT_ADOPTED").length,
          drafts: ds.map((d) => ({ id: d.id, title: d.title, status: d.status })),
        };
      })
      .filter((u) => u.submitted > 0);
    const sum = (k: "submitted" | "adopted" | "published" | "notAdopted") => answered.reduce((s, u) => s + u[k], 0);
    return {
      topicId: topic.id,
      answered,
      missing: targeted.filter((u) => !answered.some((a) => a.unitId === u.id)).map((u) => ({ unitId: u.id, name: u.name })),
      totals: { submitted: sum("submitted"), adopted: sum("adopted"), published: sum("published"), notAdopted: sum("notAdopted") },
    };
  });
}
