/**
 * Reads a (checked) .docx into a draft: its title, one line per paragraph, and its images.
 * No HTML is kept: mammoth's document tree is walked for plain text, so nothing a file
 * carries (scripts, links, event handlers) can reach a page; React escapes the text anyway.
 *
 * Headings are recognised by their numbering (一、 / （一） / 1.) as the editor does. Word's
 * own automatic numbering is not part of the text, so numbered paragraphs get the prefix of
 * their list level back (level 1 一、, level 2 （一）, level 3 1.).
 *
 * Images: mammoth asks for each picture once per place it appears, and reading one inflates
 * it again, so a photo placed 10,000 times would be inflated 10,000 times. Only the first
 * IMAGE_LIMITS.maxReferences places are read, reading stops once IMAGE_LIMITS.maxBytes have
 * been read, and identical pictures (same sha256) are kept once.
 */
import { createHash } from "node:crypto";
import mammoth from "mammoth";
import { blockTypeOf } from "@/lib/drafts/body";

export type ImportedImage = { contentType: string; data: Buffer; sha256: string };
export type ImportedDocx = {
  title: string;
  body: string;
  eventDate: string | null;
  /** Distinct pictures, in the order they first appear. */
  images: ImportedImage[];
  /** Picture places not read because a limit was reached. */
  imagesSkipped: number;
};

export const IMAGE_LIMITS = {
  /** Picture places read (each read inflates the picture again). */
  maxReferences: 100,
  /** Picture bytes read in all, duplicates included. */
  maxBytes: 50 * 1024 * 1024,
};
export type ImageLimits = typeof IMAGE_LIMITS;

const UNKNOWN_TYPE = "application/octet-stream";
const EXTENSIONS: Record<string, string> = {
  "image/png": "png",
  "image/jpeg": "jpg",
  "image/gif": "gif",
  "image/bmp": "bmp",
  "image/webp": "webp",
  "image/tiff": "tif",
  "image/svg+xml": "svg",
  "image/x-emf": "emf",
  "image/emf": "emf",
  "image/x-wmf": "wmf",
  "image/wmf": "wmf",
};

/**
 * A picture's content type as the file's [Content_Types].xml gives it, which mammoth leaves
 * null (or the file leaves empty) for an extension it does not know: then, or when it is not
 * a plain type/subtype, application/octet-stream.
 */
export function imageContentType(value: unknown): string {
  const type = typeof value === "string" ? value.trim().toLowerCase() : "";
  return /^[a-z0-9][\w.+-]*\/[a-z0-9][\w.+-]*$/.test(type) ? type : UNKNOWN_TYPE;
}

/** The file name extension for a stored picture: known image types only, "bin" otherwise. */
export const imageExtension = (contentType: string) => EXTENSIONS[contentType] ?? "bin";

type Node = { type: string; children?: Node[]; value?: string; styleName?: string | null; numbering?: { level: string; isOrdered: boolean } | null; alignment?: string | null };

const CN = "一二三四五六七八九";
function chineseNumber(n: number): string {
  if (n < 10) return CN[n - 1];
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  return `${tens === 1 ? "" : CN[tens - 1]}十${ones ? CN[ones - 1] : ""}`;
}

function textOf(node: Node): string {
  if (node.type === "text") return node.value ?? "";
  if (node.type === "tab") return " ";
  if (node.type === "break") return "";
  return (node.children ?? []).map(textOf).join("");
}

function paragraphsOf(node: Node, out: Node[] = []): Node[] {
  if (node.type === "paragraph") out.push(node);
  else for (const child of node.children ?? []) paragraphsOf(child, out);
  return out;
}

const LEVEL = { h1: 0, h2: 1, h3: 2 } as const;

function parseChineseNumber(text: string): number {
  const [tens, ones] = text.includes("十") ? text.split("十") : ["", text];
  const digit = (c: string) => CN.indexOf(c) + 1;
  return text.includes("十") ? (tens ? digit(tens) : 1) * 10 + (ones ? digit(ones) : 0) : digit(ones);
}

/**
 * Puts back Word's automatic numbering as text, per list level. Headings typed by hand set
 * the count too, so a list that goes on after a typed 一、 continues with 二、.
 */
function numberer() {
  const counters = [0, 0, 0];
  const reset = (level: number) => {
    for (let deeper = level + 1; deeper < counters.length; deeper++) counters[deeper] = 0;
  };
  return {
    numbered(level: number, text: string) {
      if (level > 2 || blockTypeOf(text) !== "p") return text;
      counters[level] += 1;
      reset(level);
      const n = counters[level];
      return [`${chineseNumber(n)}、`, `（${chineseNumber(n)}）`, `${n}.`][level] + text;
    },
    typed(text: string) {
      const type = blockTypeOf(text);
      if (type === "p") return;
      const level = LEVEL[type];
      const match = text.match(/^[（(]?([一二三四五六七八九十]+|\d+)/);
      if (!match) return;
      counters[level] = /\d/.test(match[1]) ? Number(match[1]) : parseChineseNumber(match[1]);
      reset(level);
    },
  };
}

const isTitleStyle = (p: Node) => /^(title|标题)$/i.test(p.styleName ?? "") || p.alignment === "center";

/** The first "X月X日" (or "YYYY年X月X日") in the text, as a date not after today. */
export function findEventDate(text: string, today: string): string | null {
  const m = text.match(/(?:(\d{4})年)?(\d{1,2})月(\d{1,2})日/);
  if (!m) return null;
  const [year, month, day] = [Number(m[1] ?? today.slice(0, 4)), Number(m[2]), Number(m[3])];
  const iso = (y: number) => `${y}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
  let date = iso(year);
  if (!m[1] && date > today) date = iso(year - 1);
  const parsed = new Date(date);
  if (Number.isNaN(parsed.getTime()) || parsed.toISOString().slice(0, 10) !== date || date > today) return null;
  return date;
}

export async function readDocx(bytes: Buffer, fallbackTitle: string, today: string, limits: ImageLimits = IMAGE_LIMITS): Promise<ImportedDocx> {
  const images: ImportedImage[] = [];
  const seen = new Set<string>();
  let references = 0;
  let bytesRead = 0;
  let imagesSkipped = 0;
  let paragraphs: Node[] = [];
  await mammoth.convertToHtml(
    { buffer: bytes },
    {
      externalFileAccess: false,
      transformDocument: (document: Node) => {
        paragraphs = paragraphsOf(document);
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
          images.push({ contentType: imageContentType(image.contentType), data, sha256 });
        }
        return { src: "" };
      }),
    },
  );
  const number = numberer();
  const lines: Array<{ text: string; node: Node }> = [];
  for (const p of paragraphs) {
    const raw = textOf(p).replace(/\s+/g, " ").trim();
    if (!raw) continue;
    const text = p.numbering?.isOrdered ? number.numbered(Number(p.numbering.level), raw) : raw;
    number.typed(text);
    lines.push({ text, node: p });
  }
  // The title: a Title-styled or centred first paragraph, as officers lay out their Word drafts.
  const first = lines[0];
  const hasTitle = first && isTitleStyle(first.node) && first.text.length <= 60;
  const title = hasTitle ? first.text : fallbackTitle;
  const body = (hasTitle ? lines.slice(1) : lines).map((l) => l.text).join("\n");
  return { title, body, eventDate: findEventDate(body.slice(0, 300), today), images, imagesSkipped };
}
