import type Database from 'better-sqlite3';
import { ChangeLog, type LogPoint, samePoint } from './article-changes.ts';
import { COLUMNS, INSTANCE_VOCABULARY } from './form-scores.ts';
import {
  collectPositions,
  type PositionList,
  patchedPositions,
  positionBytes,
  registerPositionsSink,
} from './phrase-positions.ts';

// The postings of the index's most frequent terms kept in memory, so that a common word's bm25
// is computed from typed arrays (a few ns a posting) instead of from its instances listed out
// of FTS5's `fts5vocab` each time (about 0.3 µs an instance: form-scores.ts). The terms are
// chosen by their document frequency in the index, commonest first within a budget of
// postings, never by the queries asked; a reader thread reads them once, in steps between its
// searches after its warm-up (`buildStep`), each term whole in a read transaction.
//
// Exact by construction: a term's postings are FTS5's own instances (the same `fts5vocab`
// table the scorer lists), counted per article and column. After a write, the articles the
// change log (`article_facts_changes`, article-changes.ts) names are listed again for the term,
// out of FTS5 in the searching read transaction, the first time the term is used; a term more
// than `CHANGES_KEPT` changes behind, or on a file whose log restarted, is listed whole again.
// The budget holds through the patches: a term they would grow past it is dropped (FTS5 lists it).
// On a file without the log (or without its epoch) the tier is not used.
//
// The selection is made again when it goes stale (`selectionStale`, asked in a reader's idle
// time): the index grew or shrank by more than `RESELECT_FRACTION` since it was made, a term was
// dropped, or it was made on an index too small to hold a term of `minDocs` articles that is
// large enough now. A new build keeps the terms it chooses again (patched as a search would),
// and frees those it does not choose before it reads any new one, so the budget holds throughout.

/** How far the index may grow or shrink (of its articles when selected) before a new choice. */
export const RESELECT_FRACTION = 0.25;

/** How long a term's positions wait before a write is patched into them (`patchAfterMs`). */
const PATCH_AFTER_MS = 5_000;

/** Terms read from the vocabulary per build step (about 40 ms of CPU at 103,000 articles). */
const VOCABULARY_PAGE = 10_000;

const COLUMN_COUNT = COLUMNS.length;

/**
 * A term's postings: its articles in row id order, and per article its instances in each
 * column the term occurs in (`counts[i * stride + slot[c]]`: article i's in column c; a column
 * whose slot is -1 holds none). A term is rarely in more than two columns (the text's words in
 * title and body, a name's keys in theirs), so this keeps about 6 bytes a posting, not 9.
 */
export interface KeptPostings {
  docs: Int32Array;
  counts: Uint8Array;
  stride: number;
  slot: Int8Array;
}

interface Postings extends KeptPostings {
  /** The last change of the log these postings hold. */
  seq: LogPoint;
}

/** Postings with a count for every column (`COLUMN_COUNT` per article), as they are read. */
interface Wide {
  docs: Int32Array;
  counts: Uint8Array;
}

/** The postings with counts for the columns the term occurs in only. */
function narrowed(wide: Wide): KeptPostings {
  const { docs, counts } = wide;
  const slot = new Int8Array(COLUMN_COUNT).fill(-1);
  let stride = 0;
  for (let c = 0; c < COLUMN_COUNT; c++) {
    for (let i = c; i < counts.length; i += COLUMN_COUNT) {
      if (counts[i] !== 0) {
        slot[c] = stride++;
        break;
      }
    }
  }
  const narrow = new Uint8Array(docs.length * stride);
  for (let c = 0; c < COLUMN_COUNT; c++) {
    const at = slot[c] as number;
    if (at < 0) continue;
    for (let i = 0; i < docs.length; i++) {
      narrow[i * stride + at] = counts[i * COLUMN_COUNT + c] as number;
    }
  }
  return { docs, counts: narrow, stride, slot };
}

/** The postings with a count for every column again. */
function widened(kept: KeptPostings): Wide {
  const { docs, counts, stride, slot } = kept;
  const wide = new Uint8Array(docs.length * COLUMN_COUNT);
  for (let c = 0; c < COLUMN_COUNT; c++) {
    const at = slot[c] as number;
    if (at < 0) continue;
    for (let i = 0; i < docs.length; i++) {
      wide[i * COLUMN_COUNT + c] = counts[i * stride + at] as number;
    }
  }
  return { docs, counts: wide };
}

/** How many postings a connection keeps at most, and the least document frequency kept. */
export interface FrequentTermsBudget {
  postings: number;
  minDocs: number;
  /**
   * A term with more instances is left to FTS5 (a few stop words repeated in every article):
   * read whole, it would hold a reader's searches for up to 0.3 s. Unbounded when absent.
   */
  maxInstances?: number;
  /**
   * The terms whose token positions are kept too, for phrases (phrase-positions.ts): those of
   * at least `minDocs` articles, commonest first, within `bytes` of arrays (a term that would
   * overflow them is skipped). The stop words the postings leave out are among them: a phrase
   * of common words nearly always holds one. None when absent.
   */
  positions?: {
    minDocs: number;
    bytes: number;
    /**
     * How long after a term's positions were last read or patched a write waits before it is
     * patched in (0: at once). A patch walks all of the term's instances in C (`не` and `по`
     * after one write: 0.17 s of CPU at load 9), more than FTS5's own phrase (about 0.06 s);
     * meanwhile the term's phrases are FTS5's, as before. 5 s when absent.
     */
    patchAfterMs?: number;
  };
}

/**
 * At most 8 million postings, terms of at least 1,000 articles and at most 300,000 instances:
 * at 103,000 articles the 762 commonest terms but a few stop words, 47 MiB of arrays a reader
 * (at most 9 bytes a posting, 72 MB, were every term in every column), read in about 5 s of
 * CPU (bench/scale/tier-build.ts; RESULTS.md). With 3 million, most common words of the scale
 * bench's mix (in 400 to 11,000 articles each) were left out: their CPU p95 fell a fifth,
 * against three fifths with 8 million.
 */
export const DEFAULT_BUDGET: FrequentTermsBudget = {
  postings: 8_000_000,
  minDocs: 1_000,
  maxInstances: 300_000,
  positions: { minDocs: 20_000, bytes: 48 * 2 ** 20 },
};

/** A column's number in `COLUMNS`, from `fts5vocab`'s name of it. */
const COLUMN_NUMBER = `CASE col ${COLUMNS.map((c, i) => `WHEN '${c}' THEN ${i}`).join(' ')} END`;

const VOCABULARY = `
CREATE VIRTUAL TABLE IF NOT EXISTS temp.article_terms_rows
  USING fts5vocab(main, article_terms, row);${INSTANCE_VOCABULARY}`;

/** The frequent terms' postings of one connection (see above). */
export class FrequentTerms {
  private readonly terms = new Map<string, Postings>();
  private readonly log: ChangeLog;
  private readonly vocabularyPage: Database.Statement<[string], unknown>;
  /** The build under way (`buildStep`), or null. */
  private plan: {
    budget: FrequentTermsBudget;
    /** The index's articles when the vocabulary was first read; -1 before. */
    articles: number;
    /** The candidates the budget has room for, commonest first (chosen once all are known). */
    chosen: Set<string>;
    /** The last term of the vocabulary's pages read. */
    after: string;
    /** The terms of at least `minDocs` articles and their counts, then commonest first. */
    candidates: Array<[string, number]>;
    /** The next candidate to read; -1 while the vocabulary is being read. */
    next: number;
    /** The terms whose positions are wanted and their counts, then commonest first. */
    positioned: Array<[string, number, number]>;
    /** The next of them to read (after every candidate's postings). */
    nextPositioned: number;
  } | null = null;
  /** The terms' positions kept (phrase-positions.ts), each with the last change they hold. */
  private readonly positions = new Map<string, PositionList & { seq: LogPoint; at: number }>();
  /** Bytes of positions kept, over every term: never more than `budget.positions.bytes`. */
  private positionsHeld = 0;
  private readonly allPositions: Database.Statement<[string], unknown>;
  private readonly somePositions: Database.Statement<[string, string], unknown>;
  private readonly positionsSink: ReturnType<typeof registerPositionsSink>;
  /** The budget of the last build, which the patches keep too; null before any. */
  private budget: FrequentTermsBudget | null = null;
  /** Postings kept, over every term: never more than `budget.postings`. */
  private held = 0;
  /** The index's articles when the last finished build chose its terms; null before any. */
  private selectedArticles: number | null = null;
  /** A term's postings or positions were let go since the last build began. */
  private dropped = false;
  /** The log's end at the last `selectionStale` that counted the articles. */
  private checked: LogPoint | null = null;
  private articleCount?: Database.Statement<[], unknown>;
  private readonly all: Database.Statement<[string], unknown>;
  private readonly some: Database.Statement<[string, string], unknown>;
  private readonly sink: { into: Collected };

  constructor(private readonly db: Database.Database) {
    db.exec(VOCABULARY);
    this.log = new ChangeLog(db);
    // In pages by term (FTS5 seeks to the first term after the last page's): the whole
    // vocabulary at once took about 0.9 s of CPU at 103,000 articles.
    this.vocabularyPage = db
      .prepare(
        `SELECT term, doc, cnt FROM temp.article_terms_rows WHERE term > ? ORDER BY term
         LIMIT ${VOCABULARY_PAGE}`,
      )
      .raw() as Database.Statement<[string], unknown>;
    // An aggregate's step per instance (about 0.2 µs): one text per term cost more, and its
    // pieces raised a connection's resident memory by hundreds of MiB while the tier was built.
    this.sink = registerPostingsSink(db);
    this.all = db
      .prepare(
        `SELECT tier_postings(doc, ${COLUMN_NUMBER})
         FROM temp.article_terms_instances WHERE term = ?`,
      )
      .pluck();
    this.some = db
      .prepare(
        `SELECT tier_postings(doc, ${COLUMN_NUMBER})
         FROM temp.article_terms_instances
         WHERE term = ? AND doc IN (SELECT value FROM json_each(?))`,
      )
      .pluck();
    this.positionsSink = registerPositionsSink(db);
    this.allPositions = db
      .prepare(
        `SELECT phrase_positions(doc, ${COLUMN_NUMBER}, offset)
         FROM temp.article_terms_instances WHERE term = ?`,
      )
      .pluck();
    this.somePositions = db
      .prepare(
        `SELECT phrase_positions(doc, ${COLUMN_NUMBER}, offset)
         FROM temp.article_terms_instances
         WHERE term = ? AND doc IN (SELECT value FROM json_each(?))`,
      )
      .pluck();
  }

  /** How many terms' positions are kept, and their bytes (for the bench and the tests). */
  get positionsSize(): { terms: number; bytes: number } {
    return { terms: this.positions.size, bytes: this.positionsHeld };
  }

  /**
   * The position lists of a phrase's terms, in its order, as FTS5 holds them in the current
   * read transaction, or null unless every term's positions are kept. Read only.
   */
  phrase(terms: readonly string[]): PositionList[] | null {
    const lists: PositionList[] = [];
    for (const term of terms) {
      if (!this.positions.has(term)) return null;
    }
    for (const term of terms) {
      const list = this.currentPositions(term);
      if (list === null) return null;
      lists.push(list);
    }
    return lists;
  }

  /** The term's positions brought up to date with the read transaction, or null. */
  private currentPositions(term: string): PositionList | null {
    const kept = this.positions.get(term);
    if (kept === undefined) return null;
    const last = this.log.last();
    if (last === null) return null;
    if (samePoint(last, kept.seq)) return kept;
    // Patched not long ago: FTS5 matches the term's phrases until the wait is over, so that
    // while an archive is ingested a term is patched once in 5 s at most, not once a search.
    const now = performance.now();
    if (now - kept.at < (this.budget?.positions?.patchAfterMs ?? PATCH_AFTER_MS)) return null;
    const changed = this.log.changedSince(kept.seq, last);
    // Too far behind to patch: listed whole again would hold this search for up to 0.3 s (a
    // stop word's million instances), so the term is dropped and FTS5 matches its phrases.
    const fresh =
      changed === null
        ? null
        : collectPositions(this.positionsSink, () =>
            this.somePositions.get(term, JSON.stringify(changed)),
          );
    const patched =
      fresh === null || changed === null
        ? null
        : { ...patchedPositions(kept, fresh, changed), seq: last, at: now };
    const held =
      this.positionsHeld - positionBytes(kept) + (patched === null ? 0 : positionBytes(patched));
    if (patched === null || held > (this.budget?.positions?.bytes ?? Number.POSITIVE_INFINITY)) {
      this.positions.delete(term);
      this.positionsHeld -= positionBytes(kept);
      this.dropped = true;
      return null;
    }
    this.positions.set(term, patched);
    this.positionsHeld = held;
    return patched;
  }

  /** How many terms and postings are kept (for the bench and the tests). */
  get size(): { terms: number; postings: number } {
    return { terms: this.terms.size, postings: this.held };
  }

  /**
   * Reads the commonest terms' postings, commonest first, until the budget is spent (a term
   * that would overflow it is skipped, so the bound holds), all at once: `startBuild` and
   * `buildStep` to the end.
   */
  build(budget: FrequentTermsBudget = DEFAULT_BUDGET): void {
    this.startBuild(budget);
    while (this.buildStep()) {
      // Each step reads a page of the vocabulary or one term.
    }
  }

  /**
   * Starts choosing the terms again and reading them in steps (`buildStep`). The terms kept
   * stay, and answer searches, until the vocabulary is read; then those not chosen again are
   * let go before any new one is read, and those chosen again are patched, not read again.
   */
  startBuild(budget: FrequentTermsBudget = DEFAULT_BUDGET): void {
    if (this.budget !== null && !sameBudget(this.budget, budget)) {
      this.terms.clear();
      this.held = 0;
      this.positions.clear();
      this.positionsHeld = 0;
    }
    this.budget = budget;
    this.dropped = false;
    this.plan = {
      budget,
      articles: -1,
      chosen: new Set(),
      after: '',
      candidates: [],
      next: -1,
      positioned: [],
      nextPositioned: 0,
    };
  }

  /**
   * One step of the build, in a read transaction of its own: a page of the vocabulary (the
   * terms' document frequencies, `VOCABULARY_PAGE` terms) while it lasts, then one term's
   * postings, commonest first. False when the build is done (or none was started). A reader
   * runs the steps between its searches: a step takes a few ms to a few tens (the commonest
   * terms, listed whole, up to about 0.3 s).
   */
  buildStep(): boolean {
    const plan = this.plan;
    if (plan === null) return false;
    const more = this.db.transaction(() => {
      const seq = this.log.last();
      if (seq === null) return false;
      if (plan.next < 0) {
        if (plan.articles < 0) plan.articles = this.articles();
        const page = this.vocabularyPage.all(plan.after) as Array<[string, number, number]>;
        if (page.length === 0) {
          plan.candidates.sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
          plan.positioned.sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
          plan.next = 0;
          this.keepOnlyChosen(plan);
          return true;
        }
        plan.after = (page.at(-1) as [string, number, number])[0];
        const most = plan.budget.maxInstances ?? Number.POSITIVE_INFINITY;
        for (const [term, docs, instances] of page) {
          if (docs >= plan.budget.minDocs && instances <= most) plan.candidates.push([term, docs]);
          const positions = plan.budget.positions;
          if (positions !== undefined && docs >= positions.minDocs) {
            plan.positioned.push([term, docs, instances]);
          }
        }
        return true;
      }
      while (plan.next < plan.candidates.length) {
        const [term, docs] = plan.candidates[plan.next++] as [string, number];
        if (!plan.chosen.has(term)) continue;
        // Chosen again: brought up to date as a search would, or read anew if that lets it go.
        if (this.terms.has(term) && this.current(term, false) !== null) return true;
        // What is left of the budget, the terms kept so far as the searches patched them.
        const left = plan.budget.postings - this.held;
        if (docs > left) continue;
        const postings = this.listed(term, seq, docs);
        if (postings !== null && postings.docs.length <= left) {
          this.terms.set(term, postings);
          this.held += postings.docs.length;
        }
        return true;
      }
      // Then the positions, commonest first: a term's arrays take 4 bytes an instance and 8 an
      // article.
      const bytes = plan.budget.positions?.bytes ?? 0;
      while (plan.nextPositioned < plan.positioned.length) {
        const [term, , instances] = plan.positioned[plan.nextPositioned++] as [
          string,
          number,
          number,
        ];
        // Chosen again: kept as they are, patched when a phrase uses them, unless the log no
        // longer reaches back to them (a phrase would let them go): then read anew.
        const kept = this.positions.get(term);
        if (kept !== undefined) {
          if (samePoint(kept.seq, seq) || this.log.changedSince(kept.seq, seq) !== null) continue;
          this.positions.delete(term);
          this.positionsHeld -= positionBytes(kept);
        }
        const left = bytes - this.positionsHeld;
        if (instances * 4 > left) continue;
        const list = collectPositions(
          this.positionsSink,
          () => this.allPositions.get(term),
          1024,
          instances,
        );
        if (list !== null && positionBytes(list) <= left) {
          this.positions.set(term, { ...list, seq, at: performance.now() });
          this.positionsHeld += positionBytes(list);
        }
        return true;
      }
      return false;
    })();
    if (!more) {
      this.plan = null;
      this.selectedArticles = plan.articles < 0 ? null : plan.articles;
    }
    return more;
  }

  /**
   * Lets go of the terms (and positions) kept that the new selection does not choose, before
   * any new one is read: the postings chosen are the candidates the budget has room for,
   * commonest first, by their document frequency; the positions, any of the terms wanted.
   */
  private keepOnlyChosen(plan: NonNullable<FrequentTerms['plan']>): void {
    let left = plan.budget.postings;
    for (const [term, docs] of plan.candidates) {
      if (docs > left) continue;
      plan.chosen.add(term);
      left -= docs;
    }
    for (const [term, kept] of this.terms) {
      if (plan.chosen.has(term)) continue;
      this.terms.delete(term);
      this.held -= kept.docs.length;
    }
    const wanted = new Set(plan.positioned.map(([term]) => term));
    for (const [term, kept] of this.positions) {
      if (wanted.has(term)) continue;
      this.positions.delete(term);
      this.positionsHeld -= positionBytes(kept);
    }
  }

  /**
   * The index's articles, from the counts the triggers keep (as `ArticleSearch` counts them),
   * or, in a file without them, the rows of `article_facts`, whose changes the log holds.
   */
  private articles(): number {
    if (this.articleCount === undefined) {
      const counted =
        this.db
          .prepare("SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND name = ?")
          .pluck()
          .get('language_counts') === 1;
      this.articleCount = this.db
        .prepare(
          counted
            ? 'SELECT coalesce(sum(count), 0) FROM language_counts'
            : 'SELECT count(*) FROM article_facts',
        )
        .pluck();
    }
    return Number(this.articleCount.get());
  }

  /**
   * Whether the terms should be chosen again (`startBuild`): a term's postings or positions
   * were let go (too far behind the log, or past the budget), the index grew or shrank by more
   * than `RESELECT_FRACTION` of its articles then since the selection, or the selection was
   * made with fewer articles than a term needs to be kept (`minDocs` of the postings, or of
   * the positions when none are kept) and the index now has that many. Costs the log's end,
   * and the articles' count when the log moved since the last call; false during a build.
   */
  selectionStale(): boolean {
    const { budget, selectedArticles: then } = this;
    if (this.plan !== null || budget === null || then === null) return false;
    if (this.dropped) return true;
    return this.db.transaction(() => {
      const last = this.log.last();
      if (last === null) return false;
      if (this.checked !== null && samePoint(last, this.checked)) return false;
      this.checked = last;
      const now = this.articles();
      // Chosen among fewer articles than a term needs: none could be, until there are enough.
      if (then < budget.minDocs) return now >= budget.minDocs;
      if (Math.abs(now - then) > RESELECT_FRACTION * then) return true;
      const positions = budget.positions;
      return (
        positions !== undefined &&
        this.positions.size === 0 &&
        then < positions.minDocs &&
        now >= positions.minDocs
      );
    })();
  }

  /**
   * The articles holding `term` in row id order, as FTS5 holds it in the current read
   * transaction, with their instances per column (`KeptPostings`), or null when the term is not
   * kept. Read only: the arrays are the tier's.
   */
  postings(term: string): KeptPostings | null {
    return this.current(term);
  }

  /**
   * The term's postings brought up to date with the read transaction, or null; `noted`: a term
   * let go makes the selection stale (not when the build itself is bringing it up to date).
   */
  private current(term: string, noted = true): Postings | null {
    const kept = this.terms.get(term);
    if (kept === undefined) return null;
    const last = this.log.last();
    if (last === null) return null;
    if (samePoint(last, kept.seq)) return kept;
    const changed = this.log.changedSince(kept.seq, last);
    const postings =
      changed === null ? this.listed(term, last) : this.patched(term, kept, changed, last);
    // A term grown by the writes past what the budget holds is left to FTS5, as one the build
    // had no room for: the writes alone would otherwise grow the tier without bound.
    const held = this.held - kept.docs.length + (postings?.docs.length ?? 0);
    if (postings === null || held > (this.budget?.postings ?? Number.POSITIVE_INFINITY)) {
      this.terms.delete(term);
      this.held -= kept.docs.length;
      if (noted) this.dropped = true;
      return null;
    }
    this.terms.set(term, postings);
    this.held = held;
    return postings;
  }

  /** Every posting of `term`, or null when one article holds more instances than kept. */
  private listed(term: string, seq: LogPoint, articles = 1024): Postings | null {
    const read = this.collected(() => this.all.get(term), articles);
    return read === null ? null : { ...narrowed(read), seq };
  }

  /** What `list` passes to `tier_postings`, as postings (see `collected`). */
  private collected(list: () => unknown, articles = 1024): Wide | null {
    const into = collector(articles);
    this.sink.into = into;
    try {
      list();
    } finally {
      this.sink.into = collector();
    }
    // Exactly sized when the vocabulary's count was right (a build): no copy.
    if (!into.failed && into.n + 1 === into.docs.length) {
      return { docs: into.docs, counts: into.counts };
    }
    return into.failed
      ? null
      : {
          docs: into.docs.slice(0, into.n + 1),
          counts: into.counts.slice(0, (into.n + 1) * COLUMN_COUNT),
        };
  }

  /** `kept` with the `changed` articles (in row id order) listed again. */
  private patched(
    term: string,
    kept: Postings,
    changed: readonly number[],
    seq: LogPoint,
  ): Postings | null {
    const fresh = this.collected(() => this.some.get(term, JSON.stringify(changed)));
    if (fresh === null) return null;
    const gone = new Set(changed);
    const old = widened(kept);
    const size = old.docs.length + fresh.docs.length;
    const docs = new Int32Array(size);
    const counts = new Uint8Array(size * COLUMN_COUNT);
    let n = 0;
    let j = 0;
    const take = (from: Wide, i: number) => {
      docs[n] = from.docs[i] as number;
      counts.set(from.counts.subarray(i * COLUMN_COUNT, (i + 1) * COLUMN_COUNT), n * COLUMN_COUNT);
      n++;
    };
    for (let i = 0; i < old.docs.length; i++) {
      const doc = old.docs[i] as number;
      while (j < fresh.docs.length && (fresh.docs[j] as number) < doc) take(fresh, j++);
      if (!gone.has(doc)) take(old, i);
    }
    while (j < fresh.docs.length) take(fresh, j++);
    return {
      ...narrowed({ docs: docs.slice(0, n), counts: counts.slice(0, n * COLUMN_COUNT) }),
      seq,
    };
  }
}

/** Whether two budgets choose and keep the same (a build with another starts afresh). */
function sameBudget(a: FrequentTermsBudget, b: FrequentTermsBudget): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** Postings as `tier_postings` receives them, in arrays grown as articles come. */
interface Collected {
  docs: Int32Array;
  counts: Uint8Array;
  /** The last article's place, -1 before the first. */
  n: number;
  last: number;
  /** Out of row id order, or a count past what a posting keeps: the term is not kept. */
  failed: boolean;
}

function collector(articles = 0): Collected {
  const size = Math.max(1, articles);
  return {
    docs: new Int32Array(size),
    counts: new Uint8Array(size * COLUMN_COUNT),
    n: -1,
    last: -1,
    failed: false,
  };
}

const sinks = new WeakMap<Database.Database, { into: Collected }>();

/**
 * Registers `tier_postings(doc, column)` on the connection, once: each instance, in FTS5's
 * order (row id, then column), counted into the postings under way.
 */
function registerPostingsSink(db: Database.Database): { into: Collected } {
  let sink = sinks.get(db);
  if (sink === undefined) {
    const current = { into: collector() };
    sink = current;
    sinks.set(db, current);
    db.aggregate('tier_postings', {
      varargs: true,
      start: 0,
      step: (count: number, ...instance: unknown[]) => {
        const into = current.into;
        const [doc, column] = instance;
        if (
          typeof doc !== 'number' ||
          !Number.isInteger(doc) ||
          doc < into.last ||
          typeof column !== 'number' ||
          !(column >= 0 && column < COLUMN_COUNT)
        ) {
          into.failed = true;
          return count;
        }
        if (doc !== into.last) {
          into.n++;
          if (into.n === into.docs.length) {
            const docs = new Int32Array(into.docs.length * 2);
            docs.set(into.docs);
            into.docs = docs;
            const counts = new Uint8Array(into.counts.length * 2);
            counts.set(into.counts);
            into.counts = counts;
          }
          into.docs[into.n] = doc;
          into.last = doc;
        }
        const at = into.n * COLUMN_COUNT + column;
        if (into.counts[at] === 0xff) into.failed = true;
        else into.counts[at] = (into.counts[at] as number) + 1;
        return count + 1;
      },
    });
  }
  return sink;
}
