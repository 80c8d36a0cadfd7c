// A snippet scans the opening of every hit's body for its words and sentences: 10 bodies of
// 2 KB a page, most of whose words match nothing. Iterating `WORD` and `SENTENCE_END` with
// `matchAll` made a match array per word and per sentence, and was most of a snippet's cost;
// these scanners walk the text by code unit instead, classifying each character once per
// process by the very regular expressions they stand for, and find exactly what those find
// (test/core/snippet-scan.test.ts compares them on every kind of text).

/** The characters a word may start with, `[\p{L}\p{N}]` of `WORD`. */
const STARTS = /^[\p{L}\p{N}]$/u;
/** The characters a word goes on with, `[\p{L}\p{M}\p{N}]` of `WORD`. */
const CONTINUES = /^[\p{L}\p{M}\p{N}]$/u;
/** What joins the parts of a word, `['’\-‐]` of `WORD`. */
const JOINERS = new Set([0x27, 0x2019, 0x2d, 0x2010]);
const PARTS = 32;
const PART_LENGTH = 255;

const UNKNOWN = 0;
const STARTER = 1;
const CONTINUER = 2;
const OTHER = 3;

// Each code point of the Basic Multilingual Plane, classified when first met; others (outside
// it, a pair of code units) are classified each time, as they are rare in text.
const classes = new Uint8Array(0x10000);

function classify(codePoint: number): number {
  const char = String.fromCodePoint(codePoint);
  return STARTS.test(char) ? STARTER : CONTINUES.test(char) ? CONTINUER : OTHER;
}

function classOf(codePoint: number): number {
  if (codePoint > 0xffff) return classify(codePoint);
  let known = classes[codePoint] as number;
  if (known === UNKNOWN) {
    known = classify(codePoint);
    classes[codePoint] = known;
  }
  return known;
}

/** The code point at `i` (a lone surrogate is one, as `u` regular expressions read it). */
function codePointAt(text: string, i: number): number {
  return text.codePointAt(i) as number;
}

/** The end of a run of at most `PART_LENGTH` word characters starting at `i`. */
function runEnd(text: string, i: number): number {
  let at = i;
  for (let count = 0; count < PART_LENGTH && at < text.length; count++) {
    const cp = codePointAt(text, at);
    if (classOf(cp) === OTHER) break;
    at += cp > 0xffff ? 2 : 1;
  }
  return at;
}

/**
 * Calls `word(start, end)` for each word of `text` in order, the words `text.matchAll(WORD)`
 * gives (text-analysis.ts): a letter or digit, then up to 255 letters, marks or digits, then
 * up to 32 parts joined by an apostrophe or hyphen, each of 1 to 255 of them.
 */
export function scanWords(text: string, word: (start: number, end: number) => void): void {
  const length = text.length;
  let i = 0;
  while (i < length) {
    const cp = codePointAt(text, i);
    const width = cp > 0xffff ? 2 : 1;
    if (classOf(cp) !== STARTER) {
      i += width;
      continue;
    }
    const start = i;
    i = runEnd(text, i + width);
    for (let part = 0; part < PARTS && i < length; part++) {
      if (!JOINERS.has(text.charCodeAt(i))) break;
      const end = runEnd(text, i + 1);
      if (end === i + 1) break;
      i = end;
    }
    word(start, i);
  }
}

// `\s` as a regular expression without the `u` flag reads it, by code unit.
const SPACE = /^\s$/;
const spaces = new Uint8Array(0x10000);

function isSpace(unit: number): boolean {
  let known = spaces[unit] as number;
  if (known === UNKNOWN) {
    known = SPACE.test(String.fromCharCode(unit)) ? STARTER : OTHER;
    spaces[unit] = known;
  }
  return known === STARTER;
}

/** `.`, `!`, `?` and `…`: what a sentence ends with. */
function endsSentence(unit: number): boolean {
  return unit === 0x2e || unit === 0x21 || unit === 0x3f || unit === 0x2026;
}

const NEWLINE = 0x0a;

/**
 * Calls `gap(start, end)` for each break between sentences in `text`, in order: what
 * `text.matchAll(/(?<=[.!?…])\s+|\n\s*\n/g)` gives, white space after a sentence's end, or
 * white space from one line break to the last of a run (a paragraph break).
 */
export function scanSentenceBreaks(text: string, gap: (start: number, end: number) => void): void {
  const length = text.length;
  let i = 0;
  while (i < length) {
    const unit = text.charCodeAt(i);
    let end = -1;
    if (isSpace(unit)) {
      if (i > 0 && endsSentence(text.charCodeAt(i - 1))) {
        end = i + 1;
        while (end < length && isSpace(text.charCodeAt(end))) end++;
      } else if (unit === NEWLINE) {
        for (let j = i + 1; j < length && isSpace(text.charCodeAt(j)); j++) {
          if (text.charCodeAt(j) === NEWLINE) end = j + 1;
        }
      }
    }
    if (end === -1) {
      i++;
      continue;
    }
    gap(i, end);
    i = end;
  }
}
