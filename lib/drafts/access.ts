import "server-only";
import { db, type Tx } from "@/lib/db";
import type { Actor } from "@/lib/authz/permissions";
import { isUuid } from "@/lib/ids";
import { NotFoundError } from "@/lib/errors";
import { canSeeDraft } from "./capabilities";

export async function getDraftOrThrow(actor: Actor, id: string, client: Tx | typeof db = db) {
  const draft = isUuid(id) ? await client.draft.findUnique({ where: { id } }) : null;
  if (!draft || !canSeeDraft(actor, draft)) throw new NotFoundError("没有找到这篇稿件");
  return draft;
}
