/**
 * The print layout of a bulletin (GB/T 9704-2012): pages of positioned lines, computed once
 * and drawn by both the PDF renderer and the HTML print sheets, so the two cannot differ.
 * Pure: text measurement is injected (pdfkit font metrics in production, a 1-em / half-em
 * rule in tests).
 *
 * Units are PDF points, origin at the page's top-left corner, y growing downwards.
 */
import type { BulletinDocument, BulletinItem } from "@/lib/bulletins/document";
import type { Block } from "@/lib/drafts/body";
import type { Face } from "./fonts";

/** Natural advance width of `text` set in `face` at `sizePt`, without letter spacing. */
export type Measure = (text: string, face: Face, sizePt: number) => number;

/**
 * Widths without font files: CJK and full-width marks (including “”‘’—…) are 1 em, the rest
 * half an em. Close to every CJK font; used where the fonts are not installed, and in tests.
 */
export const gridMeasure: Measure = (text, _face, size) =>
  [...text].reduce((w, ch) => w + (ch.codePointAt(0)! >= 0x2000 ? size : size / 2), 0);

export type PrintRun = { text: string; face: Face; bold?: boolean };

export type LineRole =
  | "masthead"
  | "number"
  | "issuer"
  | "date"
  | "void"
  | "contents-heading"
  | "contents"
  | "note"
  | "section"
  | "title"
  | "heading"
  | "body"
  | "source"
  | "distribution"
  | "page-number";

export type PrintLine = {
  role: LineRole;
  /** Left edge of the first glyph, pt from the page's left edge. */
  x: number;
  /** Baseline, pt from the page's top edge. */
  y: number;
  /** The last glyph ends at x + width (letter spacing after the last glyph excluded). */
  width: number;
  size: number;
  /** Added after every character, pt; negative tightens (the 28-per-line body grid). */
  letterSpacing: number;
  /**
   * How the line sits in its box [x, x + width]. Positions are exact for the measuring font;
   * the HTML side uses this to absorb small width differences of other fonts (Latin digits).
   * "justify": a full line of a paragraph, both edges fixed.
   */
  align: "left" | "center" | "right" | "justify";
  color: string;
  runs: PrintRun[];
};

export type PrintRule = { x1: number; x2: number; y: number; width: number; color: string };

/** A mark over the page: 作废 on a voided issue, 样稿 on a preview. Centred on (cx, cy). */
export type PrintStamp = {
  kind: "void" | "preview";
  text: string;
  cx: number;
  cy: number;
  size: number;
  face: Face;
  /** Degrees, clockwise (CSS and pdfkit agree). */
  angle: number;
  color: string;
  opacity: number;
  letterSpacing: number;
  /** Natural text width including letter spacing between characters. */
  width: number;
  /** Frame drawn round the text, 0 for none. */
  borderWidth: number;
};

export type Page = { number: number; lines: PrintLine[]; rules: PrintRule[]; stamps: PrintStamp[] };

// ---------------------------------------------------------------------------------------
// Geometry

const MM = 72 / 25.4;
const TEXT_WIDTH = 156 * MM;
const TEXT_HEIGHT = 225 * MM;
const ROWS = 22;
const COLS = 28;

export const GEOMETRY = {
  pageWidth: 595.28,
  pageHeight: 841.89,
  top: 37 * MM,
  left: 28 * MM,
  width: TEXT_WIDTH,
  height: TEXT_HEIGHT,
  rows: ROWS,
  cols: COLS,
  /** Body line pitch: 22 lines in the text area. */
  pitch: TEXT_HEIGHT / ROWS,
  /** Body character advance: 28 characters per line. */
  advance: TEXT_WIDTH / COLS,
} as const;

const { top: TOP, left: LEFT, pitch: PITCH, advance: ADVANCE } = GEOMETRY;
const RIGHT = LEFT + TEXT_WIDTH;
const BOTTOM = TOP + TEXT_HEIGHT;

export const RED = "#d40000";
/**
 * Rule widths in pt, shared with the Word file (whose borders come in eighths of a point):
 * the red rule under the masthead, and the 版记's outer (0.35 mm) and inner (0.25 mm) rules.
 */
export const RULES = { masthead: 2, distributionOuter: 1, distributionInner: 0.75 } as const;
const BLACK = "#000000";

const BODY_SIZE = 16;
const BODY_SPACING = ADVANCE - BODY_SIZE;
const TITLE_SIZE = 22;
/** Title lines are 1.3 grid rows apart. */
export const TITLE_PITCH_ROWS = 1.3;
const TITLE_PITCH = TITLE_PITCH_ROWS * PITCH;
const DIST_SIZE = 14;
const PAGE_NUMBER_SIZE = 14;
/** Rows taken by the masthead on page 1 (title, number line, issuer/date, red rule, one blank). */
const MASTHEAD_ROWS = 6;

/** Baseline of text of `size` whose ideographic em box is centred on `centerY`. */
function baselineAt(centerY: number, size: number): number {
  return centerY + 0.38 * size;
}

function rowBaseline(row: number, size = BODY_SIZE): number {
  return baselineAt(TOP + (row + 0.5) * PITCH, size);
}

// ---------------------------------------------------------------------------------------
// Line breaking

/** May not start a line (行首禁则). */
const NO_START = new Set([..."，。、；：？！”’）》」』〕】〉〗｝％‰…—·～,.;:?!)]}%"]);
/** May not end a line (行尾禁则). */
const NO_END = new Set([..."“‘（《「『〔【〈〖｛([{"]);
/** Latin letters, digits and their punctuation: kept together, never split. */
const LATIN = /[\u0021-\u007e\u00a0-\u024f\u0370-\u03ff\u0400-\u04ff\u00b0\u00b1\u00d7\u2030\u2103\u2116]/u;

const PROPORTIONAL_IN_KAI = new Set([..."“”‘’"]);

type Unit = { text: string; face: Face; bold: boolean; space: boolean };
type Group = { units: Unit[]; space: boolean };

function chars(text: string): number {
  return [...text].length;
}

/** Splits runs into units: one per CJK character, one per Latin/digit run, one per space. */
function unitsOf(runs: PrintRun[]): Unit[] {
  const units: Unit[] = [];
  for (const run of runs) {
    const bold = run.bold ?? false;
    let latin = "";
    const flush = () => {
      if (latin) units.push({ text: latin, face: run.face, bold, space: false });
      latin = "";
    };
    for (const ch of run.text) {
      if (/\s/u.test(ch)) {
        flush();
        units.push({ text: " ", face: run.face, bold, space: true });
      } else if (LATIN.test(ch) && !NO_START.has(ch) && !NO_END.has(ch)) {
        latin += ch;
      } else if (LATIN.test(ch) && latin) {
        // ASCII punctuation inside a Latin run (3.5, (a), 20%) stays in the run.
        latin += ch;
      } else {
        flush();
        // The 楷体 stand-in (LXGW WenKai) has narrow curly quotes; set them in 宋体 so
        // every CJK mark keeps its full em, as in the official 楷体_GB2312.
        const face = run.face === "kai" && PROPORTIONAL_IN_KAI.has(ch) ? "song" : run.face;
        units.push({ text: ch, face, bold, space: false });
      }
    }
    flush();
  }
  return units;
}

/** Glues units that may not be separated: closing marks to what precedes, opening marks to what follows. */
function groupsOf(units: Unit[]): Group[] {
  const groups: Group[] = [];
  let pending: Unit[] = [];
  for (const unit of units) {
    if (unit.space) {
      if (pending.length) groups.push({ units: pending, space: false });
      pending = [];
      groups.push({ units: [unit], space: true });
    } else if (NO_START.has(unit.text) && !pending.length && groups.length && !groups[groups.length - 1].space) {
      groups[groups.length - 1].units.push(unit);
    } else if (NO_END.has(unit.text)) {
      pending.push(unit);
    } else {
      groups.push({ units: [...pending, unit], space: false });
      pending = [];
    }
  }
  if (pending.length) {
    const last = groups.at(-1);
    if (last && !last.space) last.units.push(...pending);
    else groups.push({ units: pending, space: false });
  }
  return groups;
}

/** Merges adjacent units of the same face into runs. */
function runsOf(units: Unit[]): PrintRun[] {
  const runs: PrintRun[] = [];
  for (const u of units) {
    const last = runs.at(-1);
    if (last && last.face === u.face && (last.bold ?? false) === u.bold) last.text += u.text;
    else runs.push(u.bold ? { text: u.text, face: u.face, bold: true } : { text: u.text, face: u.face });
  }
  return runs;
}

function trimSpaces(units: Unit[]): Unit[] {
  let a = 0;
  let b = units.length;
  while (a < b && units[a].space) a++;
  while (b > a && units[b - 1].space) b--;
  return units.slice(a, b);
}

type BrokenLine = { runs: PrintRun[]; last: boolean };

/**
 * Greedy Chinese line breaking. A line's capacity is `widths[i]` (the first entry for the
 * first line, the second for the rest). Each character occupies its natural width plus
 * `spacing`; a group that overflows by no more than `squeeze` is pushed in (挤进) by
 * tightening the line, rather than moving a whole group down.
 */
function breakLines(
  runs: PrintRun[],
  widths: [number, number],
  size: number,
  spacing: number,
  measure: Measure,
  squeeze = 0,
): BrokenLine[] {
  const groups = groupsOf(unitsOf(runs));
  const unitWidth = (u: Unit) => measure(u.text, u.face, size) + spacing * chars(u.text);
  const lines: BrokenLine[] = [];
  let current: Unit[] = [];
  let used = 0;
  const capacity = () => widths[lines.length === 0 ? 0 : 1];
  const push = () => {
    const units = trimSpaces(current);
    if (units.length) lines.push({ runs: runsOf(units), last: false });
    current = [];
    used = 0;
  };
  for (const group of groups) {
    if (group.space && current.length === 0) continue;
    const w = group.units.reduce((s, u) => s + unitWidth(u), 0);
    if (used + w <= capacity() + 0.01) {
      current.push(...group.units);
      used += w;
      continue;
    }
    if (!group.space && current.length > 0 && used + w <= capacity() + squeeze) {
      current.push(...group.units);
      push();
      continue;
    }
    if (current.length > 0) push();
    if (group.space) continue;
    if (w <= capacity() + 0.01) {
      current.push(...group.units);
      used = w;
      continue;
    }
    // A group wider than a whole line (a long URL): split it character by character.
    for (const unit of group.units) {
      for (const ch of unit.text) {
        const piece: Unit = { ...unit, text: ch };
        const cw = unitWidth(piece);
        if (used + cw > capacity() + 0.01 && current.length > 0) push();
        current.push(piece);
        used += cw;
      }
    }
  }
  push();
  const final = lines.at(-1);
  if (final) final.last = true;
  return lines;
}

function naturalWidth(runs: PrintRun[], size: number, measure: Measure): number {
  return runs.reduce((s, r) => s + measure(r.text, r.face, size), 0);
}

function charCount(runs: PrintRun[]): number {
  return runs.reduce((s, r) => s + chars(r.text), 0);
}

/** A line of `runs` placed left, centred or right inside [boxLeft, boxLeft + boxWidth]. */
function placed(
  role: LineRole,
  runs: PrintRun[],
  size: number,
  spacing: number,
  align: "left" | "center" | "right",
  boxLeft: number,
  boxWidth: number,
  y: number,
  measure: Measure,
  color = BLACK,
): PrintLine {
  const n = charCount(runs);
  const width = naturalWidth(runs, size, measure) + spacing * Math.max(0, n - 1);
  const x = align === "left" ? boxLeft : align === "center" ? boxLeft + (boxWidth - width) / 2 : boxLeft + boxWidth - width;
  return { role, x, y, width, size, letterSpacing: spacing, align, color, runs };
}

/** A full line spread (or squeezed) so its last glyph ends exactly at boxLeft + boxWidth. */
function justified(
  role: LineRole,
  runs: PrintRun[],
  size: number,
  boxLeft: number,
  boxWidth: number,
  y: number,
  measure: Measure,
  color = BLACK,
): PrintLine {
  const n = charCount(runs);
  const natural = naturalWidth(runs, size, measure);
  const spacing = n > 1 ? (boxWidth - natural) / (n - 1) : 0;
  return { role, x: boxLeft, y, width: n > 1 ? boxWidth : natural, size, letterSpacing: spacing, align: "justify", color, runs };
}

// ---------------------------------------------------------------------------------------
// Flow: units of whole grid rows, paginated with keep-with-next

/** Lines and rules with y relative to the top of the chunk. */
export type Chunk = {
  rows: number;
  lines: PrintLine[];
  rules: PrintRule[];
  /** Stay on the same page as the next chunk. */
  keep: boolean;
  /** Vertical space: dropped at the top of a page. */
  gap?: boolean;
};

const gap = (rows = 1): Chunk => ({ rows, lines: [], rules: [], keep: false, gap: true });

/** Which row a body line in row 0 of a chunk has its baseline at, relative to the chunk top. */
const ROW_BASELINE = rowBaseline(0) - TOP;

type ParagraphStyle = {
  role: LineRole;
  size?: number;
  /** Indent of the first line and of the rest, in characters (body advance). */
  indent?: [number, number];
  rightIndent?: number;
  color?: string;
};

/** A paragraph on the body grid: one chunk per line, justified, with widow/orphan control. */
function paragraph(runs: PrintRun[], style: ParagraphStyle, measure: Measure): Chunk[] {
  const size = style.size ?? BODY_SIZE;
  const advance = size === BODY_SIZE ? ADVANCE : size;
  const spacing = advance - size;
  const [first, rest] = style.indent ?? [2, 0];
  const right = (style.rightIndent ?? 0) * advance;
  const widths: [number, number] = [TEXT_WIDTH - first * advance - right, TEXT_WIDTH - rest * advance - right];
  const lines = breakLines(runs, widths, size, spacing, measure, size * 0.5);
  const baseline = baselineAt(PITCH / 2, size);
  return lines.map((line, i) => {
    const left = LEFT + (i === 0 ? first : rest) * advance;
    const boxWidth = widths[i === 0 ? 0 : 1];
    const printed = line.last
      ? placed(style.role, line.runs, size, spacing, "left", left, boxWidth, baseline, measure, style.color)
      : justified(style.role, line.runs, size, left, boxWidth, baseline, measure, style.color);
    // Orphan / widow control: the first line stays with the second, the second-last with the last.
    const keep = lines.length > 1 && (i === 0 || i === lines.length - 2);
    return { rows: 1, lines: [printed], rules: [], keep };
  });
}

/** A 一、/（一）/1. heading: the heading face up to the first 。, the body face after it. */
function headingRuns(block: Block): PrintRun[] {
  const face: Face = block.type === "h1" ? "hei" : block.type === "h2" ? "kai" : "fang";
  const bold = block.type === "h3";
  const mk = (text: string): PrintRun => (bold ? { text, face, bold } : { text, face });
  const stop = block.text.indexOf("。");
  if (stop < 0 || stop === block.text.length - 1) return [mk(block.text)];
  return [mk(block.text.slice(0, stop + 1)), { text: block.text.slice(stop + 1), face: "fang" }];
}

function blockChunks(block: Block, measure: Measure): Chunk[] {
  if (block.type === "p") return paragraph([{ text: block.text, face: "fang" }], { role: "body" }, measure);
  const chunks = paragraph(headingRuns(block), { role: "heading" }, measure);
  // A heading line never ends a page.
  const last = chunks.at(-1);
  if (last && headingRuns(block).length === 1) last.keep = true;
  return chunks;
}

function noteChunks(note: string, measure: Measure): Chunk[] {
  return paragraph(
    [
      { text: "编者按：", face: "hei" },
      { text: note, face: "kai" },
    ],
    { role: "note" },
    measure,
  );
}

/**
 * An item title broken into balanced lines, and the whole grid rows it takes. The Word file
 * breaks its titles at the same places, so no reader leaves a character alone on a line.
 */
export function titleLines(title: string, measure: Measure): { lines: string[]; rows: number } {
  const lines = balancedTitle(title, measure);
  return { lines: lines.map((l) => l.runs.map((r) => r.text).join("")), rows: titleRows(lines.length) };
}

const titleRows = (lines: number) => Math.max(2, Math.ceil((lines * TITLE_PITCH) / PITCH));

function balancedTitle(title: string, measure: Measure) {
  const boxWidth = TEXT_WIDTH;
  const breakAt = (w: number) => breakLines([{ text: title, face: "title" }], [w, w], TITLE_SIZE, 0, measure, TITLE_SIZE * 0.5);
  let lines = breakAt(boxWidth);
  if (lines.length > 1) {
    // Balance the lines: the narrowest measure that still needs no more lines, so a title
    // never leaves one or two characters alone on its last line.
    let lo = 0;
    let hi = boxWidth;
    for (let k = 0; k < 14; k++) {
      const mid = (lo + hi) / 2;
      if (breakAt(mid).length <= lines.length) hi = mid;
      else lo = mid;
    }
    lines = breakAt(hi);
  }
  return lines;
}

/** An item title: 22 pt, centred, wrapped, centred as a block in whole grid rows. */
function titleChunk(title: string, measure: Measure): Chunk {
  const lines = balancedTitle(title, measure);
  const rows = titleRows(lines.length);
  const offset = (rows * PITCH - lines.length * TITLE_PITCH) / 2;
  const printed = lines.map((line, i) => {
    const y = baselineAt(offset + (i + 0.5) * TITLE_PITCH, TITLE_SIZE);
    const p = placed("title", line.runs, TITLE_SIZE, 0, "center", LEFT, TEXT_WIDTH, y, measure);
    // A line squeezed in (挤进) may be a hair wider than the text area: tighten it to fit.
    return p.width > TEXT_WIDTH ? justified("title", line.runs, TITLE_SIZE, LEFT, TEXT_WIDTH, y, measure) : p;
  });
  return { rows, lines: printed, rules: [], keep: true };
}

function singleRow(line: PrintLine, keep = false): Chunk {
  return { rows: 1, lines: [line], rules: [], keep };
}

function itemChunks(item: BulletinItem, measure: Measure): Chunk[] {
  const chunks: Chunk[] = [titleChunk(item.title, measure)];
  if (item.editorNote) chunks.push(...noteChunks(item.editorNote, measure));
  for (const block of item.blocks) chunks.push(...blockChunks(block, measure));
  const source = item.source.trim();
  if (source) {
    const text = /^[（(].*[）)]$/u.test(source) ? source : `（${source}）`;
    const line = placed("source", [{ text, face: "kai" }], BODY_SIZE, BODY_SPACING, "right", LEFT, TEXT_WIDTH, ROW_BASELINE, measure);
    chunks.push(singleRow(line));
  }
  return chunks;
}

function contentChunks(doc: BulletinDocument, measure: Measure): Chunk[] {
  const chunks: Chunk[] = [];
  if (doc.voided) {
    chunks.push(
      ...paragraph([{ text: `本期已作废：${doc.voided.reason}`, face: "hei" }], { role: "void", indent: [0, 0], color: RED }, measure),
      gap(),
    );
  }
  if (doc.contents.length > 0) {
    const heading = placed("contents-heading", [{ text: "本期要目", face: "hei" }], BODY_SIZE, BODY_SPACING, "left", LEFT + 2 * ADVANCE, TEXT_WIDTH, ROW_BASELINE, measure);
    chunks.push(singleRow(heading, true));
    for (const title of doc.contents) {
      chunks.push(...paragraph([{ text: title, face: "kai" }], { role: "contents", indent: [2, 3] }, measure));
    }
    chunks.push(gap());
  }
  if (doc.editorNote) chunks.push(...noteChunks(doc.editorNote, measure), gap());
  doc.sections.forEach((section, s) => {
    if (s > 0) chunks.push(gap());
    if (section.heading) {
      const text = `【${section.heading}】`;
      chunks.push(singleRow(placed("section", [{ text, face: "hei" }], BODY_SIZE, BODY_SPACING, "left", LEFT, TEXT_WIDTH, ROW_BASELINE, measure), true));
    }
    section.items.forEach((item, i) => {
      if (i > 0) chunks.push(gap());
      chunks.push(...itemChunks(item, measure));
    });
  });
  return chunks;
}

/** 版记: rules and 报/送/发 lines, 14 pt, one grid row each; y relative to the block's top. */
export function distributionChunk(doc: BulletinDocument, measure: Measure): Chunk | null {
  const d = doc.distribution;
  const entries = (
    [
      ["报：", d.report],
      ["送：", d.send],
      ["发：", d.issue],
    ] as const
  )
    .map(([label, text]) => [label, text.trim()] as const)
    .filter(([, text]) => text.length > 0);
  const count = d.printCount != null && d.printCount > 0 ? `（共印${d.printCount}份）` : null;
  if (entries.length === 0 && !count) return null;

  const inset = DIST_SIZE;
  const boxWidth = TEXT_WIDTH - 2 * inset;
  const baseline = baselineAt(PITCH / 2, DIST_SIZE);
  const lines: PrintLine[] = [];
  const rules: PrintRule[] = [];
  const rule = (row: number, width: number) => rules.push({ x1: LEFT, x2: RIGHT, y: row * PITCH, width, color: BLACK });
  let row = 0;
  rule(0, RULES.distributionOuter);
  entries.forEach(([label, text], e) => {
    if (e > 0) rule(row, RULES.distributionInner);
    const labelWidth = measure(label, "fang", DIST_SIZE);
    const broken = breakLines([{ text, face: "fang" }], [boxWidth - labelWidth, boxWidth - labelWidth], DIST_SIZE, 0, measure, DIST_SIZE * 0.5);
    broken.forEach((line, i) => {
      const runs: PrintRun[] = i === 0 ? [{ text: label, face: "fang" }, ...line.runs] : line.runs;
      const left = LEFT + inset + (i === 0 ? 0 : labelWidth);
      const box = i === 0 ? boxWidth : boxWidth - labelWidth;
      const printed = line.last
        ? placed("distribution", runs, DIST_SIZE, 0, "left", left, box, row * PITCH + baseline, measure)
        : justified("distribution", runs, DIST_SIZE, left, box, row * PITCH + baseline, measure);
      lines.push(printed);
      row++;
    });
  });
  if (count) {
    const countLine = placed("distribution", [{ text: count, face: "fang" }], DIST_SIZE, 0, "right", LEFT + inset, boxWidth, 0, measure);
    const last = lines.at(-1);
    // On the last line when it has room, else on a line of its own.
    if (last && last.x + last.width + DIST_SIZE * 2 <= countLine.x) {
      countLine.y = last.y;
    } else {
      if (entries.length > 0) rule(row, RULES.distributionInner);
      countLine.y = row * PITCH + baseline;
      row++;
    }
    lines.push(countLine);
  }
  rule(row, RULES.distributionOuter);
  return { rows: row, lines, rules, keep: false };
}

function shift(chunk: Chunk, dy: number): { lines: PrintLine[]; rules: PrintRule[] } {
  return {
    lines: chunk.lines.map((l) => ({ ...l, y: l.y + dy })),
    rules: chunk.rules.map((r) => ({ ...r, y: r.y + dy })),
  };
}

// ---------------------------------------------------------------------------------------
// Page furniture

/**
 * Size and letter spacing of a masthead of `n` characters whose natural width is `perPt` pt per
 * pt of type: 0.25 em apart, as large as fits 94% of the text width, up to 52 pt. A short one
 * (组工信息) is spread to 60% of the width, at most 1 em apart. The Word file uses the same.
 */
export function mastheadType(perPt: number, n: number): { size: number; spacing: number } {
  const size = Math.min(52, (TEXT_WIDTH * 0.94) / (perPt + 0.25 * (n - 1)));
  let spacing = 0.25 * size;
  const natural = perPt * size;
  if (n > 1 && natural + spacing * (n - 1) < TEXT_WIDTH * 0.6) spacing = Math.min(size, (TEXT_WIDTH * 0.6 - natural) / (n - 1));
  return { size, spacing };
}

function masthead(doc: BulletinDocument, measure: Measure): { lines: PrintLine[]; rules: PrintRule[] } {
  const text = doc.mastheadTitle.trim();
  const n = Math.max(1, chars(text));
  const { size, spacing } = mastheadType(measure(text, "title", 1), n);
  const title = placed("masthead", [{ text, face: "title" }], size, spacing, "center", LEFT, TEXT_WIDTH, baselineAt(TOP + 1.45 * PITCH, size), measure, RED);
  const number = placed("number", [{ text: doc.numberLine, face: "fang" }], BODY_SIZE, 0, "center", LEFT, TEXT_WIDTH, rowBaseline(3), measure);
  const issuer = placed("issuer", [{ text: doc.issuerLine, face: "fang" }], BODY_SIZE, 0, "left", LEFT, TEXT_WIDTH, rowBaseline(4), measure);
  const date = placed("date", [{ text: doc.dateText, face: "fang" }], BODY_SIZE, 0, "right", LEFT, TEXT_WIDTH, rowBaseline(4), measure);
  const rule: PrintRule = { x1: LEFT, x2: RIGHT, y: TOP + 5 * PITCH, width: RULES.masthead, color: RED };
  return { lines: [title, number, issuer, date], rules: [rule] };
}

function pageNumber(n: number, measure: Measure): PrintLine {
  const text = `— ${n} —`;
  const y = BOTTOM + 7 * MM + 0.88 * PAGE_NUMBER_SIZE;
  const inset = PAGE_NUMBER_SIZE;
  const align = n % 2 === 1 ? "right" : "left";
  return placed("page-number", [{ text, face: "song" }], PAGE_NUMBER_SIZE, 0, align, LEFT + inset, TEXT_WIDTH - 2 * inset, y, measure);
}

function stamps(doc: BulletinDocument, measure: Measure): PrintStamp[] {
  const out: PrintStamp[] = [];
  if (doc.voided) {
    const size = 120;
    const letterSpacing = 0.3 * size;
    out.push({
      kind: "void",
      text: "作废",
      cx: GEOMETRY.pageWidth / 2,
      cy: GEOMETRY.pageHeight / 2,
      size,
      face: "hei",
      angle: -30,
      color: RED,
      opacity: 0.35,
      letterSpacing,
      width: measure("作废", "hei", size) + letterSpacing,
      borderWidth: 6,
    });
  }
  if (doc.preview) {
    const size = 22;
    const letterSpacing = 0.5 * size;
    const width = measure("样稿", "hei", size) + letterSpacing;
    out.push({
      kind: "preview",
      text: "样稿",
      cx: RIGHT - width / 2 - 12,
      cy: TOP / 2,
      size,
      face: "hei",
      angle: 0,
      color: "#9ca3af",
      opacity: 1,
      letterSpacing,
      width,
      borderWidth: 1.5,
    });
  }
  return out;
}

// ---------------------------------------------------------------------------------------

/** Lays out a bulletin: page 1 has the masthead, the last page the 版记 at its foot. */
export function layoutBulletin(doc: BulletinDocument, measure: Measure): Page[] {
  const pages: Page[] = [];
  let page: Page = { number: 1, lines: [], rules: [], stamps: [] };
  let firstRow = MASTHEAD_ROWS;
  let row = firstRow;
  const head = masthead(doc, measure);
  page.lines.push(...head.lines);
  page.rules.push(...head.rules);

  const newPage = () => {
    pages.push(page);
    page = { number: pages.length + 1, lines: [], rules: [], stamps: [] };
    firstRow = 0;
    row = 0;
  };
  const put = (chunk: Chunk) => {
    const { lines, rules } = shift(chunk, TOP + row * PITCH);
    page.lines.push(...lines);
    page.rules.push(...rules);
    row += chunk.rows;
  };

  const chunks = contentChunks(doc, measure);
  for (let i = 0; i < chunks.length; i++) {
    const chunk = chunks[i];
    if (chunk.gap) {
      if (row > firstRow) row += chunk.rows;
      if (row >= ROWS) newPage();
      continue;
    }
    // Rows this chunk needs on the page together with the chunks it keeps with.
    let need = chunk.rows;
    for (let j = i; chunks[j].keep && j + 1 < chunks.length; j++) need += chunks[j + 1].rows;
    const fitsFreshPage = need <= ROWS;
    if (row > firstRow && (row + chunk.rows > ROWS || (fitsFreshPage && row + need > ROWS))) newPage();
    put(chunk);
  }

  const dist = distributionChunk(doc, measure);
  if (dist) {
    if (row > firstRow && row + dist.rows > ROWS) newPage();
    row = Math.max(0, ROWS - dist.rows);
    put(dist);
  }
  pages.push(page);

  const marks = stamps(doc, measure);
  for (const p of pages) {
    p.lines.push(pageNumber(p.number, measure));
    p.stamps.push(...marks.map((s) => ({ ...s })));
  }
  return pages;
}

/** The plain text of a line. */
export function lineText(line: PrintLine): string {
  return line.runs.map((r) => r.text).join("");
}
