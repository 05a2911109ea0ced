import "server-only";
import type { Tx } from "@/lib/db";
import type { Reminder } from "@/lib/generated/prisma/client";

/**
 * What one kind of reminder does when it falls due, inside the transaction that marks it fired
 * (lib/reminders/handlers.ts lists them all). A type only: the modules that define handlers
 * need it without importing the list that imports them.
 */
export type ReminderHandler = (tx: Tx, reminder: Reminder, now: Date) => Promise<void>;
