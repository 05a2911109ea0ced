/**
 * Checks an uploaded file before anything parses it: a real .docx (a ZIP holding
 * word/document.xml), not an old .doc, an .exe renamed, or a macro document, and not a ZIP
 * bomb. Entry count and declared sizes are capped from the central directory, then every
 * entry is inflated once with yauzl (which stops an entry that inflates past its declared
 * size), counting bytes against the cap, before mammoth sees the file.
 *
 * The same pass keeps the XML parts (relationships, the document, headers, notes…), which
 * are capped in size, and these are then read for what Word would fetch or run when the kept
 * original is opened: external templates or content, OLE objects, altChunks, DDE fields.
 */
import yauzl from "yauzl";
import { ValidationError } from "@/lib/errors";
import { decodePart, hasDdeField, relationshipKind, relationshipsOf, resolveTarget, type DocxPart } from "./docx-parts";
import { uploadMaxMb } from "./http";
import { textCounter } from "./text-counter";

export const UPLOAD_LIMITS = {
  /** The upload itself. */
  maxBytes: uploadMaxMb(process.env.UPLOAD_MAX_MB) * 1024 * 1024,
  maxEntries: 1000,
  /** All entries together, unpacked. */
  maxUnpackedBytes: 200 * 1024 * 1024,
  /** One XML part (word/document.xml above all), unpacked. */
  maxXmlPartBytes: 20 * 1024 * 1024,
  /** All XML parts together, unpacked: they are kept in memory for inspection. */
  maxXmlBytes: 60 * 1024 * 1024,
};

export const DOCX_MESSAGES = {
  tooMuchText: "文档内容过大，不能导入",
  external: "文档引用了外部模板或外部内容，可能不安全，不能导入",
  ole: "文档内嵌了其他对象（OLE），不能导入；请删除嵌入的文件或对象（可改为图片）后再导入",
  activeX: "文档内嵌了控件（ActiveX），不能导入；请删除文中的控件后再导入",
  altChunk: "文档内嵌了其他格式的内容块（altChunk），不能导入；请在 Word 中另存为新的 .docx 后再导入",
  dde: "文档含有自动更新的外部链接（DDE），不能导入",
  structure: "文件内部结构异常，不能导入",
};

/** The XML parts the guard keeps and reads: relationships and every .xml part. */
const isXmlPart = (name: string) => /\.(xml|rels)$/i.test(name);
/** Relationship types whose target Word reads as document text (fields run there). */
const TEXT_PARTS = new Set(["officedocument", "header", "footer", "footnotes", "endnotes", "comments", "glossarydocument"]);

const refuse = (message: string) => new ValidationError({ file: message }, message);
const tooLong = (max: number) => `正文超过${max}字，请删减后再导入`;

export function sniff(bytes: Buffer) {
  if (bytes.subarray(0, 4).equals(Buffer.from([0x50, 0x4b, 0x03, 0x04]))) return "zip";
  if (bytes.subarray(0, 8).equals(Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]))) return "ole";
  if (bytes.subarray(0, 2).toString("latin1") === "MZ") return "exe";
  return "other";
}

const EOCD = 0x06054b50;

/**
 * The bytes with the ZIP end record's comment length set to what follows the record. Some
 * writers announce a comment they never write (or write a shorter one); Word, LibreOffice and
 * mammoth read such files, yauzl refuses them. Only that one field is changed, and the copy
 * is used for the checks alone: entries, sizes and everything else are checked as before.
 */
export function lenientEndRecord(bytes: Buffer): Buffer {
  const lowest = Math.max(0, bytes.length - 22 - 0xffff);
  for (let at = bytes.length - 22; at >= lowest; at--) {
    if (bytes.readUInt32LE(at) !== EOCD) continue;
    const actual = bytes.length - at - 22;
    if (bytes.readUInt16LE(at + 20) === actual) return bytes;
    const fixed = Buffer.from(bytes);
    fixed.writeUInt16LE(actual, at + 20);
    return fixed;
  }
  return bytes;
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

/**
 * Inflates every entry once, counting against the budget; returns the XML parts' text. The
 * running text of word/document.xml is counted as it streams: past `maxTextChars` the file is
 * refused there, before the rest is inflated or parsed.
 */
function inflateAll(bytes: Buffer, budget: number, maxTextChars: number): Promise<DocxPart[]> {
  return new Promise((resolve, reject) => {
    let total = 0;
    let xmlTotal = 0;
    const parts: DocxPart[] = [];
    yauzl.fromBuffer(bytes, { lazyEntries: true, validateEntrySizes: true }, (err, zip) => {
      if (err || !zip) return reject(err);
      zip.on("error", reject);
      zip.on("end", () => resolve(parts));
      zip.on("entry", (entry: yauzl.Entry) => {
        if (entry.fileName.endsWith("/")) return zip.readEntry();
        const keep = isXmlPart(entry.fileName);
        const counter = entry.fileName === "word/document.xml" ? textCounter() : null;
        const chunks: Buffer[] = [];
        let size = 0;
        zip.openReadStream(entry, (e, stream) => {
          if (e || !stream) return reject(e);
          const stop = (message: string) => {
            stream.destroy();
            zip.close();
            reject(refuse(message));
          };
          stream.on("data", (chunk: Buffer) => {
            total += chunk.length;
            if (total > budget) return stop("文件解压后过大，疑似异常文件，不能导入");
            if (!keep) return;
            size += chunk.length;
            xmlTotal += chunk.length;
            // Sizes were checked from the central directory; this holds even if they lied.
            if (size > UPLOAD_LIMITS.maxXmlPartBytes || xmlTotal > UPLOAD_LIMITS.maxXmlBytes) return stop(DOCX_MESSAGES.tooMuchText);
            if (counter && counter.add(chunk) > maxTextChars) return stop(tooLong(maxTextChars));
            chunks.push(chunk);
          });
          stream.on("error", reject);
          stream.on("end", () => {
            if (keep) parts.push({ name: entry.fileName, text: decodePart(Buffer.concat(chunks)) });
            zip.readEntry();
          });
        });
      });
      zip.readEntry();
    });
  });
}

/**
 * What Word would fetch or run on opening the file: any external relationship but a hyperlink
 * (a remote template in settings.xml.rels, linked pictures, frames, subdocuments), OLE objects
 * and packages, ActiveX controls, altChunks, and DDE fields in any document part.
 */
/** A template on a local drive (file:///C:/… or C:\…), not on the web or a network share. */
const LOCAL_PATH = /^(file:\/\/\/)?[a-z]:[\\/]/i;
const CHART_DATA = /^word\/embeddings\/[^/]+\.xlsx$/i;

function isChartWorkbook(relsName: string, target: string): boolean {
  return /^word\/charts\/_rels\/[^/]+\.rels$/i.test(relsName) && CHART_DATA.test(resolveTarget(relsName, target));
}

function inspectParts(parts: DocxPart[]): void {
  for (const part of parts) {
    if (!/\.rels$/i.test(part.name)) continue;
    for (const rel of relationshipsOf(part.text)) {
      const kind = relationshipKind(rel.type);
      if (kind === "oleobject") throw refuse(DOCX_MESSAGES.ole);
      // A Word chart keeps its data as an .xlsx package; Word does not open it on its own.
      if (kind === "package" && !isChartWorkbook(part.name, rel.target)) throw refuse(DOCX_MESSAGES.ole);
      if (kind === "control") throw refuse(DOCX_MESSAGES.activeX);
      if (kind === "afchunk") throw refuse(DOCX_MESSAGES.altChunk);
      // A document made from a template names that template's path on the author's own disk.
      const localTemplate = kind === "attachedtemplate" && LOCAL_PATH.test(rel.target);
      if (rel.external && kind !== "hyperlink" && !localTemplate) throw refuse(DOCX_MESSAGES.external);
      // Document text lives in an XML part, which is read below: a main document or header
      // under another name would not be.
      if (!rel.external && TEXT_PARTS.has(kind) && !isXmlPart(resolveTarget(part.name, rel.target))) throw refuse(DOCX_MESSAGES.structure);
    }
  }
  for (const part of parts) {
    if (/\.xml$/i.test(part.name) && hasDdeField(part.text)) throw refuse(DOCX_MESSAGES.dde);
  }
}

/**
 * Throws a ValidationError (message at the 文件 field) unless the bytes are a plain .docx within
 * the limits, with at most `maxTextChars` characters of text in its main document. Returns the
 * bytes to parse: the file itself, or a copy with its end record's comment length put right.
 */
export async function assertSafeDocx(fileName: string, bytes: Buffer, maxTextChars = Infinity): Promise<Buffer> {
  if (bytes.length === 0) throw refuse("文件是空的");
  if (bytes.length > UPLOAD_LIMITS.maxBytes) throw refuse(`文件超过${UPLOAD_LIMITS.maxBytes / 1024 / 1024}MB，不能导入`);
  const kind = sniff(bytes);
  const ext = fileName.toLowerCase().split(".").pop();
  if (kind === "ole" || ext === "doc") throw refuse("这是旧版 Word（.doc）文件，请在 Word 或 WPS 里“另存为”.docx 格式后再导入");
  if (ext === "docm" || ext === "dotm") throw refuse("含宏的 Word 文档（.docm）不能导入，请另存为不含宏的 .docx");
  if (kind === "exe") throw refuse("这不是 Word 文件，不能导入");
  if (kind !== "zip" || ext !== "docx") throw refuse("只能导入 Word 的 .docx 文件");

  return checkOoxmlPackage(bytes, {
    requiredParts: ["word/document.xml"],
    corrupt: "文件已损坏或不是有效的 .docx 文件",
    macro: "含宏的 Word 文档不能导入，请另存为不含宏的 .docx",
    maxTextChars,
  });
}

/**
 * The ZIP checks every Office upload goes through (Word here, Excel in lib/onboarding): the
 * central directory read with capped entry count and declared sizes, the required parts present,
 * no macros, embedded objects or ActiveX, every entry inflated once against the budget, and the
 * relationships read for what Office would fetch or run. Returns the bytes to parse.
 */
export async function checkOoxmlPackage(
  bytes: Buffer,
  opts: { requiredParts: string[]; corrupt: string; macro: string; maxTextChars?: number },
): Promise<Buffer> {
  let entries: yauzl.Entry[];
  const zipBytes = lenientEndRecord(bytes);
  try {
    const listed = await listEntries(zipBytes);
    listed.zip.close();
    entries = listed.entries;
  } catch (error) {
    if (error instanceof ValidationError) throw error;
    throw refuse(opts.corrupt);
  }
  const names = new Set(entries.map((e) => e.fileName));
  if (!opts.requiredParts.every((p) => names.has(p)) || !names.has("[Content_Types].xml")) throw refuse(opts.corrupt);
  if (entries.some((e) => /vbaProject\.bin$|vbaData\.xml$/i.test(e.fileName))) throw refuse(opts.macro);
  if (entries.some((e) => /(^|\/)embeddings\/./i.test(e.fileName) && !CHART_DATA.test(e.fileName))) throw refuse(DOCX_MESSAGES.ole);
  if (entries.some((e) => /(^|\/)activeX\//i.test(e.fileName))) throw refuse(DOCX_MESSAGES.activeX);
  const declared = entries.reduce((sum, e) => sum + e.uncompressedSize, 0);
  if (declared > UPLOAD_LIMITS.maxUnpackedBytes) throw refuse("文件解压后过大，疑似异常文件，不能导入");
  const xml = entries.filter((e) => isXmlPart(e.fileName));
  if (xml.some((e) => e.uncompressedSize > UPLOAD_LIMITS.maxXmlPartBytes)) throw refuse(DOCX_MESSAGES.tooMuchText);
  if (xml.reduce((sum, e) => sum + e.uncompressedSize, 0) > UPLOAD_LIMITS.maxXmlBytes) throw refuse(DOCX_MESSAGES.tooMuchText);
  let parts: DocxPart[];
  try {
    parts = await inflateAll(zipBytes, UPLOAD_LIMITS.maxUnpackedBytes, opts.maxTextChars ?? Infinity);
  } catch (error) {
    if (error instanceof ValidationError) throw error;
    throw refuse(opts.corrupt);
  }
  inspectParts(parts);
  return zipBytes;
}
