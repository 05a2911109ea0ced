import { db, type Tx } from "@/lib/db";
import { can, scopeOf, type Actor, type Permission } from "@/lib/authz/permissions";
import { isUuid } from "@/lib/ids";
import { textOwner, type DraftStatus } from "./workflow";
import { NotFoundError } from "@/lib/errors";

/**
 * Whether a draft is visible: the own unit sees all of its drafts; county roles see a draft
 * once it has reached the county. Everything else looks missing (404).
 */
export function canSeeDraft(actor: Actor, draft: { unitId: string; forwardedAt: Date | null }): boolean {
  const scope = scopeOf(actor, "draft.read");
  if (scope === "all" && draft.forwardedAt) return true;
  return scope !== null && draft.unitId === actor.unitId;
}

export async function getDraftOrThrow(actor: Actor, id: string, client: Tx | typeof db = db) {
  const draft = isUuid(id) ? await client.draft.findUnique({ where: { id } }) : null;
  if (!draft || !canSeeDraft(actor, draft)) throw new NotFoundError("没有找到这篇稿件");
  return draft;
}

const EDIT_PERMISSION: Record<NonNullable<ReturnType<typeof textOwner>>, Permission> = {
  unit: "draft.write",
  reviewer: "draft.review",
  county: "draft.decide",
};

/** The permission that lets someone change a draft's text in its status, or null when nobody may. */
export function editPermission(status: DraftStatus): Permission | null {
  const owner = textOwner(status);
  return owner ? EDIT_PERMISSION[owner] : null;
}

export function canEditDraft(actor: Actor, draft: { status: DraftStatus; unitId: string }): boolean {
  const permission = editPermission(draft.status);
  return !!permission && can(actor, permission, draft);
}
