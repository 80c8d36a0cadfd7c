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
import { makeSnippet, SNIPPET_WINDOW, snippetMaker } from '../../core/snippet.ts';
import { type EmbeddedQuery, embeddedQuery } from './match-expression.ts';
import {
  decodeStatistics,
  encodeStatistics,
  type RankingStatistics,
  registerRankingFunctions,
} from './ranking-snapshot.ts';
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
//
// A page that continues a cursor whose statistics are no longer the index's (articles were
// added or removed since the first page) is ranked with the cursor's statistics instead
// (`replay`): each form's bm25 is read back as its weighted term frequency (a whole number:
// the column weights are whole) with the article's length, then computed again exactly as
// FTS5 computes it (fts5_aux.c: k1 1.2, b 0.75, its idf floored at 1e-6), with the cursor's
// row count, average length and hit counts. The same inputs give the same doubles, so an
// article that stayed in the results keeps its place relative to the cursor. Sums over several
// rows are ordered, so they add up in the same order in either statement.
function clauseScores(replay: boolean, single: boolean): string {
  const ftsIdf = (rows: string, n: string) =>
    `(CASE WHEN ln((${rows} - ${n} + 0.5) / (${n} + 0.5)) <= 0 THEN 1e-6
      ELSE ln((${rows} - ${n} + 0.5) / (${n} + 0.5)) END)`;
  const lengthNorm = (length: string, rows: string, tokens: string) =>
    `(1.2 * (1 - 0.75 + 0.75 * ${length} / (CAST(${tokens} AS REAL) / ${rows})))`;
  const scored = replay
    ? `averages AS MATERIALIZED (
  SELECT fts_rows(block) AS rows, fts_tokens(block) AS tokens FROM article_terms_data WHERE id = 1
),
measured AS MATERIALIZED (
  SELECT h.form, h.clause, h.kind, h.weight, h.doc, h.frozen, fts_length(d.sz) AS length,
    h.fts / ${ftsIdf('a.rows', 'q.n')} AS part, a.rows, a.tokens
  FROM hits h JOIN frequency q ON q.form = h.form
    JOIN article_terms_docsize d ON d.id = h.doc, averages a
),
recovered AS (
  SELECT form, clause, kind, weight, doc, frozen, length,
    round(part * ${lengthNorm('length', 'rows', 'tokens')} / ((1.2 + 1.0) - part)) AS tf
  FROM measured
),
scored_hits AS (
  SELECT form, clause, kind, weight, doc, frozen AS n,
    ${ftsIdf('@frozenRows', 'frozen')} * ((tf * (1.2 + 1.0))
      / (tf + ${lengthNorm('length', '@frozenRows', '@frozenTokens')})) AS fts
  FROM recovered
)`
    : 'scored_hits AS (SELECT h.*, q.n FROM hits h JOIN frequency q ON q.form = h.form)';
  return `
forms AS (
  SELECT key AS form, value ->> 0 AS expression, value ->> 1 AS clause, value ->> 2 AS kind,
    value ->> 3 AS weight${replay ? ', coalesce(@frozenMatched ->> key, 0) AS frozen' : ''}
  FROM json_each(@forms)
),
hits AS MATERIALIZED (
  SELECT f.form, f.clause, f.kind, f.weight,${replay ? ' f.frozen,' : ''} t.rowid AS doc,
    -${BM25} AS fts
  FROM forms f JOIN article_terms t ON t.article_terms MATCH f.expression
),
frequency AS (SELECT form, count(*) AS n FROM hits GROUP BY form),
${scored},
clauses AS MATERIALIZED (
  SELECT h.doc, h.clause, h.kind, sum(h.weight * h.fts
    * ln(1 + (@articles - h.n + 0.5) / (h.n + 0.5))
    / max(1e-6, ln((@articles - h.n + 0.5) / (h.n + 0.5))) ORDER BY h.form) AS score
  FROM scored_hits h
  GROUP BY h.doc, h.clause, h.kind
),
${
  single
    ? // One clause: a row per article already, and a sum of one value is that value.
      `docs AS (
  SELECT doc, CASE WHEN kind = 'x' THEN 0 ELSE score END AS relevance,
    kind = 'o' AS optional, kind = 'r' AS required, kind = 'x' AS excluded
  FROM clauses
)`
    : `docs AS (
  SELECT doc, sum(CASE WHEN kind = 'x' THEN 0 ELSE score END ORDER BY clause, kind) AS relevance,
    sum(kind = 'o') AS optional, sum(kind = 'r') AS required, max(kind = 'x') AS excluded
  FROM clauses GROUP BY doc
)`
}`;
}

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
  SELECT n.doc, sum(c.score ORDER BY n.first, n.second, c.clause, c.kind) AS relevance FROM near n
  JOIN clauses c ON c.doc = n.doc AND c.clause IN (n.first, n.second)
  GROUP BY n.doc
)`;

/** Whether a query scores proximity: each shape is one prepared statement. */
interface Shape {
  near: boolean;
  /** Ranked with a cursor's statistics rather than the index's own (see `clauseScores`). */
  replay: boolean;
  /** Counts the facets in the same pass (see `matchHits`); never with `replay`. */
  facets: boolean;
  /** The query has one clause, so each article has one clause score (see `clauseScores`). */
  single: boolean;
}

// The articles that match: every required clause, at least @minimum optional ones, no excluded
// one; their relevance is the sum of their forms' scores plus the proximity bonus, times the
// coordination factor 1 + COORDINATION × the share of the optional clauses they match.
function scoredMatches(shape: Shape): string {
  const bonus = shape.near ? ` + ${PROXIMITY.weight} * coalesce(b.relevance, 0)` : '';
  return `WITH ${clauseScores(shape.replay, shape.single)},${shape.near ? `${NEAR_BONUS},` : ''}
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
//
// A page that also needs the facets (the query's first, mostly) counts them in the same pass
// (`facets`): the matches are ranked and joined to their facts once, materialised, and both
// the page and the per-language counts are read from them, instead of matching every form a
// second time in MATCH_FACETS.
function matchHits(shape: Shape): string {
  const statistics = shape.replay
    ? ''
    : `, (SELECT json_array(fts_rows(block), fts_tokens(block))
    FROM article_terms_data WHERE id = 1) AS averages,
  (SELECT json_group_object(form, n) FROM frequency) AS matched`;
  const ranked = `r AS ${shape.facets ? 'MATERIALIZED ' : ''}(
  SELECT f.id, f.language,
    s.relevance * (1 + ${LANGUAGE_FAVOUR} * (CASE f.language ${FAVOURED} ELSE 0 END)) AS rank_value
  FROM scored s JOIN article_facts f ON f.doc = s.doc
  WHERE ${shape.facets ? '' : `${LANGUAGE_FILTER} AND `}${ARTICLE_FILTERS}
)`;
  const page = `SELECT id, rank_value${statistics}
FROM r WHERE ${shape.facets ? '(@language IS NULL OR r.language = @language) AND ' : ''}${AFTER_FILTER}
ORDER BY r.rank_value DESC, r.id ASC
LIMIT @size`;
  if (!shape.facets) return `${scoredMatches(shape)},\n${ranked}\n${page}`;
  return `${scoredMatches(shape)},
${ranked},
page AS (${page})
SELECT id, rank_value, averages, matched, NULL AS language, NULL AS count FROM page
UNION ALL
SELECT NULL, NULL, NULL, NULL, language, count(*) FROM r GROUP BY language`;
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

// A hit reads only the opening of its body, where its snippet is looked for (a 19 MB body read
// whole for each of 100 hits was most of such a search's time).
const HIT_COLUMNS = `SELECT id, key, title, language, published_at,
  substr(body, 1, ${SNIPPET_WINDOW}) AS body FROM articles
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
  /** Counts per language of every match; made with the first page that needs them. */
  facets?: Record<string, number>;
  /**
   * The first ranked hits for one language filter and favour (`key`), and whether they are
   * all there are.
   */
  ranked?: { key: string; hits: Ranked[]; snapshot: string | undefined; complete: boolean };
}

/** The order of a ranking: relevance descending, then id ascending (as SQLite compares text). */
function byRank(a: Ranked, b: Ranked): number {
  if (a.rank_value !== b.rank_value) return b.rank_value - a.rank_value;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
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
    registerRankingFunctions(db);
    this.browseHits = db.prepare(BROWSE_HITS);
    this.browseFacets = db.prepare(BROWSE_FACETS);
    this.languageCounts = db.prepare('SELECT language, count FROM language_counts WHERE count > 0');
    this.matchFacets = db.prepare(MATCH_FACETS);
    this.hitColumns = db.prepare(HIT_COLUMNS);
    this.dataVersion = db.prepare('PRAGMA data_version').pluck();
    // Kept by triggers, so it costs nothing after a write, where count(*) read every row.
    this.articleCount = db.prepare('SELECT coalesce(sum(count), 0) FROM language_counts').pluck();
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
    const near = fts.pairs.length > 0;
    const single = new Set(fts.forms.map(([, clause]) => clause)).size === 1;
    const match = matchParameters(fts);
    const key = JSON.stringify([fts, filters]);
    const entry = this.entry(`match:${key}`);
    const favoured: Record<string, string | number | null> = {};
    for (let i = 0; i < MAX_FAVOURED; i++) {
      const language = query.favouredLanguages?.[i];
      favoured[`fl${i}`] = language?.language ?? null;
      favoured[`fw${i}`] = language?.weight ?? 0;
    }
    const parameters = {
      ...page,
      ...match,
      ...(near ? { pairs: JSON.stringify(fts.pairs) } : {}),
      ...favoured,
    };
    const run = (
      size: number,
      after: SortPosition | undefined,
      frozen: RankingStatistics | null,
    ): RankedPage => {
      const replay = frozen !== null;
      const facets = !replay && entry.facets === undefined;
      const shape: Shape = { near, replay, facets, single };
      const statement = this.statement(`hits:${JSON.stringify(shape)}`, () => matchHits(shape));
      const rows = statement.all({
        ...parameters,
        size,
        afterPrimary: after?.primary ?? null,
        afterId: after?.id ?? null,
        articles: frozen?.articles ?? this.articles,
        ...(frozen === null
          ? {}
          : {
              frozenRows: frozen.rows,
              frozenTokens: frozen.tokens,
              frozenMatched: JSON.stringify(frozen.matched),
            }),
      });
      const hits = rows.filter(isRanked);
      if (facets) {
        entry.facets = languageCountsFromRows(rows.filter((row) => !isRanked(row)));
        // The page and the counts come out of one compound statement: ordered here, not by it.
        hits.sort(byRank);
      }
      const snapshot =
        frozen === null
          ? liveStatistics(hits[0], this.articles, fts.forms.length)
          : encodeStatistics(frozen);
      return { hits, snapshot };
    };
    // A cursor is ranked with the index's own statistics when they are still the cursor's (the
    // same doubles, see `clauseScores`), and replays the cursor's only when they have changed.
    const rank = (size: number, after: SortPosition | undefined): RankedPage => {
      const frozen = decodeStatistics(after?.snapshot, fts.forms.length);
      const live = run(size, after, null);
      if (frozen === null || (live.hits.length > 0 && live.snapshot === after?.snapshot)) {
        return live;
      }
      return run(size, after, frozen);
    };
    const { hits: ranked, snapshot } = rankedPage(
      query,
      entry,
      JSON.stringify([query.language ?? null, favoured]),
      rank,
    );
    entry.facets ??= languageCountsFromRows(this.matchFacets.all({ ...filters, ...match }));
    const rows = this.hitRows(ranked);
    const snippet = snippetMaker(query.clauses);
    const hits = rows.map((row) => toHit(row, row.rank_value, () => snippet(row.body), snapshot));
    return toPage(query, entry.facets, hits);
  }

  /** A query's cache entry, with its facets made by `facets` when missing. */
  private cached(
    key: string,
    facets: () => Record<string, number>,
  ): { facets: Record<string, number> } {
    const entry = this.entry(key);
    entry.facets ??= facets();
    return { facets: entry.facets };
  }

  /** A query's cache entry, empty when missing or when the index has changed. */
  private entry(key: string): CachedQuery {
    const version = `${String(this.dataVersion.get())}:${this.writes}`;
    if (version !== this.cacheVersion) {
      this.cache.clear();
      this.cacheVersion = version;
      this.articles = Number(this.articleCount.get());
    }
    let entry = this.cache.get(key);
    if (entry === undefined) {
      entry = {};
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

/** Ranked hits, and the statistics they were ranked with (see ranking-snapshot.ts). */
interface RankedPage {
  hits: Ranked[];
  snapshot: string | undefined;
}

/** The statistics a live ranking returned with its rows, as a cursor carries them. */
function liveStatistics(row: unknown, articles: number, forms: number): string | undefined {
  const r = row as { averages?: unknown; matched?: unknown } | undefined;
  if (typeof r?.averages !== 'string' || typeof r.matched !== 'string') return undefined;
  const [rows = 0, tokens = 0] = JSON.parse(r.averages) as number[];
  const byForm = JSON.parse(r.matched) as Record<string, number>;
  const matched = Array.from({ length: forms }, (_, form) => byForm[form] ?? 0);
  return encodeStatistics({ rows, tokens, articles, matched });
}

/**
 * The ranked hits of one page. The first page of a query ranks its first `RANKED_KEPT` hits and
 * keeps them; a later page that falls within them is read from them, so following a cursor does
 * not rank the earlier pages again. The kept values are the very doubles the cursor carries, so
 * the page boundary is exact. They are kept only while the index is unchanged; a cursor ranked
 * with other statistics than the kept hits is ranked again with its own (`rank` replays them).
 */
function rankedPage(
  query: SearchQuery,
  entry: CachedQuery,
  key: string,
  rank: (size: number, after: SortPosition | undefined) => RankedPage,
): RankedPage {
  const { after, size } = query;
  const kept = entry.ranked;
  const sameRanking =
    after?.snapshot === undefined || (kept !== undefined && kept.snapshot === after.snapshot);
  if (kept !== undefined && kept.key === key && sameRanking) {
    const start =
      after === undefined
        ? 0
        : kept.hits.findIndex(
            (h) =>
              h.rank_value < after.primary || (h.rank_value === after.primary && h.id > after.id),
          );
    if (start === -1 && kept.complete) return { hits: [], snapshot: kept.snapshot };
    if (start !== -1 && (kept.complete || start + size <= kept.hits.length)) {
      return { hits: kept.hits.slice(start, start + size), snapshot: kept.snapshot };
    }
  }
  if (after !== undefined) return rank(size, after);
  const keptSize = Math.max(size, RANKED_KEPT);
  const ranked = rank(keptSize, undefined);
  entry.ranked = { key, ...ranked, complete: ranked.hits.length < keptSize };
  return { hits: ranked.hits.slice(0, size), snapshot: ranked.snapshot };
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
  snapshot?: string,
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
    sort: { primary: row.rank_value, id: row.id, ...(snapshot ? { snapshot } : {}) },
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
