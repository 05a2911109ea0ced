/**
 * 证明材料: a PDF or a picture of the page, recognised by its first bytes (never by its name or
 * the browser's word), within a size limit. Anything else is refused with a message at the field.
 */
import { createHash } from "node:crypto";
import { ValidationError } from "@/lib/errors";
import { sniffPdfOrImage } from "@/lib/files/sniff";
import { EVIDENCE_MAX_BYTES, EVIDENCE_MESSAGES } from "./evidence-limits";

export type EvidenceFile = { fileName: string; bytes: Buffer };

/** The checked file as stored: its real type, a name ending as that type, size and digest. */
export function checkEvidence(file: EvidenceFile) {
  if (file.bytes.length === 0) throw new ValidationError({ evidence: EVIDENCE_MESSAGES.empty }, EVIDENCE_MESSAGES.empty);
  if (file.bytes.length > EVIDENCE_MAX_BYTES) throw new ValidationError({ evidence: EVIDENCE_MESSAGES.tooBig }, EVIDENCE_MESSAGES.tooBig);
  const kind = sniffPdfOrImage(file.bytes);
  if (!kind) throw new ValidationError({ evidence: EVIDENCE_MESSAGES.wrongType }, EVIDENCE_MESSAGES.wrongType);
  const stem = file.fileName.replace(/\.[^.]*$/, "").slice(0, 100) || "证明材料";
  return {
    fileName: `${stem}.${kind.ext}`,
    contentType: kind.type,
    size: file.bytes.length,
    sha256: createHash("sha256").update(file.bytes).digest("hex"),
    data: new Uint8Array(file.bytes),
  };
}
