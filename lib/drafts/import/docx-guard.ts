/**
 * Checks an uploaded file before anything parses it: a real .docx (a ZIP holding
 * word/document.xml), not an old .doc, an .exe renamed, or a macro document, and not a ZIP
 * bomb. Entry count and declared sizes are capped from the central directory, then every
 * entry is inflated once with yauzl (which stops an entry that inflates past its declared
 * size), counting bytes against the cap, before mammoth sees the file.
 */
import yauzl from "yauzl";
import { ValidationError } from "@/lib/errors";

export const UPLOAD_LIMITS = {
  /** The upload itself. */
  maxBytes: Number(process.env.UPLOAD_MAX_MB ?? 20) * 1024 * 1024,
  maxEntries: 1000,
  /** All entries together, unpacked. */
  maxUnpackedBytes: 200 * 1024 * 1024,
};

const refuse = (message: string) => new ValidationError({ file: message }, message);

function sniff(bytes: Buffer) {
  if (bytes.subarray(0, 4).equals(Buffer.from([0x50, 0x4b, 0x03, 0x04]))) return "zip";
  if (bytes.subarray(0, 8).equals(Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]))) return "ole";
  if (bytes.subarray(0, 2).toString("latin1") === "MZ") return "exe";
  return "other";
}

function openZip(bytes: Buffer): Promise<yauzl.ZipFile> {
  return new Promise((resolve, reject) =>
    yauzl.fromBuffer(bytes, { lazyEntries: true, validateEntrySizes: true }, (err, zip) => (err || !zip ? reject(err) : resolve(zip))),
  );
}

/** Reads the central directory: names and declared sizes, nothing inflated yet. */
async function listEntries(bytes: Buffer): Promise<{ zip: yauzl.ZipFile; entries: yauzl.Entry[] }> {
  const zip = await openZip(bytes);
  const entries: yauzl.Entry[] = [];
  await new Promise<void>((resolve, reject) => {
    zip.on("entry", (entry: yauzl.Entry) => {
      entries.push(entry);
      if (entries.length > UPLOAD_LIMITS.maxEntries) return reject(refuse("文件内部结构异常（条目过多），不能导入"));
      zip.readEntry();
    });
    zip.on("end", () => resolve());
    zip.on("error", reject);
    zip.readEntry();
  });
  return { zip, entries };
}

function inflateAll(bytes: Buffer, budget: number): Promise<void> {
  return new Promise((resolve, reject) => {
    let total = 0;
    yauzl.fromBuffer(bytes, { lazyEntries: true, validateEntrySizes: true }, (err, zip) => {
      if (err || !zip) return reject(err);
      zip.on("error", reject);
      zip.on("end", () => resolve());
      zip.on("entry", (entry: yauzl.Entry) => {
        if (entry.fileName.endsWith("/")) return zip.readEntry();
        zip.openReadStream(entry, (e, stream) => {
          if (e || !stream) return reject(e);
          stream.on("data", (chunk: Buffer) => {
            total += chunk.length;
            if (total > budget) {
              stream.destroy();
              zip.close();
              reject(refuse("文件解压后过大，疑似异常文件，不能导入"));
            }
          });
          stream.on("error", reject);
          stream.on("end", () => zip.readEntry());
        });
      });
      zip.readEntry();
    });
  });
}

/** Throws a ValidationError (message at the 文件 field) unless the bytes are a plain .docx within the limits. */
export async function assertSafeDocx(fileName: string, bytes: Buffer): Promise<void> {
  if (bytes.length === 0) throw refuse("文件是空的");
  if (bytes.length > UPLOAD_LIMITS.maxBytes) throw refuse(`文件超过${UPLOAD_LIMITS.maxBytes / 1024 / 1024}MB，不能导入`);
  const kind = sniff(bytes);
  const ext = fileName.toLowerCase().split(".").pop();
  if (kind === "ole" || ext === "doc") throw refuse("这是旧版 Word（.doc）文件，请在 Word 或 WPS 里“另存为”.docx 格式后再导入");
  if (ext === "docm" || ext === "dotm") throw refuse("含宏的 Word 文档（.docm）不能导入，请另存为不含宏的 .docx");
  if (kind === "exe") throw refuse("这不是 Word 文件，不能导入");
  if (kind !== "zip" || ext !== "docx") throw refuse("只能导入 Word 的 .docx 文件");

  let entries: yauzl.Entry[];
  try {
    const listed = await listEntries(bytes);
    listed.zip.close();
    entries = listed.entries;
  } catch (error) {
    if (error instanceof ValidationError) throw error;
    throw refuse("文件已损坏或不是有效的 .docx 文件");
  }
  const names = new Set(entries.map((e) => e.fileName));
  if (!names.has("word/document.xml") || !names.has("[Content_Types].xml")) throw refuse("文件已损坏或不是有效的 .docx 文件");
  if (entries.some((e) => /vbaProject\.bin$|vbaData\.xml$/i.test(e.fileName))) {
    throw refuse("含宏的 Word 文档不能导入，请另存为不含宏的 .docx");
  }
  const declared = entries.reduce((sum, e) => sum + e.uncompressedSize, 0);
  if (declared > UPLOAD_LIMITS.maxUnpackedBytes) throw refuse("文件解压后过大，疑似异常文件，不能导入");
  try {
    await inflateAll(bytes, UPLOAD_LIMITS.maxUnpackedBytes);
  } catch (error) {
    if (error instanceof ValidationError) throw error;
    throw refuse("文件已损坏或不是有效的 .docx 文件");
  }
}
