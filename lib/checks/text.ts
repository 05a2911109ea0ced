import type { CheckCode, RawFinding } from "./types";

/** One line of the raw body. */
export type BodyLine = {
  /** 1-based, counting every line of the raw text. */
  line: number;
  /** The line without its line break. */
  text: string;
  /** 第几段 as a reader counts (non-blank lines, headings included); 0 for a blank line. */
  para: number;
  /** How many paragraphs come before this line. */
  before: number;
};

/** A piece of text checked on its own: the title, or one non-blank body line. */
export type Segment = {
  field: "title" | "body";
  text: string;
  line?: number;
  /** "标题" or "第3段", used at the start of messages. */
  where: string;
};

export function splitBody(body: string): BodyLine[] {
  const out: BodyLine[] = [];
  let para = 0;
  body.split(/\r?\n/).forEach((raw, i) => {
    const text = raw.replace(/\r$/, "");
    const blank = text.trim().length === 0;
    const before = para;
    if (!blank) para += 1;
    out.push({ line: i + 1, text, para: blank ? 0 : para, before });
  });
  return out;
}

export function titleSegment(title: string): Segment {
  return { field: "title", text: title, where: "标题" };
}

export function lineSegments(lines: BodyLine[]): Segment[] {
  return lines
    .filter((l) => l.para > 0)
    .map((l) => ({ field: "body", text: l.text, line: l.line, where: `第${l.para}段` }));
}

// Han ideographs (and 〇, used in dates written out as 二〇二六年).
const HAN = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\u3007]/;
// Full-width punctuation that marks the surrounding text as Chinese. Not the ideographic
// space: Word documents indent every paragraph with two of them.
const CJK_PUNCT = /[\u3001-\u3006\u3008-\u303f\uff01-\uff0f\uff1a-\uff20\uff3b-\uff40\uff5b-\uff65“”‘’—…·]/;
const SPACE = /[ \t\u00a0\u3000]/;

export const isHan = (c: string | undefined): boolean => c !== undefined && HAN.test(c);
export const isChinese = (c: string | undefined): boolean => c !== undefined && (HAN.test(c) || CJK_PUNCT.test(c));
export const isSpace = (c: string | undefined): boolean => c !== undefined && SPACE.test(c);
export const hasHan = (s: string): boolean => HAN.test(s);

/** The nearest character before index i that is not a space (undefined at the start). */
export function prevNonSpace(text: string, i: number): string | undefined {
  let j = i - 1;
  while (j >= 0 && isSpace(text[j])) j--;
  return j >= 0 ? text[j] : undefined;
}

/** The nearest character after index i that is not a space (undefined at the end). */
export function nextNonSpace(text: string, i: number): string | undefined {
  let j = i + 1;
  while (j < text.length && isSpace(text[j])) j++;
  return j < text.length ? text[j] : undefined;
}

/** The offending text with a little context, “…” where cut. */
export function excerpt(text: string, start: number, end: number, context = 8): string {
  const from = Math.max(0, start - context);
  const to = Math.min(text.length, end + context);
  return `${from > 0 ? "…" : ""}${text.slice(from, to)}${to < text.length ? "…" : ""}`;
}

export type Edit = { start: number; end: number; text: string };

/** Applies non-overlapping edits (in any order) to text. */
export function applyEdits(text: string, edits: Edit[]): string {
  const sorted = [...edits].sort((a, b) => b.start - a.start);
  let out = text;
  for (const e of sorted) out = out.slice(0, e.start) + e.text + out.slice(e.end);
  return out;
}

/** A finding located in a segment. */
export function finding(
  seg: Segment,
  code: CheckCode,
  start: number,
  end: number,
  message: string,
  fix?: { label: string; text: string },
): RawFinding {
  const f: RawFinding = {
    code,
    message: `${seg.where}：${message}`,
    field: seg.field,
    start,
    end,
    excerpt: excerpt(seg.text, start, end),
  };
  if (seg.line !== undefined) f.line = seg.line;
  if (fix) f.fix = fix;
  return f;
}

/** Spans of web addresses and e-mail addresses, whose dots and colons are not punctuation. */
export function maskedSpans(text: string): boolean[] {
  const mask = new Array<boolean>(text.length).fill(false);
  const re = /(?:https?:\/\/|www\.)[\x21-\x7e]+|[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+/g;
  for (const m of text.matchAll(re)) {
    // A sentence may go on right after the address: "见www.example.cn,请…"
    const s = m[0].replace(/[.,;:!?'")]+$/, "");
    for (let k = m.index; k < m.index + s.length; k++) mask[k] = true;
  }
  return mask;
}

// ——— Chinese numerals ———

const DIGITS: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** 一 … 九十九 → 1 … 99; anything else → null. */
export function parseChineseNumber(s: string): number | null {
  if (s.length === 1) return s === "十" ? 10 : DIGITS[s] ?? null;
  const m = /^([一二三四五六七八九]?)十([一二三四五六七八九]?)$/.exec(s);
  if (!m) return null;
  const tens = m[1] ? DIGITS[m[1]] : 1;
  if (m[1] === "一") return null; // written 十一, not 一十一
  return tens * 10 + (m[2] ? DIGITS[m[2]] : 0);
}

const NAMES = ["", "一", "二", "三", "四", "五", "六", "七", "八", "九"];

export function formatChineseNumber(n: number): string {
  if (n < 10) return NAMES[n];
  const tens = Math.floor(n / 10);
  return `${tens === 1 ? "" : NAMES[tens]}十${NAMES[n % 10]}`;
}

// ——— Calendar dates ———

/** Days since 1970-01-01 for a valid "YYYY-MM-DD", else null. */
export function dayNumber(date: string): number | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date.trim());
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const t = Date.UTC(y, mo - 1, d);
  const back = new Date(t);
  if (back.getUTCFullYear() !== y || back.getUTCMonth() !== mo - 1 || back.getUTCDate() !== d) return null;
  return t / 86_400_000;
}
