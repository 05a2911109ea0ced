import "server-only";
import { createHash } from "node:crypto";
import { db } from "@/lib/db";
import { audit } from "@/lib/audit";
import type { Actor } from "@/lib/authz/permissions";
import { requireWritesHere } from "./create-draft";
import { TITLE_MAX } from "@/lib/validation/draft";
import { shanghaiDate } from "@/lib/time";
import { imageExtension } from "./import/docx-read";
import { readImportedDocx } from "./import/read-import";
import { indexDraft } from "@/lib/similarity";

const DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
const sha256 = (data: Buffer) => createHash("sha256").update(data).digest("hex");

/**
 * 导入 Word: an officer uploads a .docx and gets a draft of the own unit with its title,
 * paragraphs and headings; the original file and its images are kept with the draft.
 * Nothing is stored unless the file passes every check.
 */
export async function importDocx(actor: Actor, input: { fileName: string; bytes: Buffer; now?: Date }) {
  await requireWritesHere(actor);
  const today = shanghaiDate(input.now ?? new Date());
  const { doc, body, baseName } = await readImportedDocx(input.fileName, input.bytes, today);

  return db.$transaction(async (tx) => {
    const draft = await tx.draft.create({
      data: {
        unitId: actor.unitId,
        authorId: actor.id,
        title: doc.title.slice(0, TITLE_MAX),
        kind: "NEWS",
        eventDate: new Date(doc.eventDate ?? today),
        body,
      },
    });
    const files = [
      { kind: "ORIGINAL" as const, fileName: input.fileName, contentType: DOCX_TYPE, data: input.bytes, sha256: sha256(input.bytes) },
      // Distinct pictures only (readDocx keeps each sha256 once).
      ...doc.images.map((image, i) => ({
        kind: "IMAGE" as const,
        fileName: `${baseName}-图${i + 1}.${imageExtension(image.contentType)}`,
        contentType: image.contentType,
        data: image.data,
        sha256: image.sha256,
      })),
    ];
    await indexDraft(tx, draft);
    for (const file of files) {
      await tx.attachment.create({
        data: { ...file, draftId: draft.id, size: file.data.length, data: new Uint8Array(file.data), createdById: actor.id },
      });
    }
    await audit(tx, {
      actorId: actor.id,
      action: "draft.import",
      entityType: "Draft",
      entityId: draft.id,
      data: { fileName: input.fileName, images: doc.images.length, imagesSkipped: doc.imagesSkipped, eventDateFound: !!doc.eventDate, tables: doc.tables },
    });
    return { draft, images: doc.images.length, imagesSkipped: doc.imagesSkipped, eventDateFound: !!doc.eventDate, tables: doc.tables };
  });
}
