import { PLACEMENT_STATUS_LABELS, type PlacementStatus } from "@/lib/placements/workflow";

const COLORS: Record<PlacementStatus, string> = {
  REPORTED: "bg-amber-100 text-amber-800",
  CONFIRMED: "bg-sky-100 text-sky-800",
  RETURNED: "bg-orange-100 text-orange-800",
  VERIFIED: "bg-emerald-100 text-emerald-800",
  REJECTED: "bg-stone-200 text-stone-700",
};

export function PlacementStatusBadge({ status }: { status: PlacementStatus }) {
  return <span className={`badge ${COLORS[status]}`}>{PLACEMENT_STATUS_LABELS[status]}</span>;
}
