// `stopword` 3 ships no types; these are the lists this project reads.
declare module 'stopword' {
  /** English stop words. */
  export const eng: readonly string[];
  /** Russian stop words (the Snowball list). */
  export const rus: readonly string[];
}
