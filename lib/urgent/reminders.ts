/**
 * 紧急信息 reminders: an hour before the due time to the unit while no written report has
 * come, and once the due time has passed: a late case (no report yet, or one that came after
 * the due time) is marked late, the unit, the research office and the leaders are told, and
 * the deduction is written once. Lateness is judged from the report's own time, never from
 * when the sweep happened to run.
 */
import "server-only";
import type { Tx } from "@/lib/db";
import { audit } from "@/lib/audit";
import type { Reminder } from "@/lib/generated/prisma/client";
import type { ReminderHandler } from "@/lib/reminders/reminder-handler";
import { notify, deskUserIds, unitUserIds } from "@/lib/notifications/notify";
import { scheduleReminder } from "@/lib/reminders/schedule";
import { writeAutoDeduction } from "@/lib/scores/auto-deduction";
import { formatLocal, formatLocalTime, isLate } from "./clock";
import { quote } from "@/lib/quote";

export const URGENT_DUE_SOON = "URGENT_DUE_SOON";
export const URGENT_OVERDUE = "URGENT_OVERDUE";

const HOUR = 60 * 60 * 1000;
const keyOf = (caseId: string, what: string) => `urgent-case:${caseId}:${what}`;
export const dueSoonKey = (caseId: string) => keyOf(caseId, "due-1h");

/**
 * Adds the two reminders of a case. The deadline is inclusive, so the overdue check runs a
 * second after it: a sweep at the due time itself must not settle a case that may still be
 * reported in time. A reminder whose time is already past is left out (due-soon) or fires
 * on the next sweep (overdue).
 */
export async function scheduleUrgentReminders(tx: Tx, c: { id: string; dueAt: Date }, now: Date): Promise<void> {
  const soon = new Date(c.dueAt.getTime() - HOUR);
  if (soon > now) await scheduleReminder(tx, { key: dueSoonKey(c.id), kind: URGENT_DUE_SOON, subjectId: c.id, fireAt: soon });
  await scheduleReminder(tx, { key: keyOf(c.id, "overdue"), kind: URGENT_OVERDUE, subjectId: c.id, fireAt: new Date(c.dueAt.getTime() + 1000) });
}

const loadCase = (tx: Tx, id: string) => tx.urgentCase.findUnique({ where: { id }, include: { unit: { select: { name: true } } } });

async function dueSoon(tx: Tx, reminder: Reminder, _now: Date) {
  const c = await loadCase(tx, reminder.subjectId);
  if (!c || c.closedAt || c.firstReportAt) return;
  await notify(tx, await unitUserIds(tx, c.unitId, ["OFFICER", "REVIEWER"]), {
    kind: "URGENT_DUE",
    title: `紧急信息${quote(c.title)}还有1小时到报送时限`,
    body: `请于${formatLocalTime(c.dueAt)}前报送书面信息。`,
    href: `/urgent/${c.id}`,
    key: reminder.key,
  });
}

async function overdue(tx: Tx, reminder: Reminder, now: Date) {
  const c = await loadCase(tx, reminder.subjectId);
  if (!c || !isLate(c, now)) return;
  const { count } = await tx.urgentCase.updateMany({ where: { id: c.id, lateAt: null }, data: { lateAt: now } });
  const href = `/urgent/${c.id}`;
  const reported = c.firstReportAt !== null;
  await notify(tx, await unitUserIds(tx, c.unitId, ["OFFICER", "REVIEWER"]), {
    kind: "URGENT_OVERDUE",
    title: reported ? `紧急信息${quote(c.title)}书面报告超过时限，记为迟报` : `紧急信息${quote(c.title)}已超过报送时限，本单位还没有书面报告`,
    body: `时限是${formatLocal(c.dueAt)}。${reported ? "" : "请立即报送；"}迟报按本年度积分规则扣分。`,
    href,
    key: reminder.key,
  });
  await notify(tx, await deskUserIds(tx, c.unitId, ["EDITOR", "LEADER"]), {
    kind: "URGENT_OVERDUE",
    title: reported ? `${c.unit.name}紧急信息迟报` : `${c.unit.name}紧急信息超时未报`,
    body: `${quote(c.title)}，事发${formatLocal(c.eventAt)}，时限${formatLocal(c.dueAt)}。`,
    href,
    key: reminder.key,
  });
  const deducted = await writeAutoDeduction(tx, {
    code: "DEDUCT_LATE_URGENT",
    unitId: c.unitId,
    sourceType: "URGENT_CASE",
    sourceId: c.id,
    occurredAt: c.dueAt,
  });
  if (count > 0 || deducted) {
    await audit(tx, { actorId: null, unitId: c.unitId, action: "urgent.late", entityType: "UrgentCase", entityId: c.id, data: { unitId: c.unitId, dueAt: c.dueAt.toISOString(), deducted } });
  }
}

export const URGENT_HANDLERS: Record<string, ReminderHandler> = { [URGENT_DUE_SOON]: dueSoon, [URGENT_OVERDUE]: overdue };
