import { CASE_STATE_LABELS, caseState, isLate } from "@/lib/urgent/clock";

const COLORS = {
  WAITING: "bg-amber-100 text-amber-800",
  OVERDUE: "bg-red-600 text-white",
  REPORTED: "bg-sky-100 text-sky-800",
  CLOSED: "bg-stone-200 text-stone-600",
} as const;

/** Where a case stands, and 迟报 when its written report came (or still has not come) after the due time. */
export function CaseStateBadge({ c, now }: { c: { dueAt: Date; firstReportAt: Date | null; closedAt: Date | null }; now: Date }) {
  const state = caseState(c, now);
  return (
    <span className="inline-flex flex-wrap gap-1">
      <span className={`badge ${COLORS[state]}`}>{CASE_STATE_LABELS[state]}</span>
      {state !== "OVERDUE" && isLate(c, now) && <span className="inline-block rounded bg-red-100 px-2 py-0.5 text-xs font-medium text-red-700">迟报</span>}
    </span>
  );
}
