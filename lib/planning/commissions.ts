/**
 * 约稿: the research office asks chosen units for a piece by a deadline; each unit's share
 * (CommissionTarget) is handed by the unit's reviewer to an officer, and is answered by a
 * draft. Where a unit stands is always worked out by answerStatus, never stored. A commission
 * is its 组织部's (nodeId) and goes only to units reporting to it: another node's does not exist.
 */
import "server-only";
import { rankedUnitsOf } from "@/lib/units/where";
import { db, type Tx } from "@/lib/db";
import { audit } from "@/lib/audit";
import { can, isNodeWide, requirePermission, unitWhere, type Actor } from "@/lib/authz/permissions";
import { ConflictError, DomainError, NotFoundError, ValidationError } from "@/lib/errors";
import { isUuid } from "@/lib/ids";
import { notify, unitUserIds, UNIT_ANSWERERS } from "@/lib/notifications/notify";
import { isDeskKind, UNIT_KIND_LABELS } from "@/lib/units/labels";
import { cancelReminders } from "@/lib/reminders/schedule";
import { canSeeDraft } from "@/lib/drafts/capabilities";
import { paginate } from "@/lib/paging";
import { formatIsoDate, shanghaiDate, formatMonthDay } from "@/lib/time";
import type { AssignCommissionInput, CancelCommissionInput, CommissionFilter, CommissionInput } from "@/lib/validation/commission";
import { ANSWER_STATUSES, answerStatus, answeredLate, isOpen, type AnswerStatus, type AnsweringDraft, type AnswerTo } from "./answer-status";
import { scheduleCommissionReminders } from "./commission-reminders";
import { reverseSourceEntries } from "@/lib/scores/ledger";
import { activeOfficerOf, officerChoices } from "./officers";
import { quote } from "@/lib/quote";

/**
 * A deadline day already over in China by the use case's own clock (the form's schema checks
 * against the server's clock when parsing; a test or a late request may carry another `now`).
 */
export function assertNotPast(dueOn: string, now: Date, label = "截止日期"): void {
  if (dueOn < shanghaiDate(now)) throw new ValidationError({ dueOn: `${label}不能早于今天` });
}

/** Units a commission can go to: the active ranked units reporting to the office's 组织部. */
const commissionable = (nodeId: string) => ({ active: true, ...rankedUnitsOf(nodeId) });

/** The choices for a new commission, with their ranking group (the form lists them group by group). */
export async function commissionUnitChoices(actor: Actor) {
  return db.unit.findMany({
    where: commissionable(actor.nodeId),
    orderBy: [{ sortOrder: "asc" }, { name: "asc" }],
    select: { id: true, name: true, rankGroup: true },
  });
}

export async function createCommission(actor: Actor, input: CommissionInput, now = new Date()) {
  requirePermission(actor, "commission.manage");
  assertNotPast(input.dueOn, now);
  const units = await db.unit.findMany({ where: { id: { in: input.unitIds }, ...commissionable(actor.nodeId) } });
  if (units.length !== input.unitIds.length) throw new ValidationError({ unitIds: "所选单位不存在或已停用" });

  return db.$transaction(async (tx) => {
    const commission = await tx.commission.create({
      data: { nodeId: actor.nodeId, title: input.title, guidance: input.guidance, wordLimit: input.wordLimit, kind: input.kind, dueOn: new Date(input.dueOn), createdById: actor.id },
    });
    const href = `/commissions/${commission.id}`;
    for (const unit of units) {
      const target = await tx.commissionTarget.create({ data: { commissionId: commission.id, unitId: unit.id } });
      await scheduleCommissionReminders(tx, target.id, input.dueOn, now);
      const desk = isDeskKind(unit.kind);
      await notify(tx, await unitUserIds(tx, unit.id, UNIT_ANSWERERS), {
        kind: "COMMISSION_PUBLISHED",
        title: `${desk ? UNIT_KIND_LABELS[actor.nodeKind] : "研究室"}约稿：${quote(input.title)}`,
        body: `请于${formatMonthDay(input.dueOn)}前报送${input.wordLimit ? `，${input.wordLimit}字以内` : ""}。${desk ? "" : "组织委员请指定信息员撰写。"}`,
        href,
        key: `commission-target:${target.id}:published`,
      });
    }
    await audit(tx, {
      actorId: actor.id,
      action: "commission.create",
      entityType: "Commission",
      entityId: commission.id,
      data: { title: input.title, dueOn: input.dueOn, unitIds: units.map((u) => u.id) },
    });
    return commission;
  });
}

/** 撤销: the commission stays with its reason; the units are told and their reminders dropped. */
export async function cancelCommission(actor: Actor, input: CancelCommissionInput, now = new Date()) {
  requirePermission(actor, "commission.manage");
  return db.$transaction(async (tx) => {
    const { count } = await tx.commission.updateMany({ where: { id: input.id, nodeId: actor.nodeId, cancelledAt: null }, data: { cancelledAt: now, cancelReason: input.reason } });
    if (count === 0) {
      const exists = await tx.commission.findFirst({ where: { id: input.id, nodeId: actor.nodeId }, select: { id: true } });
      throw exists ? new ConflictError("这个约稿已经撤销了，请刷新页面") : new NotFoundError("没有找到这个约稿");
    }
    const c = await tx.commission.findUniqueOrThrow({ where: { id: input.id }, include: { targets: true } });
    // A 约稿 withdrawn after its deadline takes back the deductions it caused.
    const reversed = await reverseSourceEntries(tx, "COMMISSION_TARGET", c.targets.map((t) => t.id), actor.id);
    for (const t of c.targets) {
      await cancelReminders(tx, t.id);
      await notify(tx, await unitUserIds(tx, t.unitId, UNIT_ANSWERERS), {
        kind: "COMMISSION_CANCELLED",
        title: `约稿${quote(c.title)}已撤销`,
        body: `撤销原因：${input.reason}`,
        href: `/commissions/${c.id}`,
        key: `commission-target:${t.id}:cancelled`,
      });
    }
    await audit(tx, { actorId: actor.id, action: "commission.cancel", entityType: "Commission", entityId: c.id, data: { reason: input.reason, reversedDeductions: reversed } });
  });
}

async function nameOf(tx: Tx, id: string | null) {
  if (!id) return "";
  return (await tx.user.findUnique({ where: { id }, select: { name: true } }))?.name ?? "";
}

/**
 * 分派: the unit's reviewer hands its share to an active officer of the unit. The checks that
 * the commission is not cancelled and the share not yet answered are made inside the
 * transaction, together with the conditional update: a cancellation or a submission that
 * lands after the page was read (or after a first look) cannot be overtaken by the 分派.
 */
export async function assignCommission(actor: Actor, input: AssignCommissionInput, now = new Date()) {
  const target = await db.commissionTarget.findUnique({ where: { id: input.targetId }, include: { commission: true } });
  if (!target || target.commission.nodeId !== actor.nodeId) throw new NotFoundError("没有找到这个约稿");
  requirePermission(actor, "commission.assign", { unitId: target.unitId });
  const dueOn = formatIsoDate(target.commission.dueOn);
  const officer = await db.user.findFirst({ where: { id: input.assigneeId, ...activeOfficerOf(target.unitId) } });
  if (!officer) throw new ValidationError({ assigneeId: "请选择本单位在岗的信息员" });

  return db.$transaction(async (tx) => {
    const { count } = await tx.commissionTarget.updateMany({
      where: { id: target.id, assigneeId: input.expectedAssigneeId, commission: { cancelledAt: null } },
      data: { assigneeId: officer.id, assignedById: actor.id, assignedAt: now },
    });
    if (count === 0) {
      const current = await tx.commissionTarget.findUniqueOrThrow({ where: { id: target.id }, include: { commission: { select: { cancelledAt: true } } } });
      if (current.commission.cancelledAt) throw new DomainError("这个约稿已撤销，不需要再分派");
      const [by, to] = [await nameOf(tx, current.assignedById), await nameOf(tx, current.assigneeId)];
      throw new ConflictError(to ? `已由${by || "他人"}分派给${to}，如需改派请刷新后重试` : "分派情况已变化，请刷新后重试");
    }
    // Read after the row is taken: an answer submitted meanwhile is seen, and the update rolls back.
    const drafts = await tx.draft.findMany({ where: { commissionTargetId: target.id }, select: { status: true, submittedAt: true, forwardedAt: true } });
    if (!isOpen(answerStatus(drafts, dueOn, shanghaiDate(now)))) throw new DomainError("本单位已经报送了这个约稿，不需要再分派");
    await notify(tx, [officer.id], {
      kind: "COMMISSION_ASSIGNED",
      title: `请撰写约稿${quote(target.commission.title)}`,
      body: `组织委员交给您撰写，请于${formatMonthDay(dueOn)}前报送。`,
      href: `/commissions/${target.commissionId}`,
      key: `commission-target:${target.id}:assigned:${now.getTime()}`,
    });
    await audit(tx, {
      actorId: actor.id,
      action: "commission.assign",
      entityType: "CommissionTarget",
      entityId: target.id,
      data: { from: input.expectedAssigneeId, to: officer.id },
    });
  });
}

// ---- reading ----

const answerDrafts = {
  select: {
    id: true,
    title: true,
    status: true,
    unitId: true,
    submittedAt: true,
    forwardedAt: true,
    author: { select: { name: true } },
  },
  orderBy: { createdAt: "asc" as const },
};

type TargetWithDrafts = { drafts: Array<AnsweringDraft & { events?: Array<{ createdAt: Date }> }> };

/**
 * Status and the 逾期报送 flag of one unit's share (`to` "county"), or of a 点题 (`to` "unit",
 * whose answer arrives when it is first submitted: pass the drafts' first SUBMIT event).
 */
export function shareState(t: TargetWithDrafts, dueOn: Date, today: string, to: AnswerTo = "county") {
  const due = formatIsoDate(dueOn);
  const status = answerStatus(t.drafts, due, today, to);
  const arrivals = to === "county" ? t.drafts : t.drafts.map((d) => ({ status: d.status, forwardedAt: d.events?.[0]?.createdAt ?? null }));
  return { status, late: status !== "OVERDUE" && answeredLate(arrivals, due) };
}

/** "已报送 3 · 未响应 2 · 逾期 1": the non-zero counts in a fixed order. */
export function countStatuses(statuses: AnswerStatus[]) {
  const counts = Object.fromEntries(ANSWER_STATUSES.map((s) => [s, 0])) as Record<AnswerStatus, number>;
  for (const s of statuses) counts[s]++;
  return counts;
}

function filterWhere(state: CommissionFilter | undefined, today: Date) {
  if (state === "cancelled") return { cancelledAt: { not: null } };
  if (state === "open") return { cancelledAt: null, dueOn: { gte: today } };
  if (state === "closed") return { cancelledAt: null, dueOn: { lt: today } };
  return {};
}

/** The county's list: every commission of the node with how many units stand where. */
export async function listCommissions(actor: Actor, opts: { q?: string; state?: CommissionFilter; page: number }, now = new Date()) {
  requirePermission(actor, "commission.read");
  // The county's list does not exist for a unit, as another unit's commission does not.
  if (!isNodeWide(actor, "commission.read")) throw new NotFoundError();
  const today = shanghaiDate(now);
  const where = { nodeId: actor.nodeId, ...filterWhere(opts.state, new Date(today)), ...(opts.q ? { title: { contains: opts.q } } : {}) };
  const page = await paginate(
    opts.page,
    () => db.commission.count({ where }),
    (skip, take) =>
      db.commission.findMany({
        where,
        orderBy: [{ createdAt: "desc" }, { id: "asc" }],
        include: { createdBy: { select: { name: true } }, targets: { include: { drafts: { select: { status: true, forwardedAt: true } } } } },
        skip,
        take,
      }),
  );
  return {
    ...page,
    rows: page.rows.map(({ targets, ...c }) => ({ ...c, units: targets.length, counts: countStatuses(targets.map((t) => answerStatus(t.drafts, formatIsoDate(c.dueOn), today))) })),
  };
}

/**
 * A unit's list: its shares of every commission, newest first. A 组织部's own unit has shares
 * too: those the desk above asked of it (上级约稿).
 */
export async function listUnitShares(actor: Actor, opts: { q?: string; page: number }, now = new Date()) {
  requirePermission(actor, "commission.read", { unitId: actor.unitId });
  const today = shanghaiDate(now);
  const where = { unitId: actor.unitId, ...(opts.q ? { commission: { title: { contains: opts.q } } } : {}) };
  const page = await paginate(
    opts.page,
    () => db.commissionTarget.count({ where }),
    (skip, take) =>
      db.commissionTarget.findMany({
        where,
        orderBy: [{ commission: { createdAt: "desc" } }, { id: "asc" }],
        include: { commission: { include: { node: { select: { name: true } } } }, assignee: { select: { name: true } }, drafts: answerDrafts },
        skip,
        take,
      }),
  );
  return { ...page, rows: page.rows.map((t) => ({ ...t, ...shareState(t, t.commission.dueOn, today) })) };
}

/**
 * One commission; a unit sees only its own row, and a commission not sent to it does not exist
 * for it. The node's office and leaders see every row of the node's commissions, and only their
 * own unit's row of one the desk above sent them (`fromAbove`).
 */
export async function getCommission(actor: Actor, id: string, now = new Date()) {
  const targetsWhere = unitWhere(actor, "commission.read");
  if (!isUuid(id)) throw new NotFoundError("没有找到这个约稿");
  const c = await db.commission.findFirst({
    where: { id, OR: [{ nodeId: actor.nodeId }, { targets: { some: { unitId: actor.unitId } } }] },
    include: {
      node: { select: { name: true } },
      createdBy: { select: { name: true } },
      targets: {
        where: { AND: [targetsWhere, { OR: [{ commission: { nodeId: actor.nodeId } }, { unitId: actor.unitId }] }] },
        include: { unit: { select: { name: true, sortOrder: true } }, assignee: { select: { name: true } }, drafts: answerDrafts },
        orderBy: [{ unit: { sortOrder: "asc" } }, { unit: { name: "asc" } }],
      },
    },
  });
  const fromAbove = !!c && c.nodeId !== actor.nodeId;
  const county = isNodeWide(actor, "commission.read") && !fromAbove;
  if (!c || (!county && c.targets.length === 0)) throw new NotFoundError("没有找到这个约稿");
  const today = shanghaiDate(now);
  const targets = c.targets.map((t) => ({
    ...t,
    ...shareState(t, c.dueOn, today),
    // County roles see a draft only once it has reached the county; the unit sees its own.
    drafts: t.drafts.map((d) => ({ ...d, visible: canSeeDraft(actor, d) })),
  }));
  const officers = can(actor, "commission.assign") ? await officerChoices(actor.unitId) : [];
  return { ...c, fromAbove, dueOnText: formatIsoDate(c.dueOn), targets, counts: countStatuses(targets.map((t) => t.status)), officers };
}
