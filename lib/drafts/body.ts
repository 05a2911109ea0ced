/**
 * A draft's body: paragraphs and headings. Officers type it as plain lines, the way they
 * write in Word; a line numbered 一、 / （一） / 1. is a heading of level 1 / 2 / 3.
 */
export type Block = { type: "h1" | "h2" | "h3" | "p"; text: string };

const H1 = /^[一二三四五六七八九十百]+、/;
const H2 = /^[（(][一二三四五六七八九十百]+[）)]/;
const H3 = /^\d{1,2}[.．、]\s*\S/;

export function blockTypeOf(line: string): Block["type"] {
  if (H1.test(line)) return "h1";
  if (H2.test(line)) return "h2";
  if (H3.test(line) && line.length <= 60) return "h3";
  return "p";
}

export function parseBody(text: string): Block[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line.length > 0)
    .map((line) => ({ type: blockTypeOf(line), text: line }));
}

/** The stored form: trimmed lines, no empty ones. */
export function normalizeBody(text: string): string {
  return parseBody(text)
    .map((b) => b.text)
    .join("\n");
}

/** 字数 as county staff count it: every character except whitespace. */
export function countChars(text: string): number {
  return text.replace(/\s/g, "").length;
}
