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
  /** Only articles in one of these ISO 639-1 languages (or `und`), when given and not empty. */
  languages?: readonly string[];
  /**
   * Languages the text is probably written in, weights summing to 1: an article in one of them
   * ranks higher, the more so the greater its weight, but none is left out for its language.
   * Unused when browsing.
   */
  favouredLanguages?: WeightedLanguage[];
  /** Only articles from one of these sources, compared case-insensitively (see `foldSource`). */
  sources?: readonly string[];
  /** Only articles published on or after this day (`YYYY-MM-DD`); undated ones are left out. */
  publishedFrom?: string;
  /** Only articles published on or before this day (`YYYY-MM-DD`); undated ones are left out. */
  publishedTo?: string;
  /** Page size, 1..100. */
  size: number;
  /** Continue after this sort position (from the previous page's `nextCursor`). */
  after?: SortPosition;
  /**
   * One hit per story (`storyId`): its best-ranked article, with the story's other matching
   * articles as `otherVersions`. Paging then goes by stories (`SortPosition.stories`).
   */
  collapse?: boolean;
}

/**
 * Where a hit sits in the result order: relevance (or, when browsing, the publication day)
 * descending, then id ascending as a stable tiebreak. Cursors carry this, like `search_after`.
 */
export interface SortPosition {
  primary: number;
  id: string;
  /**
   * What the index needs to continue the same ranking after the index has changed (opaque to
   * the core): the embedded index's collection statistics, OpenSearch's point in time.
   */
  snapshot?: string;
  /**
   * In a collapsed list, how many stories the list holds up to and including this one: where
   * the next page starts when an index pages collapsed results by offset (OpenSearch cannot
   * combine `collapse` with `search_after`).
   */
  stories?: number;
}

/** The comparison form of a source name: the source filter matches it case-insensitively. */
export function foldSource(source: string): string {
  return source.normalize('NFC').trim().toLowerCase();
}

/** Another article of a hit's story, as a result list shows it beside the hit. */
export interface StoryVersion {
  id: string;
  title: string;
  language: string;
  source: string | null;
  publishedAt: string | null;
}

/** One search hit as the API returns it. */
export interface SearchHit {
  id: string;
  key: string;
  title: string;
  language: string;
  source: string | null;
  publishedAt: string | null;
  score: number;
  /** A passage of the body with matched words wrapped in `<mark>`; HTML-escaped otherwise. */
  snippet: string;
  /** The story (copies of one release) the article belongs to: the id of its first article. */
  storyId: string;
  /**
   * Collapsed: how many articles of the story match the search (this one included); otherwise
   * 1.
   */
  storySize: number;
  /** Collapsed: the story's other matching articles, oldest first (at most `MAX_OTHER_VERSIONS`). */
  otherVersions: StoryVersion[];
}

/** The most other versions a collapsed hit lists; `GET /stories/{storyId}` lists them all. */
export const MAX_OTHER_VERSIONS = 20;

/**
 * Counts of the matching articles by language, source and month of publication. Each facet
 * counts as if its own filter were off (and every other filter on), as faceted search does, so
 * a client can offer every value as an alternative to the one chosen.
 */
export interface SearchFacets {
  language: Record<string, number>;
  /** Keyed by the source's name as an article gives it (one spelling per case-folded name). */
  source: Record<string, number>;
  /** Keyed by `YYYY-MM`; undated articles are not counted. */
  month: Record<string, number>;
}

/** A page of search results. */
export interface SearchPage {
  /** Articles that match the text and every filter. */
  total: number;
  /** Collapsed: stories among them. */
  totalStories?: number;
  hits: Array<SearchHit & { sort: SortPosition }>;
  facets: SearchFacets;
}

/** No facet counts: the facets of a search that cannot match anything. */
export function emptyFacets(): SearchFacets {
  return { language: {}, source: {}, month: {} };
}

/** Oldest first, as a story's articles are listed: by day, undated last, then by id. */
export function oldestFirst(a: StoryVersion, b: StoryVersion): number {
  if (a.publishedAt !== b.publishedAt) {
    if (a.publishedAt === null) return 1;
    if (b.publishedAt === null) return -1;
    return a.publishedAt < b.publishedAt ? -1 : 1;
  }
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}
