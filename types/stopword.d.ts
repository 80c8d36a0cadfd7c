// `stopword` 3 ships no types; these are the lists this project reads. Each is imported from
// its own file: the package marks all of `src/` as having side effects, so importing the index
// bundles the lists of all 62 languages (211 KB of the search function).
declare module 'stopword/src/stopwords_eng.js' {
  /** English stop words. */
  export const eng: readonly string[];
}

declare module 'stopword/src/stopwords_rus.js' {
  /** Russian stop words (the Snowball list). */
  export const rus: readonly string[];
}
