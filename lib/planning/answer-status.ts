/**
 * Where a unit stands on something it was asked to write (a 约稿, a 点题), from the drafts
 * that answer it and the deadline. Pure: no database, no clock of its own.
 *
 *   已采用  a draft was adopted or published
 *   已报送  a draft was submitted and waits at the unit's reviewer or at the county
 *   未采用  the county declined the answer (and nothing else is pending)
 *   撰写中  a draft exists but has not been submitted (or came back), deadline not passed
 *   未响应  no draft yet, deadline not passed
 *   逾期    no submitted answer and the deadline day is over
 */
import type { DraftStatus } from "@/lib/drafts/workflow";

export const ANSWER_STATUSES = ["NO_RESPONSE", "WRITING", "SUBMITTED", "ADOPTED", "NOT_ADOPTED", "OVERDUE"] as const;
export type AnswerStatus = (typeof ANSWER_STATUSES)[number];

export const ANSWER_LABELS: Record<AnswerStatus, string> = {
  NO_RESPONSE: "未响应",
  WRITING: "撰写中",
  SUBMITTED: "已报送",
  ADOPTED: "已采用",
  NOT_ADOPTED: "未采用",
  OVERDUE: "逾期",
};

export type AnsweringDraft = { status: DraftStatus; submittedAt: Date | null };

const PENDING: readonly DraftStatus[] = ["SUBMITTED", "FORWARDED", "EDITING"];
const AT_UNIT: readonly DraftStatus[] = ["DRAFT", "RETURNED"];

/** The day after `dueOn` (a calendar date) has begun in China. */
export function isPastDue(dueOn: string, today: string): boolean {
  return today > dueOn;
}

export function answerStatus(drafts: readonly AnsweringDraft[], dueOn: string, today: string): AnswerStatus {
  const has = (set: readonly DraftStatus[]) => drafts.some((d) => set.includes(d.status));
  if (has(["ADOPTED", "PUBLISHED"])) return "ADOPTED";
  if (has(PENDING)) return "SUBMITTED";
  if (has(["NOT_ADOPTED"])) return "NOT_ADOPTED";
  if (isPastDue(dueOn, today)) return "OVERDUE";
  return has(AT_UNIT) ? "WRITING" : "NO_RESPONSE";
}

/** Still waiting for the unit: the reminders and the to-do list care only about these. */
export function isOpen(status: AnswerStatus): boolean {
  return status === "NO_RESPONSE" || status === "WRITING" || status === "OVERDUE";
}

/**
 * Answered after the deadline: the first submission came after the deadline day (China time).
 * `submittedAt` is the latest submission; a draft submitted in time and returned later still
 * has an earlier one, so callers pass the first submission time when they have it.
 */
export function answeredLate(firstSubmittedAt: Date | null, dueOn: string): boolean {
  if (!firstSubmittedAt) return false;
  return new Date(firstSubmittedAt.getTime() + 8 * 3600_000).toISOString().slice(0, 10) > dueOn;
}
