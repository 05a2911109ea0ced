/**
 * 约稿 reminders: 3 days and 1 day before the deadline to whoever must write it, and when
 * the deadline day is over without a submitted answer: the target is marked overdue, the
 * unit, the research office and the leaders are told, and the year's deduction is written once.
 */
import "server-only";
import type { Tx } from "@/lib/db";
import { audit } from "@/lib/audit";
import type { Reminder } from "@/lib/generated/prisma/client";
import { notify, deskUserIds, unitUserIds } from "@/lib/notifications/notify";
import { scheduleReminder } from "@/lib/reminders/schedule";
import { writeAutoDeduction } from "@/lib/scores/auto-deduction";
import { formatIsoDate, formatMonthDay, shanghaiDate } from "@/lib/time";
import { answerStatus, isOpen, missedDeadline } from "./answer-status";
import { REMINDER_DAYS_BEFORE, deadlinePassedAt, reminderTime } from "./deadlines";
import { quote } from "@/lib/quote";

export const COMMISSION_DUE = "COMMISSION_DUE";
export const COMMISSION_OVERDUE = "COMMISSION_OVERDUE";

const keyOf = (targetId: string, what: string) => `commission-target:${targetId}:${what}`;

/** Adds the reminders of one unit's share of a 约稿; those whose time is already past are left out. */
export async function scheduleCommissionReminders(tx: Tx, targetId: string, dueOn: string, now: Date): Promise<void> {
  for (const days of REMINDER_DAYS_BEFORE) {
    const fireAt = reminderTime(dueOn, days);
    if (fireAt > now) await scheduleReminder(tx, { key: keyOf(targetId, `due-${days}d`), kind: COMMISSION_DUE, subjectId: targetId, fireAt });
  }
  await scheduleReminder(tx, { key: keyOf(targetId, "overdue"), kind: COMMISSION_OVERDUE, subjectId: targetId, fireAt: deadlinePassedAt(dueOn) });
}

async function loadTarget(tx: Tx, id: string) {
  return tx.commissionTarget.findUnique({
    where: { id },
    include: { commission: true, unit: true, drafts: { select: { status: true, forwardedAt: true } } },
  });
}

async function dueSoon(tx: Tx, reminder: Reminder, now: Date) {
  // Only what the reminder needs: on a deadline day thousands of these go out at 09:00.
  const t = await tx.commissionTarget.findUnique({
    where: { id: reminder.subjectId },
    select: {
      commissionId: true,
      unitId: true,
      assigneeId: true,
      commission: { select: { title: true, dueOn: true, cancelledAt: true } },
      drafts: { select: { status: true, forwardedAt: true } },
    },
  });
  if (!t || t.commission.cancelledAt) return;
  const dueOn = formatIsoDate(t.commission.dueOn);
  if (!isOpen(answerStatus(t.drafts, dueOn, shanghaiDate(now)))) return;
  const days = /due-(\d+)d$/.exec(reminder.key)?.[1] ?? "";
  const to = t.assigneeId ? [t.assigneeId, ...(await unitUserIds(tx, t.unitId, ["REVIEWER"]))] : await unitUserIds(tx, t.unitId, ["OFFICER", "REVIEWER"]);
  await notify(tx, to, {
    kind: "COMMISSION_DUE",
    title: `约稿${quote(t.commission.title)}${days ? `还有${days}天` : "即将"}截止`,
    body: `请于${formatMonthDay(dueOn)}前报送。`,
    href: `/commissions/${t.commissionId}`,
    key: reminder.key,
  });
}

async function overdue(tx: Tx, reminder: Reminder, now: Date) {
  const t = await loadTarget(tx, reminder.subjectId);
  if (!t || t.commission.cancelledAt) return;
  const dueOn = formatIsoDate(t.commission.dueOn);
  // Judged by when an answer reached the county, not by where the drafts stand now: an answer
  // sent back for changes after arriving in time is not missed; one that arrived late is.
  if (!missedDeadline(t.drafts, dueOn)) return;
  const nothingYet = answerStatus(t.drafts, dueOn, shanghaiDate(now)) === "OVERDUE";
  const { count } = await tx.commissionTarget.updateMany({ where: { id: t.id, overdueAt: null }, data: { overdueAt: now } });
  const href = `/commissions/${t.commissionId}`;
  await notify(tx, await unitUserIds(tx, t.unitId, ["OFFICER", "REVIEWER"]), {
    kind: "COMMISSION_OVERDUE",
    title: nothingYet ? `约稿${quote(t.commission.title)}已过截止日期，本单位还没有报送` : `约稿${quote(t.commission.title)}逾期报送`,
    body: "逾期按本年度积分规则扣分。",
    href,
    key: reminder.key,
  });
  await notify(tx, await deskUserIds(tx, t.unitId, ["EDITOR", "LEADER"]), {
    kind: "COMMISSION_OVERDUE",
    title: nothingYet ? `${t.unit.name}逾期未报约稿${quote(t.commission.title)}` : `${t.unit.name}逾期报送约稿${quote(t.commission.title)}`,
    href,
    key: reminder.key,
  });
  const deducted = await writeAutoDeduction(tx, {
    code: "DEDUCT_MISSED_COMMISSION",
    unitId: t.unitId,
    sourceType: "COMMISSION_TARGET",
    sourceId: t.id,
    occurredAt: deadlinePassedAt(dueOn),
  });
  if (count > 0 || deducted) {
    await audit(tx, { actorId: null, unitId: t.unitId, action: "commission.overdue", entityType: "CommissionTarget", entityId: t.id, data: { unitId: t.unitId, dueOn, deducted } });
  }
}

export const COMMISSION_HANDLERS = { [COMMISSION_DUE]: dueSoon, [COMMISSION_OVERDUE]: overdue };
