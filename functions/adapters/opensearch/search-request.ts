import type { API, Types } from '@opensearch-project/opensearch';
import { MAX_PAGE_SIZE } from '../../core/search-articles.ts';
import {
  foldSource,
  LANGUAGE_FAVOUR,
  type QueryClause,
  type SearchQuery,
} from '../../core/search-query.ts';
import { analyse, tokenize } from '../../core/text-analysis.ts';
import { queryKeys } from '../../core/transliteration.ts';
import { UNDATED_DAY } from './documents.ts';

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
const LANGUAGE_FACET: Types.Common_Aggregations.TermsAggregationFields & { field: string } = {
  field: 'language',
  size: 200,
};
/** The length of a snippet, as `makeSnippet` makes them. */
const FRAGMENT_SIZE = 240;
/** Highlight at most this much of a long body rather than fail the search (see below). */
const MAX_HIGHLIGHT_CHARS = 100_000;

// A title match counts three times a body match, as in the embedded index's bm25 weights.
const TEXT_FIELDS = ['title^3', 'title.ru^3', 'title.en^3', 'body', 'body.ru', 'body.en'];
/** A transliteration is a weaker sign of a match than the word itself. */
const TRANSLIT_BOOST = 0.5;

/** Fields a hit is shown with; the rest of the article stays in the index. */
export const HIT_FIELDS = ['id', 'key', 'title', 'language', 'publishedAt', 'body'];

// `multi_match` has no query syntax: whatever a user typed is text to analyse, so no input can
// change the query's structure (unlike `query_string`, which fails on a stray bracket).
function wordQuery(clause: QueryClause): Query {
  const text = clause.words.join(' ');
  const should: Query[] = [
    { multi_match: { query: text, fields: TEXT_FIELDS, type: 'best_fields', operator: 'and' } },
  ];
  // A Russian surname in any case: its base form, among the names and, since Snowball keeps
  // the base of a declined surname as its stem, in the Russian-stemmed text.
  for (const base of new Set(tokenize(text).flatMap((t) => (t.surname ? [t.surname] : [])))) {
    should.push(
      { term: { names: base } },
      { term: { 'title.ru': { value: base, boost: 3 } } },
      { term: { 'body.ru': base } },
    );
  }
  const keys = [...new Set(clause.words.flatMap(queryKeys))];
  if (keys.length > 0) {
    should.push({ match: { translit: { query: keys.join(' '), boost: TRANSLIT_BOOST } } });
  }
  return { bool: { should, minimum_should_match: 1 } };
}

/** One clause as a query, or null when it has no searchable word (as in the embedded index). */
export function clauseQuery(clause: QueryClause): Query | null {
  const terms = analyse(clause.words.join(' '));
  if (terms.length === 0) return null;
  if (terms.length === 1) return wordQuery(clause);
  return { multi_match: { query: clause.words.join(' '), fields: TEXT_FIELDS, type: 'phrase' } };
}

// An article in a language the query is probably written in scores its text score S times
// 1 + LANGUAGE_FAVOUR × the language's weight, as in the embedded index: each clause repeats
// the required text queries, restricted to one language, with that fraction as its boost, so
// it adds the fraction of S (at the price of scoring that language's matches twice). A constant
// added to S instead would swamp the BM25 of a common word (a fraction of a point) and vanish
// against a rare one's. Beside `must`, `should` clauses only add score: no article is left out
// for its language.
function favoured(query: SearchQuery, required: Query[]): Query[] {
  return (query.favouredLanguages ?? []).map(({ language, weight }) => ({
    bool: {
      must: required,
      filter: [{ term: { language } }],
      boost: Math.round(LANGUAGE_FAVOUR * weight * 10_000) / 10_000,
    },
  }));
}

function filters(query: SearchQuery): Query[] {
  const out: Query[] = [];
  if (query.source !== undefined) out.push({ term: { sourceKey: foldSource(query.source) } });
  if (query.publishedFrom !== undefined || query.publishedTo !== undefined) {
    out.push({
      range: {
        publishedAt: {
          ...(query.publishedFrom !== undefined ? { gte: query.publishedFrom } : {}),
          ...(query.publishedTo !== undefined ? { lte: query.publishedTo } : {}),
          format: 'strict_date',
        },
      },
    });
  }
  return out;
}

/**
 * Translates a search into OpenSearch's query DSL, or null when nothing can match (no clause has
 * a searchable word, or only exclusions are left). Text clauses are required (`must`) or
 * excluded (`must_not`); articles in the languages the query is probably written in score
 * higher (`should`); source and dates are filters; the language filter is a `post_filter`,
 * so the language aggregation still counts every language that matched, as the facet promises.
 * Hits are ordered by score (or, browsing, by day) then id, and `search_after` continues from a
 * cursor; the id tiebreak makes the order total, so a page boundary never skips or repeats.
 */
export function searchRequestBody(query: SearchQuery): API.Search_RequestBody | null {
  const browsing = query.clauses.length === 0;
  const required: Query[] = [];
  const excluded: Query[] = [{ term: { deleted: true } }];
  for (const clause of query.clauses) {
    const q = clauseQuery(clause);
    if (q !== null) (clause.negated ? excluded : required).push(q);
  }
  if (!browsing && required.length === 0) return null;
  const should = browsing ? [] : favoured(query, required);
  return {
    query: {
      bool: {
        must: browsing ? [{ match_all: {} }] : required,
        must_not: excluded,
        filter: filters(query),
        ...(should.length > 0 ? { should } : {}),
      },
    },
    ...(query.language !== undefined
      ? { post_filter: { term: { language: query.language } } }
      : {}),
    aggs: { language: { terms: LANGUAGE_FACET } },
    sort: browsing
      ? [{ publishedDay: { order: 'desc', missing: UNDATED_DAY } }, { id: { order: 'asc' } }]
      : [{ _score: { order: 'desc' } }, { id: { order: 'asc' } }],
    ...(query.after ? { search_after: [query.after.primary, query.after.id] } : {}),
    size: Math.max(0, Math.min(Math.trunc(query.size), MAX_HITS)),
    track_total_hits: true,
    timeout: SEARCH_TIMEOUT,
    _source: { includes: HIT_FIELDS },
    ...(browsing ? {} : { highlight: HIGHLIGHT }),
  };
}

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
