import type { RawFinding } from "./types";
import { excerpt, formatChineseNumber, parseChineseNumber, type BodyLine } from "./text";

// ——— HEADING_ORDER ———

type Heading = { level: 1 | 2 | 3; n: number; start: number; end: number; numStart: number; numEnd: number };

const H1 = /^(\s*)([一二三四五六七八九十百]+)、/;
const H2 = /^(\s*)([（(])([一二三四五六七八九十百]+)[）)]/;
// 1. / 1、 / 1．, but not 10.5万元 at the start of a paragraph.
const H3 = /^(\s*)(\d{1,2})[.．、](?!\d)/;

/**
 * The heading a line starts with. Unlike blockTypeOf (lib/drafts/body.ts) a long line still
 * counts: "1.建强支部。全镇……" is numbered in the same sequence as a short one.
 */
function headingOf(text: string): Heading | null {
  let m = H1.exec(text);
  if (m) {
    const s = m[1].length;
    return { level: 1, n: parseChineseNumber(m[2]) ?? -1, start: s, end: m[0].length, numStart: s, numEnd: s + m[2].length };
  }
  m = H2.exec(text);
  if (m) {
    const s = m[1].length + m[2].length;
    return { level: 2, n: parseChineseNumber(m[3]) ?? -1, start: m[1].length, end: m[0].length, numStart: s, numEnd: s + m[3].length };
  }
  m = H3.exec(text);
  if (m) {
    const s = m[1].length;
    return { level: 3, n: Number(m[2]), start: s, end: m[0].length, numStart: s, numEnd: s + m[2].length };
  }
  return null;
}

const FORMS = {
  1: (n: number) => `${formatChineseNumber(n)}、`,
  2: (n: number) => `（${formatChineseNumber(n)}）`,
  3: (n: number) => `${n}.`,
};

/**
 * Headings out of order: a second-level （一） before any 一、, a 1. right under 一、 with no
 * （一） between, and numbers that skip or repeat (一、 then 三、). （一） starts again under each
 * new 一、, and 1. under each new （一）.
 */
export function checkHeadingOrder(lines: BodyLine[]): RawFinding[] {
  const out: RawFinding[] = [];
  const last: (number | null)[] = [null, null, null];
  let orphanReported = false;
  let jumpReported = false;

  for (const l of lines) {
    if (l.para === 0) continue;
    const h = headingOf(l.text);
    if (!h) continue;
    const marker = l.text.slice(h.start, h.end);
    const at = (message: string, fix?: { label: string; text: string }): RawFinding => {
      const f: RawFinding = {
        code: "HEADING_ORDER",
        message: `第${l.para}段：${message}`,
        field: "body",
        line: l.line,
        start: h.start,
        end: h.end,
        excerpt: excerpt(l.text, h.start, h.end, 12),
      };
      if (fix) f.fix = fix;
      return f;
    };

    if (h.level === 2 && last[0] === null && !orphanReported) {
      orphanReported = true;
      out.push(at(`二级标题“${marker}”前面没有一级标题“一、”，层级不对`));
    }
    if (h.level === 3 && last[0] !== null && last[1] === null && !jumpReported) {
      jumpReported = true;
      out.push(at(`“${marker}”直接放在一级标题下，中间缺少二级标题“（一）”`));
    }

    const prev = last[h.level - 1];
    const expected = (prev ?? 0) + 1;
    if (h.n !== expected) {
      const want = FORMS[h.level](expected);
      const fixed = l.text.slice(0, h.numStart) + (h.level === 3 ? String(expected) : formatChineseNumber(expected)) + l.text.slice(h.numEnd);
      const why =
        prev === null
          ? `这一级的第一个标题应从“${FORMS[h.level](1)}”开始`
          : `上一个同级标题是“${FORMS[h.level](prev)}”`;
      out.push(at(`标题序号“${marker}”不连续，${why}，这里应为“${want}”`, { label: `改为“${want}”`, text: fixed }));
    }
    last[h.level - 1] = h.n > 0 ? h.n : expected;
    for (let k = h.level; k < 3; k++) last[k] = null;
    if (h.level === 1) jumpReported = false;
  }
  return out;
}

// ——— EMPTY_PARAGRAPH ———

/**
 * Blank lines inside the body (and at its start or end), and lines with nothing but
 * punctuation. The last line is left alone when it is empty: that is where the cursor sits
 * after pressing Enter for a new paragraph.
 */
export function checkEmptyParagraphs(lines: BodyLine[]): RawFinding[] {
  const out: RawFinding[] = [];
  const total = lines.filter((l) => l.para > 0).length;
  // An empty body is the form's business ("请填写正文"), not this check's.
  if (total === 0) return out;
  const remove = { label: "删除此行", text: "" };
  lines.forEach((l, idx) => {
    if (l.para === 0) {
      if (idx === lines.length - 1 && l.text.length === 0) return;
      const where =
        l.before === 0 ? "正文开头" : l.before === total ? "正文末尾" : `第${l.before}段和第${l.before + 1}段之间`;
      out.push({ code: "EMPTY_PARAGRAPH", message: `${where}有空行，请删除`, field: "body", line: l.line, start: 0, end: l.text.length, fix: remove });
    } else if (/^[\s\p{P}\p{S}]+$/u.test(l.text)) {
      out.push({
        code: "EMPTY_PARAGRAPH",
        message: `第${l.para}段只有标点“${l.text.trim()}”，没有内容`,
        field: "body",
        line: l.line,
        start: 0,
        end: l.text.length,
        excerpt: l.text.trim(),
        fix: remove,
      });
    }
  });
  return out;
}
