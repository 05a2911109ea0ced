import "server-only";
import { db } from "@/lib/db";
import { audit } from "@/lib/audit";
import { requirePermission, type Actor } from "@/lib/authz/permissions";
import { ConflictError, DomainError } from "@/lib/errors";
import type { DraftFields } from "@/lib/validation/draft";
import { lockComposingIssue } from "@/lib/bulletins/issue-access";
import { indexDraft } from "@/lib/similarity";
import { normalizeBody } from "./body";
import { getDraftOrThrow } from "./access";
import { editPermission } from "./capabilities";
import { applyMove } from "./apply-move";
import { textOwner } from "./workflow";
import { recordVersion } from "./versions";

/**
 * Saves a draft's text: the officer while it is the unit's, the reviewer while reviewing,
 * the research office once forwarded (saving a forwarded draft claims it: 县编辑中). The
 * author's submitted version stays as it was; reviewer and county edits become versions.
 */
export async function updateDraft(actor: Actor, input: DraftFields & { id: string; version: number }) {
  return db.$transaction(async (tx) => {
    let draft = await getDraftOrThrow(actor, input.id, tx);
    const permission = editPermission(draft.status);
    if (!permission) throw new DomainError("这篇稿件已经处理完毕，不能再修改");
    requirePermission(actor, permission, draft);
    if (draft.version !== input.version) throw staleSave();

    if (draft.status === "FORWARDED") {
      await applyMove(tx, actor, draft, "CLAIM", { version: draft.version });
      draft = await tx.draft.findUniqueOrThrow({ where: { id: draft.id } });
    }
    if (draft.status === "ADOPTED") {
      // The text of an adopted draft is part of an issue being composed: whoever reviewed
      // that issue must be told before publishing it.
      // An adopted draft waiting in the pool belongs to no issue yet.
      const item = await tx.issueItem.findUnique({ where: { draftId: draft.id } });
      if (item) await lockComposingIssue(tx, actor, item.issueId);
    }
    const { count } = await tx.draft.updateMany({
      where: { id: draft.id, status: draft.status, version: draft.version },
      data: {
        title: input.title,
        kind: input.kind,
        eventDate: new Date(input.eventDate),
        body: normalizeBody(input.body),
        isFlagship: input.isFlagship,
        contact: input.contact || null,
        version: { increment: 1 },
      },
    });
    if (count === 0) throw staleSave();
    const owner = textOwner(draft.status);
    if (owner !== "unit") await recordVersion(tx, draft.id, owner === "county" ? "COUNTY_EDIT" : "REVIEWER_EDIT", actor.id);
    await audit(tx, { actorId: actor.id, action: "draft.update", entityType: "Draft", entityId: draft.id });
    const updated = await tx.draft.findUniqueOrThrow({ where: { id: draft.id } });
    await indexDraft(tx, updated);
    return updated;
  });
}

function staleSave() {
  return new ConflictError("这篇稿件刚被别人修改或流转过。您填写的内容还在编辑框里，请先复制留存，再刷新页面查看最新内容");
}
