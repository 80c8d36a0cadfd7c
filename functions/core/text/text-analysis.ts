import { BoundedMemo } from './bounded-memo.ts';
import { CYRILLIC, LATIN } from './scripts.ts';
import { newStemmer } from './stemming/snowball.generated.js';
import { forEachWordSpan } from './word-spans.ts';

// The reference Snowball algorithms (generated from the Snowball sources), the same family
// Lucene's and so OpenSearch's `russian` and `english` analysers use.
const russian = newStemmer('russian');
const english = newStemmer('english');

/** A word found in a text, with its place in that text (UTF-16 offsets). */
export interface Token {
  /** Search form: folded and stemmed. */
  term: string;
  /** The word folded (`foldWord`), not stemmed. */
  folded: string;
  /** For a word that looks like a Russian surname, its base form (see `surnameBase`). */
  surname?: string;
  /** Whether the word starts with a capital letter, as names do. */
  capitalised: boolean;
  start: number;
  end: number;
}

// A word is a run of letters, marks and digits, allowing inner apostrophes and hyphens
// (`O'Brien`, `Нур-Султан`) to stay one word the way a reader sees them. Every repetition is
// bounded: an unbounded one over millions of letters in a row overflows
// V8's regular-expression stack (RangeError), and a run longer than 256 characters is not a
// word but data, which then counts as several. Global: read it with `matchAll`, which copies it,
// never with `exec` or `test`, which would move its shared `lastIndex`.
export const WORD =
  /[\p{L}\p{N}][\p{L}\p{M}\p{N}]{0,255}(?:['’\-‐][\p{L}\p{M}\p{N}]{1,255}){0,32}/gu;

/**
 * Folds a word to its comparison form: NFC, lower case, `ё` as `е` (Russian print drops the
 * diaeresis inconsistently), typographic apostrophes and hyphens as ASCII.
 */
export function foldWord(word: string): string {
  return word
    .normalize('NFC')
    .toLowerCase()
    .replaceAll('ё', 'е')
    .replaceAll(/[’‐]/g, (c) => (c === '’' ? "'" : '-'));
}

/**
 * Stems a folded word by its script: Cyrillic with the Russian Snowball stemmer, Latin with the
 * English (Porter2) one. Choosing by script rather than by document language means a query,
 * whose language is unknown, is analysed exactly like the documents it should match.
 */
export function stemWord(folded: string): string {
  let stem = stems.get(folded);
  if (stem === undefined) {
    stem = computeStem(folded);
    // Word frequencies are Zipfian, so a bounded memo saves most stemming work; its bound keeps
    // memory flat on hostile input with endless distinct words.
    stems.set(folded, stem);
  }
  return stem;
}

const STEM_CACHE_SIZE = 50_000;
const stems = new BoundedMemo<string, string>(STEM_CACHE_SIZE);

function computeStem(folded: string): string {
  if (/\d/.test(folded)) return folded;
  if (CYRILLIC.test(folded)) return russian.stem(folded);
  if (LATIN.test(folded)) return english.stem(folded);
  return folded;
}

/** How many words a text has, as a reader counts them. */
export function countWords(text: string): number {
  return tokenize(text).length;
}

// Surnames in -ов/-ев/-ин/-ын with a case ending. Snowball reads the bare -ов/-ев as a plural
// noun ending and strips it, so `Кошербаев` stems to `кошерба` while `Кошербаевым` stems to
// `кошербаев`; the base form below gives every case of the name one shared term.
const SURNAME = /^(\p{Script=Cyrillic}{3,}(?:ов|ев|ин|ын))(?:а|у|ым|ом|е|ой|ы|ых|ыми)?$/u;

/** The base form of a folded word that looks like a Russian surname in any case, else null. */
export function surnameBase(folded: string): string | null {
  return SURNAME.exec(folded)?.[1] ?? null;
}

/** What a word's spelling alone decides: its search form, surname base and case. */
interface WordForm {
  term: string;
  folded: string;
  surname: string | null;
  capitalised: boolean;
}

// Words recur (Zipf's law): folding and stemming each spelling once saves most of the work of
// analysing a text. Bounded like the stem memo, for the same reason.
const WORD_FORM_CACHE_SIZE = 200_000;
const wordForms = new BoundedMemo<string, WordForm>(WORD_FORM_CACHE_SIZE);

function wordForm(word: string): WordForm {
  let form = wordForms.get(word);
  if (form === undefined) {
    const folded = foldWord(word);
    form = {
      term: stemWord(folded),
      folded,
      surname: surnameBase(folded),
      capitalised: /^\p{Lu}/u.test(word),
    };
    wordForms.set(word, form);
  }
  return form;
}

/** The token of one word found at `start` (see `tokenize`). */
export function tokenOf(word: string, start: number): Token {
  return tokenWithForm(wordForm(word), start, start + word.length);
}

function tokenWithForm(form: WordForm, start: number, end: number): Token {
  // One object shape for every token (no optional spread): tokens are made by the hundred per
  // article, and a single shape keeps V8's property access monomorphic.
  const token: Token = {
    term: form.term,
    folded: form.folded,
    capitalised: form.capitalised,
    start,
    end,
  };
  if (form.surname) token.surname = form.surname;
  return token;
}

/** The words of a text as a reader sees them, with their offsets, not yet analysed. */
export function* wordsOf(text: string): Generator<{ word: string; start: number }> {
  for (const match of text.matchAll(WORD)) yield { word: match[0], start: match.index };
}

// The texts tokenised last (the titles and bodies of a batch of 10), so that the analyses of one article (its index terms, name keys,
// fingerprint and word count) share one pass over each text.
const RECENT_TEXTS = 24;
const recent: Array<{ text: string; tokens: readonly Token[] }> = [];

/** Splits text into words and gives each its search form. */
export function tokenize(text: string): readonly Token[] {
  const cached = recent.find((entry) => entry.text === text);
  if (cached) return cached.tokens;
  const tokens: Token[] = [];
  // The very words `wordsOf` finds, found without the regular expression's match objects and
  // generator (a third of the cost of finding them; bench/scale/RESULTS.md, issue-19d).
  forEachWordSpan(text, (start, end) => {
    tokens.push(tokenWithForm(wordForm(text.slice(start, end)), start, end));
  });
  recent.unshift({ text, tokens });
  if (recent.length > RECENT_TEXTS) recent.pop();
  return tokens;
}

/** The search forms of every word in the text, in order. */
export function analyse(text: string): string[] {
  return tokenize(text).map((t) => t.term);
}

/**
 * Surname base forms of the capitalised words in a text, for indexing beside the stems.
 * Only capitalised words count, so common nouns such as `депутатов` add nothing.
 */
export function analyseNames(text: string): string[] {
  return tokenize(text).flatMap((t) => (t.capitalised && t.surname ? [t.surname] : []));
}

/**
 * Every term a query word may match: its stem, and its surname base when it has the shape of
 * one (whatever its case, since people type names in lower case too).
 */
export function queryAlternatives(word: string): string[] {
  const forms = tokenize(word).flatMap((t) => (t.surname ? [t.term, t.surname] : [t.term]));
  return [...new Set(forms)];
}
