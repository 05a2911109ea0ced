/**
 * Reads a (checked) .docx into a draft: its title, one line per paragraph, and its images.
 * No HTML is kept: mammoth's document tree is walked for plain text, so nothing a file
 * carries (scripts, links, event handlers) can reach a page; React escapes the text anyway.
 *
 * Headings are recognised by their numbering (一、 / （一） / 1.) as the editor does. Word's
 * own automatic numbering is not part of the text, so it is put back as text (see numberer):
 * as heading numbers only for Chinese heading formats and heading styles. Tables become lines
 * (see tableLines), ruby keeps its base text (patches/mammoth+1.13.0.patch).
 *
 * mammoth runs in a worker thread (docx-parse.ts), which also reads the pictures within
 * IMAGE_LIMITS: identical pictures are kept once.
 */
import { blockTypeOf } from "@/lib/drafts/body";
import { parseDocx, type ImageLimits, type ParsedNode } from "./docx-parse";

export type ImportedImage = { contentType: string; data: Buffer; sha256: string };
export type ImportedDocx = {
  title: string;
  body: string;
  eventDate: string | null;
  /** Distinct pictures, in the order they first appear. */
  images: ImportedImage[];
  /** Picture places not read because a limit was reached. */
  imagesSkipped: number;
  /** Tables turned into lines of text (the officer is told). */
  tables: number;
};

export const IMAGE_LIMITS: ImageLimits = {
  maxReferences: 100,
  maxBytes: 50 * 1024 * 1024,
};

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

type Node = ParsedNode;
type Numbering = NonNullable<Node["numbering"]>;

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

const clean = (text: string) => text.replace(/\s+/g, " ").trim();

/**
 * A table as readable lines, since a draft's body is text: with a header row of short cells,
 * each further row reads "表头：内容；表头：内容"; otherwise a row's cells are joined by "；".
 */
function tableLines(table: Node): string[] {
  const rows = (table.children ?? []).filter((r) => r.type === "tableRow").map((r) => (r.children ?? []).map((c) => clean(textOf(c))));
  const filled = rows.filter((cells) => cells.some(Boolean));
  if (filled.length === 0) return [];
  const [head, ...rest] = filled;
  const header = rest.length > 0 && head.length > 1 && head.every((c) => c && [...c].length <= 12);
  if (header) {
    return rest.map((cells) =>
      cells
        .map((cell, i) => (cell ? `${head[i] ?? ""}${head[i] ? "：" : ""}${cell}` : ""))
        .filter(Boolean)
        .join("；"),
    );
  }
  return filled.map((cells) => cells.filter(Boolean).join("；"));
}

type Item = { kind: "paragraph"; node: Node } | { kind: "table"; lines: string[] };

/** Paragraphs in document order; a table (with any table inside it) is one item. */
function itemsOf(node: Node, out: Item[] = []): Item[] {
  if (node.type === "paragraph") out.push({ kind: "paragraph", node });
  else if (node.type === "table") out.push({ kind: "table", lines: tableLines(node) });
  else for (const child of node.children ?? []) itemsOf(child, out);
  return out;
}

const LEVEL = { h1: 0, h2: 1, h3: 2 } as const;

function parseChineseNumber(text: string): number {
  const [tens, ones] = text.includes("十") ? text.split("十") : ["", text];
  const digit = (c: string) => CN.indexOf(c) + 1;
  return text.includes("十") ? (tens ? digit(tens) : 1) * 10 + (ones ? digit(ones) : 0) : digit(ones);
}

/** Word's number formats for Chinese counting (一、二、三). */
const CHINESE_FORMATS = new Set(["chineseCounting", "chineseCountingThousand", "chineseLegalSimplified", "ideographTraditional", "ideographLegalTraditional", "taiwaneseCounting", "taiwaneseCountingThousand", "japaneseCounting"]);
const CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳";

/** One number as a list level's format writes it. */
function formatNumber(format: string | undefined, n: number): string {
  if (format && CHINESE_FORMATS.has(format)) return chineseNumber(n);
  const letters = (base: number) => String.fromCharCode(base + ((n - 1) % 26));
  switch (format) {
    case "lowerLetter":
      return letters(97);
    case "upperLetter":
      return letters(65);
    case "lowerRoman":
      return roman(n).toLowerCase();
    case "upperRoman":
      return roman(n);
    case "decimalEnclosedCircle":
    case "decimalEnclosedCircleChinese":
      return CIRCLED[n - 1] ?? String(n);
    case "decimalFullWidth":
      return [...String(n)].map((d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0)).join("");
    default:
      return String(n);
  }
}

function roman(n: number): string {
  const table: Array<[number, string]> = [[1000, "M"], [900, "CM"], [500, "D"], [400, "CD"], [100, "C"], [90, "XC"], [50, "L"], [40, "XL"], [10, "X"], [9, "IX"], [5, "V"], [4, "IV"], [1, "I"]];
  let out = "";
  for (const [value, letters] of table) {
    while (n >= value) {
      out += letters;
      n -= value;
    }
  }
  return out;
}

/** Heading 1–3 (标题 1–3) by style name: a numbered paragraph so styled is a heading of that level. */
function headingStyleLevel(p: Node): number | null {
  const m = /^(?:heading|标题)\s*([1-3])$/i.exec(p.styleName?.trim() ?? "");
  return m ? Number(m[1]) - 1 : null;
}

/** A list level numbered 一、 or （一）: the Chinese heading formats. */
function chineseHeadingLevel(numbering: Numbering): number | null {
  if (!numbering.format || !CHINESE_FORMATS.has(numbering.format)) return null;
  const text = (numbering.levelText ?? "").trim();
  if (/^%\d、$/.test(text)) return 0;
  if (/^[（(]%\d[）)]$/.test(text)) return 1;
  return null;
}

/**
 * Puts back Word's automatic numbering as text. A list item is a heading only where its number
 * format is a Chinese heading format (一、 / （一）) or its paragraph has a heading style; it then
 * gets the heading numbers 一、 / （一） / 1. of its level, which headings typed by hand also
 * advance. Any other list (1. 2. 3., （1）, a. …) keeps its own numbers as a plain paragraph.
 */
function numberer() {
  const headings = [0, 0, 0];
  const lists = new Array<number>(9).fill(0);
  const reset = (counters: number[], level: number) => {
    for (let deeper = level + 1; deeper < counters.length; deeper++) counters[deeper] = 0;
  };
  const heading = (level: number, text: string) => {
    headings[level] += 1;
    reset(headings, level);
    const n = headings[level];
    return [`${chineseNumber(n)}、`, `（${chineseNumber(n)}）`, `${n}.`][level] + text;
  };
  return {
    numbered(p: Node, numbering: Numbering, text: string) {
      const level = Math.min(8, Math.max(0, Number(numbering.level) || 0));
      if (blockTypeOf(text) !== "p") return text;
      const styled = headingStyleLevel(p);
      if (styled !== null) return heading(styled, text);
      const chinese = chineseHeadingLevel(numbering);
      if (chinese !== null) return heading(chinese, text);
      lists[level] += 1;
      reset(lists, level);
      const pattern = numbering.levelText ?? `%${level + 1}.`;
      const prefix = pattern.replace(/%([1-9])/g, (_, k: string) => formatNumber(Number(k) - 1 === level ? numbering.format : "decimal", lists[Number(k) - 1] || 1));
      return `${prefix}${/[\s、.．)）]$/.test(prefix) || prefix === "" ? "" : " "}${text}`.trim();
    },
    typed(text: string) {
      const type = blockTypeOf(text);
      if (type === "p") return;
      const level = LEVEL[type];
      const match = text.match(/^[（(]?([一二三四五六七八九十]+|\d+)/);
      if (!match) return;
      headings[level] = /\d/.test(match[1]) ? Number(match[1]) : parseChineseNumber(match[1]);
      reset(headings, level);
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
  const parsed = await parseDocx(bytes, limits);
  const images = parsed.images.map((image) => ({ contentType: imageContentType(image.contentType), data: Buffer.from(image.data), sha256: image.sha256 }));
  const imagesSkipped = parsed.imagesSkipped;
  const items = itemsOf(parsed.tree);
  const number = numberer();
  const lines: Array<{ text: string; node: Node | null }> = [];
  let tables = 0;
  for (const item of items) {
    if (item.kind === "table") {
      if (item.lines.length > 0) tables += 1;
      lines.push(...item.lines.map((text) => ({ text, node: null })));
      continue;
    }
    const p = item.node;
    const raw = clean(textOf(p));
    if (!raw) continue;
    const text = p.numbering?.isOrdered ? number.numbered(p, p.numbering, raw) : raw;
    number.typed(text);
    lines.push({ text, node: p });
  }
  // The title: a Title-styled or centred first paragraph, as officers lay out their Word drafts.
  const first = lines[0];
  const hasTitle = first?.node != null && isTitleStyle(first.node) && first.text.length <= 60;
  const title = hasTitle ? first.text : fallbackTitle;
  const body = (hasTitle ? lines.slice(1) : lines).map((l) => l.text).join("\n");
  return { title, body, eventDate: findEventDate(body.slice(0, 300), today), images, imagesSkipped, tables };
}
