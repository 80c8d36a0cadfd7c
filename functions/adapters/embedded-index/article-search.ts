import type Database from 'better-sqlite3';
import { planQuery } from '../../core/search/query-plan.ts';
import {
  COORDINATION,
  FIELD_WEIGHTS,
  languageFavourFactor,
  PROXIMITY,
} from '../../core/search/ranking.ts';
import {
  foldSource,
  type SearchHit,
  type SearchPage,
  type SearchQuery,
  type SortPosition,
} from '../../core/search/search-query.ts';
import { makeSnippet, snippetMaker } from '../../core/search/snippet.ts';
import { type EmbeddedQuery, embeddedQuery } from './match-expression.ts';
import { type HitRow, hitFromRow, languageCountsFromRows } from './rows.ts';

// bm25 weights in `article_terms` column order (title, body, names, translit, sounds): a title
// counts three times a body; the weights of transliterations and sounds are those of their forms.
const BM25 = `bm25(article_terms, ${FIELD_WEIGHTS.title}, ${FIELD_WEIGHTS.body}, ${FIELD_WEIGHTS.names}, 1, 1)`;

/** The most languages a query favours (`detectQuery` names up to four). */
const MAX_FAVOURED = 4;

// Every statement takes the language and the cursor as nullable parameters, so each is prepared
// once per shape instead of once per combination of filters.
const LANGUAGE_FILTER = '(@language IS NULL OR f.language = @language)';
// Source and date narrow the facets too; only the language filter leaves them alone.
const ARTICLE_FILTERS = `(@source IS NULL OR f.source = @source)
  AND (@publishedFrom IS NULL OR f.published_at >= @publishedFrom)
  AND (@publishedTo IS NULL OR f.published_at <= @publishedTo)`;
const AFTER_FILTER = `(@afterPrimary IS NULL OR r.rank_value < @afterPrimary
  OR (r.rank_value = @afterPrimary AND r.id > @afterId))`;
// The languages a query favours, as parameters: one comparison per article, not a JSON lookup.
const FAVOURED = Array.from({ length: MAX_FAVOURED }, (_, i) => `WHEN @fl${i} THEN @fw${i}`).join(
  ' ',
);

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
// `languageFavourFactor` of the language's weight (core/search/ranking.ts), passed in as parameters.
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
  SELECT f.id, s.relevance * (CASE f.language ${FAVOURED} ELSE 1 END) AS rank_value
  FROM scored s JOIN article_facts f ON f.doc = s.doc
  WHERE ${LANGUAGE_FILTER} AND ${ARTICLE_FILTERS}
)
SELECT id, rank_value FROM r WHERE ${AFTER_FILTER}
ORDER BY r.rank_value DESC, r.id ASC
LIMIT @size`;
}

// Facets count every match regardless of the language filter, so a client can offer to switch.
// Counting needs only which articles match, not how well: no bm25, no proximity, so it costs a
// fraction of ranking them.
const MATCH_FACETS = `
WITH forms AS (
  SELECT value ->> 0 AS expression, value ->> 1 AS clause, value ->> 2 AS kind
  FROM json_each(@forms)
),
matched AS MATERIALIZED (
  SELECT DISTINCT f.clause, f.kind, t.rowid AS doc
  FROM forms f JOIN article_terms t ON t.article_terms MATCH f.expression
),
members AS (
  SELECT doc FROM matched GROUP BY doc
  HAVING sum(kind = 'r') = @required AND sum(kind = 'o') >= @minimum AND NOT max(kind = 'x')
)
SELECT f.language, count(*) AS count
FROM members m JOIN article_facts f ON f.doc = m.doc
WHERE ${ARTICLE_FILTERS}
GROUP BY f.language`;

// Newest first along the (day DESC, id) index: a page reads its own rows, wherever it starts.
const BROWSE_HITS = `
SELECT f.id, f.day AS rank_value FROM article_facts f
WHERE ${LANGUAGE_FILTER} AND ${ARTICLE_FILTERS}
  AND f.day <= coalesce(@afterPrimary, 9e18)
  AND (@afterPrimary IS NULL OR NOT (f.day = @afterPrimary AND f.id <= @afterId))
ORDER BY f.day DESC, f.id ASC
LIMIT @size`;

const BROWSE_FACETS = `SELECT language, count(*) AS count FROM article_facts f
WHERE ${ARTICLE_FILTERS} GROUP BY language`;

const HIT_COLUMNS = `SELECT id, key, title, language, published_at, body FROM articles
WHERE id IN (SELECT value FROM json_each(@ids))`;

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

/** Ranked hits kept per query, so that the next pages are read from them, not ranked again. */
const RANKED_KEPT = 200;
/** Queries whose facets and first ranked hits are kept until the index changes. */
const CACHED_QUERIES = 64;

interface Ranked {
  id: string;
  rank_value: number;
}

interface CachedQuery {
  facets: Record<string, number>;
  /**
   * The first ranked hits for one language filter and favour (`key`), and whether they are
   * all there are.
   */
  ranked?: { key: string; hits: Ranked[]; complete: boolean };
}

function isRanked(row: unknown): row is Ranked {
  const r = row as Partial<Ranked> | null;
  return typeof r?.id === 'string' && typeof r.rank_value === 'number';
}

/** Answers search queries: full-text matches by relevance, or every article newest first. */
export class ArticleSearch {
  private readonly statements = new Map<string, Database.Statement>();
  private readonly browseHits: Database.Statement<[PageParameters]>;
  private readonly browseFacets: Database.Statement<[FilterParameters]>;
  // Kept per language by triggers: browsing without a filter counts nothing.
  private readonly languageCounts: Database.Statement<[]>;
  private readonly matchFacets: Database.Statement;
  private readonly hitColumns: Database.Statement<[{ ids: string }]>;
  private readonly dataVersion: Database.Statement<[], unknown>;
  // FTS5 holds one row per article: its bm25 counts them, so Lucene's idf must too.
  private readonly articleCount: Database.Statement<[], unknown>;
  // Facets and the first ranked hits of recent queries, valid while the index is unchanged:
  // `data_version` moves when another connection commits, `writes` when this one does.
  private readonly cache = new Map<string, CachedQuery>();
  private cacheVersion = '';
  private writes = 0;
  private articles = 0;

  constructor(private readonly db: Database.Database) {
    this.browseHits = db.prepare(BROWSE_HITS);
    this.browseFacets = db.prepare(BROWSE_FACETS);
    this.languageCounts = db.prepare('SELECT language, count FROM language_counts WHERE count > 0');
    this.matchFacets = db.prepare(MATCH_FACETS);
    this.hitColumns = db.prepare(HIT_COLUMNS);
    this.dataVersion = db.prepare('PRAGMA data_version').pluck();
    this.articleCount = db.prepare('SELECT count(*) FROM article_facts').pluck();
  }

  /** Tells the searcher that this connection changed the index. */
  changed(): void {
    this.writes++;
  }

  /** One page of hits after `query.after`, with the total and language facets of all of them. */
  search(query: SearchQuery): SearchPage {
    const filters = filterParameters(query);
    const page = { ...filters, ...pageParameters(query) };
    if (query.clauses.length === 0) {
      const unfiltered =
        filters.source === null && filters.publishedFrom === null && filters.publishedTo === null;
      const facets = this.cached(`browse:${JSON.stringify(filters)}`, () =>
        languageCountsFromRows(
          unfiltered ? this.languageCounts.all() : this.browseFacets.all(filters),
        ),
      ).facets;
      const ranked = this.browseHits.all(page).filter(isRanked);
      const rows = this.hitRows(ranked);
      return toPage(
        query,
        facets,
        rows.map((row) => toHit(row, 0, () => makeSnippet(row.body, []))),
      );
    }
    const plan = planQuery(query.clauses, query.relaxed ?? false);
    if (plan === null) return { total: 0, hits: [], facets: { language: {} } };
    const fts = embeddedQuery(plan);
    const shape: Shape = { near: fts.pairs.length > 0 };
    const match = matchParameters(fts);
    const key = JSON.stringify([fts, filters]);
    const entry = this.cached(`match:${key}`, () =>
      languageCountsFromRows(this.matchFacets.all({ ...filters, ...match })),
    );
    const favoured: Record<string, string | number | null> = {};
    for (let i = 0; i < MAX_FAVOURED; i++) {
      const language = query.favouredLanguages?.[i];
      favoured[`fl${i}`] = language?.language ?? null;
      favoured[`fw${i}`] = languageFavourFactor(language?.weight ?? 0);
    }
    const statement = this.statement(`hits:${Number(shape.near)}`, () => matchHits(shape));
    const parameters = {
      ...page,
      ...match,
      ...(shape.near ? { pairs: JSON.stringify(fts.pairs) } : {}),
      ...favoured,
      articles: this.articles,
    };
    const rank = (size: number, after: SortPosition | undefined) =>
      statement
        .all({
          ...parameters,
          size,
          afterPrimary: after?.primary ?? null,
          afterId: after?.id ?? null,
        })
        .filter(isRanked);
    const ranked = rankedPage(
      query,
      entry,
      JSON.stringify([query.language ?? null, favoured]),
      rank,
    );
    const rows = this.hitRows(ranked);
    const snippet = snippetMaker(query.clauses);
    const hits = rows.map((row) => toHit(row, row.rank_value, () => snippet(row.body)));
    return toPage(query, entry.facets, hits);
  }

  /** A query's cache entry, made by `facets` when missing or when the index has changed. */
  private cached(key: string, facets: () => Record<string, number>): CachedQuery {
    const version = `${String(this.dataVersion.get())}:${this.writes}`;
    if (version !== this.cacheVersion) {
      this.cache.clear();
      this.cacheVersion = version;
      this.articles = Number(this.articleCount.get());
    }
    let entry = this.cache.get(key);
    if (entry === undefined) {
      entry = { facets: facets() };
      if (this.cache.size >= CACHED_QUERIES) {
        const oldest = this.cache.keys().next().value;
        if (oldest !== undefined) this.cache.delete(oldest);
      }
      this.cache.set(key, entry);
    }
    return entry;
  }

  /** The stored columns of the hits, in their ranked order. */
  private hitRows(ranked: readonly Ranked[]): HitRow[] {
    if (ranked.length === 0) return [];
    const columns = new Map<string, Omit<HitRow, 'rank_value'>>();
    for (const row of this.hitColumns.all({ ids: JSON.stringify(ranked.map((r) => r.id)) })) {
      const hit = hitFromRow({ ...(row as object), rank_value: 0 });
      columns.set(hit.id, hit);
    }
    return ranked.flatMap((r) => {
      const hit = columns.get(r.id);
      return hit ? [{ ...hit, rank_value: r.rank_value }] : [];
    });
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

/**
 * The ranked hits of one page. The first page of a query ranks its first `RANKED_KEPT` hits and
 * keeps them; a later page that falls within them is read from them, so following a cursor does
 * not rank the earlier pages again. The kept values are the very doubles the cursor carries, so
 * the page boundary is exact.
 */
function rankedPage(
  query: SearchQuery,
  entry: CachedQuery,
  key: string,
  rank: (size: number, after: SortPosition | undefined) => Ranked[],
): Ranked[] {
  const { after, size } = query;
  const kept = entry.ranked;
  if (kept !== undefined && kept.key === key) {
    const start =
      after === undefined
        ? 0
        : kept.hits.findIndex(
            (h) =>
              h.rank_value < after.primary || (h.rank_value === after.primary && h.id > after.id),
          );
    if (start === -1 && kept.complete) return [];
    if (start !== -1 && (kept.complete || start + size <= kept.hits.length)) {
      return kept.hits.slice(start, start + size);
    }
  }
  if (after !== undefined) return rank(size, after);
  const keptSize = Math.max(size, RANKED_KEPT);
  const hits = rank(keptSize, undefined);
  entry.ranked = { key, hits, complete: hits.length < keptSize };
  return hits.slice(0, size);
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

// The snippet is made when first read: the search asks for one hit more than it shows, to know
// whether another page follows, and that hit's snippet would be work thrown away.
function toHit(
  row: HitRow,
  score: number,
  snippet: () => string,
): SearchHit & { sort: SortPosition } {
  let made: string | undefined;
  return {
    id: row.id,
    key: row.key,
    title: row.title,
    language: row.language,
    publishedAt: row.published_at,
    score,
    get snippet() {
      made ??= snippet();
      return made;
    },
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
