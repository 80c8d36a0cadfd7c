import type Database from 'better-sqlite3';
import { planQuery } from '../../core/query-plan.ts';
import { COORDINATION, FIELD_WEIGHTS, LANGUAGE_FAVOUR, PROXIMITY } from '../../core/ranking.ts';
import {
  foldSource,
  type SearchHit,
  type SearchPage,
  type SearchQuery,
  type SortPosition,
} from '../../core/search-query.ts';
import { makeSnippet, snippetMaker } from '../../core/snippet.ts';
import { type EmbeddedQuery, embeddedQuery } from './match-expression.ts';
import { type HitRow, hitFromRow, languageCountsFromRows } from './rows.ts';

/** Browse sort value of an undated article: below every real day, so undated come last. */
const UNDATED = -1e15;

// bm25 weights in `article_terms` column order (title, body, names, translit, sounds): a title
// counts three times a body; the weights of transliterations and sounds are those of their forms.
const BM25 = `bm25(article_terms, ${FIELD_WEIGHTS.title}, ${FIELD_WEIGHTS.body}, ${FIELD_WEIGHTS.names}, 1, 1)`;

// Every statement takes the language and the cursor as nullable parameters, so each is prepared
// once per shape instead of once per combination of filters.
const LANGUAGE_FILTER = '(@language IS NULL OR a.language = @language)';
// Source and date narrow the facets too; only the language filter leaves them alone.
const ARTICLE_FILTERS = `(@source IS NULL OR fold_source(a.source) = @source)
  AND (@publishedFrom IS NULL OR a.published_at >= @publishedFrom)
  AND (@publishedTo IS NULL OR a.published_at <= @publishedTo)`;
const AFTER_FILTER = `(@afterPrimary IS NULL OR r.rank_value < @afterPrimary
  OR (r.rank_value = @afterPrimary AND r.id > @afterId))`;

// BM25 with Lucene's idf, ln(1 + (N − n + 0.5) / (n + 0.5)), which stays positive: FTS5's own
// bm25 uses ln((N − n + 0.5) / (n + 0.5)) and gives a word in more than half the articles no
// weight at all (1e-6), so in a small index a name every article has ranked below its
// transliteration in two articles. Each form is searched on its own, so its FTS5 bm25 is
// FTS5's idf times the form's term-frequency part (k1 1.2, b 0.75, the column weights); divided
// by that idf (computed the same way from the form's hit count) and multiplied by Lucene's, it
// is BM25 as OpenSearch computes it, and the form's weight says how much that kind of match
// counts. An article's relevance is the sum over the forms it matches.
const CLAUSE_SCORES = `
forms AS (
  SELECT key AS form, value ->> 0 AS expression, value ->> 1 AS clause, value ->> 2 AS kind,
    value ->> 3 AS weight
  FROM json_each(@forms)
),
hits AS MATERIALIZED (
  SELECT f.form, f.clause, f.kind, f.weight, t.rowid AS doc, -${BM25} AS fts
  FROM forms f JOIN article_terms t ON t.article_terms MATCH f.expression
),
frequency AS (SELECT form, count(*) AS n FROM hits GROUP BY form),
clauses AS MATERIALIZED (
  SELECT h.doc, h.clause, h.kind, sum(h.weight * h.fts
    * ln(1 + (@articles - q.n + 0.5) / (q.n + 0.5))
    / max(1e-6, ln((@articles - q.n + 0.5) / (q.n + 0.5)))) AS score
  FROM hits h JOIN frequency q ON q.form = h.form
  GROUP BY h.doc, h.clause, h.kind
),
docs AS (
  SELECT doc, sum(CASE WHEN kind = 'x' THEN 0 ELSE score END) AS relevance,
    sum(kind = 'o') AS optional, sum(kind = 'r') AS required, max(kind = 'x') AS excluded
  FROM clauses GROUP BY doc
)`;

// Neighbouring query words within the window of each other add a share of their own relevance
// in that article (both words' scores), once per pair found close together.
const NEAR_BONUS = `
pairs AS (
  SELECT value ->> 0 AS expression, value ->> 1 AS first, value ->> 2 AS second
  FROM json_each(@pairs)
),
near AS MATERIALIZED (
  SELECT t.rowid AS doc, p.first, p.second
  FROM pairs p JOIN article_terms t ON t.article_terms MATCH p.expression
),
bonus AS (
  SELECT n.doc, sum(c.score) AS relevance FROM near n
  JOIN clauses c ON c.doc = n.doc AND c.clause IN (n.first, n.second)
  GROUP BY n.doc
)`;

/** Whether a query scores proximity: each shape is one prepared statement. */
interface Shape {
  near: boolean;
}

// The articles that match: every required clause, at least @minimum optional ones, no excluded
// one; their relevance is the sum of their forms' scores plus the proximity bonus, times the
// coordination factor 1 + COORDINATION × the share of the optional clauses they match.
function scoredMatches(shape: Shape): string {
  const bonus = shape.near ? ` + ${PROXIMITY.weight} * coalesce(b.relevance, 0)` : '';
  return `WITH ${CLAUSE_SCORES},${shape.near ? `${NEAR_BONUS},` : ''}
scored AS (
  SELECT d.doc, (d.relevance${bonus})
    * (CASE WHEN @optional >= 2 THEN 1 + ${COORDINATION} * d.optional / @optional ELSE 1 END)
    AS relevance
  FROM docs d ${shape.near ? 'LEFT JOIN bonus b ON b.doc = d.doc' : ''}
  WHERE d.required = @required AND d.optional >= @minimum AND NOT d.excluded
)`;
}

// A match in a language the query is probably written in has its relevance multiplied by
// 1 + LANGUAGE_FAVOUR × the language's weight. A factor, not an added constant: BM25 ranges
// from hundredths (a word in most of the index) to tens, and a constant would swamp the one
// and vanish against the other.
//
// The score is computed once, in materialised CTEs, and the cursor compares that same stored
// double: recomputing it in a differently shaped query could round differently and skip or
// repeat a hit at a page boundary. A JavaScript number carries the double unchanged. The
// language favour is one multiplication of that double by a factor from the query's own
// parameter (`@favoured`, JSON `{"ru": 0.8, …}`), so the cursor's page, which passes the same
// parameter, computes bit for bit the same sort value.
function matchHits(shape: Shape): string {
  return `${scoredMatches(shape)},
r AS (
  SELECT a.id, a.key, a.title, a.language, a.published_at, a.body,
    s.relevance * (1 + ${LANGUAGE_FAVOUR} * coalesce(
      (SELECT f.value FROM json_each(@favoured) f WHERE f.key = a.language), 0)) AS rank_value
  FROM scored s JOIN articles a ON a.doc = s.doc
  WHERE ${LANGUAGE_FILTER} AND ${ARTICLE_FILTERS}
)
SELECT * FROM r WHERE ${AFTER_FILTER}
ORDER BY r.rank_value DESC, r.id ASC
LIMIT @size`;
}

// Facets count every match regardless of the language filter, so a client can offer to switch.
// Proximity changes no article's membership, so counting leaves it out.
const MATCH_FACETS = `${scoredMatches({ near: false })}
SELECT a.language, count(*) AS count
FROM scored s JOIN articles a ON a.doc = s.doc
WHERE ${ARTICLE_FILTERS}
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

/** The named parameters that carry a plan into the statements. */
function matchParameters(query: EmbeddedQuery): Record<string, string | number> {
  return {
    forms: JSON.stringify(query.forms),
    required: query.required,
    optional: query.optional,
    minimum: query.minimum,
  };
}

/** Answers search queries: full-text matches by relevance, or every article newest first. */
export class ArticleSearch {
  private readonly statements = new Map<string, Database.Statement>();
  private readonly browseHits: Database.Statement<[PageParameters]>;
  private readonly browseFacets: Database.Statement<[FilterParameters]>;
  private readonly matchFacets: Database.Statement;
  // FTS5 holds one row per article: its bm25 counts them, so Lucene's idf must too.
  private readonly articleCount: Database.Statement<[], unknown>;

  constructor(private readonly db: Database.Database) {
    // SQLite's own lower() folds ASCII only; sources are often Cyrillic.
    db.function('fold_source', { deterministic: true }, (value: unknown) =>
      typeof value === 'string' ? foldSource(value) : null,
    );
    this.browseHits = db.prepare(BROWSE_HITS);
    this.browseFacets = db.prepare(BROWSE_FACETS);
    this.matchFacets = db.prepare(MATCH_FACETS);
    this.articleCount = db.prepare('SELECT count(*) FROM articles').pluck();
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
    const plan = planQuery(query.clauses, query.relaxed ?? false);
    if (plan === null) return { total: 0, hits: [], facets: { language: {} } };
    const fts = embeddedQuery(plan);
    const shape: Shape = { near: fts.pairs.length > 0 };
    const articles = Number(this.articleCount.get());
    const parameters = { ...matchParameters(fts), articles };
    const facets = languageCountsFromRows(this.matchFacets.all({ ...filters, ...parameters }));
    const favoured = JSON.stringify(
      Object.fromEntries((query.favouredLanguages ?? []).map((l) => [l.language, l.weight])),
    );
    const pairs = shape.near ? { pairs: JSON.stringify(fts.pairs) } : {};
    const rows = this.statement(`hits:${Number(shape.near)}`, () => matchHits(shape))
      .all({ ...page, ...parameters, ...pairs, favoured })
      .map(hitFromRow);
    const snippet = snippetMaker(query.clauses);
    const hits = rows.map((row) => toHit(row, row.rank_value, snippet(row.body)));
    return toPage(query, facets, hits);
  }

  private statement(key: string, sql: () => string): Database.Statement {
    let statement = this.statements.get(key);
    if (statement === undefined) {
      statement = this.db.prepare(sql());
      this.statements.set(key, statement);
    }
    return statement;
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
