import type { Script } from './types.ts';

/** Letters of a text counted by writing system, and the one most letters are written in. */
export interface ScriptProfile {
  /** The script of most letters; `Zyyy` (common) when the text has no letters. */
  script: Script;
  /** All letters, in any script. */
  letters: number;
  /** Letters of the dominant script. */
  dominant: number;
  /** Letters per script, for mixed texts. */
  counts: Partial<Record<Script, number>>;
  /** Letters of no script (Unicode's Common, such as Uzbek ʻ), not counted in `letters`. */
  commonLetters: number;
}

// Order matters only for speed: the scripts of our press come first.
const SCRIPT_PATTERNS: ReadonlyArray<readonly [Script, RegExp]> = [
  ['Cyrl', /\p{Script=Cyrillic}/u],
  ['Latn', /\p{Script=Latin}/u],
  ['Arab', /\p{Script=Arabic}/u],
  ['Hani', /\p{Script=Han}/u],
  ['Jpan', /[\p{Script=Hiragana}\p{Script=Katakana}]/u],
  ['Hang', /\p{Script=Hangul}/u],
  ['Geor', /\p{Script=Georgian}/u],
  ['Armn', /\p{Script=Armenian}/u],
  ['Grek', /\p{Script=Greek}/u],
  ['Hebr', /\p{Script=Hebrew}/u],
  ['Deva', /\p{Script=Devanagari}/u],
  ['Thai', /\p{Script=Thai}/u],
];

const LETTER = /\p{L}/u;
// Modifier letters such as Uzbek ʻ (U+02BB) are letters to Unicode but belong to no script.
const COMMON_LETTER = /\p{Script=Common}/u;

/**
 * Counts the letters of each script. A script is the first and cheapest evidence: it rules
 * out every language not written in it, whatever a statistical model says.
 */
export function detectScript(text: string): ScriptProfile {
  const counts: Partial<Record<Script, number>> = {};
  let letters = 0;
  let commonLetters = 0;
  let lastScript: Script | null = null;
  // By UTF-16 unit, a string made only for a character the fast paths do not know: iterating the
  // text made a string of every character, most of the count's cost.
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    // ASCII fast path: most texts are mostly ASCII or mostly one other script.
    if (code < 0x80) {
      if ((code | 0x20) >= 0x61 && (code | 0x20) <= 0x7a) {
        counts.Latn = (counts.Latn ?? 0) + 1;
        letters++;
      }
      continue;
    }
    // Cyrillic and Latin-1/Extended letters, the bulk of our press, skip the regular expressions.
    const fast = fastScript(code);
    if (fast) {
      counts[fast] = (counts[fast] ?? 0) + 1;
      letters++;
      continue;
    }
    // A surrogate pair is one character, as iterating the string reads it; a lone surrogate is
    // one of its own.
    let width = 1;
    if (code >= 0xd800 && code <= 0xdbff) {
      const low = text.charCodeAt(i + 1);
      if (low >= 0xdc00 && low <= 0xdfff) width = 2;
    }
    const char = text.slice(i, i + width);
    i += width - 1;
    if (!LETTER.test(char)) continue;
    if (COMMON_LETTER.test(char)) {
      commonLetters++;
      continue;
    }
    letters++;
    const script = scriptOf(char, lastScript);
    if (script) {
      counts[script] = (counts[script] ?? 0) + 1;
      lastScript = script;
    }
  }
  return profileOf(counts, letters, commonLetters);
}

/**
 * The profile of texts joined, from the profiles of each: every count is a sum, so the texts
 * need not be read again. (Ties go to the script met first, as in `detectScript`.)
 */
export function joinedScripts(parts: readonly ScriptProfile[]): ScriptProfile {
  const counts: Partial<Record<Script, number>> = {};
  let letters = 0;
  let commonLetters = 0;
  for (const part of parts) {
    letters += part.letters;
    commonLetters += part.commonLetters;
    for (const [name, count] of Object.entries(part.counts) as Array<[Script, number]>) {
      counts[name] = (counts[name] ?? 0) + count;
    }
  }
  return profileOf(counts, letters, commonLetters);
}

function profileOf(
  counts: Partial<Record<Script, number>>,
  letters: number,
  commonLetters: number,
): ScriptProfile {
  let script: Script = 'Zyyy';
  let dominant = 0;
  for (const [name, count] of Object.entries(counts) as Array<[Script, number]>) {
    if (count > dominant) {
      script = name;
      dominant = count;
    }
  }
  return { script, letters, dominant, counts, commonLetters };
}

function fastScript(code: number): Script | null {
  if (code >= 0x0400 && code <= 0x052f && !(code >= 0x0482 && code <= 0x0489)) return 'Cyrl';
  if (code >= 0x00c0 && code <= 0x024f && code !== 0x00d7 && code !== 0x00f7) return 'Latn';
  return null;
}

function scriptOf(char: string, hint: Script | null): Script | null {
  if (hint) {
    const pattern = SCRIPT_PATTERNS.find(([name]) => name === hint)?.[1];
    if (pattern?.test(char)) return hint;
  }
  for (const [name, pattern] of SCRIPT_PATTERNS) if (pattern.test(char)) return name;
  return null;
}

/** Japanese mixes Han with kana: a real share of kana makes Han text Japanese. */
export function effectiveScript(scripts: ScriptProfile): Script {
  const kana = scripts.counts.Jpan ?? 0;
  if ((scripts.script === 'Hani' || scripts.script === 'Jpan') && kana >= 0.1 * scripts.letters) {
    return 'Jpan';
  }
  return scripts.script;
}

/** The script of a text as the detector reports it: Japanese by its kana, Chinese as Hans/Hant. */
export function textScript(text: string): Script {
  const script = effectiveScript(detectScript(text));
  return script === 'Hani' ? chineseScript(text) : script;
}

// Frequent characters written differently in the two Chinese standards (same words, pairwise).
const SIMPLIFIED_ONLY =
  '们这个来说会时为国学对于与开关发经动长进现问题样实点么没还机场电业东们区产见书认让议';
const TRADITIONAL_ONLY =
  '們這個來說會時為國學對於與開關發經動長進現問題樣實點麼沒還機場電業東們區產見書認讓議';

/** Simplified (`Hans`) or Traditional (`Hant`) Chinese, from characters that differ. */
export function chineseScript(text: string): 'Hans' | 'Hant' {
  let simplified = 0;
  let traditional = 0;
  for (const char of text) {
    if (SIMPLIFIED_ONLY.includes(char)) simplified++;
    else if (TRADITIONAL_ONLY.includes(char)) traditional++;
  }
  return traditional > simplified ? 'Hant' : 'Hans';
}
