/** A parsed full-text query: every clause must match unless negated (AND semantics). */
export interface QueryClause {
  /** One word, or several for a quoted phrase, as the user typed them. */
  words: string[];
  /** `-word` or `-"a phrase"`: the clause must not match. */
  negated: boolean;
}

/** The backend-neutral search request that every index implementation translates. */
export interface SearchQuery {
  /** Raw query text as typed (after trimming); empty means "browse everything". */
  text: string;
  /** Parsed clauses of `text`; empty when browsing. */
  clauses: QueryClause[];
  /** Only articles in this ISO 639-1 language, when given. */
  language?: string;
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
