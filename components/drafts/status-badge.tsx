import { statusLabel, type DraftStatus } from "@/lib/drafts/workflow";

const COLORS: Record<DraftStatus, string> = {
  DRAFT: "bg-stone-100 text-stone-700",
  SUBMITTED: "bg-amber-100 text-amber-800",
  FORWARDED: "bg-sky-100 text-sky-800",
  EDITING: "bg-indigo-100 text-indigo-800",
  RETURNED: "bg-orange-100 text-orange-800",
  ADOPTED: "bg-emerald-100 text-emerald-800",
  NOT_ADOPTED: "bg-stone-200 text-stone-600",
  PUBLISHED: "bg-red-100 text-party",
};

/** `level`: the desk the draft is reported to (县、市、省), which 待县审核 and 县编辑中 name. */
export function StatusBadge({ status, level }: { status: DraftStatus; level?: string }) {
  return <span className={`badge ${COLORS[status]}`}>{statusLabel(status, level)}</span>;
}
