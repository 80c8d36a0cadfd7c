import type { API, Types } from '@opensearch-project/opensearch';
import { MAX_PAGE_SIZE } from '../../core/search/api-schema.ts';
import { type PlannedClause, planQuery, type QueryPlan } from '../../core/search/query-plan.ts';
import {
  COORDINATION,
  FIELD_WEIGHTS,
  languageFavourFactor,
  MAX_QUERY_REPEATS,
  PROXIMITY,
  UNDATED_DAY,
} from '../../core/search/ranking.ts';
import {
  foldSource,
  MAX_OTHER_VERSIONS,
  type SearchQuery,
} from '../../core/search/search-query.ts';

type Query = Types.Common_QueryDsl.QueryContainer;

/** The cluster stops collecting hits after this and answers with what it has (`timed_out`). */
export const SEARCH_TIMEOUT = '4s';
/** Client-side limit: the cluster's own timeout plus time to answer. */
export const SEARCH_REQUEST_TIMEOUT_MS = 7_000;
/** The most hits one request asks for: a full page plus the one that tells a next page exists. */
export const MAX_HITS = MAX_PAGE_SIZE + 1;
// Enough buckets for every ISO 639-1 language and `und`. The client's generated
// `TermsAggregationFields` (3.9) lacks `field`; a typed constant carries it past the
// excess-property check without giving up the rest of the type.
type Terms = Types.Common_Aggregations.TermsAggregationFields & { field: string };
const LANGUAGE_FACET: Terms = { field: 'language', size: 200 };
/** The sources a facet lists, most articles first. */
export const SOURCE_FACET_SIZE = 500;
// By the source as articles spell it: the adapter merges spellings that fold alike.
const SOURCE_FACET: Terms = { field: 'source', size: SOURCE_FACET_SIZE };
const MONTH_FACET: Types.Common_Aggregations.DateHistogramAggregationFields = {
  field: 'publishedAt',
  calendar_interval: 'month',
  format: 'yyyy-MM',
  min_doc_count: 1,
};
// Exact up to this many stories, approximate (within a few per cent) beyond.
const STORY_COUNT: Types.Common_Aggregations.CardinalityAggregation & { field: string } = {
  field: 'storyId',
  precision_threshold: 10_000,
};
/** OpenSearch's default `index.max_result_window`: `from` + `size` of a collapsed page. */
export const MAX_COLLAPSED_WINDOW = 10_000;
/** The fields an other version of a story is shown with. */
export const VERSION_FIELDS = ['id', 'title', 'language', 'source', 'publishedAt'];
/** The length of a snippet, as `makeSnippet` makes them. */
const FRAGMENT_SIZE = 240;
/** Highlight at most this much of a long body rather than fail the search (see below). */
const MAX_HIGHLIGHT_CHARS = 100_000;

// The article's own words, each field analysed three ways (folded, Russian, English stems),
// weighted as `FIELD_WEIGHTS` says.
const TEXT_FIELDS = [
  `title^${FIELD_WEIGHTS.title}`,
  `title.ru^${FIELD_WEIGHTS.title}`,
  `title.en^${FIELD_WEIGHTS.title}`,
  `body^${FIELD_WEIGHTS.body}`,
  `body.ru^${FIELD_WEIGHTS.body}`,
  `body.en^${FIELD_WEIGHTS.body}`,
];

/** Fields a hit is shown with; the rest of the article stays in the index. */
export const HIT_FIELDS = [
  'id',
  'key',
  'title',
  'language',
  'source',
  'publishedAt',
  'storyId',
  'body',
];

function phrase(words: readonly string[], slop = 0, boost?: number): Query {
  return {
    multi_match: {
      query: words.join(' '),
      fields: TEXT_FIELDS,
      type: 'phrase',
      ...(slop > 0 ? { slop } : {}),
      ...(boost !== undefined ? { boost } : {}),
    },
  };
}

function keysQuery(field: 'translit' | 'sounds', keys: readonly string[]): Query[] {
  if (keys.length === 0) return [];
  return [{ match: { [field]: { query: keys.join(' '), boost: FIELD_WEIGHTS[field] } } }];
}

const CYRILLIC = /\p{Script=Cyrillic}/u;

// A translation is already a stem of our analysis, which the `.ru` and `.en` fields share, so
// it is looked up as a term in the fields of its language, at the translation's weight.
function translationQueries(stem: string): Query[] {
  const language = CYRILLIC.test(stem) ? 'ru' : 'en';
  const weight = FIELD_WEIGHTS.translation;
  return [
    { term: { [`title.${language}`]: { value: stem, boost: FIELD_WEIGHTS.title * weight } } },
    { term: { [`body.${language}`]: { value: stem, boost: FIELD_WEIGHTS.body * weight } } },
  ];
}

// `multi_match` has no query syntax: whatever a user typed is text to analyse, so no input can
// change the query's structure (unlike `query_string`, which fails on a stray bracket).
/** One planned clause as a query: every form it may match in, at the weight of its field. */
export function clauseQuery(clause: PlannedClause): Query {
  if (clause.kind === 'phrase' || clause.terms.length > 1) {
    return phrase(clause.kind === 'phrase' ? clause.words : [clause.word]);
  }
  const { surname, translit, sounds } = clause.names;
  const should: Query[] = [
    // `cross_fields` reads the title and body of one analysis as one field, with blended term
    // statistics, as the embedded index's bm25 reads an article's columns together; the
    // best of the three analyses counts. `best_fields` (the best field alone) ranked 0.03
    // nDCG@10 below it and below plain BM25 on CISI (bench/relevance).
    { multi_match: { query: clause.word, fields: TEXT_FIELDS, type: 'cross_fields' } },
  ];
  // A Russian surname in any case: its base form, among the names and, since Snowball keeps
  // the base of a declined surname as its stem, in the Russian-stemmed text.
  if (surname !== null) {
    should.push(
      { term: { names: { value: surname, boost: FIELD_WEIGHTS.names } } },
      { term: { 'title.ru': { value: surname, boost: FIELD_WEIGHTS.title } } },
      { term: { 'body.ru': { value: surname, boost: FIELD_WEIGHTS.body } } },
    );
  }
  should.push(...keysQuery('translit', translit), ...keysQuery('sounds', sounds));
  should.push(...clause.translations.flatMap(translationQueries));
  // A word a query repeats weighs as many times more, as BM25 weighs a query's term frequency.
  const boost = Math.min(clause.weight, MAX_QUERY_REPEATS);
  return {
    bool: { should, minimum_should_match: 1, ...(boost > 1 ? { boost } : {}) },
  };
}

/**
 * A query's relevance, as the embedded index computes it: the required clauses and enough of
 * the optional ones must match (`must`); the proximity of neighbouring words only adds
 * (`should`); and the sum is multiplied by the
 * coordination factor 1 + COORDINATION × (optional clauses matched / optional clauses), which a
 * `function_score` computes as a sum of weights: 1 for every article, and COORDINATION / n for
 * each optional clause it matches.
 */
function relevanceQuery(plan: QueryPlan): Query {
  const optional = plan.optional.map(clauseQuery);
  const must = plan.required.map(clauseQuery);
  if (optional.length > 0) {
    must.push(
      optional.length === 1
        ? (optional[0] as Query)
        : { bool: { should: optional, minimum_should_match: plan.minimumShouldMatch } },
    );
  }
  const should = plan.proximity.map(({ words }) =>
    phrase(words, PROXIMITY.window, PROXIMITY.weight),
  );
  const text: Query = { bool: { must, ...(should.length > 0 ? { should } : {}) } };
  if (optional.length < 2) return text;
  const share = Math.round((COORDINATION / optional.length) * 1_000_000) / 1_000_000;
  return {
    function_score: {
      query: text,
      functions: [{ weight: 1 }, ...optional.map((filter) => ({ filter, weight: share }))],
      score_mode: 'sum',
      boost_mode: 'multiply',
    },
  };
}

// An article in a language the query is probably written in scores its relevance R times
// `languageFavourFactor` of the language's weight, as in the embedded index: a `function_score`
// whose filters name the favoured languages multiplies R by that factor (by 1 for any other
// language, so no article is left out for its language). A constant added to R instead would
// swamp the BM25 of a common word (a fraction of a point) and vanish against a rare one's.
function favoured(query: SearchQuery, relevance: Query): Query {
  const languages = query.favouredLanguages ?? [];
  if (languages.length === 0) return relevance;
  return {
    function_score: {
      query: relevance,
      functions: languages.map(({ language, weight }) => ({
        filter: { term: { language } },
        weight: languageFavourFactor(weight),
      })),
      score_mode: 'first',
      boost_mode: 'multiply',
    },
  };
}

/** The filters of a search, by the facet each one narrows. */
interface Filters {
  language: Query | null;
  source: Query | null;
  month: Query | null;
}

function filters(query: SearchQuery): Filters {
  const languages = query.languages ?? [];
  const sources = [...new Set((query.sources ?? []).map(foldSource))];
  const dated = query.publishedFrom !== undefined || query.publishedTo !== undefined;
  return {
    language: languages.length > 0 ? { terms: { language: [...languages] } } : null,
    source: sources.length > 0 ? { terms: { sourceKey: sources } } : null,
    month: dated
      ? {
          range: {
            publishedAt: {
              ...(query.publishedFrom !== undefined ? { gte: query.publishedFrom } : {}),
              ...(query.publishedTo !== undefined ? { lte: query.publishedTo } : {}),
              format: 'strict_date',
            },
          },
        }
      : null,
  };
}

type Facet = keyof Filters;
type Aggregation = Types.Common_Aggregations.AggregationContainer;

function facetAggregation(facet: Facet): Aggregation {
  if (facet === 'month') return { date_histogram: MONTH_FACET };
  return { terms: facet === 'language' ? LANGUAGE_FACET : SOURCE_FACET };
}

/**
 * The facets, each counted as if its own filter were off: a facet whose filter is unset counts
 * the hits' own matches; one whose filter is set counts, over the whole index (`global`), the
 * articles that match the text and every other filter. Its filter cannot be a `post_filter`
 * instead: the collapsed hits' other versions (`inner_hits`) would not be filtered by it.
 */
function facetAggregations(
  matching: { must: Query[]; must_not: Query[] },
  active: Filters,
): Record<string, Aggregation> {
  const aggs: Record<string, Aggregation> = { stories: { cardinality: STORY_COUNT } };
  for (const facet of ['language', 'source', 'month'] as const) {
    if (active[facet] === null) {
      aggs[facet] = facetAggregation(facet);
      continue;
    }
    const others = (['language', 'source', 'month'] as const)
      .filter((f) => f !== facet)
      .flatMap((f) => active[f] ?? []);
    aggs[facet] = {
      global: {},
      aggs: {
        matching: {
          filter: { bool: { ...matching, filter: others } },
          aggs: { values: facetAggregation(facet) },
        },
      },
    };
  }
  return aggs;
}

/**
 * Translates a search into OpenSearch's query DSL, or null when nothing can match (no clause has
 * a searchable word). The relevance query (`relevanceQuery`, times the favour of the query's
 * languages) is `must`, excluded clauses `must_not`, and the language, source and day filters
 * `filter`; the facets count as `facetAggregations` says. Hits are ordered by score (or,
 * browsing, by day) then id, and `search_after` continues from a cursor; the id tiebreak makes
 * the order total, so a page boundary never skips or repeats. A collapsed search (one hit per
 * `storyId`, its other matching articles as `inner_hits`) pages by `from` instead: OpenSearch
 * 2 cannot combine `collapse` with `search_after`.
 */
export function searchRequestBody(query: SearchQuery): API.Search_RequestBody | null {
  const browsing = query.clauses.length === 0;
  const plan = browsing ? null : planQuery(query.clauses, query.relaxed ?? false);
  if (!browsing && plan === null) return null;
  const relevance: Query = plan ? favoured(query, relevanceQuery(plan)) : { match_all: {} };
  const excluded: Query[] = [
    { term: { deleted: true } },
    ...(plan?.excluded.map(clauseQuery) ?? []),
  ];
  const active = filters(query);
  const all = [active.language, active.source, active.month].flatMap((f) => f ?? []);
  const size = Math.max(0, Math.min(Math.trunc(query.size), MAX_HITS));
  const from = query.collapse ? (query.after?.stories ?? 0) : 0;
  return {
    query: { bool: { must: [relevance], must_not: excluded, filter: all } },
    aggs: facetAggregations({ must: [relevance], must_not: excluded }, active),
    sort: browsing
      ? [{ publishedDay: { order: 'desc', missing: UNDATED_DAY } }, { id: { order: 'asc' } }]
      : [{ _score: { order: 'desc' } }, { id: { order: 'asc' } }],
    ...(query.collapse
      ? { collapse: STORY_COLLAPSE, ...(from > 0 ? { from } : {}) }
      : query.after
        ? { search_after: [query.after.primary, query.after.id] }
        : {}),
    size: query.collapse ? Math.min(size, Math.max(0, MAX_COLLAPSED_WINDOW - from)) : size,
    track_total_hits: true,
    timeout: SEARCH_TIMEOUT,
    _source: { includes: HIT_FIELDS },
    ...(browsing ? {} : { highlight: HIGHLIGHT }),
  };
}

// A story's matching articles, oldest first, the hit itself among them (the adapter leaves it
// out); their count is the story's `storySize`.
const STORY_COLLAPSE: Types.Core_Search.FieldCollapse = {
  field: 'storyId',
  inner_hits: {
    name: 'versions',
    size: MAX_OTHER_VERSIONS + 1,
    _source: { includes: VERSION_FIELDS },
    sort: [{ publishedDay: { order: 'asc', missing: '_last' } }, { id: { order: 'asc' } }],
  },
};

// Snippets are made by `makeSnippet` from `_source.body`, as in the embedded index, because it
// also marks what only our analysis knows (a surname in another case, a transliteration). The
// cluster's highlight is the fallback for a match our analysis cannot see, such as a word the
// ICU folding matched. `max_analyzer_offset` keeps a huge body from failing the whole search
// (`index.highlight.max_analyzed_offset`); `encoder: html` escapes the text around the marks.
const HIGHLIGHT: Types.Core_Search.Highlight = {
  type: 'unified',
  encoder: 'html',
  pre_tags: ['<mark>'],
  post_tags: ['</mark>'],
  number_of_fragments: 1,
  fragment_size: FRAGMENT_SIZE,
  max_analyzer_offset: MAX_HIGHLIGHT_CHARS,
  fields: { body: {}, 'body.ru': {}, 'body.en': {} },
};
