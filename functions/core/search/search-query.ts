import type { WeightedLanguage } from '../language/types.ts';

/**
 * How a clause counts: `optional` words rank articles (the more of them an article has, close
 * together and in its title, the higher it ranks; see `ranking.ts`), `required` ones (`+word`,
 * `"a phrase"`) must be in every article found, `excluded` ones (`-word`) in none.
 */
export type Occurrence = 'optional' | 'required' | 'excluded';

/** One clause of a parsed full-text query. */
export interface QueryClause {
  /** One word, or several for a quoted phrase, as the user typed them. */
  words: string[];
  occurrence: Occurrence;
  /** Quoted: the words match only as typed (their own forms, no other script) and in order. */
  quoted: boolean;
}

/** The backend-neutral search request that every index implementation translates. */
export interface SearchQuery {
  /** Raw query text as typed (after trimming); empty means "browse everything". */
  text: string;
  /** Parsed clauses of `text`; empty when browsing. */
  clauses: QueryClause[];
  /**
   * Any one optional word is enough for an article to match, rather than most of them: the
   * second try of a search whose first found nothing (see `minimumShouldMatch`).
   */
  relaxed?: boolean;
  /** Only articles in this ISO 639-1 language, when given. */
  language?: string;
  /**
   * Languages the text is probably written in, weights summing to 1: an article in one of them
   * ranks higher, the more so the greater its weight, but none is left out for its language.
   * Unused when browsing.
   */
  favouredLanguages?: WeightedLanguage[];
  /** Only articles from this source, compared case-insensitively (see `foldSource`). */
  source?: string;
  /** Only articles published on or after this day (`YYYY-MM-DD`); undated ones are left out. */
  publishedFrom?: string;
  /** Only articles published on or before this day (`YYYY-MM-DD`); undated ones are left out. */
  publishedTo?: string;
  /** Page size, 1..100. */
  size: number;
  /** Continue after this sort position (from the previous page's `nextCursor`). */
  after?: SortPosition;
}

/**
 * Where a hit sits in the result order: relevance (or, when browsing, the publication day)
 * descending, then id ascending as a stable tiebreak. Cursors carry this, like `search_after`.
 */
export interface SortPosition {
  primary: number;
  id: string;
}

/** The comparison form of a source name: the source filter matches it case-insensitively. */
export function foldSource(source: string): string {
  return source.normalize('NFC').trim().toLowerCase();
}

/** One search hit as the API returns it. */
export interface SearchHit {
  id: string;
  key: string;
  title: string;
  language: string;
  publishedAt: string | null;
  score: number;
  /** A passage of the body with matched words wrapped in `<mark>`; HTML-escaped otherwise. */
  snippet: string;
}

/** A page of search results. */
export interface SearchPage {
  total: number;
  hits: Array<SearchHit & { sort: SortPosition }>;
  /** Counts per language over every match of the text, ignoring the language filter. */
  facets: { language: Record<string, number> };
}
