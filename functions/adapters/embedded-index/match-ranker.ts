import type Database from 'better-sqlite3';
import { COORDINATION, FIELD_WEIGHTS, PROXIMITY } from '../../core/search/ranking.ts';
import type { SortPosition } from '../../core/search/search-query.ts';
import type { FacetColumns } from './facet-columns.ts';
import { FormScorer } from './form-scores.ts';
import { FrequentTerms, type FrequentTermsBudget } from './frequent-terms.ts';
import type { EmbeddedQuery, FormKind } from './match-expression.ts';
import { queryMembers, unionOf } from './member-lists.ts';
import type { RankingStatistics } from './ranking-snapshot.ts';
import {
  DAYS_MATCH,
  type FilterParameters,
  LANGUAGES_MATCH,
  SOURCES_MATCH,
} from './search-facets.ts';

// The ranking of `article-search.ts` (its `clauseScores` and `scoredMatches` statement), carried
// out in JavaScript over each form's matches as FTS5 lists them. SQLite's row machinery (a row
// per form and article stored, counted, grouped by article, summed, joined to `article_facts`
// and sorted) cost three quarters of a common word's ranking; here the per-form rows stream
// into typed arrays, are summed per article, and only the articles that can still reach the
// page are looked up in `article_facts` for the language favour.
//
// The scores are the statement's doubles, bit for bit, so the two can stand in for each other
// (a cursor made by one is continued by the other, and a test holds them equal on random
// queries): every value SQLite computes once per query (`ln`, the forms' weights as SQLite reads
// them from JSON, the rules' constants as it parses them) is read from SQLite; the arithmetic
// per row is the statement's, operation for operation; and sums are SQLite's `sum()`, which
// adds with Kahan-Babuska-Neumaier compensation (`kbnAdd` below, func.c), in the statement's
// order.

/** bm25 weights in `article_terms` column order (title, body, names, translit, sounds). */
export const BM25 = `bm25(article_terms, ${FIELD_WEIGHTS.title}, ${FIELD_WEIGHTS.body}, ${FIELD_WEIGHTS.names}, 1, 1)`;

/** Whether a search has no filter: then every match is scored (see `article-search.ts`). */
export const UNFILTERED = `(@languages IS NULL AND @sources IS NULL AND @publishedFrom IS NULL
    AND @publishedTo IS NULL)`;

const FILTERS = `${LANGUAGES_MATCH} AND ${SOURCES_MATCH} AND ${DAYS_MATCH}`;

// A form's matches with their bm25 (as `hits` in article-search.ts: the filters' verdict is read
// from `article_facts`), and for a replay each article's length, as `measured` reads it.
// `@members`, when set, lists the only articles that can match the query (see `members`): bm25
// is then spent on them alone. (`+` keeps the list a check on FTS5's rows: offered to FTS5 as a
// rowid constraint, it makes a lookup per listed article.)
const MEMBERS = '(@members IS NULL OR +t.rowid IN (SELECT value FROM json_each(@members)))';
const FORM_MATCHES = `SELECT t.rowid, -${BM25}
FROM article_terms t
WHERE t.article_terms MATCH @expression AND ${MEMBERS} AND (${UNFILTERED}
  OR EXISTS (SELECT 1 FROM article_facts f WHERE f.doc = t.rowid AND ${FILTERS}))`;
const FORM_MATCHES_MEASURED = `SELECT t.rowid, -${BM25}, fts_length(d.sz)
FROM article_terms t JOIN article_terms_docsize d ON d.id = t.rowid
WHERE t.article_terms MATCH @expression AND ${MEMBERS} AND (${UNFILTERED}
  OR EXISTS (SELECT 1 FROM article_facts f WHERE f.doc = t.rowid AND ${FILTERS}))`;
// The same with the filters tested by `ranker_filter` over the reader's facet columns
// (facet-columns.ts) instead of by `EXISTS` over `article_facts`: in `WHERE`, so bm25 is still
// computed only for the articles that pass. The `EXISTS` cost 1–3 µs a match (a B-tree descent
// into `article_facts` and the filters' JSON lists); the call costs a few array reads.
const TESTED = 'ranker_filter(t.rowid)';
const FORM_MATCHES_TESTED = `SELECT t.rowid, -${BM25}
FROM article_terms t
WHERE t.article_terms MATCH @expression AND ${MEMBERS} AND ${TESTED}`;
const FORM_MATCHES_MEASURED_TESTED = `SELECT t.rowid, -${BM25}, fts_length(d.sz)
FROM article_terms t JOIN article_terms_docsize d ON d.id = t.rowid
WHERE t.article_terms MATCH @expression AND ${MEMBERS} AND ${TESTED}`;
const FORM_COUNT = 'SELECT count(*) FROM article_terms t WHERE t.article_terms MATCH ?';
const MEMBER_DOCS = 'SELECT rowid FROM article_terms WHERE article_terms MATCH ?';
const PAIR_MATCHES = 'SELECT t.rowid FROM article_terms t WHERE t.article_terms MATCH ?';
// The forms' weights as the statement reads them (`value ->> 3`), so the very same doubles.
const WEIGHTS = 'SELECT value ->> 3 FROM json_each(?) ORDER BY key';
// Lucene's idf over FTS5's, as `clauses` computes it per row: the same `ln` calls, once a form.
const IDF = `SELECT ln(1 + (@articles - @n + 0.5) / (@n + 0.5)),
  max(1e-6, ln((@articles - @n + 0.5) / (@n + 0.5)))`;
// FTS5's own idf, floored, as `clauseScores` recomputes it for a replay.
const FTS_IDF = `SELECT CASE WHEN ln((@rows - @n + 0.5) / (@n + 0.5)) <= 0 THEN 1e-6
  ELSE ln((@rows - @n + 0.5) / (@n + 0.5)) END`;
const AVERAGES = `SELECT fts_rows(block), fts_tokens(block) FROM article_terms_data WHERE id = 1`;
// The rules' constants and bm25's as SQLite parses them from the statement's text.
const CONSTANTS = `SELECT ${PROXIMITY.weight}, ${COORDINATION}, 1.2, 0.75, 1 - 0.75, 1.2 + 1.0`;
const FACTS = `SELECT doc, id, language, story_id FROM article_facts
WHERE doc IN (SELECT value FROM json_each(?))`;

/** The test `ranker_filter` applies on each connection: the ranking's under way, if any. */
const filterTests = new WeakMap<Database.Database, { test: ((doc: number) => boolean) | null }>();

/** Registers `ranker_filter(rowid)` on the connection, once. */
function registerFilterTest(db: Database.Database): { test: ((doc: number) => boolean) | null } {
  let state = filterTests.get(db);
  if (state === undefined) {
    const current: { test: ((doc: number) => boolean) | null } = { test: null };
    state = current;
    filterTests.set(db, current);
    // Not deterministic: its answer is the filters of the ranking under way.
    db.function('ranker_filter', (doc: unknown) => {
      if (current.test === null) throw new Error('ranker_filter called outside a ranking');
      return typeof doc === 'number' && current.test(doc) ? 1 : 0;
    });
  }
  return state;
}

/** Where the ranker tests the filters: the reader's facet columns, and the index's version. */
export interface FilterColumns {
  columns: FacetColumns;
  /** The connection's `data_version` and own writes (for a file without the change log). */
  version: () => string;
}

/** One ranked article, as the statement returns it. */
export interface RankedArticle {
  id: string;
  rank_value: number;
  story_id: string;
}

/** What a ranking needs beyond the query's forms. */
export interface RankingRequest {
  query: EmbeddedQuery;
  filters: FilterParameters;
  /** The languages the query favours, each with its factor, in order (`CASE` takes the first). */
  favoured: ReadonlyArray<{ language: string; factor: number }>;
  /** The article count Lucene's idf uses: the index's, or the cursor's for a replay. */
  articles: number;
  /** The cursor's statistics, when the page is ranked with them (a replay). */
  frozen: RankingStatistics | null;
  /**
   * The query's articles as one FTS5 boolean expression (`membershipExpression`), or null:
   * when it ANDs several clauses, only its articles are scored.
   */
  membership: string | null;
  size: number;
  after: SortPosition | undefined;
}

/** The page, with the statistics it was ranked with (null for a replay: the cursor's). */
export interface RankingResult {
  hits: RankedArticle[];
  statistics: { rows: number; tokens: number; matched: number[] } | null;
}

/** SQLite's `sum()` of doubles: a running sum and its Kahan-Babuska-Neumaier error term. */
function kbnAdd(sums: Float64Array, errors: Float64Array, at: number, value: number): void {
  const s = sums[at] ?? 0;
  const t = s + value;
  if (Math.abs(s) > Math.abs(value)) errors[at] = (errors[at] ?? 0) + (s - t + value);
  else errors[at] = (errors[at] ?? 0) + (value - t + s);
  sums[at] = t;
}

/** The value `sum()` returns: the sum corrected by its error term, unless that overflowed. */
function kbnResult(sums: Float64Array, errors: Float64Array, at: number): number {
  const s = sums[at] ?? 0;
  const e = errors[at] ?? 0;
  return Number.isFinite(e) ? s + e : s;
}

/** SQLite's `round(x)`: half away from zero, by adding a half and truncating. */
function sqliteRound(x: number): number {
  return x < 0 ? -Math.trunc(-x + 0.5) : Math.trunc(x + 0.5);
}

/** SQLite's BINARY order of two texts: UTF-8 bytes, which is code point order. */
function compareText(a: string, b: string): number {
  if (a === b) return 0;
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; ) {
    const x = a.codePointAt(i) ?? 0;
    const y = b.codePointAt(i) ?? 0;
    if (x !== y) return x < y ? -1 : 1;
    i += x > 0xffff ? 2 : 1;
  }
  return a.length - b.length;
}

/**
 * The matches a filter's `test` and the members keep, in their order: what FTS5 lists when
 * they are part of its statement (`FORM_MATCHES_TESTED`, `MEMBERS`).
 */
function keptScores(
  docs: Float64Array,
  scores: Float64Array,
  test: ((doc: number) => boolean) | null,
  members: Set<number> | null,
): { docs: Float64Array; scores: Float64Array } {
  const keptDocs = new Float64Array(docs.length);
  const keptScores = new Float64Array(docs.length);
  let n = 0;
  for (let i = 0; i < docs.length; i++) {
    const doc = docs[i] as number;
    if (members !== null && !members.has(doc)) continue;
    if (test !== null && !test(doc)) continue;
    keptDocs[n] = doc;
    keptScores[n++] = scores[i] as number;
  }
  return { docs: keptDocs.subarray(0, n), scores: keptScores.subarray(0, n) };
}

/** The `k`-th largest of `values` (1 ≤ k ≤ length), by quickselect: it reorders `values`. */
function kthLargest(values: Float64Array, k: number): number {
  const target = values.length - k;
  let lo = 0;
  let hi = values.length - 1;
  while (lo < hi) {
    const pivot = values[(lo + hi) >> 1] as number;
    let i = lo;
    let j = hi;
    while (i <= j) {
      while ((values[i] as number) < pivot) i++;
      while ((values[j] as number) > pivot) j--;
      if (i <= j) {
        const swap = values[i] as number;
        values[i] = values[j] as number;
        values[j] = swap;
        i++;
        j--;
      }
    }
    if (target <= j) hi = j;
    else if (target >= i) lo = i;
    else break;
  }
  return values[target] as number;
}

/** Rows of numbers kept column by column in typed arrays that grow as rows come. */
class Columns {
  length = 0;
  private columns: Float64Array[];

  constructor(width: number) {
    this.columns = Array.from({ length: width }, () => new Float64Array(1024));
  }

  push(row: readonly number[]): void {
    if (this.length === (this.columns[0] as Float64Array).length) {
      this.columns = this.columns.map((column) => {
        const grown = new Float64Array(column.length * 2);
        grown.set(column);
        return grown;
      });
    }
    for (let c = 0; c < this.columns.length; c++) {
      (this.columns[c] as Float64Array)[this.length] = row[c] as number;
    }
    this.length++;
  }

  /** A column's values, as a view of its array. */
  column(c: number): Float64Array {
    return (this.columns[c] as Float64Array).subarray(0, this.length);
  }
}

/** Row ids to slots: the lookups `Map` offers, over what suits the ids listed. */
interface SlotIndex {
  has(doc: number): boolean;
  get(doc: number): number | undefined;
  set(doc: number, slot: number): void;
}

/**
 * A slot index for the row ids of `lists`: an array indexed by row id when the largest is not
 * far beyond their number (row ids are the articles' and dense; a `Map` of 50,000 entries cost
 * a few milliseconds a query), else a `Map`.
 */
function slotIndex(lists: readonly Float64Array[]): SlotIndex {
  let largest = -1;
  let listed = 0;
  for (const list of lists) {
    listed += list.length;
    for (const d of list) {
      if (!(Number.isInteger(d) && d >= 0)) return new Map<number, number>();
      if (d > largest) largest = d;
    }
  }
  if (largest >= 4 * listed + 65_536) return new Map<number, number>();
  // Slot + 1, so that the zeroed array means "none".
  const slots = new Int32Array(largest + 1);
  return {
    has: (doc) => doc >= 0 && doc <= largest && slots[doc] !== 0,
    get: (doc) => {
      const slot = doc >= 0 && doc <= largest ? (slots[doc] as number) : 0;
      return slot === 0 ? undefined : slot - 1;
    },
    set: (doc, slot) => {
      slots[doc] = slot + 1;
    },
  };
}

function isNumber(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}

/** The articles a query matches, scored and cut to one page, without SQLite's row machinery. */
export class MatchRanker {
  private readonly formMatches: Database.Statement;
  private readonly formMatchesMeasured: Database.Statement;
  private readonly tested: {
    formMatches: Database.Statement;
    formMatchesMeasured: Database.Statement;
    state: { test: ((doc: number) => boolean) | null };
    columns: FilterColumns;
  } | null;
  private readonly formCount: Database.Statement;
  private readonly memberDocs: Database.Statement;
  private readonly pairMatches: Database.Statement;
  private readonly weights: Database.Statement;
  private readonly idf: Database.Statement;
  private readonly ftsIdf: Database.Statement;
  private readonly averages: Database.Statement;
  private readonly facts: Database.Statement;
  private readonly constants: {
    proximity: number;
    coordination: number;
    k1: number;
    b: number;
    oneMinusB: number;
    k1PlusOne: number;
  };
  private readonly inSnapshot: (request: RankingRequest) => RankingResult | null;
  /** bm25 of one-term forms from their instances and the articles' lengths (form-scores.ts). */
  private readonly scorer: FormScorer | null;
  /** The frequent terms' postings the scorer reads (frequent-terms.ts), empty until built. */
  private readonly tier: FrequentTerms | null;
  /**
   * The last query's matches from memory and the index's version they hold for: the facets
   * list them, then the ranking of the same query needs them again (`matchesFromMemory`).
   */
  private lastMatches: {
    key: string;
    version: string;
    matches: { docs: number[]; counts: number[] } | null;
  } | null = null;

  /** `columns`, when given, test the filters instead of `article_facts` (see `TESTED`). */
  constructor(
    private readonly db: Database.Database,
    columns: FilterColumns | null = null,
  ) {
    this.formMatches = db.prepare(FORM_MATCHES).raw();
    this.formMatchesMeasured = db.prepare(FORM_MATCHES_MEASURED).raw();
    if (columns === null) this.tested = null;
    else {
      const state = registerFilterTest(db);
      this.tested = {
        formMatches: db.prepare(FORM_MATCHES_TESTED).raw(),
        formMatchesMeasured: db.prepare(FORM_MATCHES_MEASURED_TESTED).raw(),
        state,
        columns,
      };
    }
    this.formCount = db.prepare(FORM_COUNT).pluck();
    this.memberDocs = db.prepare(MEMBER_DOCS).pluck();
    this.pairMatches = db.prepare(PAIR_MATCHES).pluck();
    this.weights = db.prepare(WEIGHTS).pluck();
    this.idf = db.prepare(IDF).raw();
    this.ftsIdf = db.prepare(FTS_IDF).pluck();
    this.averages = db.prepare(AVERAGES).raw();
    this.facts = db.prepare(FACTS).raw();
    const [proximity, coordination, k1, b, oneMinusB, k1PlusOne] = db
      .prepare(CONSTANTS)
      .raw()
      .get() as number[];
    this.constants = {
      proximity: proximity ?? PROXIMITY.weight,
      coordination: coordination ?? COORDINATION,
      k1: k1 ?? 1.2,
      b: b ?? 0.75,
      oneMinusB: oneMinusB ?? 0.25,
      k1PlusOne: k1PlusOne ?? 2.2,
    };
    this.tier = columns === null ? null : new FrequentTerms(db);
    this.scorer = columns === null ? null : new FormScorer(db, this.constants, null, this.tier);
    // One read transaction: every form is counted and listed in the same state of the index,
    // as the single statement saw it, even while another connection commits.
    this.inSnapshot = db.transaction((request: RankingRequest) => this.ranked(request));
  }

  /**
   * One page of the ranking, or null when the query falls outside what this ranker reproduces
   * exactly (an idf SQLite would make NULL): the statement ranks it then.
   */
  rank(request: RankingRequest): RankingResult | null {
    return this.inSnapshot(request);
  }

  /**
   * Reads what the first search would otherwise read (the articles' lengths: about 41 ms of CPU
   * at 103,000 articles), in a read transaction of its own.
   */
  warmUp(frequentTerms: FrequentTermsBudget | null = null): void {
    const { scorer, tested } = this;
    if (scorer === null || tested === null) return;
    this.db.transaction(() => scorer.loadLengths(tested.columns.version()))();
    if (frequentTerms !== null) this.tier?.build(frequentTerms);
  }

  /**
   * The articles a query matches, from the frequent terms' postings when at least one of its
   * forms is a kept term (the other forms' articles listed by FTS5, each alone), in row id
   * order; null otherwise (FTS5 lists them). A query of one clause (any of its forms), or of
   * several (`queryMembers`, which leaves some shapes to FTS5). In the caller's read
   * transaction, as the facets are counted; the ranking that follows in the same state of the
   * index takes its members from here too (`members`).
   */
  keptMembers(query: EmbeddedQuery): number[] | null {
    return this.matchesFromMemory(query)?.docs ?? null;
  }

  /** `keptMembers`, with each form's number of matches (FTS5's `count(*)` of it). */
  private matchesFromMemory(query: EmbeddedQuery): { docs: number[]; counts: number[] } | null {
    const scorer = this.scorer;
    const tested = this.tested;
    if (scorer === null || tested === null || query.forms.length === 0) return null;
    const version = tested.columns.version();
    const key = JSON.stringify([query.forms, query.required, query.optional, query.minimum]);
    const last = this.lastMatches;
    if (last !== null && last.key === key && last.version === version) return last.matches;
    const matches = this.listedMatches(query, scorer);
    this.lastMatches = { key, version, matches };
    return matches;
  }

  private listedMatches(
    query: EmbeddedQuery,
    scorer: FormScorer,
  ): { docs: number[]; counts: number[] } | null {
    const clauses = new Map<number, { kind: FormKind; forms: number[] }>();
    query.forms.forEach(([, clause, kind], f) => {
      const entry = clauses.get(clause) ?? { kind, forms: [] };
      entry.forms.push(f);
      clauses.set(clause, entry);
    });
    const all = [...clauses.values()];
    const of = (kind: FormKind) => all.filter((c) => c.kind === kind).length;
    if (of('r') !== query.required || of('o') !== query.optional) return null;
    // The shapes `queryMembers` answers, before anything is listed.
    const { required, optional, minimum } = query;
    if (required === 0 && (optional === 0 || (minimum > 1 && minimum < optional))) return null;
    // Each form's articles from the postings when its term is kept, else from FTS5 (a rare
    // form's few matches): worth it when one is kept, the common word's own.
    const kept = query.forms.map(([expression]) => scorer.keptMatches(expression));
    if (kept.every((docs) => docs === null)) return null;
    const lists = kept.map(
      (docs, f) => docs ?? (this.memberDocs.all(query.forms[f]?.[0]) as number[]),
    );
    const counts = lists.map((list) => list.length);
    const clauseLists = all.map(({ kind, forms }) => ({
      kind,
      docs: unionOf(forms.map((f) => lists[f] as number[])),
    }));
    const docs = queryMembers(query, clauseLists);
    return docs === null ? null : { docs, counts };
  }

  /** Starts reading the frequent terms' postings in steps (`FrequentTerms.buildStep`). */
  startFrequentTerms(budget: FrequentTermsBudget): void {
    this.tier?.startBuild(budget);
  }

  /** One step of reading the frequent terms' postings; false when done. */
  frequentTermsStep(): boolean {
    return this.tier?.buildStep() ?? false;
  }

  /** Whether the frequent terms should be chosen again (`FrequentTerms.selectionStale`). */
  frequentTermsStale(): boolean {
    return this.tier?.selectionStale() ?? false;
  }

  private ranked(request: RankingRequest): RankingResult | null {
    const { filters } = request;
    const unfiltered =
      filters.languages === null &&
      filters.sources === null &&
      filters.publishedFrom === null &&
      filters.publishedTo === null;
    const tested = this.tested;
    if (unfiltered || tested === null) {
      return this.rankedWith(request, unfiltered, this.formMatches, this.formMatchesMeasured);
    }
    // The columns are brought up to date in this read transaction, so they hold what the
    // matches are listed from.
    tested.state.test = tested.columns.columns.filter(filters, tested.columns.version());
    try {
      return this.rankedWith(request, false, tested.formMatches, tested.formMatchesMeasured);
    } finally {
      tested.state.test = null;
    }
  }

  private rankedWith(
    request: RankingRequest,
    unfiltered: boolean,
    formMatches: Database.Statement,
    formMatchesMeasured: Database.Statement,
  ): RankingResult | null {
    const { query, filters, frozen } = request;
    const averages = this.averages.get() as [unknown, unknown] | undefined;
    if (averages === undefined || !isNumber(averages[0]) || !isNumber(averages[1])) return null;
    const [rows, tokens] = averages;
    const forms = query.forms;
    const weights = this.weights.all(JSON.stringify(forms)) as unknown[];

    // Each form's matches (its rowids and bm25, and for a replay each article's length) and
    // the number of articles it matches whatever the filters, its idf's `n`.
    const { members, memberDocs, counts } = this.members(request);
    // FTS5 scores only what the filters and members keep; listing a form's instances scores
    // every match, so it is taken for that share of them (`FormScorer.worthListing`).
    const test = unfiltered ? null : (this.tested?.state.test ?? null);
    let share: number | undefined;
    const shareOf = () => {
      share ??= this.expectedShare(test, memberDocs, counts);
      return share;
    };
    const docs: Float64Array[] = [];
    const scores: Float64Array[] = [];
    const matched: number[] = [];
    let total = 0;
    for (let f = 0; f < forms.length; f++) {
      const [expression] = forms[f] as (typeof forms)[number];
      // Without a cursor's statistics, a form of one term can be scored from its instances,
      // the same doubles FTS5 gives; the filters and members then keep their share of them.
      const computed =
        this.scorer !== null && this.tested !== null && frozen === null
          ? this.scorer.scores(expression, { rows, tokens }, this.tested.columns.version(), shareOf)
          : null;
      if (computed !== null) {
        matched.push(counts?.[f] ?? computed.docs.length);
        const kept =
          test === null && memberDocs === null
            ? computed
            : keptScores(computed.docs, computed.scores, test, memberDocs);
        docs.push(kept.docs);
        scores.push(kept.scores);
        total += kept.docs.length;
        continue;
      }
      // Row by row into typed arrays: each row's array is garbage at once, where a list of
      // 50,000 of them lived long enough to be promoted and grew the old generation.
      const matches = (frozen === null ? formMatches : formMatchesMeasured).iterate({
        expression,
        members,
        ...filters,
      }) as IterableIterator<number[]>;
      const listed = new Columns(frozen === null ? 2 : 3);
      for (const row of matches) listed.push(row);
      const doc = listed.column(0);
      const fts = listed.column(1);
      const lengths = frozen === null ? null : listed.column(2);
      const n =
        counts?.[f] ?? (unfiltered ? listed.length : (this.formCount.get(expression) as number));
      matched.push(n);
      docs.push(doc);
      scores.push(
        lengths === null || frozen === null
          ? fts
          : this.replayed(
              fts,
              lengths,
              { n, rows, tokens },
              frozen,
              frozen.matched[matched.length - 1] ?? 0,
            ),
      );
      total += listed.length;
    }
    if (frozen !== null && scores.some((s) => s.length > 0 && Number.isNaN(s[0]))) return null;

    // Each form's score per article, summed per clause in form order (`clauses`).
    const clauseOf = forms.map(([, clause]) => clause);
    const clauseCount = Math.max(0, ...clauseOf) + 1;
    const kinds: FormKind[] = new Array(clauseCount).fill('o');
    for (const [, clause, kind] of forms) kinds[clause] = kind;
    // A slot per matching article, in the order the forms list them; then the arrays, sized
    // by articles rather than by matches.
    const slotOf = slotIndex(docs);
    const slotDoc = new Float64Array(total);
    let slots = 0;
    for (const doc of docs) {
      for (const d of doc) {
        if (slotOf.has(d)) continue;
        slotOf.set(d, slots);
        slotDoc[slots++] = d;
      }
    }
    const sums = new Float64Array(slots * clauseCount);
    const errors = new Float64Array(slots * clauseCount);
    const seen = new Uint8Array(slots * clauseCount);
    const idfArticles = request.articles;
    for (let f = 0; f < forms.length; f++) {
      const doc = docs[f] as Float64Array;
      if (doc.length === 0) continue;
      const n = frozen === null ? (matched[f] as number) : (frozen.matched[f] ?? 0);
      const [lucene, floor] = this.idf.get({ articles: idfArticles, n }) as [unknown, unknown];
      const weight = weights[f];
      if (!isNumber(lucene) || !isNumber(floor) || !isNumber(weight)) return null;
      const fts = scores[f] as Float64Array;
      const clause = clauseOf[f] as number;
      for (let i = 0; i < doc.length; i++) {
        const at = (slotOf.get(doc[i] as number) as number) * clauseCount + clause;
        seen[at] = 1;
        kbnAdd(sums, errors, at, (weight * (fts[i] as number) * lucene) / floor);
      }
    }
    // Each clause's score, as `sum()` returns it.
    const clauseScore = sums;
    for (let at = 0; at < slots * clauseCount; at++) {
      if (seen[at] === 1) clauseScore[at] = kbnResult(sums, errors, at);
    }

    // The proximity bonus (`bonus`): per article, the scores of both clauses of each pair found
    // close together, in the order of the pairs and then of the clauses.
    const bonusSums = new Float64Array(query.pairs.length > 0 ? slots : 0);
    const bonusErrors = new Float64Array(bonusSums.length);
    const bonusSeen = new Uint8Array(bonusSums.length);
    const pairs = [...query.pairs].sort((a, b) => a[1] - b[1] || a[2] - b[2]);
    for (const [expression, first, second] of pairs) {
      const clauses =
        first === second ? [first] : [Math.min(first, second), Math.max(first, second)];
      // From the positions kept when both terms' are (form-scores.ts), else from FTS5.
      const near =
        this.scorer?.nearMatches(expression) ?? (this.pairMatches.all(expression) as number[]);
      for (const d of near) {
        const slot = slotOf.get(d);
        if (slot === undefined) continue;
        for (const clause of clauses) {
          const at = slot * clauseCount + clause;
          if (seen[at] !== 1) continue;
          bonusSeen[slot] = 1;
          kbnAdd(bonusSums, bonusErrors, slot, clauseScore[at] as number);
        }
      }
    }

    // Which articles match (`docs`, `scored`) and their relevance before the favour.
    const { proximity, coordination } = this.constants;
    const single = clauseCount === 1;
    const relevance = new Float64Array(slots);
    const keep = new Uint8Array(slots);
    const one = new Float64Array(1);
    const oneError = new Float64Array(1);
    for (let slot = 0; slot < slots; slot++) {
      let required = 0;
      let optional = 0;
      let excluded = false;
      one[0] = 0;
      oneError[0] = 0;
      let value = 0;
      for (let clause = 0; clause < clauseCount; clause++) {
        const at = slot * clauseCount + clause;
        if (seen[at] !== 1) continue;
        const kind = kinds[clause];
        if (kind === 'x') {
          excluded = true;
          continue;
        }
        if (kind === 'r') required++;
        else optional++;
        if (single) value = clauseScore[at] as number;
        else kbnAdd(one, oneError, 0, clauseScore[at] as number);
      }
      if (excluded || required !== query.required || optional < query.minimum) continue;
      if (!single) value = kbnResult(one, oneError, 0);
      if (query.pairs.length > 0) {
        value += proximity * (bonusSeen[slot] === 1 ? kbnResult(bonusSums, bonusErrors, slot) : 0);
      }
      if (query.optional >= 2) value *= 1 + (coordination * optional) / query.optional;
      relevance[slot] = value;
      keep[slot] = 1;
    }
    const hits =
      (this.tested === null
        ? null
        : this.pageByColumns(request, slotDoc, relevance, keep, slots, this.tested.columns)) ??
      this.page(request, slotDoc, relevance, keep, slots);
    return { hits, statistics: frozen === null ? { rows, tokens, matched } : null };
  }

  /**
   * The articles a query that ANDs several clauses can match (every required clause, and the
   * optional ones when all are needed), as a JSON list, or null. Two words of a query must both
   * be in an article, so scoring every match of the commoner one wastes its bm25 on articles
   * without the other: FTS5 intersects the clauses' lists itself, and only their common
   * articles are scored (each form's idf still counts all its matches). Null when one clause
   * decides alone or when the intersection is not much smaller than the lists (listing it
   * would cost more than it saves).
   */
  private members(request: RankingRequest): {
    members: string | null;
    memberDocs: Set<number> | null;
    counts: number[] | null;
  } {
    const { query, membership } = request;
    const needed = query.required + (query.minimum === query.optional ? query.optional : 0);
    if (membership === null || needed < 2) return { members: null, memberDocs: null, counts: null };
    const fromMemory = this.matchesFromMemory(query);
    const docs = fromMemory?.docs ?? (this.memberDocs.all(membership) as number[]);
    const counts =
      fromMemory?.counts ??
      query.forms.map(([expression]) => this.formCount.get(expression) as number);
    const matches = counts.reduce((sum, n) => sum + n, 0);
    return docs.length * 2 < matches
      ? { members: JSON.stringify(docs), memberDocs: new Set(docs), counts }
      : { members: null, memberDocs: null, counts };
  }

  /**
   * The share of a form's matches FTS5 would score: all without filters or members; the
   * members' share of the forms' matches (each form's, on average), times the share of the
   * index's articles the filters keep (a sample: `FormScorer.shareKept`).
   */
  private expectedShare(
    test: ((doc: number) => boolean) | null,
    memberDocs: Set<number> | null,
    counts: number[] | null,
  ): number {
    let share = 1;
    if (memberDocs !== null && counts !== null && counts.length > 0) {
      const matches = counts.reduce((sum, n) => sum + n, 0) / counts.length;
      share = matches === 0 ? 0 : Math.min(1, memberDocs.size / matches);
    }
    if (test !== null && this.scorer !== null && this.tested !== null) {
      share *= this.scorer.shareKept(test, this.tested.columns.version());
    }
    return share;
  }

  /**
   * A replay's scores (`measured`, `recovered`, `scored_hits`): bm25's term frequency read back
   * with the index's own statistics, and bm25 computed again with the cursor's.
   */
  private replayed(
    fts: Float64Array,
    lengths: Float64Array,
    index: { n: number; rows: number; tokens: number },
    frozen: RankingStatistics,
    frozenN: number,
  ): Float64Array {
    const { n, rows, tokens } = index;
    const f = fts.length;
    const out = new Float64Array(f);
    if (f === 0) return out;
    const live = this.ftsIdf.get({ rows, n });
    const then = this.ftsIdf.get({ rows: frozen.rows, n: frozenN });
    if (!isNumber(live) || !isNumber(then)) return out.fill(Number.NaN);
    const { k1, b, oneMinusB, k1PlusOne } = this.constants;
    const average = tokens / rows;
    const frozenAverage = frozen.tokens / frozen.rows;
    for (let i = 0; i < f; i++) {
      const length = lengths[i] as number;
      const part = (fts[i] as number) / live;
      const tf = sqliteRound(
        (part * (k1 * (oneMinusB + (b * length) / average))) / (k1PlusOne - part),
      );
      out[i] = then * ((tf * k1PlusOne) / (tf + k1 * (oneMinusB + (b * length) / frozenAverage)));
    }
    return out;
  }

  /**
   * The page as `page` makes it, with each article's language read from the reader's facet
   * columns (brought up to date in this read transaction) instead of `article_facts`: every
   * article's value is known at once, so only the page's articles (and those tied with its
   * last value) are looked up for their id and story, where `page` looked up every article
   * whose value the favour might lift onto the page (thousands for a word whose forms match
   * a few thousand articles, about 1 µs each). Null when it cannot answer exactly as `page`
   * does (a relevance that is not a number, or an article without its row): `page` answers.
   */
  private pageByColumns(
    request: RankingRequest,
    slotDoc: Float64Array,
    relevance: Float64Array,
    keep: Uint8Array,
    slots: number,
    columns: FilterColumns,
  ): RankedArticle[] | null {
    const { favoured, after } = request;
    const size = Math.max(0, Math.trunc(request.size));
    if (size === 0) return [];
    const { language, names } = columns.columns.languagesOf(columns.version());
    const factorOf = new Map<string, number>();
    for (const { language: name, factor } of favoured) {
      if (!factorOf.has(name)) factorOf.set(name, factor);
    }
    // Each language's factor by its number; NaN for one not favoured (its value is its relevance).
    const factors = new Float64Array(names.length + 1).fill(Number.NaN);
    for (let i = 0; i < names.length; i++) {
      const factor = factorOf.get(names[i] as string);
      if (factor !== undefined) factors[i + 1] = factor;
    }
    // The articles that can be on the page, with their values; those equal to the cursor's are
    // decided by their id, so they are looked up first.
    const candidate = new Int32Array(slots);
    const worth = new Float64Array(slots);
    let count = 0;
    const tied: number[] = [];
    for (let slot = 0; slot < slots; slot++) {
      if (keep[slot] !== 1) continue;
      const li = language[slotDoc[slot] as number] ?? 0;
      if (li === 0) continue;
      const factor = factors[li] as number;
      const r = relevance[slot] as number;
      const value = Number.isNaN(factor) ? r : r * factor;
      if (Number.isNaN(value)) return null;
      worth[slot] = value;
      if (after !== undefined && !(value < after.primary)) {
        if (value === after.primary) tied.push(slot);
        continue;
      }
      candidate[count++] = slot;
    }
    const found: RankedArticle[] = [];
    const lookUp = (wanted: readonly number[]): boolean => {
      if (wanted.length === 0) return true;
      const rows = this.facts.all(JSON.stringify(wanted.map((slot) => slotDoc[slot]))) as Array<
        [number, string, string, string]
      >;
      if (rows.length !== wanted.length) return false;
      const slotOf = new Map<number, number>(wanted.map((slot) => [slotDoc[slot] as number, slot]));
      for (const [doc, id, , storyId] of rows) {
        const value = worth[slotOf.get(doc) as number] as number;
        if (after !== undefined && value === after.primary && !(compareText(id, after.id) > 0)) {
          continue;
        }
        found.push({ id, rank_value: value, story_id: storyId });
      }
      return true;
    };
    if (!lookUp(tied)) return null;
    // Everything on the page is worth at least the size-th best value: the articles worth that
    // much (ties included) are the only ones looked up.
    const wanted: number[] = [];
    if (found.length + count <= size) {
      for (let i = 0; i < count; i++) wanted.push(candidate[i] as number);
    } else {
      const values = new Float64Array(found.length + count);
      for (let i = 0; i < found.length; i++) values[i] = (found[i] as RankedArticle).rank_value;
      for (let i = 0; i < count; i++) {
        values[found.length + i] = worth[candidate[i] as number] as number;
      }
      const least = kthLargest(values, size);
      for (let i = 0; i < count; i++) {
        const slot = candidate[i] as number;
        if ((worth[slot] as number) >= least) wanted.push(slot);
      }
    }
    if (!lookUp(wanted)) return null;
    found.sort((a, b) =>
      a.rank_value > b.rank_value ? -1 : a.rank_value < b.rank_value ? 1 : compareText(a.id, b.id),
    );
    if (found.length > size) found.length = size;
    return found;
  }

  /**
   * The page (`r` and the final `SELECT`): the favour multiplies each relevance by its
   * language's factor, the cursor keeps what comes after it, the best `size` by relevance
   * then id. Only articles whose relevance times the largest factor can reach the page are
   * looked up in `article_facts`: a first guess at the page's last value (the size-th best
   * relevance times the smallest factor), widened until the page found ends at or above it.
   */
  private page(
    request: RankingRequest,
    slotDoc: Float64Array,
    relevance: Float64Array,
    keep: Uint8Array,
    slots: number,
  ): RankedArticle[] {
    const { favoured, after } = request;
    const size = Math.max(0, Math.trunc(request.size));
    if (size === 0) return [];
    let most = 1;
    let least = 1;
    for (const { factor } of favoured) {
      most = Math.max(most, factor);
      least = Math.min(least, factor);
    }
    const lower = (r: number) => (r >= 0 ? r * least : r * most);
    const upper = (r: number) => (r >= 0 ? r * most : r * least);
    // Articles the cursor certainly leaves out: their value is at least `lower` of theirs.
    const eligible = new Int32Array(slots);
    let count = 0;
    for (let slot = 0; slot < slots; slot++) {
      if (keep[slot] !== 1) continue;
      if (after !== undefined && lower(relevance[slot] as number) > after.primary) continue;
      eligible[count++] = slot;
    }
    // First the `size` best by the least value they can have (about a page of lookups), then
    // every article whose greatest value reaches the page's last, until none is left.
    let seed = Number.NEGATIVE_INFINITY;
    if (count > size) {
      const lows = new Float64Array(count);
      for (let i = 0; i < count; i++) lows[i] = lower(relevance[eligible[i] as number] as number);
      seed = kthLargest(lows, size);
    }
    const factorOf = new Map<string, number>();
    for (const { language, factor } of favoured) {
      if (!factorOf.has(language)) factorOf.set(language, factor);
    }
    const found: RankedArticle[] = [];
    const looked = new Uint8Array(slots);
    let bound = Number.NEGATIVE_INFINITY;
    for (let first = true; ; first = false) {
      const wanted: number[] = [];
      const slotOf = new Map<number, number>();
      for (let i = 0; i < count; i++) {
        const slot = eligible[i] as number;
        const r = relevance[slot] as number;
        if (looked[slot] === 1 || (first ? lower(r) < seed : upper(r) < bound)) continue;
        looked[slot] = 1;
        wanted.push(slotDoc[slot] as number);
        slotOf.set(slotDoc[slot] as number, slot);
      }
      if (!first && wanted.length === 0) return found;
      for (const [doc, id, language, storyId] of this.facts.all(JSON.stringify(wanted)) as Array<
        [number, string, string, string]
      >) {
        const slot = slotOf.get(doc);
        if (slot === undefined) continue;
        const factor = factorOf.get(language);
        const value =
          factor === undefined ? (relevance[slot] as number) : (relevance[slot] as number) * factor;
        if (
          after !== undefined &&
          !(value < after.primary || (value === after.primary && compareText(id, after.id) > 0))
        ) {
          continue;
        }
        found.push({ id, rank_value: value, story_id: storyId });
      }
      found.sort((a, b) =>
        a.rank_value > b.rank_value
          ? -1
          : a.rank_value < b.rank_value
            ? 1
            : compareText(a.id, b.id),
      );
      if (found.length > size) found.length = size;
      bound =
        found.length === size
          ? (found[size - 1] as RankedArticle).rank_value
          : Number.NEGATIVE_INFINITY;
    }
  }
}
