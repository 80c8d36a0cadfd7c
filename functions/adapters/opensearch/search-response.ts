import { z } from 'zod';
import type { SearchPage, SearchQuery } from '../../core/search/search-query.ts';
import { snippetMaker } from '../../core/search/snippet.ts';

const HitSource = z.object({
  id: z.string(),
  key: z.string(),
  title: z.string(),
  language: z.string(),
  publishedAt: z.string().nullable(),
  body: z.string(),
});

const Hit = z.object({
  // Every request sorts on (score or day, id), so every hit carries that pair.
  sort: z.tuple([z.number(), z.string()]),
  _source: HitSource,
  highlight: z.record(z.string(), z.array(z.string())).optional(),
});

/** The parts of a `_search` answer a page is made of. */
export const SearchResponse = z.object({
  timed_out: z.boolean(),
  hits: z.object({
    total: z.object({ value: z.number() }),
    hits: z.array(Hit),
  }),
  aggregations: z.object({
    language: z.object({
      buckets: z.array(z.object({ key: z.string(), doc_count: z.number() })),
    }),
  }),
});

const HIGHLIGHTED_FIELDS = ['body', 'body.ru', 'body.en'];

function snippet(
  hit: z.output<typeof Hit>,
  query: SearchQuery,
  makeSnippet: (body: string) => string,
): string {
  const ours = makeSnippet(hit._source.body);
  if (query.clauses.length === 0 || ours.includes('<mark>')) return ours;
  // Our analysis found nothing to mark, but the cluster matched something: show its passage.
  const theirs = HIGHLIGHTED_FIELDS.map((field) => hit.highlight?.[field]?.[0]).find(Boolean);
  return theirs ?? ours;
}

/**
 * Turns a `_search` answer into a page: hits with their snippets and sort positions, the total
 * after the language filter (OpenSearch applies `post_filter` to hits and total alike) and the
 * language counts before it. Browsing sorts by day, so its hits have no score: they get 0.
 * `timedOut` says the cluster hit the search timeout and the page may be incomplete.
 */
export function searchPage(
  body: unknown,
  query: SearchQuery,
): { page: SearchPage; timedOut: boolean } {
  const response = SearchResponse.parse(body);
  const browsing = query.clauses.length === 0;
  const makeSnippet = snippetMaker(query.clauses);
  const page: SearchPage = {
    total: response.hits.total.value,
    hits: response.hits.hits.map((hit) => {
      const [primary, id] = hit.sort;
      return {
        id: hit._source.id,
        key: hit._source.key,
        title: hit._source.title,
        language: hit._source.language,
        publishedAt: hit._source.publishedAt,
        score: browsing ? 0 : primary,
        snippet: snippet(hit, query, makeSnippet),
        sort: { primary, id },
      };
    }),
    facets: {
      language: Object.fromEntries(
        response.aggregations.language.buckets.map((b) => [b.key, b.doc_count]),
      ),
    },
  };
  return { page, timedOut: response.timed_out };
}
