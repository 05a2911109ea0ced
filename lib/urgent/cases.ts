/**
 * 紧急信息 use cases. A case is an urgent event of one unit: opened by the unit (报告紧急情况)
 * or by the research office from a phone call (登记电话报告); its clock runs from the event to
 * the first written report (lib/drafts/move-effects.ts stops it); the office closes it (办结).
 * The due time is fixed when the case is opened, so a later change of the setting moves no
 * running clock.
 */
import "server-only";
import { db, type Tx } from "@/lib/db";
import { audit } from "@/lib/audit";
import { isNodeWide, requirePermission, type Actor } from "@/lib/authz/permissions";
import { ConflictError, NotFoundError, ValidationError } from "@/lib/errors";
import { isUuid } from "@/lib/ids";
import { notify, deskUserIds, unitUserIds } from "@/lib/notifications/notify";
import { dueAtOf, formatLocal, formatLocalTime, parseLocal } from "./clock";
import { scheduleUrgentReminders } from "./reminders";
import type { AddPhoneReportInput, OpenCaseInput, PhoneReportInput } from "./schemas";
import { quote } from "@/lib/quote";
import { readCheckSettings } from "@/lib/admin/check-settings";

const MINUTE = 60 * 1000;
/** Clocks of phones and servers differ a little; more than this ahead is a typing mistake. */
const FUTURE_SLACK_MS = 5 * MINUTE;
const MAX_AGE_MS = 7 * 24 * 60 * MINUTE;


function eventTime(value: string, now: Date): Date {
  const at = parseLocal(value);
  if (!at) throw new ValidationError({ eventAt: "时间格式不对，请重新选择" });
  if (at.getTime() > now.getTime() + FUTURE_SLACK_MS) throw new ValidationError({ eventAt: "事发时间不能晚于现在" });
  if (at.getTime() < now.getTime() - MAX_AGE_MS) throw new ValidationError({ eventAt: "事发已超过7天，请按一般信息报送" });
  return at;
}

function phoneTime(value: string, eventAt: Date, now: Date): Date {
  const at = parseLocal(value);
  if (!at) throw new ValidationError({ reportedAt: "时间格式不对，请重新选择" });
  if (at.getTime() > now.getTime() + FUTURE_SLACK_MS) throw new ValidationError({ reportedAt: "报告时间不能晚于现在" });
  if (at < eventAt) throw new ValidationError({ reportedAt: "报告时间不能早于事发时间" });
  return at;
}

/** A unit reporting to the office's 组织部: another node's unit is as unknown as a missing one. */
async function submittingUnit(tx: Tx, actor: Actor, unitId: string | undefined) {
  const unit = unitId && isUuid(unitId) ? await tx.unit.findFirst({ where: { id: unitId, deskId: actor.nodeId } }) : null;
  if (!unit) throw new ValidationError({ unitId: "请从列表中选择报送单位" });
  if (!unit.active) throw new ValidationError({ unitId: "这个单位已停用" });
  return unit;
}

type NewCase = { unitId: string; title: string; eventAt: Date; phone?: { reporter: string; reportedAt: Date; summary: string } };

async function createCase(tx: Tx, actor: Actor, input: NewCase, now: Date) {
  const dueAt = dueAtOf(input.eventAt, (await readCheckSettings(tx)).urgentHours);
  const c = await tx.urgentCase.create({
    data: {
      unitId: input.unitId,
      title: input.title,
      eventAt: input.eventAt,
      dueAt,
      createdById: actor.id,
      ...(input.phone
        ? { phoneReporter: input.phone.reporter, phoneReportedAt: input.phone.reportedAt, phoneSummary: input.phone.summary, phoneLoggedById: actor.id }
        : {}),
    },
    include: { unit: { select: { name: true } } },
  });
  await scheduleUrgentReminders(tx, c, now);
  return c;
}

/** The unit hears from the office: write it up by the due time. */
async function tellUnit(tx: Tx, c: { id: string; unitId: string; title: string; dueAt: Date }, how: "opened" | "phone") {
  const what = how === "phone" ? "接到电话报告的" : "登记了";
  await notify(tx, await unitUserIds(tx, c.unitId, ["OFFICER", "REVIEWER"]), {
    kind: "URGENT_PHONE",
    title: `研究室${what}紧急情况${quote(c.title)}，请于${formatLocalTime(c.dueAt)}前报送书面信息`,
    body: `书面报告时限：${formatLocal(c.dueAt)}。`,
    href: `/urgent/${c.id}`,
    key: `urgent-case:${c.id}:told-${how}`,
  });
}

/** 报告紧急情况. A unit opens it for itself; the research office names the unit. */
export async function openUrgentCase(actor: Actor, input: OpenCaseInput, now = new Date()) {
  requirePermission(actor, "urgent.report");
  const eventAt = eventTime(input.eventAt, now);
  const county = isNodeWide(actor, "urgent.report");
  return db.$transaction(async (tx) => {
    const unit = county ? await submittingUnit(tx, actor, input.unitId) : { id: actor.unitId };
    const c = await createCase(tx, actor, { unitId: unit.id, title: input.title, eventAt }, now);
    await audit(tx, { actorId: actor.id, action: "urgent.open", entityType: "UrgentCase", entityId: c.id, data: { unitId: c.unitId, eventAt: c.eventAt.toISOString(), dueAt: c.dueAt.toISOString() } });
    if (county) await tellUnit(tx, c, "opened");
    else {
      await notify(tx, await deskUserIds(tx, c.unitId, ["EDITOR"]), {
        kind: "URGENT_OPEN",
        title: `${c.unit.name}报告紧急情况：${c.title}`,
        body: `事发${formatLocal(c.eventAt)}，书面报告时限${formatLocal(c.dueAt)}。`,
        href: `/urgent/${c.id}`,
        key: `urgent-case:${c.id}:opened`,
      });
    }
    return c;
  });
}

/** 登记电话报告: the office writes down a unit's phone call; it opens the case and starts the clock. */
export async function logPhoneReport(actor: Actor, input: PhoneReportInput, now = new Date()) {
  requirePermission(actor, "urgent.manage");
  const eventAt = eventTime(input.eventAt, now);
  const reportedAt = phoneTime(input.reportedAt, eventAt, now);
  return db.$transaction(async (tx) => {
    const unit = await submittingUnit(tx, actor, input.unitId);
    const phone = { reporter: input.reporter, reportedAt, summary: input.summary };
    const c = await createCase(tx, actor, { unitId: unit.id, title: input.title, eventAt, phone }, now);
    await audit(tx, { actorId: actor.id, action: "urgent.phone", entityType: "UrgentCase", entityId: c.id, data: { unitId: c.unitId, reporter: input.reporter, reportedAt: reportedAt.toISOString() } });
    await tellUnit(tx, c, "phone");
    return c;
  });
}

/** 补登电话报告 on a case the unit opened itself (one phone report per case). */
export async function addPhoneReport(actor: Actor, input: AddPhoneReportInput, now = new Date()) {
  requirePermission(actor, "urgent.manage");
  return db.$transaction(async (tx) => {
    const c = isUuid(input.caseId) ? await tx.urgentCase.findUnique({ where: { id: input.caseId } }) : null;
    if (!c) throw new NotFoundError("没有找到这件紧急信息");
    requirePermission(actor, "urgent.manage", c);
    const reportedAt = phoneTime(input.reportedAt, c.eventAt, now);
    const { count } = await tx.urgentCase.updateMany({
      where: { id: c.id, closedAt: null, phoneReportedAt: null },
      data: { phoneReporter: input.reporter, phoneReportedAt: reportedAt, phoneSummary: input.summary, phoneLoggedById: actor.id },
    });
    if (count === 0) throw new ConflictError(c.closedAt ? "这件紧急信息已办结" : "这件紧急信息已经登记过电话报告");
    await audit(tx, { actorId: actor.id, action: "urgent.phone", entityType: "UrgentCase", entityId: c.id, data: { reporter: input.reporter, reportedAt: reportedAt.toISOString() } });
  });
}

/** 办结. Of two people closing at once, one does it and the other is told it is already closed. */
export async function closeUrgentCase(actor: Actor, input: { id: string }, now = new Date()) {
  requirePermission(actor, "urgent.manage");
  if (!isUuid(input.id)) throw new NotFoundError("没有找到这件紧急信息");
  return db.$transaction(async (tx) => {
    // Another node's case is not found, closed or not.
    const c = await tx.urgentCase.findUnique({ where: { id: input.id }, select: { unitId: true } });
    if (!c) throw new NotFoundError("没有找到这件紧急信息");
    requirePermission(actor, "urgent.manage", c);
    const { count } = await tx.urgentCase.updateMany({ where: { id: input.id, closedAt: null }, data: { closedAt: now, closedById: actor.id } });
    if (count === 0) throw new ConflictError("这件紧急信息已办结");
    // The reminders stay: the overdue one still judges a case closed after its due time without a report.
    await audit(tx, { actorId: actor.id, action: "urgent.close", entityType: "UrgentCase", entityId: input.id });
  });
}
