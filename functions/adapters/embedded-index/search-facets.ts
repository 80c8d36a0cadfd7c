import { foldSource, type SearchFacets, type SearchQuery } from '../../core/search/search-query.ts';

// The filters of a search over `article_facts f`, each a nullable parameter so that one
// prepared statement serves every combination: languages and sources as JSON lists (sources
// folded, as the table keeps them), days as `YYYY-MM-DD`, which compare correctly as text.
export const LANGUAGES_MATCH =
  '(@languages IS NULL OR f.language IN (SELECT value FROM json_each(@languages)))';
export const SOURCES_MATCH =
  '(@sources IS NULL OR f.source IN (SELECT value FROM json_each(@sources)))';
export const DAYS_MATCH = `(@publishedFrom IS NULL OR f.published_at >= @publishedFrom)
  AND (@publishedTo IS NULL OR f.published_at <= @publishedTo)`;

/** The filter parameters of the statements. */
export interface FilterParameters {
  languages: string | null;
  sources: string | null;
  publishedFrom: string | null;
  publishedTo: string | null;
}

/** A query's filters as statement parameters. */
export function filterParameters(query: SearchQuery): FilterParameters {
  const languages = query.languages ?? [];
  const sources = query.sources ?? [];
  return {
    languages: languages.length > 0 ? JSON.stringify(languages) : null,
    sources: sources.length > 0 ? JSON.stringify([...new Set(sources.map(foldSource))]) : null,
    publishedFrom: query.publishedFrom ?? null,
    publishedTo: query.publishedTo ?? null,
  };
}

/**
 * What a search counts once per query and filters (facet-columns.ts): each facet counts the
 * matching articles with every filter but its own, as faceted search does, and the stories are
 * counted with all of them.
 */
export interface Counts {
  facets: SearchFacets;
  /** Stories among the articles that pass every filter. */
  stories: number;
}

/** Articles that pass every filter: the language facet (counted without it) over the chosen. */
export function filteredTotal(query: SearchQuery, facets: SearchFacets): number {
  const chosen = query.languages ?? [];
  const languages = chosen.length > 0 ? chosen : Object.keys(facets.language);
  return [...new Set(languages)].reduce((sum, l) => sum + (facets.language[l] ?? 0), 0);
}
