import { doubleMetaphone } from 'double-metaphone';
import { BoundedMemo } from './bounded-memo.ts';
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

const CYRILLIC = /\p{Script=Cyrillic}/u;
const LATIN = /\p{Script=Latin}/u;
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

// What Double Metaphone can write for each letter (the codes its case for that letter appends,
// double-metaphone 2.0.1: `SCH` is written by S's case as SK, `WICZ` by W's as TS or FX, `DG`
// by D's as TK). For the test that tells which words cannot have a sound key (`NameKeyFilter`,
// name-terms.ts) without working the codes out: a code can only hold what its word's letters
// write. Checked against the library over real vocabularies (test/core/name-key-filter.test.ts).
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

/** The bit set of the code characters in `code` (either case); others are not counted. */
export function codeBits(code: string): number {
  let bits = 0;
  for (const ch of code.toUpperCase()) {
    const at = CODE_CHARACTERS.indexOf(ch);
    if (at >= 0) bits |= 1 << at;
  }
  return bits;
}

const charCodes = new BoundedMemo<string, number>(4096);

/**
 * Every code character any sound code of any form (`nameForms`) of `folded` can hold. The
 * romanisation maps each character on its own (дж as j: д and ж count j too) and keeps a–z
 * after NFD; the forms are made of the word's characters, save an English stem's vowels (see
 * `keyLetters`), which can only write A.
 */
export function codeLetters(folded: string): number {
  let bits = 0;
  for (const ch of folded) {
    let codes = charCodes.get(ch);
    if (codes === undefined) {
      const roman = `${CYRILLIC_AS_ENGLISH[ch] ?? ch}${ch === 'д' || ch === 'ж' ? 'j' : ''}`;
      codes = 0;
      for (const letter of roman.normalize('NFD'))
        codes |= codeBits(CODES_WRITTEN_BY[letter] ?? '');
      charCodes.set(ch, codes);
    }
    bits |= codes;
  }
  if (CYRILLIC.test(folded)) bits |= codeBits('A');
  return bits;
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
