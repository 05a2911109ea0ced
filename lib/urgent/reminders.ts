/** 紧急信息 reminders (filled in by the urgent lane). */
import type { ReminderHandler } from "@/lib/reminders/handlers";

export const URGENT_HANDLERS: Record<string, ReminderHandler> = {};
