/**
 * Where a unit stands on something it was asked to write, from the drafts that answer it and
 * the deadline. Pure: no database, no clock of its own.
 *
 * A 约稿 ("county") is answered when a draft reaches the county (报送: the reviewer forwards
 * it; `forwardedAt` is stamped once and never cleared). A 点题 ("unit") is answered when the
 * officer submits the draft to the reviewer who set it.
 *
 *   已采用  a draft was adopted or published
 *   已报送  a draft waits where the answer goes (the county; the reviewer for a 点题)
 *   未采用  the county declined the answer (and nothing else is pending)
 *   逾期    the deadline day is over and no answer arrived by then
 *   撰写中  a draft exists but has not arrived (being written, at the unit's reviewer, or
 *           sent back after arriving in time)
 *   未响应  no draft yet, deadline not passed
 */
import type { DraftStatus } from "@/lib/drafts/workflow";
import { deadlinePassedAt } from "./deadlines";

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

export type AnsweringDraft = { status: DraftStatus; forwardedAt: Date | null };

/**
 * A task's answering drafts as SQL lists them (`json_agg(json_build_object('status', d.status,
 * 'forwardedAt', d."forwardedAt"))`): JSON carries a `timestamp` as UTC without its zone.
 */
export function answeringFromJson(rows: ReadonlyArray<{ status: DraftStatus; forwardedAt: string | null }>): AnsweringDraft[] {
  return rows.map((r) => ({ status: r.status, forwardedAt: r.forwardedAt === null ? null : new Date(`${r.forwardedAt}Z`) }));
}
/** Who the answer goes to: the county (约稿) or the unit's reviewer (点题). */
export type AnswerTo = "county" | "unit";

const PENDING: Record<AnswerTo, readonly DraftStatus[]> = {
  county: ["FORWARDED", "EDITING"],
  unit: ["SUBMITTED", "FORWARDED", "EDITING"],
};

/** Draft statuses that mean the task is answered (pending where the answer goes, or decided): for database filters. */
export const ANSWERED: Record<AnswerTo, DraftStatus[]> = {
  county: [...PENDING.county, "ADOPTED", "PUBLISHED", "NOT_ADOPTED"],
  unit: [...PENDING.unit, "ADOPTED", "PUBLISHED", "NOT_ADOPTED"],
};

/** The day after `dueOn` (a calendar date) has begun in China. */
export function isPastDue(dueOn: string, today: string): boolean {
  return today > dueOn;
}

/** When the answer first reached the county: the earliest forwarding of any answering draft. */
export function firstReportedAt(drafts: readonly AnsweringDraft[]): Date | null {
  const times = drafts.flatMap((d) => (d.forwardedAt ? [d.forwardedAt.getTime()] : []));
  return times.length ? new Date(Math.min(...times)) : null;
}

/** No answer reached the county before the deadline day was over: the 约稿 was missed. */
export function missedDeadline(drafts: readonly AnsweringDraft[], dueOn: string): boolean {
  const first = firstReportedAt(drafts);
  return !first || first >= deadlinePassedAt(dueOn);
}

export function answerStatus(drafts: readonly AnsweringDraft[], dueOn: string, today: string, to: AnswerTo = "county"): AnswerStatus {
  const has = (set: readonly DraftStatus[]) => drafts.some((d) => set.includes(d.status));
  if (has(["ADOPTED", "PUBLISHED"])) return "ADOPTED";
  if (has(PENDING[to])) return "SUBMITTED";
  if (has(["NOT_ADOPTED"])) return "NOT_ADOPTED";
  if (isPastDue(dueOn, today) && (to === "unit" || missedDeadline(drafts, dueOn))) return "OVERDUE";
  return drafts.length > 0 ? "WRITING" : "NO_RESPONSE";
}

/** Still waiting for the unit: the reminders and the to-do list care only about these. */
export function isOpen(status: AnswerStatus): boolean {
  return status === "NO_RESPONSE" || status === "WRITING" || status === "OVERDUE";
}

/** 逾期报送: an answer arrived, but only after the deadline day. */
export function answeredLate(drafts: readonly AnsweringDraft[], dueOn: string): boolean {
  return firstReportedAt(drafts) !== null && missedDeadline(drafts, dueOn);
}
