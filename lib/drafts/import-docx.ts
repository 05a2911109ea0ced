import { createHash } from "node:crypto";
import { db } from "@/lib/db";
import { audit } from "@/lib/audit";
import { requirePermission, type Actor } from "@/lib/authz/permissions";
import { ValidationError } from "@/lib/errors";
import { BODY_MAX, TITLE_MAX } from "@/lib/validation/draft";
import { shanghaiDate } from "@/lib/time";
import { assertSafeDocx } from "./import/docx-guard";
import { imageExtension, readDocx } from "./import/docx-read";
import { indexDraft } from "@/lib/similarity";
import { normalizeBody } from "./body";

const DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
const sha256 = (data: Buffer) => createHash("sha256").update(data).digest("hex");
const refuse = (message: string) => new ValidationError({ file: message }, message);

/**
 * 导入 Word: an officer uploads a .docx and gets a draft of the own unit with its title,
 * paragraphs and headings; the original file and its images are kept with the draft.
 * Nothing is stored unless the file passes every check.
 */
export async function importDocx(actor: Actor, input: { fileName: string; bytes: Buffer; now?: Date }) {
  requirePermission(actor, "draft.write", { unitId: actor.unitId });
  // The text is counted as word/document.xml inflates: a file far over the limit never reaches mammoth.
  // Heading numbers and table labels added later are few; the exact count follows the parse.
  await assertSafeDocx(input.fileName, input.bytes, BODY_MAX + TITLE_MAX);
  const today = shanghaiDate(input.now ?? new Date());
  const baseName = input.fileName.replace(/\.docx$/i, "").trim() || "导入的稿件";
  const doc = await readDocx(input.bytes, baseName, today).catch(() => {
    throw refuse("没能读出这个 Word 文件的内容，请确认文件能在 Word 或 WPS 中正常打开");
  });
  const body = normalizeBody(doc.body);
  if (!body) throw refuse("这个 Word 文件里没有正文");
  if (body.length > BODY_MAX) throw refuse(`正文超过${BODY_MAX}字，请删减后再导入`);

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
