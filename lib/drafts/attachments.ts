import "server-only";
import { db } from "@/lib/db";
import { sql } from "@/lib/sql";
import type { AttachmentKind } from "@/lib/generated/prisma/enums";
import type { Actor } from "@/lib/authz/permissions";
import { NotFoundError } from "@/lib/errors";
import { isUuid } from "@/lib/ids";
import { canSeeDraft } from "./capabilities";

/** One attachment with its bytes, if the actor may see its draft (otherwise 404). */
export async function getAttachment(actor: Actor, id: string) {
  const file = isUuid(id) ? await db.attachment.findUnique({ where: { id }, include: { draft: { select: { unitId: true, forwardedAt: true } } } }) : null;
  if (!file || !canSeeDraft(actor, file.draft)) throw new NotFoundError("没有找到这个附件");
  return file;
}

/** A draft's attachments without their bytes, for the draft page (the caller has checked the draft). */
export function listAttachments(draftId: string) {
  return sql<{ id: string; kind: AttachmentKind; fileName: string; contentType: string; size: number; createdAt: Date }>`
    SELECT id, kind, "fileName", "contentType", size, "createdAt" FROM "Attachment" WHERE "draftId" = ${draftId}::uuid ORDER BY kind, "createdAt"`;
}
