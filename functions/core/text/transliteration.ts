import { BoundedMemo } from './bounded-memo.ts';
import { CYRILLIC, LATIN } from './scripts.ts';
import { foldWord, stemWord, surnameBase, tokenize } from './text-analysis.ts';

// Cyrillic letters of Russian, Kazakh, Kyrgyz, Uzbek, Tajik, Ukrainian and Belarusian, as the
// plainest Latin the common romanisations (BGN/PCGN, ISO 9 without diacritics, passports, the
// 2021 Kazakh Latin alphabet) would give. Hard and soft signs vanish, as they do in passports.
export const CYRILLIC_TO_LATIN: Readonly<Record<string, string>> = {
  а: 'a',
  б: 'b',
  в: 'v',
  г: 'g',
  д: 'd',
  е: 'e',
  ё: 'e',
  ж: 'zh',
  з: 'z',
  и: 'i',
  й: 'y',
  к: 'k',
  л: 'l',
  м: 'm',
  н: 'n',
  о: 'o',
  п: 'p',
  р: 'r',
  с: 's',
  т: 't',
  у: 'u',
  ф: 'f',
  х: 'kh',
  ц: 'ts',
  ч: 'ch',
  ш: 'sh',
  щ: 'shch',
  ъ: '',
  ы: 'y',
  ь: '',
  э: 'e',
  ю: 'yu',
  я: 'ya',
  // Kazakh and Kyrgyz
  ә: 'a',
  ғ: 'g',
  қ: 'k',
  ң: 'n',
  ө: 'o',
  ұ: 'u',
  ү: 'u',
  һ: 'h',
  і: 'i',
  // Uzbek and Tajik
  ў: 'o',
  ҳ: 'h',
  ҷ: 'j',
  ӣ: 'i',
  ӯ: 'u',
  ҕ: 'g',
  // Ukrainian and Belarusian
  є: 'ye',
  ї: 'yi',
  ґ: 'g',
};

// Latin letters whose diacritic carries a sound the skeleton spells with two letters; every
// other diacritic is simply dropped (ä → a, ö → o, ü → u, ū → u, ñ → n).
const LATIN_SPECIALS: Record<string, string> = { ş: 'sh', ç: 'ch', ı: 'i', ß: 'ss' };

// Spelling variants folded to one form, in this order (each rule sees the output of the last):
// щ as shch/sch → sh; дж/ж as dzh/dj/zh → j; х as kh/x, and ғ as gh → h, g; ц as ts/tz → c;
// ң as ng → n; қ as q → k; w → v.
const FOLDS: ReadonlyArray<readonly [RegExp, string]> = [
  [/shch|sch/g, 'sh'],
  [/dzh|dj|zh/g, 'j'],
  [/kh|x/g, 'h'],
  [/gh/g, 'g'],
  [/ts|tz/g, 'c'],
  [/ng/g, 'n'],
  [/q/g, 'k'],
  [/w/g, 'v'],
];

const VOWEL_Y_VOWEL = /([aeiou])y(?=[aeiou])/g;
/** Keys shorter than this match too much to be worth indexing. */
const MIN_KEY_LENGTH = 2;

function toLatin(folded: string): string {
  let out = '';
  for (const ch of folded) out += CYRILLIC_TO_LATIN[ch] ?? LATIN_SPECIALS[ch] ?? ch;
  // Drop the remaining diacritics: NFD splits them off as combining marks.
  return out.normalize('NFD').replaceAll(/\p{M}/gu, '');
}

/**
 * The Latin "skeleton key" of one word: the same for the usual spellings of a name in Cyrillic
 * and in Latin script, so `Kosherbayev`, `Кошербаев` and `Kosherbaev` all give `kosherbaev`.
 *
 * Cyrillic (Russian plus the Kazakh, Kyrgyz, Uzbek and Tajik letters) is romanised plainly,
 * diacritics are dropped, the variant spellings in `FOLDS` are merged, a `y` between vowels is
 * dropped (Кошербаев is Kosherbayev in BGN, Kosherbaev in passports), an initial `ye` is `e`
 * (Yermek, Ермек), every other `y` is `i` (Sergey and Sergei, Aydos and Aidos, Dmitriy and
 * Dmitry), doubled letters are single (Assel, Асель) and anything but a–z is removed (the
 * apostrophes of Uzbek Latin, hyphens). Deliberately lossy: it only has to make spellings of one
 * name meet. English spelling is left to the sound keys (`phonetic.ts`). Returns '' for a word
 * with no Latin or Cyrillic letter, or one too short to be a useful key.
 */
export function transliterationKey(word: string): string {
  const folded = foldWord(word).replace(/'s$/, '');
  if (!CYRILLIC.test(folded) && !LATIN.test(folded)) return '';
  let key = toLatin(folded);
  for (const [pattern, replacement] of FOLDS) key = key.replaceAll(pattern, replacement);
  key = key
    .replaceAll(VOWEL_Y_VOWEL, '$1')
    .replace(/^ye/, 'e')
    .replaceAll('y', 'i')
    .replaceAll(/[^a-z]/g, '')
    .replaceAll(/([a-z])\1+/g, '$1');
  return key.length >= MIN_KEY_LENGTH ? key : '';
}

// What `transliterationKey` can write, for the test that tells which words cannot have a key
// (`NameKeyFilter`, name-terms.ts) without working keys out: one bit per letter a–z.
const LETTER_A = 'a'.charCodeAt(0);

/** A key's letters as one bit each (bit 0 = a), in order; other characters are left out. */
export function letterSequence(text: string): number[] {
  const bits: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i) - LETTER_A;
    if (code >= 0 && code < 26) bits.push(1 << code);
  }
  return bits;
}

const bitsOf = (text: string) => letterSequence(text).reduce((all, bit) => all | bit, 0);
/**
 * The letters the folds write in place of another: dzh, dj, zh as j; kh, x as h; ts, tz as c;
 * q as k; w as v; y as i.
 */
const FOLD_WRITES: ReadonlyArray<readonly [from: number, writes: number]> = [
  ['d', 'j'],
  ['z', 'j'],
  ['x', 'h'],
  ['t', 'c'],
  ['q', 'k'],
  ['w', 'v'],
  ['y', 'i'],
].map(([from, writes]) => [bitsOf(from ?? ''), bitsOf(writes ?? '')] as const);
/** What an English stem can add (Porter2 writes -e, -i and -y endings). */
const ENGLISH_STEM_WRITES = bitsOf('eiy');
const charLetters = new BoundedMemo<string, number>(4096);

/** The letters a key can hold for one character of a folded word, folds included. */
function lettersOfCharacter(ch: string): number {
  let letters = charLetters.get(ch);
  if (letters === undefined) {
    letters = bitsOf(toLatin(ch));
    for (const [from, writes] of FOLD_WRITES) if (letters & from) letters |= writes;
    charLetters.set(ch, letters);
  }
  return letters;
}

/**
 * What each character of `folded` (a `foldWord` result) can make a transliteration key of any
 * of its forms (`nameForms`) hold, in order: a key is then one letter after another, each
 * from a later character than the one before, or the same one. A key is `toLatin` of the form,
 * which maps each character on its own and drops marks (NFD only splits a character into its
 * base and marks), then the folds, which delete letters or write one of `FOLD_WRITES` in place
 * of the letter they replace, then deletions; the forms are the word, its hyphen parts and
 * their Russian stems (Snowball only strips endings) and surname bases, all runs of its
 * characters. The Latin part of a hyphenated Cyrillic word may be stemmed in English, which
 * can add e, i or y: such a word gives one position holding every letter.
 */
export function keyPositions(folded: string): number[] {
  const positions: number[] = [];
  for (const ch of folded) {
    const letters = lettersOfCharacter(ch);
    if (letters !== 0) positions.push(letters);
  }
  if (CYRILLIC.test(folded) && LATIN.test(folded)) {
    let all = ENGLISH_STEM_WRITES;
    for (const letters of positions) all |= letters;
    for (const [from, writes] of FOLD_WRITES) if (all & from) all |= writes;
    return [all];
  }
  return positions;
}

/**
 * The forms of a name worth keying: the word, each part of a hyphenated word and, for Cyrillic,
 * its Russian stem and surname base, so that a declined name (`Ермеком`, `Кошербаевым`) meets
 * its Latin spelling, which is always in the nominative (`Yermek`, `Kosherbayev`).
 */
export function nameForms(word: string): string[] {
  const folded = foldWord(word);
  const forms = folded.includes('-') ? [folded, ...folded.split('-')] : [folded];
  if (CYRILLIC.test(folded)) {
    forms.push(...forms.map(stemWord));
    const base = surnameBase(folded);
    if (base) forms.push(base);
  }
  return [...new Set(forms)];
}

/** Transliteration keys of a word: one for each of its name forms. */
function wordKeys(word: string): string[] {
  return [
    ...new Set(
      nameForms(word)
        .map(transliterationKey)
        .filter((key) => key !== ''),
    ),
  ];
}

/** The transliteration keys a query word may match, whatever its case. */
export function queryKeys(word: string): string[] {
  return [...new Set(tokenize(word).flatMap((t) => wordKeys(word.slice(t.start, t.end))))];
}

/**
 * The transliteration keys to index for a text: those of its capitalised words (names, mostly),
 * including the surname base of a declined Russian surname, so `Кошербаевым` is found by
 * `Kosherbayev`. Lower-case words are left out: their keys would only add noise.
 */
export function nameKeys(text: string): string[] {
  return tokenize(text).flatMap((token) =>
    token.capitalised ? wordKeys(text.slice(token.start, token.end)) : [],
  );
}
