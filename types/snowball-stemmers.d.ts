// The package ships no types; this declares the two calls the analyser uses.
declare module 'snowball-stemmers' {
  /** A Snowball stemmer for one language. */
  export interface Stemmer {
    stem(word: string): string;
  }
  /** Creates the stemmer for a Snowball algorithm name such as `russian` or `english`. */
  export function newStemmer(algorithm: string): Stemmer;
  /** The names of every algorithm the package provides. */
  export function algorithms(): string[];
}
