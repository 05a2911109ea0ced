import type { RawFinding } from "./types";
import {
  applyEdits,
  finding,
  hasHan,
  isChinese,
  isSpace,
  maskedSpans,
  nextNonSpace,
  prevNonSpace,
  type Edit,
  type Segment,
} from "./text";

// ——— HALF_WIDTH_PUNCT ———

type Mark = {
  start: number;
  end: number;
  /** What replaces [start, end) — and any spaces up to editEnd — in the fix. */
  replacement: string;
  editEnd: number;
  message: string;
};

const SIMPLE: Record<string, [name: string, full: string]> = {
  ",": ["逗号", "，"],
  ";": ["分号", "；"],
  ":": ["冒号", "："],
  "?": ["问号", "？"],
  "!": ["叹号", "！"],
};

const isLatin = (c: string | undefined) => c !== undefined && /[A-Za-z]/.test(c);

/** End of the spaces after index i (exclusive), when what follows them is Chinese or nothing. */
function spacesAfter(text: string, i: number): number {
  let j = i;
  while (j < text.length && isSpace(text[j])) j++;
  return j === i || j === text.length || isChinese(text[j]) ? j : i;
}

/** 会议时间为上午8:30. — a dot after a number closing a Chinese line (but not a bare "1."). */
function endsSentenceAfterNumber(text: string, i: number): boolean {
  return /\d/.test(text[i - 1] ?? "") && nextNonSpace(text, i) === undefined && hasHan(text) && !/^\s*\d{1,2}$/.test(text.slice(0, i));
}

/**
 * Half-width , . ; : ? ! " ' ( ) written in Chinese text, i.e. next to a Chinese character
 * or full-width mark. Not decimals (3.5万), list numbers (1.主要做法), times (8:30), ratios,
 * web addresses, or punctuation between English words and abbreviations (Ph.D.).
 */
export function halfWidthMarks(text: string): Mark[] {
  const masked = maskedSpans(text);
  const marks: Mark[] = [];
  const chineseAround = (i: number, j = i) => isChinese(prevNonSpace(text, i)) || isChinese(nextNonSpace(text, j));

  // Parentheses come in pairs: flag a pair around Chinese text, or a list number (1) before
  // Chinese; a lone half-width parenthesis next to Chinese text is flagged on its own.
  const opens: number[] = [];
  const parenMark = (i: number) => {
    const full = text[i] === "(" ? "（" : "）";
    marks.push({ start: i, end: i + 1, replacement: full, editEnd: i + 1, message: `中文里用了半角括号“${text[i]}”，应为全角“${full}”` });
  };
  for (let i = 0; i < text.length; i++) {
    if (masked[i]) continue;
    if (text[i] === "(") opens.push(i);
    else if (text[i] === ")") {
      const j = opens.pop();
      if (j === undefined) {
        // "1)" at the start of a line is a list number, not a stray parenthesis.
        if (!/^\s*(\d{1,2}|[A-Za-z])$/.test(text.slice(0, i)) && chineseAround(i)) parenMark(i);
        continue;
      }
      const inner = text.slice(j + 1, i);
      if (hasHan(inner) || (/^\s*\d{1,2}\s*$/.test(inner) && isChinese(nextNonSpace(text, i)))) {
        parenMark(j);
        parenMark(i);
      }
    }
  }
  for (const j of opens) if (chineseAround(j)) parenMark(j);

  // Straight quotes, paired in order: “…” / ‘…’. An apostrophe between letters (Xi'an) is
  // not a quote.
  for (const [q, open, close, name] of [
    ['"', "“", "”", "引号"],
    ["'", "‘", "’", "单引号"],
  ] as const) {
    const at: number[] = [];
    for (let i = 0; i < text.length; i++) {
      if (text[i] !== q || masked[i]) continue;
      if (q === "'" && isLatin(text[i - 1]) && isLatin(text[i + 1])) continue;
      at.push(i);
    }
    for (let k = 0; k < at.length; k += 2) {
      const a = at[k];
      const b = at[k + 1];
      if (b === undefined) {
        if (!chineseAround(a)) continue;
        const full = a + 1 < text.length && !isSpace(text[a + 1]) ? open : close;
        marks.push({ start: a, end: a + 1, replacement: full, editEnd: a + 1, message: `中文里用了半角${name}“${q}”，应为全角“${full}”` });
        continue;
      }
      if (!(chineseAround(a) || chineseAround(b) || hasHan(text.slice(a + 1, b)))) continue;
      marks.push({ start: a, end: a + 1, replacement: open, editEnd: a + 1, message: `中文里用了半角${name}“${q}”，应为全角“${open}”` });
      marks.push({ start: b, end: b + 1, replacement: close, editEnd: b + 1, message: `中文里用了半角${name}“${q}”，应为全角“${close}”` });
    }
  }

  for (let i = 0; i < text.length; i++) {
    if (masked[i]) continue;
    const c = text[i];
    const simple = SIMPLE[c];
    if (simple) {
      if (!chineseAround(i)) continue;
      const [name, full] = simple;
      marks.push({ start: i, end: i + 1, replacement: full, editEnd: spacesAfter(text, i + 1), message: `中文里用了半角${name}“${c}”，应为全角“${full}”` });
    } else if (c === ".") {
      let k = i;
      while (k < text.length && text[k] === ".") k++;
      const run = text.slice(i, k);
      if (run.length >= 2) {
        // "等..." for an ellipsis
        if (chineseAround(i, k - 1)) {
          marks.push({ start: i, end: k, replacement: "……", editEnd: spacesAfter(text, k), message: `中文里用“${run}”当省略号，应为“……”` });
        }
      } else if (/^\s*[一二三四五六七八九十]+$/.test(text.slice(0, i))) {
        // "一.加强组织建设": the number of a first-level heading takes 、
        marks.push({ start: i, end: k, replacement: "、", editEnd: spacesAfter(text, k), message: "标题序号后用了半角点“.”，应为顿号“、”" });
      } else if (isChinese(prevNonSpace(text, i)) || endsSentenceAfterNumber(text, i)) {
        // Not 3.5万, 1.主要做法 or Ph.D.: there a digit or letter comes before the dot.
        marks.push({ start: i, end: k, replacement: "。", editEnd: spacesAfter(text, k), message: "中文里用了半角句号“.”，应为全角“。”" });
      }
      i = k - 1;
    }
  }
  return marks.sort((a, b) => a.start - b.start);
}

export function checkHalfWidthPunct(seg: Segment): RawFinding[] {
  const marks = halfWidthMarks(seg.text);
  if (marks.length === 0) return [];
  const fixed = applyEdits(
    seg.text,
    marks.map((m): Edit => ({ start: m.start, end: m.editEnd, text: m.replacement })),
  );
  const fix = { label: "改为全角", text: fixed };
  return marks.map((m) => finding(seg, "HALF_WIDTH_PUNCT", m.start, m.end, m.message, fix));
}

// ——— UNBALANCED ———

const PAIRS: Record<string, { open: string; close: string; name: string }> = {};
for (const [open, close, name] of [
  ["“", "”", "引号"],
  ["‘", "’", "单引号"],
  ["（", "）", "括号"],
  ["(", ")", "括号"],
  ["《", "》", "书名号"],
  ["【", "】", "方括号"],
  ["〔", "〕", "六角括号"],
] as const) {
  PAIRS[open] = PAIRS[close] = { open, close, name };
}
const isOpen = (c: string) => PAIRS[c]?.open === c;
const isQuote = (c: string) => "“”‘’".includes(c);

/** Quotes all typed the same way round (“…“ or ”…”), an even number of them: pair them in order. */
function repairQuotes(text: string, open: string, close: string): string | null {
  const all = [...text].filter((c) => c === open || c === close);
  if (all.length === 0 || all.length % 2 !== 0 || !all.every((c) => c === all[0])) return null;
  let k = 0;
  return text.replace(new RegExp(`[${open}${close}]`, "g"), () => (k++ % 2 === 0 ? open : close));
}

/**
 * Quotes and brackets that do not pair up within a paragraph: “ without ”, 《 without 》,
 * a ( closed by ）, and so on. Says which mark is missing.
 */
export function checkUnbalanced(seg: Segment): RawFinding[] {
  const text = seg.text;
  const masked = maskedSpans(text);
  const out: RawFinding[] = [];
  const stack: number[] = [];
  const show = (c: string) => (isQuote(c) ? "" : `“${c}”`);
  const missingClose = (i: number) => {
    const p = PAIRS[text[i]];
    out.push(finding(seg, "UNBALANCED", i, i + 1, `左${p.name}${show(p.open)}缺少对应的右${p.name}${show(p.close)}`, quoteFix(text[i])));
  };
  const quoteFix = (c: string) => {
    if (!isQuote(c)) return undefined;
    const p = PAIRS[c];
    const fixed = repairQuotes(text, p.open, p.close);
    return fixed === null ? undefined : { label: "按顺序配对引号", text: fixed };
  };

  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    const p = PAIRS[c];
    if (!p || masked[i]) continue;
    if (isOpen(c)) {
      stack.push(i);
      continue;
    }
    // An apostrophe in English (don’t) is not a closing quote.
    if (c === "’" && /[A-Za-z]/.test(text[i - 1] ?? "") && /[A-Za-z]/.test(text[i + 1] ?? "")) continue;
    // "1)" / "1）" at the start of a line numbers a list item.
    if ((c === ")" || c === "）") && /^\s*(\d{1,2}|[A-Za-z])$/.test(text.slice(0, i))) continue;

    const top = stack.length > 0 ? text[stack[stack.length - 1]] : undefined;
    if (top === p.open) {
      stack.pop();
      continue;
    }
    // （…) or (…）: the same bracket, one half-width and one full-width.
    const other = c === ")" ? "（" : c === "）" ? "(" : undefined;
    if (other !== undefined && top === other && !stack.some((j) => text[j] === p.open)) {
      const j = stack.pop()!;
      // Make both full-width: replace whichever of the two is half-width.
      const half = c === ")" ? i : j;
      const fixed = text.slice(0, half) + (c === ")" ? "）" : "（") + text.slice(half + 1);
      const message = c === ")" ? "全角左括号“（”配了半角右括号“)”" : "半角左括号“(”配了全角右括号“）”";
      out.push(finding(seg, "UNBALANCED", i, i + 1, message, { label: "改为全角括号", text: fixed }));
      continue;
    }
    const depth = stack.findLastIndex((j) => text[j] === p.open);
    if (depth >= 0) {
      // Whatever was opened after the matching mark was never closed.
      for (const j of stack.splice(depth + 1)) missingClose(j);
      stack.pop();
      continue;
    }
    out.push(finding(seg, "UNBALANCED", i, i + 1, `右${p.name}${show(p.close)}前面缺少对应的左${p.name}${show(p.open)}`, quoteFix(c)));
  }
  for (const j of stack) missingClose(j);
  return out.sort((a, b) => (a.start ?? 0) - (b.start ?? 0));
}
