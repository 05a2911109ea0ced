/**
 * What each kind of reminder does when it falls due. A handler runs inside the transaction
 * that marks the reminder fired: whatever it writes (notifications, a deduction) happens
 * together with that mark, or not at all and the reminder is tried again on the next sweep.
 * A handler looks at the subject as it is now and does nothing when it no longer applies.
 */
import "server-only";
import { COMMISSION_HANDLERS } from "@/lib/planning/commission-reminders";
import { TOPIC_HANDLERS } from "@/lib/planning/topic-reminders";
import { URGENT_HANDLERS } from "@/lib/urgent/reminders";
import type { ReminderHandler } from "./reminder-handler";

export const HANDLERS: Record<string, ReminderHandler> = {
  ...COMMISSION_HANDLERS,
  ...TOPIC_HANDLERS,
  ...URGENT_HANDLERS,
};
