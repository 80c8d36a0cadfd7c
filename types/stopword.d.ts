// `stopword` 3 ships no types; these are the lists this project reads.
declare module 'stopword' {
  /** English stop words. */
  export const eng: readonly string[];
  /** Russian stop words (the Snowball list). */
  export const rus: readonly string[];
  // The other languages we index that `stopword` has lists for (fingerprints leave them out).
  /** Ukrainian. */
  export const ukr: readonly string[];
  /** Bulgarian. */
  export const bul: readonly string[];
  /** German. */
  export const deu: readonly string[];
  /** French. */
  export const fra: readonly string[];
  /** Spanish. */
  export const spa: readonly string[];
  /** Italian. */
  export const ita: readonly string[];
  /** Portuguese. */
  export const por: readonly string[];
  /** Polish. */
  export const pol: readonly string[];
  /** Dutch. */
  export const nld: readonly string[];
  /** Turkish. */
  export const tur: readonly string[];
  /** Arabic. */
  export const ara: readonly string[];
  /** Persian. */
  export const fas: readonly string[];
}
