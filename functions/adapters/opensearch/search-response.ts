import {
  foldSource,
  oldestFirst,
  type SearchFacets,
  type SearchPage,
  type SearchQuery,
} from '../../core/search/search-query.ts';
import { SNIPPET_WINDOW, snippetMaker } from '../../core/search/snippet.ts';
import * as z from '../../core/zod.ts';

const HitSource = z.object({
  id: z.string(),
  key: z.string(),
  title: z.string(),
  language: z.string(),
  // Absent from documents written before hits carried them: read as unknown, never fail.
  source: z._default(z.nullable(z.string()), null),
  publishedAt: z.nullable(z.string()),
  storyId: z.optional(z.string()),
  body: z.string(),
});

const VersionSource = z.object({
  id: z.string(),
  title: z.string(),
  language: z.string(),
  source: z._default(z.nullable(z.string()), null),
  publishedAt: z._default(z.nullable(z.string()), null),
});

const InnerHits = z.object({
  hits: z.object({
    total: z.object({ value: z.number() }),
    hits: z.array(z.object({ _source: VersionSource })),
  }),
});

const Hit = z.object({
  // Every request sorts on (score or day, id), so every hit carries that pair.
  sort: z.tuple([z.number(), z.string()]),
  _source: HitSource,
  highlight: z.optional(z.record(z.string(), z.array(z.string()))),
  inner_hits: z.optional(z.object({ versions: InnerHits })),
});

const Buckets = z.object({
  buckets: z.array(
    z.object({
      key: z.union([z.string(), z.number()]),
      key_as_string: z.optional(z.string()),
      doc_count: z.number(),
    }),
  ),
});
// A facet counted over the whole index (its own filter set) nests its buckets; see
// `facetAggregations`.
const Facet = z.union([Buckets, z.object({ matching: z.object({ values: Buckets }) })]);

/** The parts of a `_search` answer a page is made of. */
export const SearchResponse = z.object({
  timed_out: z.boolean(),
  hits: z.object({
    total: z.object({ value: z.number() }),
    hits: z.array(Hit),
  }),
  aggregations: z.object({
    language: Facet,
    source: Facet,
    month: Facet,
    stories: z.object({ value: z.number() }),
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
  return theirs ?? snippetFurtherIn(hit._source.body, makeSnippet) ?? ours;
}

// How far into a body a snippet is looked for when neither the opening nor the cluster's
// highlighter (which analyses only the first million characters) shows a match: a bounded
// cost, paid only by the rare hit whose only match lies that deep.
const FURTHER_LIMIT = 4 * 1024 * 1024;
// Windows overlap by this much, so a word cut at one window's edge is whole in the next.
const WINDOW_OVERLAP = 1024;

/** The first passage with a match after the opening window, or null when none is found. */
function snippetFurtherIn(body: string, makeSnippet: (body: string) => string): string | null {
  const step = SNIPPET_WINDOW - WINDOW_OVERLAP;
  const end = Math.min(body.length, FURTHER_LIMIT);
  for (let start = step; start < end; start += step) {
    const found = makeSnippet(body.slice(start, start + SNIPPET_WINDOW));
    if (found.includes('<mark>')) return found.startsWith('…') ? found : `…${found}`;
  }
  return null;
}

function buckets(facet: z.output<typeof Facet>): Array<[string, number]> {
  const list = 'buckets' in facet ? facet.buckets : facet.matching.values.buckets;
  return list
    .filter((b) => b.doc_count > 0)
    .map((b) => [b.key_as_string ?? String(b.key), b.doc_count]);
}

/**
 * Sources counted by their spelling, merged as the source filter compares them (case-folded),
 * under the spelling that sorts first: the embedded index names them the same way.
 */
function sourceCounts(list: Array<[string, number]>): Record<string, number> {
  const merged = new Map<string, { name: string; count: number }>();
  for (const [name, count] of list) {
    const key = foldSource(name);
    const seen = merged.get(key);
    if (seen === undefined) merged.set(key, { name, count });
    else merged.set(key, { name: name < seen.name ? name : seen.name, count: seen.count + count });
  }
  return Object.fromEntries([...merged.values()].map(({ name, count }) => [name, count]));
}

function facets(aggregations: z.output<typeof SearchResponse>['aggregations']): SearchFacets {
  return {
    language: Object.fromEntries(buckets(aggregations.language)),
    source: sourceCounts(buckets(aggregations.source)),
    month: Object.fromEntries(buckets(aggregations.month)),
  };
}

/**
 * Turns a `_search` answer into a page: hits with their snippets and sort positions (a
 * collapsed page's also count the stories up to each, where the next page starts), the total
 * articles and, collapsed, stories after every filter, and the facets. Browsing sorts by day,
 * so its hits have no score: they get 0. `timedOut` says the cluster hit the search timeout and
 * the page may be incomplete.
 */
export function searchPage(
  body: unknown,
  query: SearchQuery,
): { page: SearchPage; timedOut: boolean } {
  const response = SearchResponse.parse(body);
  const browsing = query.clauses.length === 0;
  const makeSnippet = snippetMaker(query.clauses);
  const before = query.collapse ? (query.after?.stories ?? 0) : 0;
  const page: SearchPage = {
    total: response.hits.total.value,
    ...(query.collapse ? { totalStories: response.aggregations.stories.value } : {}),
    hits: response.hits.hits.map((hit, i) => {
      const [primary, id] = hit.sort;
      const versions = hit.inner_hits?.versions.hits;
      const others = (versions?.hits ?? [])
        .map((v) => v._source)
        .filter((v) => v.id !== hit._source.id)
        .slice(0, versions === undefined ? 0 : versions.hits.length - 1)
        .sort(oldestFirst);
      return {
        id: hit._source.id,
        key: hit._source.key,
        title: hit._source.title,
        language: hit._source.language,
        source: hit._source.source,
        publishedAt: hit._source.publishedAt,
        score: browsing ? 0 : primary,
        snippet: snippet(hit, query, makeSnippet),
        storyId: hit._source.storyId ?? hit._source.id,
        storySize: versions?.total.value ?? 1,
        otherVersions: others,
        sort: { primary, id, ...(query.collapse ? { stories: before + i + 1 } : {}) },
      };
    }),
    facets: facets(response.aggregations),
  };
  return { page, timedOut: response.timed_out };
}
