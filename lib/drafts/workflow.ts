/**
 * The draft lifecycle: the one table of allowed moves (brief section 4).
 * Pure data and functions: no Prisma client, no Next (the names come from the schema's generated enums).
 */
import { DraftAction as DraftActionEnum, DraftStatus as DraftStatusEnum } from "@/lib/generated/prisma/enums";

// The statuses and moves as the schema declares them, in its order (Prisma's browser-safe enums, no client).
export const DRAFT_STATUSES = Object.values(DraftStatusEnum);
export type DraftStatus = (typeof DRAFT_STATUSES)[number];

export const DRAFT_ACTIONS = Object.values(DraftActionEnum);
export type DraftAction = (typeof DRAFT_ACTIONS)[number];

/** Which permission (lib/authz) a move needs. */
export type MovePermission =
  | "draft.submit"
  | "draft.review"
  | "draft.decide"
  | "issue.publish";

export type Move = {
  from: readonly DraftStatus[];
  to: DraftStatus;
  permission: MovePermission;
  /** A move that must carry a comment (a return or a decline). */
  commentRequired: boolean;
  label: string;
};

export const MOVES: Record<DraftAction, Move> = {
  SUBMIT: { from: ["DRAFT", "RETURNED"], to: "SUBMITTED", permission: "draft.submit", commentRequired: false, label: "提交审核" },
  WITHDRAW: { from: ["SUBMITTED"], to: "DRAFT", permission: "draft.submit", commentRequired: false, label: "撤回" },
  APPROVE: { from: ["SUBMITTED"], to: "FORWARDED", permission: "draft.review", commentRequired: false, label: "审核通过，报送县委组织部" },
  REVIEWER_RETURN: { from: ["SUBMITTED"], to: "RETURNED", permission: "draft.review", commentRequired: true, label: "退回修改" },
  CLAIM: { from: ["FORWARDED"], to: "EDITING", permission: "draft.decide", commentRequired: false, label: "开始修改" },
  EDITOR_RETURN: { from: ["FORWARDED", "EDITING"], to: "RETURNED", permission: "draft.decide", commentRequired: true, label: "退回修改" },
  DECLINE: { from: ["FORWARDED", "EDITING"], to: "NOT_ADOPTED", permission: "draft.decide", commentRequired: true, label: "不予采用" },
  ADOPT: { from: ["FORWARDED", "EDITING"], to: "ADOPTED", permission: "draft.decide", commentRequired: false, label: "采用" },
  UNADOPT: { from: ["ADOPTED"], to: "EDITING", permission: "draft.decide", commentRequired: false, label: "撤销采用" },
  PUBLISH: { from: ["ADOPTED"], to: "PUBLISHED", permission: "issue.publish", commentRequired: false, label: "刊发" },
};

/** Moves made through an issue (编入 by 采用, 撤销采用, 刊发 at publication), never asked for on their own. */
export const THROUGH_ISSUE = ["ADOPT", "UNADOPT", "PUBLISH"] as const satisfies readonly DraftAction[];
export type PlainMove = Exclude<DraftAction, (typeof THROUGH_ISSUE)[number]>;
/** The moves a plain move request (提交、撤回、通过、退回、开始修改、不予采用) may name. */
export const PLAIN_MOVES = DRAFT_ACTIONS.filter((a): a is PlainMove => !(THROUGH_ISSUE as readonly DraftAction[]).includes(a));

export function canMove(action: DraftAction, from: DraftStatus): boolean {
  return MOVES[action].from.includes(from);
}

/** The status a move leads to, or null when the move is not allowed from `from`. */
export function nextStatus(action: DraftAction, from: DraftStatus): DraftStatus | null {
  return canMove(action, from) ? MOVES[action].to : null;
}

/**
 * Who may change the text in each status: the unit's officer while it is theirs, the
 * reviewer while reviewing it, the county once forwarded; nobody after a decision.
 */
export function textOwner(status: DraftStatus): "unit" | "reviewer" | "county" | null {
  if (status === "DRAFT" || status === "RETURNED") return "unit";
  if (status === "SUBMITTED") return "reviewer";
  if (status === "FORWARDED" || status === "EDITING" || status === "ADOPTED") return "county";
  return null;
}

export const STATUS_LABELS: Record<DraftStatus, string> = {
  DRAFT: "草稿",
  SUBMITTED: "待乡镇审核",
  FORWARDED: "待县审核",
  EDITING: "县编辑中",
  RETURNED: "退回修改",
  ADOPTED: "已采用",
  NOT_ADOPTED: "未采用",
  PUBLISHED: "已刊发",
};
