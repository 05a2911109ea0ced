import { db } from "@/lib/db";
import { audit } from "@/lib/audit";
import { requirePermission, type Actor } from "@/lib/authz/permissions";
import { NotFoundError } from "@/lib/errors";
import { getDraftOrThrow } from "@/lib/drafts/access";
import { applyMove } from "@/lib/drafts/apply-move";
import { lockComposingIssue } from "./issue-access";

/** 采用: the research office adopts a forwarded draft into an issue being composed. */
export async function adoptDraft(actor: Actor, input: { id: string; version: number; issueId: string }) {
  requirePermission(actor, "issue.compose");
  return db.$transaction(async (tx) => {
    const issue = await lockComposingIssue(tx, input.issueId);
    const draft = await getDraftOrThrow(actor, input.id, tx);
    await applyMove(tx, actor, draft, "ADOPT", { version: input.version });
    const last = await tx.issueItem.findFirst({ where: { issueId: issue.id }, orderBy: { position: "desc" } });
    const item = await tx.issueItem.create({
      data: { issueId: issue.id, draftId: draft.id, position: (last?.position ?? 0) + 1 },
    });
    await audit(tx, { actorId: actor.id, action: "issue.addItem", entityType: "BulletinIssue", entityId: issue.id, data: { draftId: draft.id } });
    return item;
  });
}

/** 撤销采用: takes an adopted draft out of an unpublished issue; it goes back to 县编辑中. */
export async function unadoptDraft(actor: Actor, input: { itemId: string; version: number }) {
  requirePermission(actor, "issue.compose");
  return db.$transaction(async (tx) => {
    const item = await tx.issueItem.findUnique({ where: { id: input.itemId }, include: { draft: true } });
    if (!item) throw new NotFoundError("没有找到这条稿件");
    await lockComposingIssue(tx, item.issueId, input.version);
    await applyMove(tx, actor, item.draft, "UNADOPT", { version: item.draft.version });
    await tx.issueItem.delete({ where: { id: item.id } });
    await audit(tx, { actorId: actor.id, action: "issue.removeItem", entityType: "BulletinIssue", entityId: item.issueId, data: { draftId: item.draftId } });
  });
}
