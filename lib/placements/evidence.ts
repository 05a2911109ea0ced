/**
 * 证明材料: a PDF or a picture of the page, recognised by its first bytes (never by its name or
 * the browser's word), within a size limit. Anything else is refused with a message at the field.
 */
import { createHash } from "node:crypto";
import { ValidationError } from "@/lib/errors";
import { EVIDENCE_MAX_BYTES, EVIDENCE_MESSAGES } from "./evidence-limits";

const SIGNATURES: ReadonlyArray<{ type: string; ext: string; test: (b: Buffer) => boolean }> = [
  { type: "application/pdf", ext: "pdf", test: (b) => b.subarray(0, 5).toString("latin1") === "%PDF-" },
  { type: "image/png", ext: "png", test: (b) => b.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) },
  { type: "image/jpeg", ext: "jpg", test: (b) => b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff },
  { type: "image/gif", ext: "gif", test: (b) => ["GIF87a", "GIF89a"].includes(b.subarray(0, 6).toString("latin1")) },
  { type: "image/webp", ext: "webp", test: (b) => b.subarray(0, 4).toString("latin1") === "RIFF" && b.subarray(8, 12).toString("latin1") === "WEBP" },
];

export type EvidenceFile = { fileName: string; bytes: Buffer };

/** The checked file as stored: its real type, a name ending as that type, size and digest. */
export function checkEvidence(file: EvidenceFile) {
  if (file.bytes.length === 0) throw new ValidationError({ evidence: EVIDENCE_MESSAGES.empty }, EVIDENCE_MESSAGES.empty);
  if (file.bytes.length > EVIDENCE_MAX_BYTES) throw new ValidationError({ evidence: EVIDENCE_MESSAGES.tooBig }, EVIDENCE_MESSAGES.tooBig);
  const kind = SIGNATURES.find((s) => s.test(file.bytes));
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
