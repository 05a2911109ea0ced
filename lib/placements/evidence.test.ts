import { describe, expect, it } from "vitest";
import { ValidationError } from "@/lib/errors";
import { checkEvidence } from "./evidence";
import { EVIDENCE_MAX_BYTES, EVIDENCE_MESSAGES } from "./evidence-limits";

const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
const fieldError = (fn: () => unknown) => {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(ValidationError);
    return (e as ValidationError).fieldErrors?.evidence;
  }
  throw new Error("accepted");
};

describe("checkEvidence", () => {
  it("takes the type from the bytes and names the file after it", () => {
    expect(checkEvidence({ fileName: "版面.jpg", bytes: png })).toMatchObject({ contentType: "image/png", fileName: "版面.png", size: png.length });
    expect(checkEvidence({ fileName: "报纸", bytes: Buffer.from("%PDF-1.7\n...") })).toMatchObject({ contentType: "application/pdf", fileName: "报纸.pdf" });
    expect(checkEvidence({ fileName: "a.jpeg", bytes: Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0]) }).contentType).toBe("image/jpeg");
  });

  it("refuses a renamed Word file, an empty file and an oversized one", () => {
    const docx = Buffer.from([0x50, 0x4b, 0x03, 0x04, 0, 0]);
    expect(fieldError(() => checkEvidence({ fileName: "截图.png", bytes: docx }))).toBe(EVIDENCE_MESSAGES.wrongType);
    expect(fieldError(() => checkEvidence({ fileName: "a.pdf", bytes: Buffer.alloc(0) }))).toBe(EVIDENCE_MESSAGES.empty);
    const big = Buffer.concat([png, Buffer.alloc(EVIDENCE_MAX_BYTES)]);
    expect(fieldError(() => checkEvidence({ fileName: "a.png", bytes: big }))).toBe(EVIDENCE_MESSAGES.tooBig);
  });
});
