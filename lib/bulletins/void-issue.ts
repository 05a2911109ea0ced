import "server-only";
import { db } from "@/lib/db";
import { audit } from "@/lib/audit";
import { requirePermission, type Actor } from "@/lib/authz/permissions";
import { ConflictError, DomainError, NotFoundError } from "@/lib/errors";
import { isUuid } from "@/lib/ids";
import { reverseSourceEntries } from "@/lib/scores/ledger";
import { refusalOf } from "./issue-workflow";
import type { VoidIssueInput } from "@/lib/validation/bulletin";
import { ownSeries } from "./series-scope";

/**
 * 作废: a published issue of the actor's node is voided with a reason, never deleted. Its number stays taken and
 * it stays listed, marked 作废; the points its items earned are taken back by reversing
 * ledger entries (the ledger itself is append-only).
 */
export async function voidIssue(actor: Actor, input: VoidIssueInput & { now?: Date }) {
  requirePermission(actor, "issue.void");
  const { reason } = input;
  if (!isUuid(input.issueId)) throw new NotFoundError("没有找到这一期");
  const now = input.now ?? new Date();
  return db.$transaction(async (tx) => {
    const issue = await tx.bulletinIssue.findFirst({ where: { id: input.issueId, series: ownSeries(actor) }, include: { items: { select: { id: true } } } });
    if (!issue) throw new NotFoundError("没有找到这一期");
    const refusal = refusalOf("VOID", issue.status, true);
    if (refusal) throw new DomainError(issue.status === "VOIDED" ? "这一期已经作废了" : "只有已发布的期才能作废");
    const { count } = await tx.bulletinIssue.updateMany({
      where: { id: issue.id, status: "PUBLISHED" },
      data: { status: "VOIDED", voidReason: reason, voidedAt: now, voidedById: actor.id, version: { increment: 1 } },
    });
    if (count === 0) throw new ConflictError("这一期刚被别人处理过，请刷新后再看");

    const reversed = await reverseSourceEntries(tx, "ISSUE_ITEM", issue.items.map((i) => i.id), actor.id);
    await audit(tx, { actorId: actor.id, action: "issue.void", entityType: "BulletinIssue", entityId: issue.id, data: { reason, reversedEntries: reversed } });
  });
}
