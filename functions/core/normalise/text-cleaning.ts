// Characters that carry no text: zero-width space/joiner-free marks, word joiner, BOM, soft hyphen.
// ZWNJ/ZWJ (U+200C/D) are kept: Persian and Indic scripts need them inside words.
const INVISIBLE = /[\u200B\u2060\uFEFF\u00AD]/g;
// No-break and other fixed-width spaces read as ordinary spaces once the layout is gone.
const SPACES = /[\t\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]/g;
// Control characters other than line feed (every Cc that is not \n); they only ever come from
// damaged or binary input. Tabs and CRs are turned into spaces and LFs before this runs.
const CONTROLS = /[^\n\P{Cc}]/gu;
// Terminal escape sequences pasted from a console (`ESC[31m`, `ESC]0;title BEL`, `ESC(B`): the
// whole sequence is a command to a terminal, so the letters after ESC go with it. Bounded, so
// that no unterminated sequence is scanned to the end of a 20 MiB file.
const ESCAPE_SEQUENCES =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what it finds
  /\u001B\[[0-?]{0,32}[ -/]{0,8}[@-~]|\u009B[0-?]{0,32}[ -/]{0,8}[@-~]|\u001B\][^\u0007\u001B]{0,256}(?:\u0007|\u001B\\)|\u001B[ -/]{0,4}[0-~]/g;
// Bidirectional embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069): they change
// the order in which text is shown (U+202E before `txt.exe` shows it as `exe.txt`) and carry no
// text of their own. The directional marks (LRM, RLM, ALM), which cannot reorder text, stay.
const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069]/g;
// Any character one of the replacements above acts on (line breaks other than LF included, as
// every Cc but LF), found in the NFC text: a text with none, as most are, is only normalised.
// NFC neither makes nor removes any of them (U+2000 and U+2001 become U+2002 and U+2003,
// which are in the set too), so this is the text that all of them find nothing in.
const NEEDS_CLEANING =
  /[\u2028\u2029\u200B\u2060\uFEFF\u00AD\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000\u202A-\u202E\u2066-\u2069]|[^\n\P{Cc}]/u;
// Tested against the last character of a line only.
const SENTENCE_END = /[.!?…:;"»”')\]]/u;
const STARTS_LOWER = /^\p{Ll}/u;

/**
 * Puts raw decoded text into canonical form: NFC, LF line ends, ordinary spaces, no invisible
 * characters, control characters, terminal escape sequences or bidirectional overrides, no
 * trailing or doubled spaces. The text around them, quotes and dashes are kept as written.
 */
export function cleanText(text: string): string {
  const normalised = text.normalize('NFC');
  const clean = NEEDS_CLEANING.test(normalised) ? canonicalCharacters(text) : normalised;
  return clean
    .split('\n')
    .map((line) => line.replace(/ {2,}/g, ' ').trim())
    .join('\n');
}

/** The text with every replacement above made, in NFC. */
function canonicalCharacters(text: string): string {
  return (
    text
      .replace(/\r\n?/g, '\n')
      // Word's line and paragraph separators, and the old mainframe next-line, are line breaks.
      .replace(/[\u2028\u0085\v\f]/g, '\n')
      .replace(/\u2029/g, '\n\n')
      .normalize('NFC')
      .replace(INVISIBLE, '')
      .replace(SPACES, ' ')
      .replace(ESCAPE_SEQUENCES, '')
      .replace(CONTROLS, '')
      .replace(BIDI_CONTROLS, '')
      // A character removed from between a letter and its marks (`c\u0327\u0000\u0301`) leaves
      // them to compose, or to be put in order, again.
      .normalize('NFC')
  );
}

/**
 * Splits clean text into paragraphs. A blank line always ends a paragraph; so does a single
 * line break, except where a sentence visibly runs on (the line has no closing punctuation
 * and the next starts in lower case), which is how hard-wrapped text looks.
 */
export function splitParagraphs(text: string): string[] {
  const paragraphs: string[] = [];
  // Lines of the paragraph being built, joined once at its end: testing or appending to one
  // ever-growing string made long unpunctuated files quadratic.
  let lines: string[] = [];
  const flush = () => {
    if (lines.length > 0) paragraphs.push(lines.join(' '));
    lines = [];
  };
  for (const line of text.split('\n')) {
    const last = lines.at(-1);
    if (line === '') {
      flush();
    } else if (
      last !== undefined &&
      !SENTENCE_END.test(last.at(-1) ?? '') &&
      STARTS_LOWER.test(line)
    ) {
      lines.push(line);
    } else {
      flush();
      lines.push(line);
    }
  }
  flush();
  return paragraphs;
}

/** Joins paragraphs the way every stored body is laid out: one blank line between them. */
export function joinParagraphs(paragraphs: readonly string[]): string {
  return paragraphs.join('\n\n');
}
