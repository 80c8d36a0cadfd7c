import { stemmer as englishStem } from '@orama/stemmers/english';
import { stemmer as russianStem } from '@orama/stemmers/russian';

/** A word found in a text, with its place in that text (UTF-16 offsets). */
export interface Token {
  /** Search form: folded and stemmed. */
  term: string;
  start: number;
  end: number;
}

// A word is a run of letters, marks and digits, allowing inner apostrophes and hyphens
// (`O'Brien`, `Нур-Султан`) to stay one word the way a reader sees them.
const WORD = /[\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:['’\-‐][\p{L}\p{M}\p{N}]+)*/gu;
const CYRILLIC = /\p{Script=Cyrillic}/u;
const LATIN = /\p{Script=Latin}/u;

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
  if (/\d/.test(folded)) return folded;
  if (CYRILLIC.test(folded)) return russianStem(folded);
  if (LATIN.test(folded)) return englishStem(folded);
  return folded;
}

/** Splits text into words and gives each its search form. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const match of text.matchAll(WORD)) {
    const start = match.index;
    const word = match[0];
    tokens.push({ term: stemWord(foldWord(word)), start, end: start + word.length });
  }
  return tokens;
}

/** The search forms of every word in the text, in order. */
export function analyse(text: string): string[] {
  return tokenize(text).map((t) => t.term);
}
