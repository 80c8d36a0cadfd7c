import { foldWord, stemWord } from '../text/text-analysis.ts';
import { newsLexicon } from './lexicon/news-en-ru.ts';

/** What one stem translates to, and how long a word must be to be a form of its lemma. */
interface Sense {
  /** A word much shorter than the lemma shares its stem by chance (`cooper`, `cooperation`). */
  shortest: number;
  stems: string[];
}

/** The other language's stems of a word's stem, both ways. */
interface Dictionary {
  english: Map<string, Sense[]>;
  russian: Map<string, Sense[]>;
}

const CYRILLIC = /\p{Script=Cyrillic}/u;
const LATIN = /\p{Script=Latin}/u;
/** The most stems one word's translations bring: the lexicon lists the usual ones first. */
const MAX_TRANSLATIONS = 4;
/** How many letters shorter than its lemma an inflected form may be (`дел`, `дело`). */
const SHORTER_BY = 2;

let dictionary: Dictionary | undefined;

function add(map: Map<string, Sense[]>, lemma: string, stems: string[], targets: string[]): void {
  for (const stem of stems) {
    const senses = map.get(stem) ?? [];
    senses.push({ shortest: lemma.length - SHORTER_BY, stems: targets });
    map.set(stem, senses);
  }
}

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

/** The distinct stems of a Russian lemma's forms (one or two, as Snowball reads them). */
function russianStems(lemma: string): string[] {
  const stems = new Set([stemWord(lemma)]);
  const rule = RUSSIAN_FORMS.find(([ending]) => ending.test(lemma));
  if (rule) {
    const base = lemma.replace(rule[0], '');
    for (const ending of rule[1]) stems.add(stemWord(`${base}${ending}`));
  }
  return [...stems];
}

// Built on first use from the lexicon's lemmas, stemmed by the search's own analysis, so a word
// in any inflected form (`министра`, `ministers`) finds the stems the index holds.
function load(): Dictionary {
  if (dictionary) return dictionary;
  const english = new Map<string, Sense[]>();
  const russian = new Map<string, Sense[]>();
  for (const [en, ...ru] of newsLexicon()) {
    const lemma = foldWord(en);
    const englishStem = stemWord(lemma);
    const forms = ru.map((other) => ({
      lemma: foldWord(other),
      stems: russianStems(foldWord(other)),
    }));
    add(
      english,
      lemma,
      [englishStem],
      forms.flatMap((form) => form.stems),
    );
    for (const form of forms) add(russian, form.lemma, form.stems, [englishStem]);
  }
  dictionary = { english, russian };
  return dictionary;
}

/**
 * The stems a word translates to in the other of English and Russian (`minister` → `министр`;
 * `визита` → `visit`), from the project's news lexicon (`lexicon/news-en-ru.ts`); none for a
 * word it does not list, a word in another script, or a word that only shares a lemma's stem
 * by being much shorter (`Cooper` is not a form of `cooperation`).
 */
export function translateWord(word: string): string[] {
  const folded = foldWord(word);
  const { english, russian } = load();
  const senses = CYRILLIC.test(folded)
    ? russian.get(stemWord(folded))
    : LATIN.test(folded)
      ? english.get(stemWord(folded))
      : undefined;
  const stems = (senses ?? [])
    .filter((sense) => folded.length >= sense.shortest)
    .flatMap((sense) => sense.stems);
  return [...new Set(stems)].slice(0, MAX_TRANSLATIONS);
}
