/**
 * The words of a text as `WORD` (text-analysis.ts) finds them, found by a scanner over the
 * text's UTF-16 units instead of the regular expression: the same spans, in the same order,
 * without a match object per word or a generator around them. Tokenising an article's body is
 * a fifth of ingesting it; finding its words this way takes about a third of the time
 * `matchAll` took (bench/scale/RESULTS.md, issue-19d).
 *
 * `WORD` is `[\p{L}\p{N}][\p{L}\p{M}\p{N}]{0,255}(?:['’\-‐][\p{L}\p{M}\p{N}]{1,255}){0,32}`
 * (Unicode mode: counts are of code points). Its three classes (letters and digits, marks,
 * the four joiners) are disjoint and nothing follows the last group, so the greedy match the
 * engine finds is the longest one the bounds allow, which is what the scanner takes: up to
 * 256 code points, then up to 32 times a joiner followed by 1 to 255 more.
 */

/** A code point no word contains. */
const OTHER = 0;
/** A letter or digit: starts or continues a word. */
const STARTS = 1;
/** A mark: only continues a word. */
const CONTINUES = 2;
/** `'`, `’`, `-` or `‐`: joins two runs of a word. */
const JOINS = 3;

const FIRST_RUN = 256;
const JOINED_RUN = 255;
const JOINED_RUNS = 32;

// The class of each BMP code unit, filled 256 units at a time on first use of a block (from
// the very property escapes `WORD` uses), so that loading this module costs nothing and a
// text touches only the blocks of its own scripts.
const classes = new Uint8Array(0x10000);
const filledBlocks = new Uint8Array(0x100);
const STARTING = /^[\p{L}\p{N}]$/u;
const CONTINUING = /^\p{M}$/u;
// Code points beyond the BMP (rare: mathematical letters, historic scripts, CJK extensions).
const astralClasses = new Map<number, number>();

function classOfCodePoint(codePoint: number): number {
  const char = String.fromCodePoint(codePoint);
  if (STARTING.test(char)) return STARTS;
  if (CONTINUING.test(char)) return CONTINUES;
  if (codePoint === 0x27 || codePoint === 0x2019 || codePoint === 0x2d || codePoint === 0x2010) {
    return JOINS;
  }
  return OTHER;
}

function fillBlock(block: number): void {
  const first = block << 8;
  for (let unit = first; unit < first + 0x100; unit++) {
    // Surrogates are not code points: a lone one is no letter, a pair is read as one below.
    classes[unit] = unit >= 0xd800 && unit <= 0xdfff ? OTHER : classOfCodePoint(unit);
  }
  filledBlocks[block] = 1;
}

function classOfUnit(unit: number): number {
  const block = unit >>> 8;
  if (filledBlocks[block] === 0) fillBlock(block);
  return classes[unit] ?? OTHER;
}

function classOfAstral(codePoint: number): number {
  let known = astralClasses.get(codePoint);
  if (known === undefined) {
    known = classOfCodePoint(codePoint);
    if (astralClasses.size < 4096) astralClasses.set(codePoint, known);
  }
  return known;
}

/**
 * The class of the code point at `i` of `text` and its width in UTF-16 units, as one number,
 * `class << 1 | (width - 1)`: the scanners ask this of every character, and a number needs no
 * object. A surrogate that is not half of a pair is a code point of no word, one unit wide.
 */
function classAndWidthAt(text: string, i: number): number {
  const unit = text.charCodeAt(i);
  if (unit >= 0xd800 && unit <= 0xdbff && i + 1 < text.length) {
    const low = text.charCodeAt(i + 1);
    if (low >= 0xdc00 && low <= 0xdfff) {
      return (classOfAstral(0x10000 + ((unit - 0xd800) << 10) + (low - 0xdc00)) << 1) | 1;
    }
    return OTHER << 1;
  }
  return classOfUnit(unit) << 1;
}

/**
 * Calls `found(start, end)` for each word of `text` in order (UTF-16 offsets, `end` exclusive):
 * the spans of `text.matchAll(WORD)`.
 */
export function forEachWordSpan(text: string, found: (start: number, end: number) => void): void {
  const length = text.length;
  let i = 0;
  while (i < length) {
    let at = classAndWidthAt(text, i);
    if (at >> 1 !== STARTS) {
      i += (at & 1) + 1;
      continue;
    }
    const start = i;
    // The first run: this letter and up to 255 more letters, marks or digits.
    let taken = 0;
    while (i < length && taken < FIRST_RUN) {
      at = classAndWidthAt(text, i);
      const kind = at >> 1;
      if (kind !== STARTS && kind !== CONTINUES) break;
      i += (at & 1) + 1;
      taken++;
    }
    // Then up to 32 joined runs, each a joiner and 1 to 255 letters, marks or digits.
    for (let runs = 0; runs < JOINED_RUNS && i < length; runs++) {
      const joiner = text.charCodeAt(i);
      if (classOfUnit(joiner) !== JOINS) break;
      let k = i + 1;
      let run = 0;
      while (k < length && run < JOINED_RUN) {
        at = classAndWidthAt(text, k);
        const kind = at >> 1;
        if (kind !== STARTS && kind !== CONTINUES) break;
        k += (at & 1) + 1;
        run++;
      }
      if (run === 0) break;
      i = k;
    }
    found(start, i);
  }
}

/**
 * How long the first `limit` runs of letters and digits of `text` are, as
 * `text.matchAll(/[\p{L}\p{N}]{1,longest}/gu)` would cut them (a longer run counts as several
 * of `longest` code points): `lengths[n]` counts those of `n` UTF-16 units (`lengths` has
 * `2 × longest + 1` places), `count` all of them. No string is made: matching the sample with
 * the regular expression was about 1 % of ingesting an article (issue-19d).
 */
export function sampleRunLengths(
  text: string,
  limit: number,
  longest: number,
): { lengths: Int32Array; count: number } {
  const lengths = new Int32Array(2 * longest + 1);
  const length = text.length;
  let count = 0;
  let units = 0;
  let points = 0;
  let i = 0;
  while (i < length && count < limit) {
    const at = classAndWidthAt(text, i);
    const width = (at & 1) + 1;
    if (at >> 1 !== STARTS) {
      if (points > 0) {
        lengths[units] = (lengths[units] ?? 0) + 1;
        count++;
        units = 0;
        points = 0;
      }
      i += width;
      continue;
    }
    units += width;
    points++;
    i += width;
    if (points === longest) {
      lengths[units] = (lengths[units] ?? 0) + 1;
      count++;
      units = 0;
      points = 0;
    }
  }
  if (points > 0 && count < limit) {
    lengths[units] = (lengths[units] ?? 0) + 1;
    count++;
  }
  return { lengths, count };
}
