/**
 * A file's real type, read from its first bytes (never from its name or the browser's word).
 * Shared by the uploads that store files: placement evidence, training materials.
 */
export type SniffedType = { type: string; ext: string };

const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const ZIP = Buffer.from([0x50, 0x4b, 0x03, 0x04]);
const OLE = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);

export const PDF: SniffedType = { type: "application/pdf", ext: "pdf" };
export const DOCX: SniffedType = { type: "application/vnd.openxmlformats-officedocument.wordprocessingml.document", ext: "docx" };

const IMAGES: ReadonlyArray<SniffedType & { test: (b: Buffer) => boolean }> = [
  { type: "image/png", ext: "png", test: (b) => b.subarray(0, 8).equals(PNG) },
  { type: "image/jpeg", ext: "jpg", test: (b) => b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff },
  { type: "image/gif", ext: "gif", test: (b) => ["GIF87a", "GIF89a"].includes(b.subarray(0, 6).toString("latin1")) },
  { type: "image/webp", ext: "webp", test: (b) => b.subarray(0, 4).toString("latin1") === "RIFF" && b.subarray(8, 12).toString("latin1") === "WEBP" },
];

/** A picture or a PDF, or null. */
export function sniffPdfOrImage(bytes: Buffer): SniffedType | null {
  if (bytes.subarray(0, 5).toString("latin1") === "%PDF-") return PDF;
  const image = IMAGES.find((i) => i.test(bytes));
  return image ? { type: image.type, ext: image.ext } : null;
}

/**
 * A Word document without macros: a ZIP whose entries (their names are stored uncompressed)
 * include word/document.xml and no vbaProject.bin. An .xlsx or a .docm is not one.
 */
export function isPlainDocx(bytes: Buffer): boolean {
  if (!bytes.subarray(0, 4).equals(ZIP)) return false;
  return bytes.includes("word/document.xml", 0, "latin1") && !bytes.includes("vbaProject.bin", 0, "latin1");
}

/** The old binary Office format (.doc, .xls, .ppt): recognised so that a refusal can say what to do. */
export const isOleDocument = (bytes: Buffer) => bytes.subarray(0, 8).equals(OLE);
