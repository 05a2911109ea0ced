import "server-only";
import type { Tx } from "@/lib/db";
import type { Actor } from "@/lib/authz/permissions";
import { ConflictError, NotFoundError } from "@/lib/errors";
import { isUuid } from "@/lib/ids";
import type { IssueStatus } from "./issue-workflow";
import { ownSeries } from "./series-scope";

const LOCKED: Record<IssueStatus, string> = {
  COMPOSING: "这一期刚有改动（别人处理过，或您刚保存的修改还没显示到这里），页面已刷新，请核对后再点一次",
  PENDING_SIGNOFF: "这一期已送领导签发，要修改请先撤回重编",
  SIGNED: "这一期已经签发，要修改请先撤回重编",
  PUBLISHED: "这一期已经发布，不能再修改",
  VOIDED: "这一期已经发布，不能再修改",
};

/**
 * Refuses a change to an issue outside the actor's node: only the node whose series it is
 * works on it, and anyone else's answers 404 like a missing issue. An issue never changes
 * series, nor a series its node, so the check holds for the rest of the transaction.
 */
export async function requireOwnIssue(tx: Tx, actor: Pick<Actor, "nodeId">, issueId: string) {
  const issue = isUuid(issueId) ? await tx.bulletinIssue.findFirst({ where: { id: issueId, series: ownSeries(actor) }, select: { id: true } }) : null;
  if (!issue) throw new NotFoundError("没有找到这一期");
}

/**
 * Claims a composing issue of the actor's node for a change: bumps its version only if it is
 * still composing (and, when given, still at the version the user read). The row lock serialises composers.
 */
export async function lockComposingIssue(tx: Tx, actor: Pick<Actor, "nodeId">, issueId: string, version?: number) {
  await requireOwnIssue(tx, actor, issueId);
  const { count } = await tx.bulletinIssue.updateMany({
    where: { id: issueId, status: "COMPOSING", ...(version ? { version } : {}) },
    data: { version: { increment: 1 } },
  });
  if (count === 0) {
    const exists = await tx.bulletinIssue.findUnique({ where: { id: issueId }, select: { status: true } });
    if (!exists) throw new NotFoundError("没有找到这一期");
    throw new ConflictError(LOCKED[exists.status]);
  }
  return tx.bulletinIssue.findUniqueOrThrow({ where: { id: issueId } });
}
