// The mammoth parse of an imported .docx, run in a worker thread (lib/drafts/import/docx-parse.ts)
// so that a large or hostile file never holds the server's thread; the thread has a time and
// a memory limit. Plain JavaScript loaded from disk by path: Next.js does not bundle it.
//
// In: workerData { bytes: Uint8Array, limits: { maxReferences, maxBytes } }.
// Out: { tree, images: [{ contentType, data, sha256 }], imagesSkipped } or { error }.
//
// Images: mammoth asks for each picture once per place it appears, and reading one inflates
// it again, so a photo placed 10,000 times would be inflated 10,000 times. Only the first
// maxReferences places are read, reading stops once maxBytes have been read, and identical
// pictures (same sha256) are kept once.
import { createHash } from "node:crypto";
import { parentPort, workerData } from "node:worker_threads";
import mammoth from "mammoth";

/** The fields of mammoth's document tree the import reads, as plain data for postMessage. */
function plain(node) {
  const out = { type: node.type };
  if (typeof node.value === "string") out.value = node.value;
  if (node.styleName) out.styleName = node.styleName;
  if (node.alignment) out.alignment = node.alignment;
  if (node.numbering) {
    const { level, isOrdered, format, levelText } = node.numbering;
    out.numbering = { level: String(level), isOrdered: !!isOrdered, format, levelText };
  }
  if (Array.isArray(node.children)) out.children = node.children.map(plain);
  return out;
}

async function parse({ bytes, limits }) {
  const images = [];
  const seen = new Set();
  let references = 0;
  let bytesRead = 0;
  let imagesSkipped = 0;
  let tree = null;
  await mammoth.convertToHtml(
    { buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) },
    {
      externalFileAccess: false,
      transformDocument: (document) => {
        tree = plain(document);
        return document;
      },
      // mammoth converts the pictures one after another, in document order.
      convertImage: mammoth.images.imgElement(async (image) => {
        references += 1;
        if (references > limits.maxReferences || bytesRead > limits.maxBytes) {
          imagesSkipped += 1;
          return { src: "" };
        }
        const data = await image.readAsBuffer();
        bytesRead += data.length;
        if (bytesRead > limits.maxBytes) {
          imagesSkipped += 1;
          return { src: "" };
        }
        const sha256 = createHash("sha256").update(data).digest("hex");
        if (!seen.has(sha256)) {
          seen.add(sha256);
          images.push({ contentType: image.contentType ?? null, data: new Uint8Array(data), sha256 });
        }
        return { src: "" };
      }),
    },
  );
  return { tree, images, imagesSkipped };
}

parse(workerData).then(
  (result) => parentPort.postMessage(result),
  (error) => parentPort.postMessage({ error: String(error?.message ?? error) }),
);
