import type Database from 'better-sqlite3';
import { planQuery } from '../../core/search/query-plan.ts';
import { COORDINATION, languageFavourFactor, PROXIMITY } from '../../core/search/ranking.ts';
import {
  emptyFacets,
  MAX_OTHER_VERSIONS,
  oldestFirst,
  type SearchHit,
  type SearchPage,
  type SearchQuery,
  type SortPosition,
  type StoryVersion,
} from '../../core/search/search-query.ts';
import { makeSnippet, SNIPPET_WINDOW, snippetMaker } from '../../core/search/snippet.ts';
import { FacetColumns } from './facet-columns.ts';
import type { FrequentTermsBudget } from './frequent-terms.ts';
import { type EmbeddedQuery, embeddedQuery, membershipExpression } from './match-expression.ts';
import { BM25, MatchRanker, UNFILTERED } from './match-ranker.ts';
import {
  decodeStatistics,
  encodeStatistics,
  type RankingStatistics,
  registerRankingFunctions,
} from './ranking-snapshot.ts';
import { type HitRow, hitFromRow } from './rows.ts';
import {
  type Counts,
  DAYS_MATCH,
  type FilterParameters,
  filteredTotal,
  filterParameters,
  LANGUAGES_MATCH,
  SOURCES_MATCH,
} from './search-facets.ts';
import { type CollapsedStory, collapsePage } from './story-collapse.ts';

// bm25 weights in `article_terms` column order (title, body, names, translit, sounds): a title
// counts three times a body; the weights of transliterations and sounds are those of their forms
// (`BM25`, match-ranker.ts).

/** The most languages a query favours (`detectQuery` names up to four). */
const MAX_FAVOURED = 4;

// Every statement takes the filters and the cursor as nullable parameters, so each is prepared
// once per shape instead of once per combination of filters (see search-facets.ts).
const LANGUAGE_FILTER = LANGUAGES_MATCH;
const ARTICLE_FILTERS = `${SOURCES_MATCH} AND ${DAYS_MATCH}`;
const AFTER_FILTER = `(@afterPrimary IS NULL OR r.rank_value < @afterPrimary
  OR (r.rank_value = @afterPrimary AND r.id > @afterId))`;
// The languages a query favours, as parameters: one comparison per article, not a JSON lookup.
const FAVOURED = Array.from({ length: MAX_FAVOURED }, (_, i) => `WHEN @fl${i} THEN @fw${i}`).join(
  ' ',
);

// A search with filters scores only the matches that pass them (`UNFILTERED`, match-ranker.ts):
// bm25 and the rows after it are most of a ranking's cost, and a date range keeps a tenth of a
// common word's matches. A form's idf still counts every match (`frequency`, a count without
// bm25), so each score is the same double as without the filter.

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
frequency AS MATERIALIZED (
  SELECT form, (SELECT count(*) FROM article_terms t WHERE t.article_terms MATCH expression) AS n
  FROM forms
),
hits AS MATERIALIZED (
  SELECT m.form, m.clause, m.kind, m.weight,${replay ? ' m.frozen,' : ''} t.rowid AS doc,
    -${BM25} AS fts
  FROM forms m JOIN article_terms t ON t.article_terms MATCH m.expression
  WHERE ${UNFILTERED} OR EXISTS (SELECT 1 FROM article_facts f WHERE f.doc = t.rowid
    AND ${LANGUAGE_FILTER} AND ${ARTICLE_FILTERS})
),
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
// `languageFavourFactor` of the language's weight (core/search/ranking.ts), passed in as parameters.
//
// The score is computed once, in materialised CTEs, and the cursor compares that same stored
// double: recomputing it in a differently shaped query could round differently and skip or
// repeat a hit at a page boundary. A JavaScript number carries the double unchanged. The
// language favour is one multiplication of that double by a factor from the query's own
// parameter (`@favoured`, JSON `{"ru": 0.8, …}`), so the cursor's page, which passes the same
// parameter, computes bit for bit the same sort value.
function matchHits(shape: Shape): string {
  // A live ranking also returns the statistics it ranked with, for the cursor (see
  // ranking-snapshot.ts); a replay passes the cursor's own.
  const statistics = shape.replay
    ? ''
    : `, (SELECT json_array(fts_rows(block), fts_tokens(block))
    FROM article_terms_data WHERE id = 1) AS averages,
  (SELECT json_group_object(form, n) FROM frequency) AS matched`;
  return `${scoredMatches(shape)},
r AS (
  SELECT f.id, s.relevance * (CASE f.language ${FAVOURED} ELSE 1 END) AS rank_value, f.story_id
  FROM scored s JOIN article_facts f ON f.doc = s.doc
  WHERE ${LANGUAGE_FILTER} AND ${ARTICLE_FILTERS}
)
SELECT id, rank_value, story_id${statistics} FROM r WHERE ${AFTER_FILTER}
ORDER BY r.rank_value DESC, r.id ASC
LIMIT @size`;
}

// Each facet counts every match as if its own filter were off (search-facets.ts), so a client
// can offer to switch. Counting needs only which articles match, not how well: no bm25, no
// proximity; the statements give the matching row ids and `FacetColumns` counts them. The ids
// come as one JSON array: a third less CPU than a row each (49,900 ids: 6.5 ms against 9.5).
const MATCH_MEMBERS = `
WITH forms AS (
  SELECT value ->> 0 AS expression, value ->> 1 AS clause, value ->> 2 AS kind
  FROM json_each(@forms)
),
matched AS MATERIALIZED (
  SELECT DISTINCT f.clause, f.kind, t.rowid AS doc
  FROM forms f JOIN article_terms t ON t.article_terms MATCH f.expression
)
SELECT json_group_array(doc) FROM (
  SELECT doc FROM matched GROUP BY doc
  HAVING sum(kind = 'r') = @required AND sum(kind = 'o') >= @minimum AND NOT max(kind = 'x')
)`;

// The articles of one FTS5 boolean expression (`membershipExpression`), which FTS5 gives once
// each: no row per form to group by article.
const MEMBERS = 'SELECT json_group_array(rowid) FROM article_terms WHERE article_terms MATCH ?';

// Newest first along the (day DESC, id) index: a page reads its own rows, wherever it starts.
const BROWSE_HITS = `
SELECT f.id, f.day AS rank_value, f.story_id FROM article_facts f
WHERE ${LANGUAGE_FILTER} AND ${ARTICLE_FILTERS}
  AND f.day <= coalesce(@afterPrimary, 9e18)
  AND (@afterPrimary IS NULL OR NOT (f.day = @afterPrimary AND f.id <= @afterId))
ORDER BY f.day DESC, f.id ASC
LIMIT @size`;

// A hit reads only the opening of its body, where its snippet is looked for (a 19 MB body read
// whole for each of 100 hits was most of such a search's time). A body of no more bytes than
// the window has no more characters either, and is read as it is: \`substr\` walks its UTF-8
// to count them, an eighth of reading a page of hits.
const HIT_COLUMNS = `SELECT id, key, title, language, source, story_id, published_at,
  CASE WHEN octet_length(body) <= ${SNIPPET_WINDOW} THEN body
    ELSE substr(body, 1, ${SNIPPET_WINDOW}) END AS body
FROM articles WHERE id IN (SELECT value FROM json_each(@ids))`;

const VERSION_COLUMNS = `SELECT id, title, language, source, published_at FROM articles
WHERE id IN (SELECT value FROM json_each(@ids))`;

// The articles of some stories that pass a search's filters, along the story index.
const STORY_ARTICLES = `SELECT f.doc, f.id FROM article_facts f
WHERE f.story_id IN (SELECT value FROM json_each(@stories))
  AND ${LANGUAGE_FILTER} AND ${ARTICLE_FILTERS}`;

// Whether one article matches an FTS5 expression: a seek by row id, not a walk of the matches.
// The id is cast: better-sqlite3 binds a number as REAL, and FTS5 then ignores the equality
// altogether (counting every match) where an INTEGER makes it a seek.
const MATCHES_ARTICLE = `SELECT count(*) FROM article_terms
WHERE article_terms MATCH ? AND rowid = CAST(? AS INTEGER)`;

/** Whether an article (its row id) may match the search; true when it cannot be told cheaply. */
type MayMatch = (doc: number) => boolean;

// FTS5's row and token counts, from its one averages record: what changes with every write
// (see `clauseScores`), read before a cursor's page is ranked.
const AVERAGES = `SELECT fts_rows(block) AS rows, fts_tokens(block) AS tokens
FROM article_terms_data WHERE id = 1`;

interface PageParameters extends FilterParameters {
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
/** The first ranking of a collapsed list: stories take several articles each. */
const COLLAPSE_WINDOW = 1_000;
/**
 * The window a collapsed page is first looked for in. Its page is the answer only when it is
 * the one `COLLAPSE_WINDOW` gives: the window holds every match, or each story on the page has
 * all its articles within it, so a longer window could add no other version to any. Ranking
 * 1,000 looked up the id and story of 1,000 articles, a third of a rare word's or a surname's
 * search at 100k articles. It is tried for every query, however many its matches: when the
 * window cannot tell (4 % of the bench's first and second pages of common words), the matches
 * are ranked again over 1,000, which cost a common word of 7,000–50,000 matches less, once the
 * frequent terms are kept in memory (frequent-terms.ts) and even before, than looking up 900
 * more ids and stories each time (p50 11.7 → 8.0 ms of CPU at 100k).
 */
const FIRST_COLLAPSE_WINDOW = 100;
/** Queries whose facets and first ranked hits are kept until the index changes. */
const CACHED_QUERIES = 64;

interface Ranked {
  id: string;
  rank_value: number;
  /**
   * The article's story, read with its row of `article_facts` as it is ranked (a collapsed
   * list groups by it; looking 1,000 ids up again cost more than ranking a rare word).
   */
  story_id?: unknown;
}

interface CachedQuery extends Counts {
  /**
   * The first ranked hits for one language filter and favour (`key`), and whether they are
   * all there are.
   */
  ranked?: { key: string; hits: Ranked[]; snapshot: string | undefined; complete: boolean };
}

/** Ranked hits, and the statistics they were ranked with (see ranking-snapshot.ts). */
interface RankedPage {
  hits: Ranked[];
  snapshot: string | undefined;
}

type Rank = (size: number, after: SortPosition | undefined) => RankedPage;

function isRanked(row: unknown): row is Ranked {
  const r = row as Partial<Ranked> | null;
  return typeof r?.id === 'string' && typeof r.rank_value === 'number';
}

/**
 * How a full-text search is ranked: by `MatchRanker` (JavaScript over each form's matches), or
 * by the one statement of `matchHits`, which computes the same doubles over every match in SQL
 * and stays as the reference the ranker is tested against.
 */
export type RankingPath = 'ranker' | 'statement';

/** Answers search queries: full-text matches by relevance, or every article newest first. */
export class ArticleSearch {
  private readonly statements = new Map<string, Database.Statement>();
  private readonly browseHits: Database.Statement<[PageParameters]>;
  private readonly matchMembers: Database.Statement;
  private readonly members: Database.Statement<[string], unknown>;
  private readonly columns: FacetColumns;
  private readonly hitColumns: Database.Statement<[{ ids: string }]>;
  private readonly versionColumns: Database.Statement<[{ ids: string }]>;
  private readonly storyArticles: Database.Statement<[FilterParameters & { stories: string }]>;
  private readonly matchesArticle: Database.Statement<[string, number], unknown>;
  private readonly averages: Database.Statement<[], unknown>;
  private readonly dataVersion: Database.Statement<[], unknown>;
  // FTS5 holds one row per article: its bm25 counts them, so Lucene's idf must too.
  private readonly articleCount: Database.Statement<[], unknown>;
  // Facets and the first ranked hits of recent queries, valid while the index is unchanged:
  // `data_version` moves when another connection commits, `writes` when this one does.
  private readonly cache = new Map<string, CachedQuery>();
  private cacheVersion = '';
  private writes = 0;
  private articles = 0;
  private readonly ranker: MatchRanker | null;

  constructor(
    private readonly db: Database.Database,
    ranking: RankingPath = 'ranker',
  ) {
    registerRankingFunctions(db);
    this.browseHits = db.prepare(BROWSE_HITS);
    this.matchMembers = db.prepare(MATCH_MEMBERS).pluck();
    this.members = db.prepare(MEMBERS).pluck();
    this.columns = new FacetColumns(db);
    this.hitColumns = db.prepare(HIT_COLUMNS);
    this.versionColumns = db.prepare(VERSION_COLUMNS);
    this.storyArticles = db.prepare(STORY_ARTICLES).raw();
    this.matchesArticle = db.prepare(MATCHES_ARTICLE).pluck();
    this.averages = db.prepare(AVERAGES);
    this.dataVersion = db.prepare('PRAGMA data_version').pluck();
    // Kept by triggers, so it costs nothing after a write, where count(*) read every row.
    this.articleCount = db.prepare('SELECT coalesce(sum(count), 0) FROM language_counts').pluck();
    // The ranker tests a search's filters over the facet columns (match-ranker.ts, `TESTED`).
    this.ranker =
      ranking === 'ranker'
        ? new MatchRanker(db, { columns: this.columns, version: () => this.version() })
        : null;
  }

  /** The connection's `data_version` and own writes: what the cache and columns follow. */
  private version(): string {
    return `${String(this.dataVersion.get())}:${this.writes}`;
  }

  /** Tells the searcher that this connection changed the index. */
  changed(): void {
    this.writes++;
  }

  /**
   * Reads now what a first search would read (the warm-up of a reader thread, local/readers/,
   * and of the main thread at the stack's start, local/stack.ts): the articles' lengths a
   * common word's bm25 is computed with (match-ranker.ts). The facet columns are loaded by a
   * warm-up browse (a reader's; the main thread does not browse at start).
   */
  warmUp(frequentTerms: FrequentTermsBudget | null = null): void {
    this.ranker?.warmUp(frequentTerms);
  }

  /**
   * Starts reading the frequent terms' postings (frequent-terms.ts) in steps, which a reader
   * thread runs between its searches (`frequentTermsStep`), so it answers as soon as it is warm.
   */
  startFrequentTerms(budget: FrequentTermsBudget): void {
    this.ranker?.startFrequentTerms(budget);
  }

  /** One step of reading the frequent terms' postings: false when there is none left. */
  frequentTermsStep(): boolean {
    return this.ranker?.frequentTermsStep() ?? false;
  }

  /**
   * Whether the frequent terms chosen at the last start no longer fit the index (it grew or
   * shrank, or terms were let go): then `startFrequentTerms` chooses them again. One or two
   * small queries; false while they are being read.
   */
  frequentTermsStale(): boolean {
    return this.ranker?.frequentTermsStale() ?? false;
  }

  /** One page of hits after `query.after`, with the total and facets of all of them. */
  search(query: SearchQuery): SearchPage {
    const filters = filterParameters(query);
    const page = { ...filters, ...pageParameters(query) };
    if (query.clauses.length === 0) {
      const entry = this.cached(`browse:${JSON.stringify(filters)}`, (version) =>
        this.columns.count(filters, null, version),
      );
      const rank: Rank = (size, after) => ({
        hits: this.browseHits
          .all({
            ...page,
            size,
            afterPrimary: after?.primary ?? null,
            afterId: after?.id ?? null,
          })
          .filter(isRanked),
        snapshot: undefined,
      });
      return this.page(
        query,
        entry,
        'browse',
        rank,
        () => (row) => makeSnippet(row.body, []),
        () => true,
      );
    }
    const plan = planQuery(query.clauses, query.relaxed ?? false);
    if (plan === null) return { total: 0, hits: [], facets: emptyFacets() };
    const fts = embeddedQuery(plan);
    const near = fts.pairs.length > 0;
    const single = new Set(fts.forms.map(([, clause]) => clause)).size === 1;
    const match = matchParameters(fts);
    const key = JSON.stringify([fts, filters]);
    const entry = this.cached(`match:${key}`, (version) => {
      const membership = membershipExpression(fts);
      // A word of one clause with a frequent term among its forms: its articles from the
      // postings in memory (match-ranker.ts, `keptMembers`), else from FTS5.
      const docs = () =>
        (membership === null ? null : this.ranker?.keptMembers(fts)) ??
        (JSON.parse(
          String(membership === null ? this.matchMembers.get(match) : this.members.get(membership)),
        ) as number[]);
      return this.columns.count(filters, docs, version);
    });
    const favoured: Record<string, string | number | null> = {};
    for (let i = 0; i < MAX_FAVOURED; i++) {
      const language = query.favouredLanguages?.[i];
      favoured[`fl${i}`] = language?.language ?? null;
      favoured[`fw${i}`] = languageFavourFactor(language?.weight ?? 0);
    }
    const membership = membershipExpression(fts);
    const favouredLanguages = (query.favouredLanguages ?? [])
      .slice(0, MAX_FAVOURED)
      .map(({ language, weight }) => ({ language, factor: languageFavourFactor(weight) }));
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
      const ranked = this.ranker?.rank({
        query: fts,
        filters,
        favoured: favouredLanguages,
        articles: frozen?.articles ?? this.articles,
        frozen,
        membership,
        size,
        after,
      });
      if (ranked !== undefined && ranked !== null) {
        const statistics = ranked.statistics;
        const snapshot =
          frozen !== null
            ? encodeStatistics(frozen)
            : statistics !== null && ranked.hits.length > 0
              ? encodeStatistics({ ...statistics, articles: this.articles })
              : undefined;
        return { hits: ranked.hits, snapshot };
      }
      const shape: Shape = { near, replay: frozen !== null, single };
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
      const snapshot =
        frozen === null
          ? liveStatistics(rows[0], this.articles, fts.forms.length)
          : encodeStatistics(frozen);
      return { hits, snapshot };
    };
    // A cursor is ranked with the index's own statistics when they are still the cursor's (the
    // same doubles, see `clauseScores`), and with the cursor's (`replay`) when they have
    // changed. Every write moves FTS5's row or token count, so those are compared first: a page
    // after a write is ranked once, replayed, rather than live and then again; one whose counts
    // agree is ranked live and checked on that ranking's own statistics (a write may replace an
    // article with one of the same length, or land in between). A collapsed list ranks from its
    // start, with the cursor's statistics too.
    const cursorSnapshot = query.after?.snapshot;
    const frozen = decodeStatistics(cursorSnapshot, fts.forms.length);
    let unchanged: boolean | undefined;
    const rank: Rank = (size, after) => {
      if (frozen === null) return run(size, after, null);
      unchanged ??= this.sameAverages(frozen);
      if (unchanged) {
        const live = run(size, after, null);
        if (live.hits.length > 0 && live.snapshot === cursorSnapshot) return live;
        unchanged = false;
      }
      return run(size, after, frozen);
    };
    // An article of a story outside a collapsed page's first window matters only if it matches:
    // one in none of the membership expression's lists is in no window. A query without such an
    // expression (one FTS5 cannot test in one go) is taken to match.
    const mayMatch: MayMatch =
      membership === null
        ? () => true
        : (doc) => Number(this.matchesArticle.get(membership, doc)) > 0;
    return this.page(
      query,
      entry,
      JSON.stringify(favoured),
      rank,
      () => {
        // Marked as the query is planned when not relaxed, so that plan serves both.
        const snippet = snippetMaker(query.clauses, undefined, query.relaxed ? undefined : plan);
        return (row) => snippet(row.body);
      },
      mayMatch,
    );
  }

  /** Whether the index's article, row and token counts are still those of `frozen`. */
  private sameAverages(frozen: RankingStatistics): boolean {
    const row = this.averages.get() as { rows?: unknown; tokens?: unknown } | undefined;
    return (
      row?.rows === frozen.rows && row.tokens === frozen.tokens && this.articles === frozen.articles
    );
  }

  /** The page of hits a ranking gives: every article, or one per story. */
  private page(
    query: SearchQuery,
    entry: CachedQuery,
    ranking: string,
    rank: Rank,
    snippets: () => (row: HitRow) => string,
    mayMatch: MayMatch,
  ): SearchPage {
    const key = JSON.stringify([query.languages ?? null, ranking]);
    const total = filteredTotal(query, entry.facets);
    const browsing = query.clauses.length === 0;
    const score = (row: HitRow) => (browsing ? 0 : row.rank_value);
    if (!query.collapse) {
      const ranked = rankedPage(query, entry, key, rank);
      const rows = this.hitRows(ranked.hits);
      const snippet = snippets();
      const hits = rows.map((row) =>
        toHit(row, score(row), () => snippet(row), undefined, ranked.snapshot),
      );
      return { total, hits, facets: entry.facets };
    }
    const collapsed = this.collapsed(query, entry, key, rank, mayMatch);
    const stories = new Map(collapsed.stories.map((story) => [story.head.id, story]));
    const rows = this.hitRows([...stories.values()].map((story) => story.head));
    const versions = this.versions(
      [...stories.values()].flatMap((s) => s.others.slice(0, MAX_OTHER_VERSIONS)),
    );
    const snippet = snippets();
    // By id: an article deleted since it was ranked has no row, and its story is left out.
    const hits = rows.flatMap((row) => {
      const story = stories.get(row.id);
      if (story === undefined) return [];
      const others = story.others
        .slice(0, MAX_OTHER_VERSIONS)
        .flatMap((o) => versions.get(o.id) ?? [])
        .sort(oldestFirst);
      return [toHit(row, score(row), () => snippet(row), { story, others }, collapsed.snapshot)];
    });
    return { total, totalStories: entry.stories, hits, facets: entry.facets };
  }

  /**
   * The stories of a collapsed page: the ranking from its start, over a window that grows until
   * it holds the page (see `collapsePage`), kept for the next pages as `rankedPage` keeps its.
   */
  private collapsed(
    query: SearchQuery,
    entry: CachedQuery,
    key: string,
    rank: Rank,
    mayMatch: MayMatch,
  ): { stories: CollapsedStory[]; snapshot: string | undefined } {
    const first = this.collapsedInFirstWindow(query, entry, key, rank, mayMatch);
    if (first !== null) return first;
    let window = COLLAPSE_WINDOW;
    for (;;) {
      const kept = entry.ranked;
      let ranked: RankedPage;
      let complete: boolean;
      if (
        kept !== undefined &&
        kept.key === key &&
        sameRanking(kept, query.after) &&
        (kept.complete || kept.hits.length >= window)
      ) {
        ranked = kept;
        complete = kept.complete;
      } else {
        ranked = rank(window, undefined);
        complete = ranked.hits.length < window;
        entry.ranked = { key, ...ranked, complete };
      }
      const page = this.collapsedPage(query, ranked, complete);
      if (page !== null) return { stories: page, snapshot: ranked.snapshot };
      window = Math.max(window, ranked.hits.length) * 4;
    }
  }

  /**
   * The stories of a collapsed page as `collapsed` makes them, from a ranking of
   * `FIRST_COLLAPSE_WINDOW` articles, or null when that window cannot tell: too few stories
   * follow the cursor in it, or a story on the page has an article outside it (which the
   * window of `COLLAPSE_WINDOW` might hold). Null too when the longer window is kept already.
   */
  private collapsedInFirstWindow(
    query: SearchQuery,
    entry: CachedQuery,
    key: string,
    rank: Rank,
    mayMatch: MayMatch,
  ): { stories: CollapsedStory[]; snapshot: string | undefined } | null {
    const kept = entry.ranked;
    const usable = kept !== undefined && kept.key === key && sameRanking(kept, query.after);
    if (usable && (kept.complete || kept.hits.length >= COLLAPSE_WINDOW)) return null;
    let ranked: RankedPage;
    let complete: boolean;
    if (usable && kept.hits.length >= FIRST_COLLAPSE_WINDOW) {
      ranked = kept;
      complete = false;
    } else {
      ranked = rank(FIRST_COLLAPSE_WINDOW, undefined);
      complete = ranked.hits.length < FIRST_COLLAPSE_WINDOW;
      entry.ranked = { key, ...ranked, complete };
    }
    const page = this.collapsedPage(query, ranked, complete);
    if (page === null || (!complete && !this.wholeStories(query, page, mayMatch))) return null;
    return { stories: page, snapshot: ranked.snapshot };
  }

  /** The page `collapsePage` makes of a ranking, each article in the story it was ranked in. */
  private collapsedPage(
    query: SearchQuery,
    ranked: RankedPage,
    complete: boolean,
  ): CollapsedStory[] | null {
    const stories = this.storyIds(ranked.hits);
    return collapsePage(
      ranked.hits,
      (id) => stories.get(id) ?? id,
      query.after,
      query.size,
      complete,
    );
  }

  /**
   * Whether no story of a page can have an article beyond the window it was collapsed in: each
   * of its articles that passes the filters is in the window already (as its head or among its
   * others), or matches none of the query's forms.
   */
  private wholeStories(
    query: SearchQuery,
    stories: readonly CollapsedStory[],
    mayMatch: MayMatch,
  ): boolean {
    if (stories.length === 0) return true;
    const shown = new Set<string>();
    for (const story of stories) {
      shown.add(story.head.id);
      for (const other of story.others) shown.add(other.id);
    }
    const articles = this.storyArticles.all({
      ...filterParameters(query),
      stories: JSON.stringify(stories.map((s) => s.storyId)),
    }) as [number, string][];
    return articles.every(([doc, id]) => shown.has(id) || !mayMatch(doc));
  }

  /** The story of each ranked article, as its ranking read it. */
  private storyIds(ranked: readonly Ranked[]): Map<string, string> {
    const stories = new Map<string, string>();
    for (const { id, story_id } of ranked) {
      if (typeof story_id === 'string' && story_id !== '') stories.set(id, story_id);
    }
    return stories;
  }

  /** How the other versions of the page's stories are shown. */
  private versions(articles: readonly Ranked[]): Map<string, StoryVersion> {
    const versions = new Map<string, StoryVersion>();
    if (articles.length === 0) return versions;
    for (const row of this.versionColumns.all({
      ids: JSON.stringify(articles.map((a) => a.id)),
    })) {
      const version = storyVersionFromRow(row);
      versions.set(version.id, version);
    }
    return versions;
  }

  /** A query's cache entry, made by `counts` when missing or when the index has changed. */
  private cached(key: string, counts: (version: string) => Counts): CachedQuery {
    const version = this.version();
    if (version !== this.cacheVersion) {
      this.cache.clear();
      this.cacheVersion = version;
      this.articles = Number(this.articleCount.get());
    }
    let entry = this.cache.get(key);
    if (entry === undefined) {
      entry = counts(version);
      if (this.cache.size >= CACHED_QUERIES) {
        const oldest = this.cache.keys().next().value;
        if (oldest !== undefined) this.cache.delete(oldest);
      }
    } else {
      // Least recently used goes first: a query asked again and again (the search page's
      // opening list, browsed with no words) stays kept while one-off queries pass through.
      this.cache.delete(key);
    }
    this.cache.set(key, entry);
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

function storyVersionFromRow(row: unknown): StoryVersion {
  const r = row as Record<string, unknown>;
  const text = (value: unknown) => (typeof value === 'string' ? value : null);
  return {
    id: String(r.id),
    title: String(r.title),
    language: String(r.language),
    source: text(r.source),
    publishedAt: text(r.published_at),
  };
}

/**
 * The ranked hits of one page. The first page of a query ranks its first `RANKED_KEPT` hits and
 * keeps them; a later page that falls within them is read from them, so following a cursor does
 * not rank the earlier pages again. The kept values are the very doubles the cursor carries, so
 * the page boundary is exact.
 */
function rankedPage(query: SearchQuery, entry: CachedQuery, key: string, rank: Rank): RankedPage {
  const { after, size } = query;
  const kept = entry.ranked;
  if (kept !== undefined && kept.key === key && sameRanking(kept, after)) {
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

/**
 * Whether kept hits are the ranking a cursor continues: one without statistics continues any,
 * one with them only the ranking made with the same (see ranking-snapshot.ts).
 */
function sameRanking(kept: RankedPage, after: SortPosition | undefined): boolean {
  return after?.snapshot === undefined || kept.snapshot === after.snapshot;
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

function pageParameters(query: SearchQuery): Omit<PageParameters, keyof FilterParameters> {
  return {
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
  collapsed?: { story: CollapsedStory; others: StoryVersion[] },
  snapshot?: string,
): SearchHit & { sort: SortPosition } {
  let made: string | undefined;
  return {
    id: row.id,
    key: row.key,
    title: row.title,
    language: row.language,
    source: row.source,
    publishedAt: row.published_at,
    score,
    get snippet() {
      made ??= snippet();
      return made;
    },
    storyId: collapsed?.story.storyId ?? row.story_id,
    storySize: collapsed ? collapsed.story.others.length + 1 : 1,
    otherVersions: collapsed?.others ?? [],
    sort: {
      primary: row.rank_value,
      id: row.id,
      ...(collapsed ? { stories: collapsed.story.position } : {}),
      ...(snapshot ? { snapshot } : {}),
    },
  };
}
