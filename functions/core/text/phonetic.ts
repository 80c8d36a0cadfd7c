import { doubleMetaphone } from 'double-metaphone';
import { BoundedMemo } from './bounded-memo.ts';
import { CYRILLIC, LATIN } from './scripts.ts';
import { CYRILLIC_TO_LATIN } from './transliteration.ts';

// Cyrillic as an English reader would spell it, because the codes below model English
// spelling: the plain romanisation of transliteration keys (х as kh, ж as zh, so `Купер` sounds
// like `Cooper`), with ё as yo and ғ as gh, as English spellings of names write them; дж is j
// (`Джонсон`, `Johnson`), replaced before letter by letter.
const CYRILLIC_AS_ENGLISH: Readonly<Record<string, string>> = {
  ...CYRILLIC_TO_LATIN,
  ё: 'yo',
  ғ: 'gh',
};

/** Codes shorter than this (one consonant) would join unrelated names by the hundred. */
const MIN_CODE_LENGTH = 2;

/** The script a name is written in, as sound keys record it: a query looks in the other. */
export type NameScript = 'latin' | 'cyrillic';

/** The script of a word for sound keys, or null for one in neither script. */
export function nameScript(word: string): NameScript | null {
  if (CYRILLIC.test(word)) return 'cyrillic';
  if (LATIN.test(word)) return 'latin';
  return null;
}

function romanise(folded: string): string {
  let out = '';
  for (const ch of folded.replaceAll('дж', 'j')) out += CYRILLIC_AS_ENGLISH[ch] ?? ch;
  return out
    .normalize('NFD')
    .replaceAll(/\p{M}/gu, '')
    .replaceAll(/[^a-z]/g, '');
}

/**
 * Double Metaphone codes of a word (folded, any script): English pronunciation rules applied to
 * the word, or to its English-style romanisation when it is Cyrillic, so that the way English
 * spells a name and the way Russian or Kazakh transcribes it give the same code: `Cooper` and
 * `Купер` are both `KPR`, `Yvette` and `Иветт` `AFT`, `Johnson` and `Джонсон` `JNSN`.
 */
export function phoneticCodes(folded: string): string[] {
  const roman = romanise(folded);
  if (roman === '') return [];
  // Russian writes a German or Polish z as ц (Scholz, Шольц): Metaphone's TS is its S.
  const codes = doubleMetaphone(roman).map((code) => code.replaceAll('TS', 'S'));
  return [...new Set(codes)].filter((code) => code.length >= MIN_CODE_LENGTH);
}

// What Double Metaphone can write for each letter: the codes its case for that letter appends
// (double-metaphone 2.0.1; `SCH` is written by S's case as SK, `WICZ` by W's as TS or FX, `DG`
// by D's as TK). The cases run over the word left to right, each writing at most two
// characters, and A is only written at the first letter (an initial vowel, J or W). For the test
// that tells which words cannot have a sound key (`NameKeyFilter`, name-terms.ts) without
// working the codes out; checked against the library in test/core/name-key-filter.test.ts.
const CODES_WRITTEN_BY: Readonly<Record<string, string>> = {
  a: 'A',
  e: 'A',
  i: 'A',
  o: 'A',
  u: 'A',
  y: 'A',
  b: 'P',
  c: 'KSX',
  d: 'JTK',
  f: 'F',
  g: 'KJFNL',
  h: 'H',
  j: 'HJA',
  k: 'K',
  l: 'L',
  m: 'M',
  n: 'N',
  p: 'FP',
  q: 'K',
  r: 'R',
  s: 'SXK',
  t: 'XT0',
  v: 'F',
  w: 'RAFTSX',
  x: 'KS',
  z: 'JST',
};
const CODE_CHARACTERS = 'APKSXJTFNLHMR0';
const INITIAL_ONLY = 1 << CODE_CHARACTERS.indexOf('A');

/** A code (either case) as one bit per character, in order; other characters are left out. */
export function codeSequence(code: string): number[] {
  const bits: number[] = [];
  for (const ch of code.toUpperCase()) {
    const at = CODE_CHARACTERS.indexOf(ch);
    if (at >= 0) bits.push(1 << at);
  }
  return bits;
}

const charCodes = new BoundedMemo<string, number>(4096);

/** What the romanisation of one character can make Double Metaphone write, as bits. */
function codesOfCharacter(ch: string): number {
  let codes = charCodes.get(ch);
  if (codes === undefined) {
    // дж is romanised as j: д may write what j writes.
    const roman = `${CYRILLIC_AS_ENGLISH[ch] ?? ch}${ch === 'д' ? 'j' : ''}`;
    codes = 0;
    for (const letter of roman.normalize('NFD')) {
      for (const code of codeSequence(CODES_WRITTEN_BY[letter] ?? '')) codes |= code;
    }
    charCodes.set(ch, codes);
  }
  return codes;
}

/**
 * What each character of `folded` (a `foldWord` result) can make a sound code of any of its
 * forms (`nameForms`) write, in order: a code is then one character after another, each
 * written by a later character of the word than the one before, or by the same one. The
 * romanisation maps each character on its own (NFD keeps its base letter, non-letters write
 * nothing), so a form's codes are written in the order of its characters; the forms are the
 * word, its hyphen parts, and their stems and surname bases, prefixes of those. A, only written
 * for a form's first letter, is kept only for the first character with letters of the word and
 * of each part. The Latin part of a hyphenated Cyrillic word may be stemmed in English, which
 * can add letters, so such a word gives one position that writes everything its characters do.
 */
export function codePositions(folded: string): number[] {
  const positions: number[] = [];
  let formStart = true;
  for (const ch of folded) {
    const codes = codesOfCharacter(ch);
    if (ch === '-') formStart = true;
    else if (codes !== 0) {
      positions.push(formStart ? codes : codes & ~INITIAL_ONLY);
      formStart = false;
    }
  }
  if (CYRILLIC.test(folded) && LATIN.test(folded)) {
    let all = INITIAL_ONLY;
    for (const ch of folded) all |= codesOfCharacter(ch);
    return [all];
  }
  return positions;
}

/**
 * A sound key: the script the name was written in and one of its codes, lower case (`c:kpr` for
 * `Купер`). Keys carry the script because they are only for crossing scripts: within one
 * script the word itself and its transliteration key already match, and codes this loose would
 * only add noise there (`Heat` and `Hot`).
 */
export function soundKey(script: NameScript, code: string): string {
  return `${script === 'cyrillic' ? 'c' : 'l'}:${code.toLowerCase()}`;
}

/** The sound keys a query word written in `script` looks for: those of the other script. */
export function otherScript(script: NameScript): NameScript {
  return script === 'cyrillic' ? 'latin' : 'cyrillic';
}
