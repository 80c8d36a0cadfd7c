// Types of the generated extract beside this file (scripts/extract-stemmers.ts).

/** A Snowball stemmer for one language. */
export interface Stemmer {
  stem(word: string): string;
}

/** Creates the stemmer for `english` or `russian`, the algorithms the extract holds. */
export function newStemmer(algorithm: 'english' | 'russian'): Stemmer;
