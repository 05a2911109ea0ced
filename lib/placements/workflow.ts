/**
 * A placement report's path: the one table of allowed moves. Pure: imports neither Prisma nor Next.
 *
 *   报送 REPORTED --confirm--> 已确认 CONFIRMED --verify--> 已核实记分 VERIFIED
 *        |return                    |reject(reason)
 *        v                          v
 *   退回 RETURNED               不予记分 REJECTED
 *
 * A returned or rejected report is closed; the unit reports the article again, corrected.
 */
import type { Permission } from "@/lib/authz/permissions";

export const PLACEMENT_STATUSES = ["REPORTED", "CONFIRMED", "RETURNED", "VERIFIED", "REJECTED"] as const;
export type PlacementStatus = (typeof PLACEMENT_STATUSES)[number];

export const PLACEMENT_STATUS_LABELS: Record<PlacementStatus, string> = {
  REPORTED: "待组织委员确认",
  CONFIRMED: "待研究室核实",
  RETURNED: "已退回",
  VERIFIED: "已核实记分",
  REJECTED: "不予记分",
};

export const PLACEMENT_MOVES = {
  CONFIRM: { from: "REPORTED", to: "CONFIRMED", permission: "placement.confirm", commentRequired: false, label: "确认无误，报研究室" },
  RETURN: { from: "REPORTED", to: "RETURNED", permission: "placement.confirm", commentRequired: true, label: "退回" },
  VERIFY: { from: "CONFIRMED", to: "VERIFIED", permission: "placement.verify", commentRequired: false, label: "核实并记分" },
  REJECT: { from: "CONFIRMED", to: "REJECTED", permission: "placement.verify", commentRequired: true, label: "不予记分" },
} as const satisfies Record<string, { from: PlacementStatus; to: PlacementStatus; permission: Permission; commentRequired: boolean; label: string }>;

export type PlacementMove = keyof typeof PLACEMENT_MOVES;
export const PLACEMENT_MOVE_NAMES = Object.keys(PLACEMENT_MOVES) as PlacementMove[];

/** The moves a report in this status offers (before permissions). */
export function movesFrom(status: PlacementStatus): PlacementMove[] {
  return PLACEMENT_MOVE_NAMES.filter((m) => PLACEMENT_MOVES[m].from === status);
}

/** Statuses that hold an article: another report of the same article is a duplicate. */
export const LIVE_STATUSES: readonly PlacementStatus[] = ["REPORTED", "CONFIRMED", "VERIFIED"];
