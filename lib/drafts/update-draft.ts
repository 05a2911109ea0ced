import { db } from "@/lib/db";
import { audit } from "@/lib/audit";
import { requirePermission, type Actor } from "@/lib/authz/permissions";
import { ConflictError, DomainError } from "@/lib/errors";
import type { DraftFields } from "@/lib/validation/draft";
import { normalizeBody } from "./body";
import { getDraftOrThrow } from "./access";
import { textOwner } from "./workflow";
import { recordVersion } from "./versions";

/**
 * Saves a draft's text. The unit edits while the draft is theirs; the research office edits
 * once it is forwarded (a forwarded draft becomes 县编辑中). The author's submitted version
 * is kept as a DraftVersion and never touched here.
 */
export async function updateDraft(actor: Actor, input: DraftFields & { id: string; version: number }) {
  return db.$transaction(async (tx) => {
    const draft = await getDraftOrThrow(actor, input.id, tx);
    const owner = textOwner(draft.status);
    if (owner === "unit") requirePermission(actor, "draft.write", draft);
    else if (owner === "county") requirePermission(actor, "draft.decide", draft);
    else throw new DomainError("这篇稿件当前状态下不能修改");

    const status = draft.status === "FORWARDED" ? "EDITING" : draft.status;
    const { count } = await tx.draft.updateMany({
      where: { id: draft.id, status: draft.status, version: input.version },
      data: {
        title: input.title,
        kind: input.kind,
        eventDate: new Date(input.eventDate),
        body: normalizeBody(input.body),
        isFlagship: input.isFlagship,
        contact: input.contact || null,
        status,
        version: { increment: 1 },
      },
    });
    if (count === 0) {
      throw new ConflictError("这篇稿件刚被别人修改或流转过。您填写的内容还在编辑框里，请先复制留存，再刷新页面查看最新内容");
    }
    if (status !== draft.status) {
      await tx.draftEvent.create({
        data: { draftId: draft.id, actorId: actor.id, action: "CLAIM", fromStatus: draft.status, toStatus: status },
      });
    }
    if (owner === "county") await recordVersion(tx, draft.id, "COUNTY_EDIT", actor.id);
    await audit(tx, { actorId: actor.id, action: "draft.update", entityType: "Draft", entityId: draft.id });
    return tx.draft.findUniqueOrThrow({ where: { id: draft.id } });
  });
}
