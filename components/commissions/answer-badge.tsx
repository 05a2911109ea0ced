import { ANSWER_LABELS, type AnswerStatus } from "@/lib/planning/answer-status";

const COLORS: Record<AnswerStatus, string> = {
  NO_RESPONSE: "bg-stone-100 text-stone-700",
  WRITING: "bg-sky-100 text-sky-800",
  SUBMITTED: "bg-amber-100 text-amber-800",
  ADOPTED: "bg-emerald-100 text-emerald-800",
  NOT_ADOPTED: "bg-stone-200 text-stone-600",
  OVERDUE: "bg-red-100 text-red-700",
};

/** Where a unit stands on a 约稿 or 点题; a cancelled one shows 已撤销 instead. */
export function AnswerBadge({ status, cancelled = false, late = false }: { status: AnswerStatus; cancelled?: boolean; late?: boolean }) {
  if (cancelled) return <span className="inline-block whitespace-nowrap rounded bg-stone-200 px-2 py-0.5 text-xs font-medium text-stone-500">已撤销</span>;
  return (
    <span className="inline-flex items-center gap-1">
      <span data-testid="answer-status" className={`badge ${COLORS[status]}`}>
        {ANSWER_LABELS[status]}
      </span>
      {late && <span className="inline-block whitespace-nowrap rounded border border-red-300 px-1.5 py-0.5 text-xs text-red-700">逾期报送</span>}
    </span>
  );
}

/** "已报送 3 · 未响应 2 · 逾期 1": the non-zero counts. */
export function AnswerCounts({ counts }: { counts: Record<AnswerStatus, number> }) {
  const order: AnswerStatus[] = ["ADOPTED", "SUBMITTED", "NOT_ADOPTED", "WRITING", "NO_RESPONSE", "OVERDUE"];
  const parts = order.filter((s) => counts[s] > 0);
  if (parts.length === 0) return <span className="text-stone-500">—</span>;
  return (
    <span className="text-sm">
      {parts.map((s, i) => (
        <span key={s} className={s === "OVERDUE" ? "text-red-700" : ""}>
          {i > 0 && <span className="mx-1 text-stone-500">·</span>}
          {ANSWER_LABELS[s]} {counts[s]}
        </span>
      ))}
    </span>
  );
}
