import "server-only";
import { db } from "@/lib/db";
import { audit } from "@/lib/audit";
import { requirePermission, type Actor } from "@/lib/authz/permissions";
import { getDraftOrThrow } from "@/lib/drafts/access";
import { applyMove } from "@/lib/drafts/apply-move";
import { lockComposingIssue } from "./issue-access";

/**
 * 采用: the research office adopts a forwarded draft. It waits in the pool of adopted drafts
 * (待编稿件), or goes straight into an issue being composed when one is named.
 */
export async function adoptDraft(actor: Actor, input: { id: string; version: number; issueId?: string | null }) {
  requirePermission(actor, "issue.compose");
  return db.$transaction(async (tx) => {
    const issue = input.issueId ? await lockComposingIssue(tx, actor, input.issueId) : null;
    const draft = await getDraftOrThrow(actor, input.id, tx);
    await applyMove(tx, actor, draft, "ADOPT", { version: input.version });
    if (!issue) return null;
    const last = await tx.issueItem.findFirst({ where: { issueId: issue.id }, orderBy: { position: "desc" } });
    const item = await tx.issueItem.create({
      data: { issueId: issue.id, draftId: draft.id, position: (last?.position ?? 0) + 1 },
    });
    await audit(tx, { actorId: actor.id, action: "issue.addItem", entityType: "BulletinIssue", entityId: issue.id, data: { draftId: draft.id } });
    return item;
  });
}

/** 撤销采用: an adopted draft not yet published goes back to 县编辑中, out of any issue being composed. */
export async function unadoptDraft(actor: Actor, input: { id: string; version: number }) {
  requirePermission(actor, "issue.compose");
  return db.$transaction(async (tx) => {
    const draft = await getDraftOrThrow(actor, input.id, tx);
    // Same lock as 编入本期: the draft cannot be pulled into an issue while it is taken back.
    await tx.$executeRaw`SELECT 1 FROM "Draft" WHERE id = ${draft.id}::uuid FOR UPDATE`;
    const item = await tx.issueItem.findUnique({ where: { draftId: draft.id } });
    if (item) {
      await lockComposingIssue(tx, actor, item.issueId);
      await tx.issueItem.delete({ where: { id: item.id } });
      await audit(tx, { actorId: actor.id, action: "issue.removeItem", entityType: "BulletinIssue", entityId: item.issueId, data: { draftId: draft.id } });
    }
    await applyMove(tx, actor, draft, "UNADOPT", { version: input.version });
  });
}
