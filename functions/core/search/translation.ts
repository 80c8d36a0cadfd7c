import { CYRILLIC, LATIN } from '../text/scripts.ts';
import { foldWord, stemWord } from '../text/text-analysis.ts';
import { newsLexicon } from './lexicon/news-en-ru.ts';

/** What one stem translates to, and how long a word must be to be a form of its lemma. */
interface Sense {
  /** A word much shorter than the lemma shares its stem by chance (`cooper`, `cooperation`). */
  shortest: number;
  stems: string[];
}

/** The most stems one word's translations bring: the lexicon lists the usual ones first. */
const MAX_TRANSLATIONS = 4;
/** How many letters shorter than its lemma an inflected form may be (`дел`, `дело`). */
const SHORTER_BY = 2;

// Endings of the Russian cases, by the ending of the dictionary form. Snowball does not stem
// every form of a word alike (`визит` gives `виз`, `визита` and `визитом` give `визит`), so a
// lemma stands for the stems of its forms, and an article's word finds the translation
// whatever its case.
const RUSSIAN_FORMS: ReadonlyArray<readonly [RegExp, readonly string[]]> = [
  [
    /(ый|ий|ой)$/,
    [
      'ый',
      'ий',
      'ого',
      'его',
      'ому',
      'ему',
      'ым',
      'им',
      'ом',
      'ем',
      'ая',
      'яя',
      'ой',
      'ей',
      'ую',
      'юю',
      'ые',
      'ие',
      'ых',
      'их',
      'ыми',
      'ими',
    ],
  ],
  [/(ы|и)$/, ['ы', 'и', 'ов', 'ей', 'ам', 'ями', 'ами', 'ах', 'ях']],
  [/(а|я)$/, ['а', 'я', 'ы', 'и', 'е', 'у', 'ю', 'ой', 'ей', 'ам', 'ям', 'ами', 'ями', 'ах', 'ях']],
  [/(о|е)$/, ['о', 'е', 'а', 'я', 'у', 'ю', 'ом', 'ем', 'ам', 'ям', 'ами', 'ями', 'ах', 'ях']],
  [/(ь)$/, ['ь', 'и', 'я', 'ю', 'ей', 'ем', 'ям', 'ями', 'ях']],
  [/(ть|ться)$/, []],
  [/$/, ['', 'а', 'у', 'ом', 'е', 'ы', 'ов', 'ам', 'ами', 'ах', 'и', 'ей']],
];

/** A Russian lemma's base and the endings of its cases, by the ending of the dictionary form. */
function russianCases(lemma: string): { base: string; endings: readonly string[] } {
  const rule = RUSSIAN_FORMS.find(([ending]) => ending.test(lemma));
  return rule
    ? { base: lemma.replace(rule[0], ''), endings: rule[1] }
    : { base: lemma, endings: [] };
}

/** A Russian lemma and the forms of its cases. */
export function russianForms(lemma: string): string[] {
  const { base, endings } = russianCases(lemma);
  return [lemma, ...endings.map((ending) => `${base}${ending}`)];
}

// Stemming every form of every lemma up front cost a cold function's first search 300 ms of
// CPU, for the one or two words it translates. So the lemmas are filed by the first letters of
// their forms, which a stem keeps (stemming cuts endings, and at most turns a final y to i),
// and a lookup stems only the lemmas filed under its own stem's first letters, each lemma once
// per process. The translations are the whole dictionary's: test/core/translation.test.ts
// compares them on every form of every lemma.

/** How many first letters file a lemma: a stem of fewer is looked up by all it has. */
const KEY_LENGTH = 3;

/** One row of the lexicon; its stems worked out when a lookup first needs them. */
interface Row {
  english: string;
  russian: string[];
  englishStem?: string;
  russianStems?: Array<string[] | undefined>;
}

/** A row's Russian lemma, by its place in the row. */
interface RussianLemma {
  row: Row;
  index: number;
}

/** The rows and lemmas filed under each start of one to `KEY_LENGTH` letters, in lexicon order. */
interface Filing {
  english: Map<string, Row[]>;
  russian: Map<string, RussianLemma[]>;
}

let filing: Filing | undefined;

/** Files an entry under the first one to `KEY_LENGTH` letters of a word, once under each. */
function file<T>(map: Map<string, T[]>, word: string, entry: T): void {
  for (let length = 1; length <= KEY_LENGTH && length <= word.length; length++) {
    const key = word.slice(0, length);
    const entries = map.get(key);
    if (entries === undefined) map.set(key, [entry]);
    else if (entries.at(-1) !== entry) entries.push(entry);
  }
}

/** The longest ending a rule of `RUSSIAN_FORMS` takes off a lemma (`ться`). */
const LONGEST_ENDING = 4;

// The lexicon's words are folded already (its test holds it to that). Filing runs on a cold
// function's first search, so it does no more than it must: a lemma's forms start as the
// lemma does, and are spelled out only where its base is shorter than a key.
function fileLexicon(): Filing {
  if (filing) return filing;
  const english = new Map<string, Row[]>();
  const russian = new Map<string, RussianLemma[]>();
  for (const words of newsLexicon()) {
    const en = words[0];
    const ru = words.slice(1);
    const row: Row = { english: en, russian: ru };
    file(english, en, row);
    // Porter2 ends a stem in `i` for a final `y` (`spy`, `spi`): the one letter it changes.
    if (en.length <= KEY_LENGTH && en.endsWith('y')) file(english, `${en.slice(0, -1)}i`, row);
    for (let index = 0; index < ru.length; index++) {
      const lemma = ru[index] ?? '';
      const entry = { row, index };
      const longBase =
        lemma.length >= KEY_LENGTH + LONGEST_ENDING ||
        russianCases(lemma).base.length >= KEY_LENGTH;
      if (longBase) file(russian, lemma, entry);
      else for (const form of russianForms(lemma)) file(russian, form, entry);
    }
  }
  filing = { english, russian };
  return filing;
}

function englishStemOf(row: Row): string {
  row.englishStem ??= stemWord(row.english);
  return row.englishStem;
}

function russianStemsOf(row: Row, index: number): string[] {
  row.russianStems ??= [];
  let stems = row.russianStems[index];
  if (stems === undefined) {
    stems = [...new Set(russianForms(row.russian[index] ?? '').map(stemWord))];
    row.russianStems[index] = stems;
  }
  return stems;
}

/** What an English stem translates to: a sense for each row whose English lemma has it. */
function englishSenses(stem: string): Sense[] {
  return (fileLexicon().english.get(stem.slice(0, KEY_LENGTH)) ?? [])
    .filter((row) => englishStemOf(row) === stem)
    .map((row) => ({
      shortest: row.english.length - SHORTER_BY,
      stems: row.russian.flatMap((_, index) => russianStemsOf(row, index)),
    }));
}

/** What a Russian stem translates to: a sense for each Russian lemma with a form that has it. */
function russianSenses(stem: string): Sense[] {
  return (fileLexicon().russian.get(stem.slice(0, KEY_LENGTH)) ?? [])
    .filter(({ row, index }) => russianStemsOf(row, index).includes(stem))
    .map(({ row, index }) => ({
      shortest: (row.russian[index] ?? '').length - SHORTER_BY,
      stems: [englishStemOf(row)],
    }));
}

/**
 * The stems a word translates to in the other of English and Russian (`minister` → `министр`;
 * `визита` → `visit`), from the project's news lexicon (`lexicon/news-en-ru.ts`); none for a
 * word it does not list, a word in another script, or a word that only shares a lemma's stem
 * by being much shorter (`Cooper` is not a form of `cooperation`).
 */
export function translateWord(word: string): string[] {
  const folded = foldWord(word);
  const senses = CYRILLIC.test(folded)
    ? russianSenses(stemWord(folded))
    : LATIN.test(folded)
      ? englishSenses(stemWord(folded))
      : undefined;
  const stems = (senses ?? [])
    .filter((sense) => folded.length >= sense.shortest)
    .flatMap((sense) => sense.stems);
  return [...new Set(stems)].slice(0, MAX_TRANSLATIONS);
}
