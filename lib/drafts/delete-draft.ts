import "server-only";
import { db } from "@/lib/db";
import { audit } from "@/lib/audit";
import { requirePermission, type Actor } from "@/lib/authz/permissions";
import { ConflictError, DomainError } from "@/lib/errors";
import { getDraftOrThrow } from "./access";
import { isDeletable } from "./capabilities";

/**
 * Deletes a draft its unit never submitted (a false start, a Word file imported twice): with
 * its versions, pictures and similarity entries. A draft that was ever submitted keeps its
 * history and cannot be deleted. The audit log keeps the title.
 */
export async function deleteDraft(actor: Actor, input: { id: string; version: number }) {
  return db.$transaction(async (tx) => {
    const draft = await getDraftOrThrow(actor, input.id, tx);
    requirePermission(actor, "draft.write", draft);
    const events = await tx.draftEvent.count({ where: { draftId: draft.id } });
    if (!isDeletable({ status: draft.status, events })) throw new DomainError("只有从未提交过的草稿可以删除；提交过的稿件留有流转记录，不能删除");
    const { count } = await tx.draft.deleteMany({ where: { id: draft.id, status: "DRAFT", version: input.version } });
    if (count === 0) throw new ConflictError("这篇草稿刚被修改过，页面已刷新，请看过后再决定是否删除");
    await audit(tx, { actorId: actor.id, action: "draft.delete", entityType: "Draft", entityId: draft.id, data: { title: draft.title } });
  });
}
