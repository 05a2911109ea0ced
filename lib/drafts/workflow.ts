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
  | "draft.sendOwn"
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
  // 报送上级: what the node adopted or published goes up as a new draft at the desk above, in its
  // pool (FORWARDED), owned by the node's own unit; the draft sent keeps its own status here.
  SEND_UP: { from: ["ADOPTED", "PUBLISHED"], to: "FORWARDED", permission: "draft.decide", commentRequired: false, label: "报送上级" },
  // 越级报送: the same, to the desk two levels up where its year's rules allow it; the level in
  // between gets the item too (抄报), as it would by 报送上级, and reads that it went on above.
  SEND_UP_LEAP: { from: ["ADOPTED", "PUBLISHED"], to: "FORWARDED", permission: "draft.decide", commentRequired: false, label: "越级报送" },
  // The office's own piece (its 组织部's own unit has no reviewer): written there and sent straight
  // to the desk above, and again after that desk returned it. Its unit is the scope: the office's own drafts only.
  OFFICE_SEND_UP: { from: ["DRAFT", "RETURNED"], to: "FORWARDED", permission: "draft.sendOwn", commentRequired: false, label: "报送上级" },
};

/**
 * Where a draft sent up stands at the desk above, as its sender reads it: the desk above decides
 * with the moves it makes on its own units' drafts, which the sender reads as 上级采用, 上级退回
 * and 上级不予采用.
 */
export const UPPER_STATUS_LABELS: Partial<Record<DraftStatus, string>> = {
  FORWARDED: "上级审核中",
  EDITING: "上级审核中",
  RETURNED: "上级退回",
  NOT_ADOPTED: "上级不予采用",
  ADOPTED: "上级采用",
  PUBLISHED: "上级已刊发",
};

/**
 * Moves with a use case of their own, never asked for as a plain move: those made through an
 * issue (编入 by 采用, 撤销采用, 刊发 at publication) and 报送上级, 越级报送 (lib/drafts/send-up.ts).
 */
export const OWN_USE_CASE = ["ADOPT", "UNADOPT", "PUBLISH", "SEND_UP", "SEND_UP_LEAP"] as const satisfies readonly DraftAction[];
export type PlainMove = Exclude<DraftAction, (typeof OWN_USE_CASE)[number]>;
/** The moves a plain move request (提交、撤回、通过、退回、开始修改、不予采用) may name. */
export const PLAIN_MOVES = DRAFT_ACTIONS.filter((a): a is PlainMove => !(OWN_USE_CASE as readonly DraftAction[]).includes(a));

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

/** The statuses that name the desk: 待县审核 at a county, 待市审核 at a city. */
const AT_DESK: Partial<Record<DraftStatus, (level: string) => string>> = { FORWARDED: (l) => `待${l}审核`, EDITING: (l) => `${l}编辑中` };

/** A status as read at a desk of the level (县、市、省): the county's names unless told. */
export const statusLabel = (status: DraftStatus, level = "县") => AT_DESK[status]?.(level) ?? STATUS_LABELS[status];

/** A move's button as a unit reporting to a desk of the level reads it: 报送县委组织部, 报送市委组织部. */
export const moveLabel = (action: DraftAction, level = "县") => (action === "APPROVE" ? `审核通过，报送${level}委组织部` : MOVES[action].label);

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
