import * as z from 'zod';
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
 * Facet counts over a set of articles (`m`, with the columns of `article_facts` and each
 * filter's verdict as `l`, `s` and `d`): each facet counts with every filter but its own, as
 * faceted search does, and the stories are counted with all of them. One statement, one row
 * per value: `(facet, value, count)`.
 */
export function facetArms(): string {
  return `
SELECT 'language' AS facet, language AS value, count(*) AS count FROM m WHERE s AND d
GROUP BY language
UNION ALL
SELECT 'source', min(source_name), count(*) FROM m WHERE l AND d AND source IS NOT NULL
GROUP BY source
UNION ALL
SELECT 'month', substr(published_at, 1, 7), count(*) FROM m
WHERE l AND s AND published_at IS NOT NULL GROUP BY substr(published_at, 1, 7)
UNION ALL
SELECT 'stories', '', count(DISTINCT story_id) FROM m WHERE l AND s AND d`;
}

/** The columns `facetArms` reads, from `article_facts f`. */
export const FACET_COLUMNS = `f.language, f.source, f.source_name, f.published_at, f.story_id,
  ${LANGUAGES_MATCH} AS l, ${SOURCES_MATCH} AS s, ${DAYS_MATCH} AS d`;

/** What a search counts once per query and filters. */
export interface Counts {
  facets: SearchFacets;
  /** Stories among the articles that pass every filter. */
  stories: number;
}

const FacetRow = z.object({
  facet: z.enum(['language', 'source', 'month', 'stories']),
  value: z.string().nullable(),
  count: z.number(),
});

/** Reads the rows of a `facetArms` statement. */
export function countsFromRows(rows: readonly unknown[]): Counts {
  const counts: Counts = { facets: { language: {}, source: {}, month: {} }, stories: 0 };
  for (const row of rows) {
    const { facet, value, count } = FacetRow.parse(row);
    if (facet === 'stories') counts.stories = count;
    else if (value !== null && count > 0) counts.facets[facet][value] = count;
  }
  return counts;
}

/** Articles that pass every filter: the language facet (counted without it) over the chosen. */
export function filteredTotal(query: SearchQuery, facets: SearchFacets): number {
  const chosen = query.languages ?? [];
  const languages = chosen.length > 0 ? chosen : Object.keys(facets.language);
  return [...new Set(languages)].reduce((sum, l) => sum + (facets.language[l] ?? 0), 0);
}
