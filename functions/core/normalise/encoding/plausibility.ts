import { LETTER_MODELS, type LetterModel } from './code-page-letter-frequencies.ts';

// Costs in natural-log units, comparable with the log-probabilities of letters (a common letter
// costs about 2.5, a rare one 6 to 9). They encode how text in any of our languages looks.
/** A capital letter: real text is mostly lower case, a misread code page often is not. */
const CAPITAL = -1.5;
/** A capital right after a small letter inside one word (`прИвет`). */
const CAPITAL_INSIDE_WORD = -4;
/** A letter next to a letter of another script (`cafй`, `Рџ`). */
const MIXED_SCRIPTS = -4;
/** Typographic punctuation: quotes, dashes, №, no-break space… */
const TYPOGRAPHY = -4;
/** Typographic punctuation between two letters (`Р°Р·`). */
const SYMBOL_INSIDE_WORD = -5;
/** Box drawing, C1 controls, replacement characters and other signs no article contains. */
const JUNK = -10;
/** A letter the best model does not list: of its script, or of another one. */
const UNLISTED_LETTER = Math.log(1e-4);
const FOREIGN_LETTER = Math.log(1e-5);
/** Enough non-ASCII characters to judge; more costs time and changes nothing. */
const SAMPLE_CHARACTERS = 20_000;

const TYPOGRAPHIC = new Set('\u00a0«»—–…“”„‘’‚‹›№°•·©®™€£¥§±×÷‰†‡′″¹²³½¼¾¡¿ªº¶¢µ\u00ad'.split(''));

type Script = 'cyrillic' | 'latin' | 'other' | null;

// Code-point ranges rather than Unicode property regexes: this runs on every character of up to
// a dozen candidate decodings.
function scriptOf(c: string): Script {
  const code = c.codePointAt(0) ?? 0;
  if ((code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a)) return 'latin';
  if (code >= 0x400 && code <= 0x52f) return 'cyrillic';
  if (code >= 0xc0 && code <= 0x24f && code !== 0xd7 && code !== 0xf7) return 'latin';
  if (code >= 0x1e00 && code <= 0x1eff) return 'latin';
  if (code >= 0x80 && /\p{L}/u.test(c)) return 'other';
  return null;
}

function isLower(c: string): boolean {
  return c !== c.toUpperCase();
}

function isUpper(c: string): boolean {
  return c !== c.toLowerCase();
}

function letterCost(model: LetterModel, letter: string, script: Script): number {
  return (
    model.logProbability.get(letter) ?? (script === model.script ? UNLISTED_LETTER : FOREIGN_LETTER)
  );
}

/**
 * How much a decoded text looks like real text, as an average score per non-ASCII character
 * (higher is better; 0 when the text is pure ASCII, which every candidate decodes alike). Used to
 * choose between candidate code pages: the right one yields frequent letters of one script in
 * their usual case; a wrong one yields rare letters, capitals in mid-word, mixed scripts or
 * symbols inside words.
 */
export function plausibility(text: string): number {
  const chars = Array.from(text);
  const letterSums = LETTER_MODELS.map(() => 0);
  let shape = 0;
  let counted = 0;
  for (let i = 0; i < chars.length && counted < SAMPLE_CHARACTERS; i++) {
    const c = chars[i] ?? '';
    if (c < '\u0080') continue;
    counted++;
    const prev = chars[i - 1] ?? ' ';
    const next = chars[i + 1] ?? ' ';
    const script = scriptOf(c);
    const prevScript = scriptOf(prev);
    const nextScript = scriptOf(next);
    if (script !== null) {
      const lower = c.toLowerCase();
      LETTER_MODELS.forEach((model, m) => {
        letterSums[m] = (letterSums[m] ?? 0) + letterCost(model, lower, script);
      });
      if (isUpper(c))
        shape += CAPITAL + (prevScript !== null && isLower(prev) ? CAPITAL_INSIDE_WORD : 0);
      if (prevScript !== null && prevScript !== script) shape += MIXED_SCRIPTS;
      if (nextScript !== null && nextScript !== script) shape += MIXED_SCRIPTS;
    } else if (TYPOGRAPHIC.has(c)) {
      shape += TYPOGRAPHY + (prevScript !== null && nextScript !== null ? SYMBOL_INSIDE_WORD : 0);
    } else {
      shape += JUNK;
    }
  }
  if (counted === 0) return 0;
  return (shape + Math.max(...letterSums)) / counted;
}
