/**
 * What a thread that answers searches runs before its first real one: words in Latin and
 * Cyrillic letters, so the search code is compiled, the translation lexicon and the stemmers are
 * read and the statements prepared, that match (next to) nothing, so no common word's tens of
 * thousands of matches are left in memory (about 50 MiB at 100,000 articles).
 */
export const WARM_UP_QUERY = 'zzwarmup йцукенгш';
