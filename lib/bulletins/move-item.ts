import { db } from "@/lib/db";
import { audit } from "@/lib/audit";
import { requirePermission, type Actor } from "@/lib/authz/permissions";
import { NotFoundError } from "@/lib/errors";
import { lockComposingIssue } from "./issue-access";

/** Moves an item one place up or down in its issue, as the composer saw the issue (its version). */
export async function moveIssueItem(actor: Actor, input: { itemId: string; direction: "up" | "down"; version: number }) {
  requirePermission(actor, "issue.compose");
  return db.$transaction(async (tx) => {
    const item = await tx.issueItem.findUnique({ where: { id: input.itemId } });
    if (!item) throw new NotFoundError("没有找到这条稿件");
    await lockComposingIssue(tx, item.issueId, input.version);
    const items = await tx.issueItem.findMany({ where: { issueId: item.issueId }, orderBy: { position: "asc" } });
    const at = items.findIndex((i) => i.id === item.id);
    const to = input.direction === "up" ? at - 1 : at + 1;
    if (to < 0 || to >= items.length) return;
    [items[at], items[to]] = [items[to], items[at]];
    // Renumber 1..n: positions stay dense whatever happened before.
    for (const [index, it] of items.entries()) {
      if (it.position !== index + 1) await tx.issueItem.update({ where: { id: it.id }, data: { position: index + 1 } });
    }
    await audit(tx, { actorId: actor.id, action: "issue.reorder", entityType: "BulletinIssue", entityId: item.issueId, data: { itemId: item.id, direction: input.direction } });
  });
}
