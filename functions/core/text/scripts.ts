// Whether a text holds a letter of a script: asked by the analysis, the romanisation, the sound
// keys, the name-key filter and the query's translation alike. Not global, so `test` keeps no
// state between calls and one expression serves every caller.

/** Matches a text holding at least one Cyrillic character. */
export const CYRILLIC = /\p{Script=Cyrillic}/u;
/** Matches a text holding at least one Latin character. */
export const LATIN = /\p{Script=Latin}/u;
