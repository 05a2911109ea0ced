/**
 * Reminder times for a deadline day (Asia/Shanghai, no daylight saving: plain +08:00
 * arithmetic). Reminders go out at 09:00 local, N days before the day; the deadline has
 * passed at 00:00 local of the day after.
 */
import { shanghaiDayStart } from "@/lib/time";

export const REMINDER_DAYS_BEFORE = [3, 1] as const;
const DAY = 86_400_000;

export function reminderTime(dueOn: string, daysBefore: number): Date {
  return new Date(shanghaiDayStart(dueOn).getTime() - daysBefore * DAY + 9 * 3600_000);
}

/** The instant the deadline day is over. */
export function deadlinePassedAt(dueOn: string): Date {
  return new Date(shanghaiDayStart(dueOn).getTime() + DAY);
}

/** Shown as "截止 2026-11-30 23:59": the last minute of the deadline day. */
export function lastMinuteOf(dueOn: string): Date {
  return new Date(deadlinePassedAt(dueOn).getTime() - 60_000);
}
