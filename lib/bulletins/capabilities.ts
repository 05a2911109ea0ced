/**
 * The rules of who may see and do what on a bulletin issue: pure, for pages, use cases and tests
 * alike (the use cases check each again on the server, inside their transactions).
 */
import { can, type Actor } from "@/lib/authz/permissions";
import { offeredIssueMoves, type IssueStatus } from "./issue-workflow";

/** 已发布 or 作废: the issue has its number, and its text is final. */
export function isIssueFinal(status: IssueStatus): boolean {
  return status === "PUBLISHED" || status === "VOIDED";
}

/** The unpublished issues a person works on: every one for the office, those sent for sign-off for leaders, none (null) for anyone else. */
export function workingStatuses(actor: Actor): readonly IssueStatus[] | null {
  if (can(actor, "issue.compose")) return ["COMPOSING", "PENDING_SIGNOFF", "SIGNED"];
  if (can(actor, "issue.signoff")) return ["PENDING_SIGNOFF", "SIGNED"];
  return null;
}

/** Who may open an issue of their node: a published one every reader; an unpublished one those who work on it in its status. */
export function canOpenIssue(actor: Actor, status: IssueStatus): boolean {
  if (isIssueFinal(status)) return can(actor, "issue.read");
  return workingStatuses(actor)?.includes(status) ?? false;
}

export type IssueForCapabilities = { status: IssueStatus; series: { requiresSignOff: boolean; nodeId: string } };

/**
 * What this person may do with this issue now, for the issue page:
 * - `published`: 已发布 or 作废, so the page shows its number instead of the number it would get;
 * - `canCompose`: the office, while the issue is being composed (编入、排序、栏目、编者按、版记);
 * - `moves`: 送签 / 签发 / 退回 / 撤回 / 发布 / 作废, as the issue move table allows.
 * Only the series' own node acts on it: another node reads its published issues, nothing more.
 */
export function issueCapabilities(actor: Actor, issue: IssueForCapabilities) {
  const own = issue.series.nodeId === actor.nodeId;
  return {
    published: isIssueFinal(issue.status),
    canCompose: own && issue.status === "COMPOSING" && can(actor, "issue.compose"),
    moves: own ? offeredIssueMoves(actor, issue.status, issue.series.requiresSignOff) : [],
  };
}

export type IssueCapabilities = ReturnType<typeof issueCapabilities>;
