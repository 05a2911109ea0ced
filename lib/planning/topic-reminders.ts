/** 点题 reminders: the day before it is due, to the officer, if no draft answers it yet. */
import "server-only";
import type { Tx } from "@/lib/db";
import type { Reminder } from "@/lib/generated/prisma/client";
import { notify } from "@/lib/notifications/notify";
import { scheduleReminder } from "@/lib/reminders/schedule";
import { formatIsoDate, shanghaiDate } from "@/lib/time";
import { answerStatus, isOpen } from "./answer-status";
import { reminderTime } from "./deadlines";
import { quote } from "@/lib/quote";

export const TOPIC_DUE = "TOPIC_DUE";

export async function scheduleTopicReminders(tx: Tx, topicId: string, dueOn: string, now: Date): Promise<void> {
  const fireAt = reminderTime(dueOn, 1);
  if (fireAt > now) await scheduleReminder(tx, { key: `topic:${topicId}:due-1d`, kind: TOPIC_DUE, subjectId: topicId, fireAt });
}

async function dueSoon(tx: Tx, reminder: Reminder, now: Date) {
  const t = await tx.topicAssignment.findUnique({ where: { id: reminder.subjectId }, include: { drafts: { select: { status: true, forwardedAt: true } } } });
  if (!t || t.cancelledAt) return;
  if (!isOpen(answerStatus(t.drafts, formatIsoDate(t.dueOn), shanghaiDate(now), "unit"))) return;
  await notify(tx, [t.assigneeId], {
    kind: "TOPIC_DUE",
    title: `点题${quote(t.title)}明天到期`,
    href: `/topics/${t.id}`,
    key: reminder.key,
  });
}

export const TOPIC_HANDLERS = { [TOPIC_DUE]: dueSoon };
