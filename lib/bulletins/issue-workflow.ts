/**
 * The one table of allowed moves for a bulletin issue:
 * 编排中 -> 待签发 -> 已签发 -> 已发布 (-> 作废), with the leader's return and the office's recall.
 * A series that needs no sign-off publishes straight from 编排中. No Prisma or Next imports.
 */
import { can, type Actor, type Permission } from "@/lib/authz/permissions";
import { IssueStatus as IssueStatusEnum } from "@/lib/generated/prisma/enums";

export const ISSUE_STATUSES = Object.values(IssueStatusEnum);
export type IssueStatus = (typeof ISSUE_STATUSES)[number];

export const ISSUE_STATUS_LABELS: Record<IssueStatus, string> = {
  COMPOSING: "编排中",
  PENDING_SIGNOFF: "待签发",
  SIGNED: "已签发",
  PUBLISHED: "已发布",
  VOIDED: "已作废",
};

export type IssueMove = {
  label: string;
  from: readonly IssueStatus[];
  to: IssueStatus;
  permission: Permission;
  /** A comment the user must give (退回意见, 作废原因). */
  comment?: string;
};

export const ISSUE_MOVES = {
  SEND_FOR_SIGNOFF: { label: "送领导签发", from: ["COMPOSING"], to: "PENDING_SIGNOFF", permission: "issue.compose" },
  SIGN: { label: "签发", from: ["PENDING_SIGNOFF"], to: "SIGNED", permission: "issue.signoff" },
  RETURN: { label: "退回修改", from: ["PENDING_SIGNOFF"], to: "COMPOSING", permission: "issue.signoff", comment: "退回意见" },
  RECALL: { label: "撤回重编", from: ["PENDING_SIGNOFF", "SIGNED"], to: "COMPOSING", permission: "issue.compose" },
  PUBLISH: { label: "发布", from: ["SIGNED"], to: "PUBLISHED", permission: "issue.publish" },
  VOID: { label: "作废", from: ["PUBLISHED"], to: "VOIDED", permission: "issue.void", comment: "作废原因" },
} as const satisfies Record<string, IssueMove>;

export type IssueMoveName = keyof typeof ISSUE_MOVES;

/** 发布 and 作废 are use cases of their own (numbering, the ledger); the rest move along the sign-off path (move-issue.ts). */
const OWN_USE_CASE = ["PUBLISH", "VOID"] as const satisfies readonly IssueMoveName[];
export type SignOffMove = Exclude<IssueMoveName, (typeof OWN_USE_CASE)[number]>;
export const SIGN_OFF_MOVES = (Object.keys(ISSUE_MOVES) as IssueMoveName[]).filter(
  (m): m is SignOffMove => !(OWN_USE_CASE as readonly IssueMoveName[]).includes(m),
);

/** Where a move may start, given whether the series needs sign-off. */
export function allowedFrom(move: IssueMoveName, requiresSignOff: boolean): readonly IssueStatus[] {
  if (move === "PUBLISH" && !requiresSignOff) return ["COMPOSING", "SIGNED"];
  if ((move === "SEND_FOR_SIGNOFF" || move === "SIGN" || move === "RETURN") && !requiresSignOff) return [];
  return ISSUE_MOVES[move].from;
}

/** Why a move cannot start from this status, in the words the office would use. */
export function refusalOf(move: IssueMoveName, status: IssueStatus, requiresSignOff: boolean): string | null {
  if (allowedFrom(move, requiresSignOff).includes(status)) return null;
  if (move === "PUBLISH") {
    if (status === "COMPOSING" || status === "PENDING_SIGNOFF") return "本期还没有经领导签发，不能发布";
    return "这一期已经发布过了";
  }
  if (status === "PUBLISHED" || status === "VOIDED") return "这一期已经发布，不能再修改";
  if (!requiresSignOff && (move === "SEND_FOR_SIGNOFF" || move === "SIGN" || move === "RETURN")) return "这个刊物不需要签发";
  return `这一期现在是“${ISSUE_STATUS_LABELS[status]}”，不能${ISSUE_MOVES[move].label}`;
}

export type OfferedIssueMove = { move: IssueMoveName; label: string; comment?: string };

/** The moves this person may make on an issue now, in the order the screen shows them. */
export function offeredIssueMoves(actor: Actor, status: IssueStatus, requiresSignOff: boolean): OfferedIssueMove[] {
  return (Object.keys(ISSUE_MOVES) as IssueMoveName[])
    .filter((name) => allowedFrom(name, requiresSignOff).includes(status) && can(actor, ISSUE_MOVES[name].permission))
    .map((name) => {
      const move: IssueMove = ISSUE_MOVES[name];
      return { move: name, label: move.label, ...(move.comment ? { comment: move.comment } : {}) };
    });
}
