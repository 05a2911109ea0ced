import { db, type Tx } from "@/lib/db";
import { scopeOf, type Actor } from "@/lib/authz/permissions";
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

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function isUuid(id: string): boolean {
  return UUID.test(id);
}

export async function getDraftOrThrow(actor: Actor, id: string, client: Tx | typeof db = db) {
  const draft = isUuid(id) ? await client.draft.findUnique({ where: { id } }) : null;
  if (!draft || !canSeeDraft(actor, draft)) throw new NotFoundError("没有找到这篇稿件");
  return draft;
}
