/**
 * 点题: a unit's reviewer gives one of the unit's officers a topic to write up by a date.
 * The officer sees only their own topics, the reviewer the unit's, the county all of them.
 */
import "server-only";
import { db } from "@/lib/db";
import { audit } from "@/lib/audit";
import { requirePermission, scopeOf, unitWhere, type Actor } from "@/lib/authz/permissions";
import { ConflictError, DomainError, NotFoundError, ValidationError } from "@/lib/errors";
import { isUuid } from "@/lib/ids";
import { notify } from "@/lib/notifications/notify";
import { cancelReminders } from "@/lib/reminders/schedule";
import { canSeeDraft } from "@/lib/drafts/capabilities";
import { paginate } from "@/lib/paging";
import { formatIsoDate, shanghaiDate, formatMonthDay } from "@/lib/time";
import type { CancelTopicInput, TopicInput } from "@/lib/validation/commission";
import { ANSWERED } from "./answer-status";
import { activeOfficerOf, officerChoices } from "./officers";
import { assertNotPast, shareState } from "./commissions";
import { scheduleTopicReminders } from "./topic-reminders";
import { quote } from "@/lib/quote";

/** Active officers of the reviewer's unit, for the 点题 and 分派 pickers. */
export async function unitOfficers(actor: Actor) {
  requirePermission(actor, "commission.assign", { unitId: actor.unitId });
  return officerChoices(actor.unitId);
}

export async function createTopic(actor: Actor, input: TopicInput, now = new Date()) {
  requirePermission(actor, "commission.assign", { unitId: actor.unitId });
  assertNotPast(input.dueOn, now, "完成日期");
  const officer = await db.user.findFirst({ where: { id: input.assigneeId, ...activeOfficerOf(actor.unitId) } });
  if (!officer) throw new ValidationError({ assigneeId: "请选择本单位在岗的信息员" });
  return db.$transaction(async (tx) => {
    const topic = await tx.topicAssignment.create({
      data: { unitId: actor.unitId, assigneeId: officer.id, assignedById: actor.id, title: input.title, guidance: input.guidance, dueOn: new Date(input.dueOn) },
    });
    await scheduleTopicReminders(tx, topic.id, input.dueOn, now);
    await notify(tx, [officer.id], {
      kind: "TOPIC_ASSIGNED",
      title: `组织委员给您点题：${quote(input.title)}`,
      body: `请于${formatMonthDay(input.dueOn)}前成稿。`,
      href: `/topics/${topic.id}`,
      key: `topic:${topic.id}:assigned`,
    });
    await audit(tx, { actorId: actor.id, action: "topic.create", entityType: "TopicAssignment", entityId: topic.id, data: { title: input.title, assigneeId: officer.id, dueOn: input.dueOn } });
    return topic;
  });
}

/**
 * 撤销 an open topic; one that already has a submitted answer stays. Whether it is answered is
 * part of the conditional update itself, so a draft submitted between a first look and the
 * cancellation is seen and nothing is cancelled.
 */
export async function cancelTopic(actor: Actor, input: CancelTopicInput, now = new Date()) {
  const topic = await db.topicAssignment.findUnique({ where: { id: input.id } });
  if (!topic) throw new NotFoundError("没有找到这个点题");
  requirePermission(actor, "commission.assign", { unitId: topic.unitId });
  if (topic.cancelledAt) throw new ConflictError("这个点题已经撤销了，请刷新页面");
  await db.$transaction(async (tx) => {
    const { count } = await tx.topicAssignment.updateMany({
      where: { id: topic.id, cancelledAt: null, drafts: { none: { status: { in: ANSWERED.unit } } } },
      data: { cancelledAt: now },
    });
    if (count === 0) {
      const current = await tx.topicAssignment.findUniqueOrThrow({ where: { id: topic.id }, select: { cancelledAt: true } });
      throw current.cancelledAt ? new ConflictError("这个点题已经撤销了，请刷新页面") : new DomainError("已经报送的点题不能撤销");
    }
    await cancelReminders(tx, topic.id);
    await notify(tx, [topic.assigneeId], { kind: "TOPIC_CANCELLED", title: `点题${quote(topic.title)}已撤销`, href: `/topics/${topic.id}`, key: `topic:${topic.id}:cancelled` });
    await audit(tx, { actorId: actor.id, action: "topic.cancel", entityType: "TopicAssignment", entityId: topic.id });
  });
}

/** Which topics a person may see: the county all, a reviewer the unit's, an officer their own. */
function visibleWhere(actor: Actor) {
  const where = unitWhere(actor, "topic.read");
  return scopeOf(actor, "topic.read") === "self" ? { ...where, assigneeId: actor.id } : where;
}

const topicDrafts = {
  select: {
    id: true,
    title: true,
    status: true,
    unitId: true,
    submittedAt: true,
    forwardedAt: true,
    events: { where: { action: "SUBMIT" as const }, orderBy: { createdAt: "asc" as const }, take: 1, select: { createdAt: true } },
  },
  orderBy: { createdAt: "asc" as const },
};

export async function listTopics(actor: Actor, opts: { q?: string; page: number }, now = new Date()) {
  const where = { ...visibleWhere(actor), ...(opts.q ? { title: { contains: opts.q } } : {}) };
  const today = shanghaiDate(now);
  const page = await paginate(
    opts.page,
    () => db.topicAssignment.count({ where }),
    (skip, take) =>
      db.topicAssignment.findMany({
        where,
        orderBy: [{ createdAt: "desc" }, { id: "asc" }],
        include: { unit: { select: { name: true } }, assignee: { select: { name: true } }, assignedBy: { select: { name: true } }, drafts: topicDrafts },
        skip,
        take,
      }),
  );
  return { ...page, rows: page.rows.map((t) => ({ ...t, ...shareState(t, t.dueOn, today, "unit") })) };
}

export async function getTopic(actor: Actor, id: string, now = new Date()) {
  const where = visibleWhere(actor);
  const t = isUuid(id)
    ? await db.topicAssignment.findFirst({
        where: { id, ...where },
        include: { unit: { select: { name: true } }, assignee: { select: { name: true } }, assignedBy: { select: { name: true } }, drafts: topicDrafts },
      })
    : null;
  if (!t) throw new NotFoundError("没有找到这个点题");
  return {
    ...t,
    ...shareState(t, t.dueOn, shanghaiDate(now), "unit"),
    dueOnText: formatIsoDate(t.dueOn),
    drafts: t.drafts.map((d) => ({ ...d, visible: canSeeDraft(actor, d) })),
  };
}
