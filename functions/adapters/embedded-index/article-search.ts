import type Database from 'better-sqlite3';
import {
  foldSource,
  LANGUAGE_FAVOUR,
  type SearchHit,
  type SearchPage,
  type SearchQuery,
  type SortPosition,
} from '../../core/search-query.ts';
import { makeSnippet } from '../../core/snippet.ts';
import { toMatchExpression } from './match-expression.ts';
import { type HitRow, hitFromRow, languageCountsFromRows } from './rows.ts';

/** Browse sort value of an undated article: below every real day, so undated come last. */
const UNDATED = -1e15;
/** bm25 column weights, in `article_terms` column order: a title match counts 3× a body one. */
const TITLE_WEIGHT = 3;
const BODY_WEIGHT = 1;
/** Surname base forms repeat words of the title and body, so they weigh like body words. */
const NAMES_WEIGHT = 1;
/** A transliteration is a weaker sign of a match than the word itself. */
const TRANSLIT_WEIGHT = 0.5;

// Every statement takes the language and the cursor as nullable parameters, so each is prepared
// once instead of once per combination of filters.
const LANGUAGE_FILTER = '(@language IS NULL OR a.language = @language)';
// Source and date narrow the facets too; only the language filter leaves them alone.
const ARTICLE_FILTERS = `(@source IS NULL OR fold_source(a.source) = @source)
  AND (@publishedFrom IS NULL OR a.published_at >= @publishedFrom)
  AND (@publishedTo IS NULL OR a.published_at <= @publishedTo)`;
const AFTER_FILTER = `(@afterPrimary IS NULL OR r.rank_value < @afterPrimary
  OR (r.rank_value = @afterPrimary AND r.id > @afterId))`;

// A match in a language the query is probably written in has its relevance multiplied by
// 1 + LANGUAGE_FAVOUR × the language's weight. A factor, not an added constant: bm25 here ranges
// from millionths (a word in most of a small index) to tens, and a constant would swamp the one
// and vanish against the other.
//
// The score is computed once, in a materialised CTE, and the cursor compares that same stored
// double: recomputing bm25 in a differently shaped query could round differently and skip or
// repeat a hit at a page boundary. A JavaScript number carries the double unchanged. The
// language favour is one multiplication of that double by a factor from the query's own
// parameter (`@favoured`, JSON `{"ru": 0.8, …}`), so the cursor's page, which passes the same
// parameter, computes bit for bit the same sort value.
const MATCH_HITS = `
WITH scored AS MATERIALIZED (
  SELECT rowid AS doc, -bm25(article_terms, ${TITLE_WEIGHT}, ${BODY_WEIGHT}, ${NAMES_WEIGHT}, ${TRANSLIT_WEIGHT}) AS rank_value
  FROM article_terms WHERE article_terms MATCH @match
), r AS (
  SELECT a.id, a.key, a.title, a.language, a.published_at, a.body,
    s.rank_value * (1 + ${LANGUAGE_FAVOUR} * coalesce(
      (SELECT f.value FROM json_each(@favoured) f WHERE f.key = a.language), 0)) AS rank_value
  FROM scored s JOIN articles a ON a.doc = s.doc
  WHERE ${LANGUAGE_FILTER} AND ${ARTICLE_FILTERS}
)
SELECT * FROM r WHERE ${AFTER_FILTER}
ORDER BY r.rank_value DESC, r.id ASC
LIMIT @size`;

// Facets count every match regardless of the language filter, so a client can offer to switch.
const MATCH_FACETS = `
SELECT a.language, count(*) AS count
FROM article_terms t JOIN articles a ON a.doc = t.rowid
WHERE article_terms MATCH @match AND ${ARTICLE_FILTERS}
GROUP BY a.language`;

const BROWSE_HITS = `
WITH r AS (
  SELECT a.id, a.key, a.title, a.language, a.published_at, a.body,
    coalesce(unixepoch(a.published_at) / 86400, ${UNDATED}) AS rank_value
  FROM articles a
  WHERE ${LANGUAGE_FILTER} AND ${ARTICLE_FILTERS}
)
SELECT * FROM r WHERE ${AFTER_FILTER}
ORDER BY r.rank_value DESC, r.id ASC
LIMIT @size`;

const BROWSE_FACETS = `SELECT language, count(*) AS count FROM articles a
WHERE ${ARTICLE_FILTERS} GROUP BY language`;

interface FilterParameters {
  source: string | null;
  publishedFrom: string | null;
  publishedTo: string | null;
}

interface PageParameters extends FilterParameters {
  language: string | null;
  afterPrimary: number | null;
  afterId: string | null;
  size: number;
}

/** Answers search queries: full-text matches by relevance, or every article newest first. */
export class ArticleSearch {
  private readonly matchHits: Database.Statement<
    [PageParameters & { match: string; favoured: string }]
  >;
  private readonly matchFacets: Database.Statement<[FilterParameters & { match: string }]>;
  private readonly browseHits: Database.Statement<[PageParameters]>;
  private readonly browseFacets: Database.Statement<[FilterParameters]>;

  constructor(db: Database.Database) {
    // SQLite's own lower() folds ASCII only; sources are often Cyrillic.
    db.function('fold_source', { deterministic: true }, (value: unknown) =>
      typeof value === 'string' ? foldSource(value) : null,
    );
    this.matchHits = db.prepare(MATCH_HITS);
    this.matchFacets = db.prepare(MATCH_FACETS);
    this.browseHits = db.prepare(BROWSE_HITS);
    this.browseFacets = db.prepare(BROWSE_FACETS);
  }

  /** One page of hits after `query.after`, with the total and language facets of all of them. */
  search(query: SearchQuery): SearchPage {
    const filters = filterParameters(query);
    const page = { ...filters, ...pageParameters(query) };
    if (query.clauses.length === 0) {
      const facets = languageCountsFromRows(this.browseFacets.all(filters));
      const rows = this.browseHits.all(page).map(hitFromRow);
      return toPage(
        query,
        facets,
        rows.map((row) => toHit(row, 0, makeSnippet(row.body, []))),
      );
    }
    const match = toMatchExpression(query.clauses);
    if (match === null) return { total: 0, hits: [], facets: { language: {} } };
    const facets = languageCountsFromRows(this.matchFacets.all({ ...filters, match }));
    const favoured = JSON.stringify(
      Object.fromEntries((query.favouredLanguages ?? []).map((l) => [l.language, l.weight])),
    );
    const rows = this.matchHits.all({ ...page, match, favoured }).map(hitFromRow);
    const hits = rows.map((row) =>
      toHit(row, row.rank_value, makeSnippet(row.body, query.clauses)),
    );
    return toPage(query, facets, hits);
  }
}

function filterParameters(query: SearchQuery): FilterParameters {
  return {
    source: query.source === undefined ? null : foldSource(query.source),
    publishedFrom: query.publishedFrom ?? null,
    publishedTo: query.publishedTo ?? null,
  };
}

function pageParameters(query: SearchQuery): Omit<PageParameters, keyof FilterParameters> {
  return {
    language: query.language ?? null,
    afterPrimary: query.after?.primary ?? null,
    afterId: query.after?.id ?? null,
    // SQLite reads a negative LIMIT as "no limit".
    size: Math.max(0, Math.trunc(query.size)),
  };
}

function toHit(row: HitRow, score: number, snippet: string): SearchHit & { sort: SortPosition } {
  return {
    id: row.id,
    key: row.key,
    title: row.title,
    language: row.language,
    publishedAt: row.published_at,
    score,
    snippet,
    sort: { primary: row.rank_value, id: row.id },
  };
}

function toPage(
  query: SearchQuery,
  facets: Record<string, number>,
  hits: SearchPage['hits'],
): SearchPage {
  // The facets already count every match per language, so the filtered total is one of them.
  const total =
    query.language === undefined
      ? Object.values(facets).reduce((sum, count) => sum + count, 0)
      : (facets[query.language] ?? 0);
  return { total, hits, facets: { language: facets } };
}
