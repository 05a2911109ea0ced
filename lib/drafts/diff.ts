/**
 * 版本对比: what changed between two texts of a draft, for a side-by-side view.
 *
 * Paragraphs are aligned first (a diff over the body's lines); a removed paragraph and an
 * added one that read alike become one "changed" row with a character diff inside, since
 * Chinese has no spaces to diff words by. Pure: no database, no React.
 */
import { diffArrays, diffChars, type Change } from "diff";
import { countChars, parseBody } from "./body";

export type SegmentOp = "same" | "del" | "ins";
export type Segment = { text: string; op: SegmentOp };

export type DiffRowKind = "same" | "changed" | "added" | "removed";
/** One paragraph (or the title) in both texts: `left` is the old side, `right` the new; null where it is missing. */
export type DiffRow = { kind: DiffRowKind; left: Segment[] | null; right: Segment[] | null };

/** Characters removed and added (whitespace not counted, as 字数 is counted). */
export type DiffSummary = { added: number; removed: number };

export type TextDiff = { rows: DiffRow[]; summary: DiffSummary };
export type DraftDiff = { title: DiffRow; body: DiffRow[]; summary: DiffSummary };
export type DraftText = { title: string; body: string };

/**
 * How alike two paragraphs must be to be shown as one changed paragraph: the share of their
 * characters kept in order (2 × common ÷ both lengths). Checked cheaply first by character
 * pairs (see `similarity`), which settles most cases without a character diff.
 */
export const SIMILARITY_THRESHOLD = 0.5;
const BIGRAMS_ALIKE = 0.4;
const BIGRAMS_UNLIKE = 0.15;
/** Longer paragraphs are judged by character pairs alone, which is reliable there and keeps big rewrites fast. */
const SHORT_PAIR_MAX = 240;
/** Unchanged runs this short between two changes are folded into the change, so a replaced word reads as one. */
export const ISLAND_MAX = 1;
/** Beyond this many removed × added paragraphs in one place, they are shown as removed and added without pairing. */
const MAX_PAIRING_CELLS = 10_000;

const chars = (s: string) => Array.from(s);

type Grams = { length: number; pairs: Map<string, number>; singles: Map<string, number> };

function tally(items: string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const g of items) counts.set(g, (counts.get(g) ?? 0) + 1);
  return counts;
}

function gramsOf(text: string): Grams {
  const c = chars(text);
  const pairs: string[] = [];
  for (let i = 0; i + 1 < c.length; i++) pairs.push(c[i] + c[i + 1]);
  return { length: c.length, pairs: tally(pairs), singles: tally(c) };
}

function dice(a: Map<string, number>, b: Map<string, number>, total: number): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let common = 0;
  for (const [g, n] of small) common += Math.min(n, large.get(g) ?? 0);
  return total === 0 ? 0 : (2 * common) / total;
}

function diceOf(a: Grams, b: Grams): number {
  if (a.length === 0 || b.length === 0) return 0;
  // Character pairs; single characters when either text is one character long.
  if (a.length < 2 || b.length < 2) return dice(a.singles, b.singles, a.length + b.length);
  return dice(a.pairs, b.pairs, a.length - 1 + b.length - 1);
}

/** Dice coefficient over character pairs (single characters for one-character texts): 0 unlike … 1 alike. */
export function similarity(a: string, b: string): number {
  return a === b ? 1 : diceOf(gramsOf(a), gramsOf(b));
}

/**
 * How alike two paragraphs are, 0 … 1, for pairing; below SIMILARITY_THRESHOLD means "not
 * alike" (the exact value then does not matter). Paragraphs sharing many character pairs
 * are alike at once; for short lines in the uncertain middle (one replaced word breaks many
 * pairs of a short line) the characters kept in order decide, with the diff cut short as soon
 * as it is clear they are not alike.
 */
export function likeness(a: string, b: string, grams: [Grams, Grams] = [gramsOf(a), gramsOf(b)]): number {
  if (a === b) return 1;
  const [ga, gb] = grams;
  const d = diceOf(ga, gb);
  if (d >= BIGRAMS_ALIKE) return Math.max(d, SIMILARITY_THRESHOLD);
  if (d < BIGRAMS_UNLIKE) return d;
  const total = ga.length + gb.length;
  if (total > SHORT_PAIR_MAX) return d;
  const changes = diffChars(a, b, { maxEditLength: Math.floor(total * (1 - SIMILARITY_THRESHOLD)) });
  if (!changes) return d;
  const kept = changes.filter((c) => !c.added && !c.removed).reduce((n, c) => n + c.count, 0);
  return (2 * kept) / total;
}

function push(list: Segment[], seg: Segment) {
  if (!seg.text) return;
  const last = list.at(-1);
  // Pieces of one kind that end up next to each other read as one (an insertion between two
  // unchanged pieces leaves them adjacent on the old side; inlineSegments copes with that).
  if (last && last.op === seg.op) last.text += seg.text;
  else list.push({ ...seg });
}

/** Character diff of two paragraphs known to differ, as the old side's and the new side's segments. */
export function diffParagraph(oldText: string, newText: string): { left: Segment[]; right: Segment[] } {
  const changes: Change[] = diffChars(oldText, newText);
  const left: Segment[] = [];
  const right: Segment[] = [];
  changes.forEach((c, i) => {
    const between = i > 0 && i < changes.length - 1;
    if (!c.added && !c.removed) {
      if (between && c.count <= ISLAND_MAX) {
        // A lone character kept between two changes: part of the replacement, not a match.
        push(left, { text: c.value, op: "del" });
        push(right, { text: c.value, op: "ins" });
      } else {
        push(left, { text: c.value, op: "same" });
        push(right, { text: c.value, op: "same" });
      }
    } else if (c.removed) push(left, { text: c.value, op: "del" });
    else push(right, { text: c.value, op: "ins" });
  });
  return { left, right };
}

const sameRow = (text: string): DiffRow => ({ kind: "same", left: [{ text, op: "same" }], right: [{ text, op: "same" }] });
const removedRow = (text: string): DiffRow => ({ kind: "removed", left: [{ text, op: "del" }], right: null });
const addedRow = (text: string): DiffRow => ({ kind: "added", left: null, right: [{ text, op: "ins" }] });

function changedRow(oldText: string, newText: string): DiffRow {
  return { kind: "changed", ...diffParagraph(oldText, newText) };
}

/**
 * Pairs removed paragraphs with added ones in order, maximizing total likeness; only pairs at
 * least SIMILARITY_THRESHOLD alike count. Returns [removedIndex, addedIndex] pairs, ascending.
 */
function pairParagraphs(removed: string[], added: string[]): [number, number][] {
  const m = removed.length;
  const n = added.length;
  if (m === 0 || n === 0 || m * n > MAX_PAIRING_CELLS) return [];
  const removedGrams = removed.map(gramsOf);
  const addedGrams = added.map(gramsOf);
  const score: number[][] = removed.map((r, i) => added.map((a, j) => likeness(r, a, [removedGrams[i], addedGrams[j]])));
  const best: number[][] = Array.from({ length: m + 1 }, () => new Array<number>(n + 1).fill(0));
  for (let i = m - 1; i >= 0; i--) {
    for (let j = n - 1; j >= 0; j--) {
      const s = score[i][j];
      best[i][j] = Math.max(best[i + 1][j], best[i][j + 1], s >= SIMILARITY_THRESHOLD ? s + best[i + 1][j + 1] : -Infinity);
    }
  }
  const pairs: [number, number][] = [];
  let i = 0;
  let j = 0;
  while (i < m && j < n) {
    const s = score[i][j];
    if (s >= SIMILARITY_THRESHOLD && best[i][j] === s + best[i + 1][j + 1]) pairs.push([i++, j++]);
    else if (best[i][j] === best[i + 1][j]) i++;
    else j++;
  }
  return pairs;
}

/** Rows for one place where paragraphs were removed and/or added. */
function hunkRows(removed: string[], added: string[]): DiffRow[] {
  const rows: DiffRow[] = [];
  let i = 0;
  let j = 0;
  for (const [pi, pj] of [...pairParagraphs(removed, added), [removed.length, added.length] as [number, number]]) {
    while (i < pi) rows.push(removedRow(removed[i++]));
    while (j < pj) rows.push(addedRow(added[j++]));
    if (pi < removed.length && pj < added.length) rows.push(changedRow(removed[i++], added[j++]));
  }
  return rows;
}

export function summarize(rows: DiffRow[]): DiffSummary {
  let added = 0;
  let removed = 0;
  for (const row of rows) {
    for (const s of row.left ?? []) if (s.op === "del") removed += countChars(s.text);
    for (const s of row.right ?? []) if (s.op === "ins") added += countChars(s.text);
  }
  return { added, removed };
}

/** Diff of two bodies (one paragraph a line), paragraph by paragraph. */
export function diffBody(oldBody: string, newBody: string): TextDiff {
  const oldLines = parseBody(oldBody).map((b) => b.text);
  const newLines = parseBody(newBody).map((b) => b.text);
  const rows: DiffRow[] = [];
  let removed: string[] = [];
  let added: string[] = [];
  const flush = () => {
    rows.push(...hunkRows(removed, added));
    removed = [];
    added = [];
  };
  for (const change of diffArrays(oldLines, newLines)) {
    if (change.removed) removed.push(...change.value);
    else if (change.added) added.push(...change.value);
    else {
      flush();
      rows.push(...change.value.map(sameRow));
    }
  }
  flush();
  return { rows, summary: summarize(rows) };
}

/** Diff of one line of text (a title): a single row; two titles that share little show as a plain replacement. */
export function diffLine(oldText: string, newText: string): DiffRow {
  const a = oldText.trim();
  const b = newText.trim();
  if (a === b) return sameRow(a);
  if (!a) return addedRow(b);
  if (!b) return removedRow(a);
  if (likeness(a, b) < SIMILARITY_THRESHOLD) {
    return { kind: "changed", left: [{ text: a, op: "del" }], right: [{ text: b, op: "ins" }] };
  }
  return changedRow(a, b);
}

/** Title and body of two texts of a draft, with one summary for both. */
export function diffDraft(oldText: DraftText, newText: DraftText): DraftDiff {
  const title = diffLine(oldText.title, newText.title);
  const body = diffBody(oldText.body, newText.body);
  return { title, body: body.rows, summary: summarize([title, ...body.rows]) };
}

export function hasChanges(diff: DraftDiff | TextDiff): boolean {
  const rows = "title" in diff ? [diff.title, ...diff.body] : diff.rows;
  return rows.some((r) => r.kind !== "same");
}

/** The plain text of one side of a row. */
export function sideText(segments: Segment[] | null): string {
  return (segments ?? []).map((s) => s.text).join("");
}

/**
 * A row as one run of text for an inline view: unchanged text once, each deletion just
 * before the insertion that replaces it.
 */
export function inlineSegments(row: DiffRow): Segment[] {
  const left = row.left ?? [];
  const right = row.right ?? [];
  const out: Segment[] = [];
  let i = 0;
  let j = 0;
  let li = 0; // characters of left[i] already used (unchanged runs may be cut differently on the two sides)
  let rj = 0;
  while (i < left.length || j < right.length) {
    const l = left[i];
    const r = right[j];
    if (l && l.op !== "same") {
      push(out, l);
      i++;
    } else if (r && r.op !== "same") {
      push(out, r);
      j++;
    } else if (l && r) {
      const n = Math.min(l.text.length - li, r.text.length - rj);
      out.push({ text: l.text.slice(li, li + n), op: "same" });
      li += n;
      rj += n;
      if (li === l.text.length) [i, li] = [i + 1, 0];
      if (rj === r.text.length) [j, rj] = [j + 1, 0];
    } else {
      // Only one side has unchanged text left: cannot happen for rows built here; show it as it is.
      const rest = (l ?? r)!;
      out.push({ text: rest.text.slice(l ? li : rj), op: "same" });
      if (l) [i, li] = [i + 1, 0];
      else [j, rj] = [j + 1, 0];
    }
  }
  // Join unchanged pieces cut apart above.
  return out.reduce<Segment[]>((acc, s) => {
    const last = acc.at(-1);
    if (last && last.op === s.op) last.text += s.text;
    else acc.push({ ...s });
    return acc;
  }, []);
}
