import { doubleMetaphone } from 'double-metaphone';
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
