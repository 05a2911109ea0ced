/**
 * The reminder schedule of record. Use cases add reminders in the same transaction as the
 * record they are about, so a reminder exists exactly when its subject does; the queue's
 * sweep (lib/reminders/deliver.ts) sends each one once when it falls due.
 */
import "server-only";
import type { Tx } from "@/lib/db";

export type ReminderInput = { key: string; kind: string; subjectId: string; fireAt: Date };

/** Adds a reminder, or moves one that has not fired yet (a changed deadline); a fired one stays fired. */
export async function scheduleReminder(tx: Tx, r: ReminderInput): Promise<void> {
  const existing = await tx.reminder.findUnique({ where: { key: r.key } });
  if (!existing) {
    await tx.reminder.createMany({ data: [r], skipDuplicates: true });
  } else if (!existing.firedAt && existing.fireAt.getTime() !== r.fireAt.getTime()) {
    await tx.reminder.updateMany({ where: { key: r.key, firedAt: null }, data: { fireAt: r.fireAt } });
  }
}

/** Drops the reminders of a subject that have not fired yet (a cancelled commission). */
export async function cancelReminders(tx: Tx, subjectId: string): Promise<void> {
  await tx.reminder.deleteMany({ where: { subjectId, firedAt: null } });
}
