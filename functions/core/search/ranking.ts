/**
 * How search ranks, defined once for every index: each index translates these rules into its
 * own query language (an FTS5 expression and bm25 weights, an OpenSearch bool query), and the
 * shared behaviour suite holds the two to the same order.
 */

/**
 * Weight of a match in each field of an article, and of each kind of match, relative to the
 * word as typed in its body. A word in the title says more about what an article is about; a
 * name met only through its spelling in another script (`translit`: Kosherbayev → Кошербаев)
 * or its sound (`sounds`: Cooper → Купер), or a word met only through its translation, is
 * weaker evidence than the word as typed, so it ranks below it.
 */
export const FIELD_WEIGHTS = {
  title: 3,
  body: 1,
  /** Surname base forms: the same words as the title and body, in another form. */
  names: 1,
  translit: 0.5,
  sounds: 0.25,
  /** The word translated (`minister` → `министр`): the subject, in another language. */
  translation: 0.3,
} as const;

/** A word a query repeats counts once more each time (BM25's query term frequency), up to this. */
export const MAX_QUERY_REPEATS = 5;

/**
 * How much more a match counts in a language the query is written in, at weight 1: relevance
 * times 1 + this × the weight. A fifth puts it first among equal matches and leaves a clearly
 * better match in another language (a title match against a body match) ahead of it.
 */
export const LANGUAGE_FAVOUR = 0.2;

/**
 * Words of a query that stand close together in an article say more than the same words far
 * apart: each pair of neighbouring query words found within `window` words of each other
 * adds `weight` times its own relevance (the sequential dependence of Metzler and Croft).
 */
export const PROXIMITY = { window: 8, weight: 0.2 } as const;

/**
 * Coordination: an article's relevance is multiplied by 1 + this × the share of the query's
 * optional words it contains, so of two articles that score alike on the words they share with
 * a query, the one sharing more of its words ranks first.
 */
export const COORDINATION = 0.5;

/**
 * How many of a query's optional words (stop words aside) an article must contain: both of
 * two, which is mostly a name or a phrase people type without quotes (`Yvette Cooper`, `wheat
 * exports`), and from three words on any one of them, ranked by BM25 and coordination, because
 * a query that describes rarely shares all its words with the articles it wants: requiring two of
 * them cost 0.04 nDCG@10 on our judged news set, and requiring 40 % of them 0.06 there and 0.08
 * on CISI (bench/relevance). When no article has both words of a two-word query, the search asks
 * again for either (`relaxed`).
 */
export function minimumShouldMatch(optional: number): number {
  return optional <= 2 ? optional : 1;
}

/**
 * The factor a relevance is multiplied by in a language the query favours at `weight` (0 to 1):
 * 1 + LANGUAGE_FAVOUR × weight, the same number in both indices (rounded to 4 decimals, which
 * OpenSearch's `function_score` weights keep exactly). Any other language multiplies by 1. A
 * factor, not an added constant: BM25 ranges from hundredths (a word in most of the index) to
 * tens, and a constant would swamp the one and vanish against the other.
 */
export function languageFavourFactor(weight: number): number {
  return Math.round((1 + LANGUAGE_FAVOUR * weight) * 10_000) / 10_000;
}

/**
 * The browse sort value (days since 1970-01-01, newest first) of an article without a date:
 * below every real day, so undated articles come last in both indices.
 */
export const UNDATED_DAY = -1e15;
