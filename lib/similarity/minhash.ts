/**
 * Text similarity for drafts (pure, no database): copied text, the same event reported twice.
 *
 * - normalize(): the characters that count — whitespace, punctuation and symbols dropped,
 *   full-width ASCII folded to half-width, Latin letters lower-cased.
 * - Shingles: every run of SHINGLE (3) consecutive characters of the normalized text.
 * - MinHash: SIGNATURE_SIZE (128) minimums, one per seeded 32-bit permutation of the
 *   shingle hashes; the share of equal minimums of two signatures estimates the Jaccard
 *   similarity of the two shingle sets.
 * - LSH: the signature cut into BANDS bands of ROWS values; each band hashed to a signed
 *   32-bit int (the `hash Int` column of DraftSimilarityBand). Two texts are compared in
 *   full only if they share at least one band. With 42 bands × 3 rows the chance that a
 *   pair is found is 1 − (1 − s³)⁴²: 99.99 % at s = 0.6, 99.5 % at 0.5, 94 % at 0.4,
 *   68 % at 0.3, while a pair of unrelated texts (s ≈ 0.05) meets in 0.5 % of cases.
 * - jaccard(), jaccardAgainst(): the exact Jaccard similarity of two texts' shingle sets
 *   (the second for one text against many).
 * - minSharedBands(): how many shared bands a pair at a given threshold has at least.
 * - sharedPassage(): the longest passage two texts have in common (相同文字), for display.
 *
 * Texts shorter than MIN_LENGTH normalized characters have no bands: nothing to compare.
 */

export const SHINGLE = 3;
export const SIGNATURE_SIZE = 128;
export const BANDS = 42;
export const ROWS = 3;
export const MIN_LENGTH = 20;

// ---------------------------------------------------------------------------
// Normalization
// ---------------------------------------------------------------------------

/** Whitespace, punctuation, symbols, control and format characters: not part of the text. */
const DROP = /[\s\p{P}\p{S}\p{Z}\p{C}]/u;

/** For each BMP character, once looked up: 1 kept, 2 dropped (0: not looked up yet). */
const BMP_CLASS = new Uint8Array(0x10000);

/** The normalized form of one code point, or -1 when it does not count. */
function normalizeCodePoint(cp: number): number {
  if (cp >= 0xff01 && cp <= 0xff5e) cp -= 0xfee0; // full-width ASCII → ASCII
  if (cp < 0x80) {
    if (cp >= 0x41 && cp <= 0x5a) return cp + 0x20; // A-Z → a-z
    // ASCII: only letters and digits count.
    return (cp >= 0x30 && cp <= 0x39) || (cp >= 0x61 && cp <= 0x7a) ? cp : -1;
  }
  if (cp <= 0xffff) {
    let cls = BMP_CLASS[cp];
    if (cls === 0) BMP_CLASS[cp] = cls = DROP.test(String.fromCharCode(cp)) ? 2 : 1;
    return cls === 1 ? cp : -1;
  }
  return DROP.test(String.fromCodePoint(cp)) ? -1 : cp;
}

/** Code points of the normalized text (an array, so that rare characters beyond U+FFFF count as one). */
export function normalizedCodePoints(text: string): number[] {
  const out: number[] = [];
  for (let i = 0; i < text.length; i++) {
    let cp = text.charCodeAt(i);
    if (cp >= 0xd800 && cp <= 0xdbff && i + 1 < text.length) {
      const lo = text.charCodeAt(i + 1);
      if (lo >= 0xdc00 && lo <= 0xdfff) {
        cp = 0x10000 + ((cp - 0xd800) << 10) + (lo - 0xdc00);
        i++;
      }
    }
    const n = normalizeCodePoint(cp);
    if (n >= 0) out.push(n);
  }
  return out;
}

/** The normalized text: what the comparison sees. */
export function normalize(text: string): string {
  return String.fromCodePoint(...normalizedCodePoints(text));
}

// ---------------------------------------------------------------------------
// Hashing (murmur3-style 32-bit mixing; fast, seeded, no crypto)
// ---------------------------------------------------------------------------

/** murmur3's finalizer: a bijection on 32-bit values that mixes every bit. */
function fmix32(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

function mixIn(h: number, k: number): number {
  k = Math.imul(k, 0xcc9e2d51);
  k = (k << 15) | (k >>> 17);
  k = Math.imul(k, 0x1b873593);
  h ^= k;
  h = (h << 13) | (h >>> 19);
  return (Math.imul(h, 5) + 0xe6546b64) | 0;
}

/** Seeds of the SIGNATURE_SIZE permutations: fixed, so that stored bands stay comparable. */
const SEEDS: Uint32Array = (() => {
  const seeds = new Uint32Array(SIGNATURE_SIZE);
  let x = 0x9e3779b9;
  for (let i = 0; i < SIGNATURE_SIZE; i++) {
    x = (x + 0x9e3779b9) >>> 0;
    seeds[i] = fmix32(x);
  }
  return seeds;
})();

// ---------------------------------------------------------------------------
// Shingles
// ---------------------------------------------------------------------------

/**
 * A shingle's identity as a number. Three BMP characters (all of Chinese in practice) pack
 * exactly into 48 bits; a shingle with a character beyond U+FFFF gets a hashed key above
 * 2^48 instead (collisions only among such rare shingles).
 */
function shingleKey(a: number, b: number, c: number): number {
  if (a <= 0xffff && b <= 0xffff && c <= 0xffff) return a * 4294967296 + b * 65536 + c;
  return 281474976710656 + fmix32(mixIn(mixIn(mixIn(0x5bd1e995, a), b), c));
}

/** The set of a text's shingles (as numeric keys). */
export function shingleSet(text: string): Set<number> {
  return shingleSetOf(normalizedCodePoints(text));
}

function shingleSetOf(cps: readonly number[]): Set<number> {
  const set = new Set<number>();
  for (let i = 0; i + SHINGLE <= cps.length; i++) set.add(shingleKey(cps[i], cps[i + 1], cps[i + 2]));
  return set;
}

/** 32-bit hash of a shingle key. */
function keyHash(key: number): number {
  const lo = key % 4294967296;
  const hi = Math.floor(key / 4294967296);
  return fmix32(mixIn(mixIn(0x2f1d3c4b, lo | 0), hi | 0));
}

// ---------------------------------------------------------------------------
// MinHash and bands
// ---------------------------------------------------------------------------

/** The MinHash signature of a set of shingles (SIGNATURE_SIZE unsigned 32-bit minimums). */
export function signatureOfSet(shingles: Iterable<number>): Uint32Array {
  const sig = new Uint32Array(SIGNATURE_SIZE).fill(0xffffffff);
  for (const key of shingles) {
    const x = keyHash(key);
    for (let i = 0; i < SIGNATURE_SIZE; i++) {
      const v = fmix32(x ^ SEEDS[i]);
      if (v < sig[i]) sig[i] = v;
    }
  }
  return sig;
}

export function signature(text: string): Uint32Array {
  return signatureOfSet(shingleSet(text));
}

/** The share of equal values of two signatures: an estimate of the Jaccard similarity. */
export function estimateJaccard(a: Uint32Array, b: Uint32Array): number {
  let same = 0;
  for (let i = 0; i < SIGNATURE_SIZE; i++) if (a[i] === b[i]) same++;
  return same / SIGNATURE_SIZE;
}

export type Band = { band: number; hash: number };

/** The LSH bands of a signature: `hash` is a signed 32-bit int (fits a PostgreSQL integer). */
export function bandsOfSignature(sig: Uint32Array): Band[] {
  const out: Band[] = [];
  for (let b = 0; b < BANDS; b++) {
    let h = mixIn(0x3c6ef372, b);
    for (let r = 0; r < ROWS; r++) h = mixIn(h, sig[b * ROWS + r]);
    out.push({ band: b, hash: fmix32(h) | 0 });
  }
  return out;
}

/** The bands of a text; none when it is shorter than MIN_LENGTH normalized characters. */
export function bands(text: string): Band[] {
  const cps = normalizedCodePoints(text);
  if (cps.length < MIN_LENGTH) return [];
  return bandsOfSignature(signatureOfSet(shingleSetOf(cps)));
}

// ---------------------------------------------------------------------------
// Exact similarity
// ---------------------------------------------------------------------------

/** Jaccard similarity |A ∩ B| / |A ∪ B| of two shingle sets (0 when both are empty). */
export function jaccardOfSets(a: ReadonlySet<number>, b: ReadonlySet<number>): number {
  if (a.size === 0 && b.size === 0) return 0;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let both = 0;
  for (const k of small) if (large.has(k)) both++;
  return both / (a.size + b.size - both);
}

/** Exact Jaccard similarity of two texts' shingle sets. */
export function jaccard(a: string, b: string): number {
  return jaccardAgainst(a)(b);
}

/** A 32-bit hash of a shingle's three code points (for the open-addressing tables below). */
function tripleHash(a: number, b: number, c: number): number {
  let h = Math.imul(a, 0x9e3779b1) ^ Math.imul(b, 0x85ebca77) ^ Math.imul(c, 0xc2b2ae3d);
  h ^= h >>> 15;
  h = Math.imul(h, 0x2c1b3c6d);
  return h ^ (h >>> 12);
}

function tableSize(n: number): number {
  let size = 16;
  while (size < n * 2) size *= 2;
  return size;
}

/**
 * Exact Jaccard similarity of `text` against many other texts, fast: the text's shingles
 * go once into an open-addressing table, each other text's through a reused scratch table
 * (no Set, no allocation per shingle). Same result as jaccardOfSets on shingleSet()s.
 */
export function jaccardAgainst(text: string): (other: string) => number {
  const own = normalizedCodePoints(text);
  const ownCount = Math.max(0, own.length - SHINGLE + 1);
  const ownSize = tableSize(ownCount);
  const ownMask = ownSize - 1;
  const ownKeys = new Float64Array(ownSize); // 0: empty (a shingle key is never 0)
  let ownUnique = 0;
  for (let i = 0; i < ownCount; i++) {
    const key = shingleKey(own[i], own[i + 1], own[i + 2]);
    let slot = tripleHash(own[i], own[i + 1], own[i + 2]) & ownMask;
    while (ownKeys[slot] !== 0 && ownKeys[slot] !== key) slot = (slot + 1) & ownMask;
    if (ownKeys[slot] === 0) {
      ownKeys[slot] = key;
      ownUnique++;
    }
  }

  let keys = new Float64Array(0);
  let stamps = new Int32Array(0);
  let epoch = 0;
  return (other: string) => {
    const cps = normalizedCodePoints(other);
    const count = Math.max(0, cps.length - SHINGLE + 1);
    const size = tableSize(count);
    if (size > keys.length) {
      keys = new Float64Array(size);
      stamps = new Int32Array(size);
      epoch = 0;
    }
    epoch++;
    const mask = keys.length - 1;
    let unique = 0;
    let both = 0;
    for (let i = 0; i < count; i++) {
      const a = cps[i];
      const b = cps[i + 1];
      const c = cps[i + 2];
      const key = shingleKey(a, b, c);
      const hash = tripleHash(a, b, c);
      let slot = hash & mask;
      while (stamps[slot] === epoch && keys[slot] !== key) slot = (slot + 1) & mask;
      if (stamps[slot] === epoch) continue; // seen already in this text
      stamps[slot] = epoch;
      keys[slot] = key;
      unique++;
      let o = hash & ownMask;
      while (ownKeys[o] !== 0 && ownKeys[o] !== key) o = (o + 1) & ownMask;
      if (ownKeys[o] === key) both++;
    }
    const union = ownUnique + unique - both;
    return union === 0 ? 0 : both / union;
  };
}

// ---------------------------------------------------------------------------
// Candidate pruning
// ---------------------------------------------------------------------------

/**
 * The fewest shared bands worth a full comparison at `threshold`: a pair of similarity s
 * shares Binomial(BANDS, s^ROWS) bands, so a pair at the threshold shares fewer than this
 * in at most `missRate` of cases (more similar pairs even more rarely). 1 for thresholds
 * up to about 0.45; 3 at 0.6; 8 at 0.7.
 */
export function minSharedBands(threshold: number, missRate = 0.005): number {
  const p = Math.min(1, Math.max(0, threshold)) ** ROWS;
  if (p <= 0) return 1;
  if (p >= 1) return BANDS;
  // P(X = k) for k = 0, 1, ...; the cut is the largest k with P(X < k) <= missRate.
  let pk = (1 - p) ** BANDS;
  let below = 0;
  let k = 0;
  while (k < BANDS && below + pk <= missRate) {
    below += pk;
    pk = (pk * (BANDS - k) * p) / ((k + 1) * (1 - p));
    k++;
  }
  return Math.max(1, k);
}

// ---------------------------------------------------------------------------
// Shared passage (相同文字)
// ---------------------------------------------------------------------------

/**
 * The longest passage of `a` whose normalized form also occurs in `b`, as written in `a`
 * (with its own punctuation), or "" when they share fewer than SHINGLE characters. Longer
 * passages are cut to `maxLength` characters with "…".
 */
export function sharedPassage(a: string, b: string, maxLength = 200): string {
  // Normalized code points of `a`, with where each starts and ends in `a`.
  const aCps: number[] = [];
  const aStart: number[] = [];
  const aEnd: number[] = [];
  for (let i = 0; i < a.length; ) {
    const cp = a.codePointAt(i)!;
    const width = cp > 0xffff ? 2 : 1;
    const n = normalizeCodePoint(cp);
    if (n >= 0) {
      aCps.push(n);
      aStart.push(i);
      aEnd.push(i + width);
    }
    i += width;
  }
  const bCps = normalizedCodePoints(b);
  const [from, length] = longestCommonRun(aCps, bCps);
  if (length < SHINGLE) return "";
  const passage = a.slice(aStart[from], aEnd[from + length - 1]).replace(/\s+/g, " ").trim();
  const chars = Array.from(passage);
  return chars.length > maxLength ? `${chars.slice(0, maxLength).join("")}…` : passage;
}

/**
 * Longest common substring of two code point sequences, in O(|a| + |b|) with a suffix
 * automaton of `b`: [start in a, length].
 */
function longestCommonRun(a: readonly number[], b: readonly number[]): [number, number] {
  if (a.length === 0 || b.length === 0) return [0, 0];
  // Suffix automaton of b.
  const len: number[] = [0];
  const link: number[] = [-1];
  const next: Array<Map<number, number>> = [new Map()];
  let last = 0;
  for (const c of b) {
    const cur = len.length;
    len.push(len[last] + 1);
    link.push(0);
    next.push(new Map());
    let p = last;
    while (p !== -1 && !next[p].has(c)) {
      next[p].set(c, cur);
      p = link[p];
    }
    if (p !== -1) {
      const q = next[p].get(c)!;
      if (len[p] + 1 === len[q]) link[cur] = q;
      else {
        const clone = len.length;
        len.push(len[p] + 1);
        link.push(link[q]);
        next.push(new Map(next[q]));
        while (p !== -1 && next[p].get(c) === q) {
          next[p].set(c, clone);
          p = link[p];
        }
        link[q] = clone;
        link[cur] = clone;
      }
    }
    last = cur;
  }
  // Walk a through it.
  let state = 0;
  let run = 0;
  let best = 0;
  let bestEnd = 0;
  for (let i = 0; i < a.length; i++) {
    const c = a[i];
    while (state !== 0 && !next[state].has(c)) {
      state = link[state];
      run = len[state];
    }
    const to = next[state].get(c);
    if (to !== undefined) {
      state = to;
      run++;
    } else {
      state = 0;
      run = 0;
    }
    if (run > best) {
      best = run;
      bestEnd = i + 1;
    }
  }
  return [bestEnd - best, best];
}
