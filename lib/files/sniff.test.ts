import { describe, expect, it } from "vitest";
import { isOleDocument, isPlainDocx, sniffPdfOrImage } from "./sniff";

const zip = (...names: string[]) => Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.from(names.join("...."))]);

describe("file type by its bytes", () => {
  it("knows a PDF and the pictures whatever they are called", () => {
    expect(sniffPdfOrImage(Buffer.from("%PDF-1.4\n"))?.type).toBe("application/pdf");
    expect(sniffPdfOrImage(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0]))?.ext).toBe("png");
    expect(sniffPdfOrImage(Buffer.from([0xff, 0xd8, 0xff, 0xe0]))?.ext).toBe("jpg");
    expect(sniffPdfOrImage(Buffer.from("RIFF\0\0\0\0WEBPVP8 "))?.ext).toBe("webp");
    expect(sniffPdfOrImage(Buffer.from("<html><script>"))).toBeNull();
  });
  it("takes a Word document but not a workbook, a macro document or the old binary format", () => {
    expect(isPlainDocx(zip("[Content_Types].xml", "word/document.xml"))).toBe(true);
    expect(isPlainDocx(zip("[Content_Types].xml", "xl/workbook.xml"))).toBe(false);
    expect(isPlainDocx(zip("word/document.xml", "word/vbaProject.bin"))).toBe(false);
    expect(isPlainDocx(Buffer.from("word/document.xml"))).toBe(false);
    expect(isOleDocument(Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]))).toBe(true);
  });
});
