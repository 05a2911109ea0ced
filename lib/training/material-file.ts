/**
 * 培训材料: a PDF, a Word document (.docx, no macros) or a picture, recognised by its bytes,
 * within the size limit. Anything else is refused with a message at the field.
 */
import { createHash } from "node:crypto";
import { ValidationError } from "@/lib/errors";
import { DOCX, isOleDocument, isPlainDocx, sniffPdfOrImage } from "@/lib/files/sniff";
import { MATERIAL_MAX_BYTES, MATERIAL_MESSAGES } from "./material-limits";

export type MaterialUpload = { fileName: string; bytes: Buffer };

const refuse = (message: string) => new ValidationError({ material: message }, message);

/** The checked file as stored: its real type, a name ending as that type, size and digest. */
export function checkMaterial(file: MaterialUpload) {
  if (file.bytes.length === 0) throw refuse(MATERIAL_MESSAGES.empty);
  if (file.bytes.length > MATERIAL_MAX_BYTES) throw refuse(MATERIAL_MESSAGES.tooBig);
  if (isOleDocument(file.bytes)) throw refuse(MATERIAL_MESSAGES.oldWord);
  const kind = sniffPdfOrImage(file.bytes) ?? (isPlainDocx(file.bytes) ? DOCX : null);
  if (!kind) throw refuse(MATERIAL_MESSAGES.wrongType);
  const stem = file.fileName.replace(/\.[^.]*$/, "").slice(0, 100) || "培训材料";
  return {
    fileName: `${stem}.${kind.ext}`,
    contentType: kind.type,
    size: file.bytes.length,
    sha256: createHash("sha256").update(file.bytes).digest("hex"),
    data: new Uint8Array(file.bytes),
  };
}
