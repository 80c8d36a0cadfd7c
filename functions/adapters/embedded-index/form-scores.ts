import type Database from 'better-sqlite3';
import { FIELD_WEIGHTS } from '../../core/search/ranking.ts';
import { ArticleChangeFollower } from './article-changes.ts';
import type { FrequentTerms, KeptPostings } from './frequent-terms.ts';
import { PHRASE_TERMS, type PositionList, phraseFrequencies } from './phrase-positions.ts';

// A form's bm25 computed in JavaScript from its term's instances, where FTS5 spends about 1 µs a
// match on it (issue 12: a common word's 33,000 matches, 21 ms in C and 16 ms more to bring the
// rows into JavaScript). FTS5's bm25 (fts5_aux.c) is, for a query of one phrase,
//
//   idf · (freq · (k1 + 1)) / (freq + k1 · (1 − b + b · D / avgdl))
//
// where freq sums the column weights of the phrase's instances in the row (in the phrase's
// columns), D is the row's length in tokens (`%_docsize`, every column) and avgdl the table's
// tokens over its rows. For a form that is one term, the instances are listed by an `fts5vocab`
// table of type `instance` (FTS5's own index, deleted rows left out, about 0.1 µs an instance
// in C), the lengths are kept in memory per row id (`ArticleLengths`), and the arithmetic is
// C's, operation for operation, in IEEE doubles: the very same scores, so the ranking, its
// cursors and a replay of them are unchanged (test/adapters/embedded-ranker.test.ts holds them
// equal bit for bit). It pays where a term occurs about once per article (a common word of
// the news); a term repeated many times in each article (`the`: 32 instances an article) costs
// more by its instances than bm25 does by its rows, so FTS5 scores it (`INSTANCES_PER_MATCH`),
// as it does a form whose term is common only in columns the form does not search (the
// vocabulary lists a term's instances in every column).

/** bm25's weights per column, as `BM25` (match-ranker.ts) writes them: title, body, names, 1, 1. */
const COLUMN_WEIGHTS = [FIELD_WEIGHTS.title, FIELD_WEIGHTS.body, FIELD_WEIGHTS.names, 1, 1];
/** The columns of `article_terms`, in order (the numbers `COLUMN_SETS` and the tier use). */
export const COLUMNS = ['title', 'body', 'names', 'translit', 'sounds'] as const;

/** The column sets our forms search (match-expression.ts), by their FTS5 spelling. */
const COLUMN_SETS = new Map<string, readonly number[]>([
  ['{title body names}', [0, 1, 2]],
  ['{title body}', [0, 1]],
  ['translit', [3]],
  ['sounds', [4]],
]);

/** A form of one term: `columns : "term"` (a `"` in the term doubled). */
const ONE_TERM = /^(\{[a-z ]+\}|[a-z]+) : "((?:[^"\s]|"")+)"$/;
/** A form of a phrase of several terms: `columns : "term term ..."`. */
const PHRASE = /^(\{[a-z ]+\}|[a-z]+) : "((?:[^"\s]|"")+(?: (?:[^"\s]|"")+)+)"$/;

/** A proximity pair (match-expression.ts): `columns : NEAR("a" "b", n)`, each a term. */
const NEAR_PAIR = /^(\{[a-z ]+\}|[a-z]+) : NEAR\("((?:[^"\s]|"")+)" "((?:[^"\s]|"")+)", (\d+)\)$/;

/**
 * Above this many instances of a term per article matching it, FTS5's bm25 is cheaper than
 * listing the instances (measured on 103,000 articles: 1.7 per match, 16 ms against 34; 32 per
 * match, 250 ms against 43).
 */
const INSTANCES_PER_MATCH = 3;

/** Every how many row ids `shareKept` tests one. */
const SAMPLE_STRIDE = 32;

/**
 * How many instances per matching article are worth listing when FTS5 would score `share` of
 * the matches (a filter or a list of members keeps the rest out before bm25): FTS5 still lists
 * every match and tests it, and scores the share it keeps.
 */
export function instancesWorthListing(share: number): number {
  if (share >= 1) return INSTANCES_PER_MATCH;
  return FILTERED_BASE + FILTERED_PER_SHARE * share;
}
const FILTERED_BASE = 0;
const FILTERED_PER_SHARE = 6;

/** FTS5's own instance list (`temp.article_terms_instances`), which the tier reads too. */
export const INSTANCE_VOCABULARY = `
CREATE VIRTUAL TABLE IF NOT EXISTS temp.article_terms_instances
  USING fts5vocab(main, article_terms, instance);`;

const VOCABULARY = `${INSTANCE_VOCABULARY}
CREATE VIRTUAL TABLE IF NOT EXISTS temp.article_terms_columns
  USING fts5vocab(main, article_terms, col);`;

/** A form's matches in row id order (as FTS5 lists them) with bm25 negated (the ranker's). */
export interface FormScores {
  docs: Float64Array;
  scores: Float64Array;
}

/** bm25's constants as SQLite parses them from the ranker's statement text. */
export interface Bm25Constants {
  k1: number;
  b: number;
  oneMinusB: number;
  k1PlusOne: number;
}

/**
 * Every article's length in tokens, all columns (what FTS5's bm25 reads from `%_docsize`),
 * indexed by row id and kept up to date as `FacetColumns` keeps its columns: through
 * `article_facts_changes`, which logs every article written, and so every article whose terms
 * were (the writer stores an article's row and its terms in one transaction, ordered-writer.ts).
 * (They cannot be checked against FTS5's own count of rows and tokens, its averages record: a
 * contentless_delete table's count only grows, as rows are replaced or deleted (FTS5's doing,
 * docs/decisions.md), and bm25 uses the count, which is read as it is.)
 */
export class ArticleLengths {
  private lengths = new Uint32Array(0);
  private readonly changes: ArticleChangeFollower;
  private readonly all: Database.Statement<[], unknown>;
  private readonly some: Database.Statement<[string], unknown>;

  constructor(db: Database.Database) {
    this.changes = new ArticleChangeFollower(db, {
      load: () => this.load(),
      update: (changed) => this.update(changed),
    });
    // One text for the whole table: a row per article into JavaScript cost five times more.
    this.all = db
      .prepare("SELECT group_concat(id || ' ' || hex(sz), ' ') FROM article_terms_docsize")
      .pluck();
    this.some = db
      .prepare(
        `SELECT group_concat(value || ' ' || coalesce(hex(d.sz), ''), ' ')
         FROM json_each(?) j LEFT JOIN article_terms_docsize d ON d.id = j.value`,
      )
      .pluck();
  }

  /**
   * The lengths as the current read transaction sees the index. `version` is the connection's
   * `data_version` and own writes, for a file without the change log.
   */
  current(version: string): Uint32Array {
    this.sync(version);
    return this.lengths;
  }

  private sync(version: string): void {
    this.changes.sync(version);
  }

  private load(): void {
    this.lengths = new Uint32Array(0);
    this.apply(String(this.all.get() ?? ''));
  }

  private update(changed: readonly number[]): void {
    if (changed.length > 0) this.apply(String(this.some.get(JSON.stringify(changed)) ?? ''));
  }

  /** Sets the lengths of `id hex` pairs (an empty hex: the row is gone, its length 0). */
  private apply(text: string): void {
    if (text === '') return;
    const parts = text.split(' ');
    let size = this.lengths.length;
    for (let i = 0; i < parts.length; i += 2) size = Math.max(size, Number(parts[i]) + 1);
    if (size > this.lengths.length) {
      const grown = new Uint32Array(Math.max(size, Math.ceil(this.lengths.length * 1.5)));
      grown.set(this.lengths);
      this.lengths = grown;
    }
    for (let i = 0; i < parts.length; i += 2) {
      this.lengths[Number(parts[i])] = sumOfVarints(parts[i + 1] ?? '');
    }
  }
}

/** The value of a hexadecimal digit's character code (0-9, A-F as SQLite's `hex()` writes). */
function nibble(code: number): number {
  return code <= 57 ? code - 48 : code - 55;
}

/** The sum of FTS5's varints (big-endian groups of seven bits) written in hexadecimal. */
function sumOfVarints(hex: string): number {
  let sum = 0;
  let value = 0;
  for (let i = 0; i + 1 < hex.length; i += 2) {
    const byte = nibble(hex.charCodeAt(i)) * 16 + nibble(hex.charCodeAt(i + 1));
    value = value * 128 + (byte & 0x7f);
    if ((byte & 0x80) === 0) {
      sum += value;
      value = 0;
    }
  }
  return sum;
}

/**
 * Where `ranker_instances` adds up the instances it is given, per connection: each article's
 * frequency, its instances' weights added in the order FTS5's bm25 adds them (column, then
 * offset: the vocabulary's order within an article, whose instances are neighbours).
 */
interface Frequencies {
  docs: Float64Array;
  freqs: Float64Array;
  count: number;
  last: number;
  /** More articles than `docs` holds: the counts the arrays were sized by were wrong. */
  overflow: boolean;
}

const sinks = new WeakMap<Database.Database, { into: Frequencies }>();

function frequencies(size: number): Frequencies {
  const docs = new Float64Array(size);
  return { docs, freqs: new Float64Array(size), count: 0, last: -1, overflow: false };
}

/**
 * Registers `ranker_instances(doc, weight)` on the connection, once: the instances come into
 * JavaScript through an aggregate's steps, a call each, which costs about half of a row's array.
 */
function registerInstanceSink(db: Database.Database): { into: Frequencies } {
  let sink = sinks.get(db);
  if (sink === undefined) {
    const current = { into: frequencies(0) };
    sink = current;
    sinks.set(db, current);
    db.aggregate('ranker_instances', {
      varargs: true,
      start: 0,
      step: (count: number, ...instance: unknown[]) => {
        const into = current.into;
        const doc = instance[0] as number;
        if (doc !== into.last) {
          if (into.count === into.docs.length) {
            into.overflow = true;
            return count;
          }
          into.docs[into.count++] = doc;
          into.last = doc;
        }
        into.freqs[into.count - 1] =
          (into.freqs[into.count - 1] as number) + (instance[1] as number);
        return count + 1;
      },
    });
  }
  return sink;
}

/** Scores one-term forms from their instances and the articles' lengths (see above). */
export class FormScorer {
  private readonly columnCounts: Database.Statement<[string], unknown>;
  /** Per column set (`COLUMN_SETS`), the weighted instances of a term in it. */
  private readonly instances = new Map<string, Database.Statement<[string], unknown>>();
  private readonly ftsIdf: Database.Statement<[{ rows: number; n: number }], unknown>;
  private readonly lengths: ArticleLengths;
  private readonly sink: { into: Frequencies };
  /** The last phrase matched (`phraseMatched`), its position lists and its matches. */
  private lastPhrase: {
    expression: string;
    lists: readonly PositionList[];
    matched: { docs: Float64Array; freqs: Float64Array; n: number };
  } | null = null;

  constructor(
    db: Database.Database,
    private readonly constants: Bm25Constants,
    /** Above this many instances per matching article, FTS5 scores the form (`worthListing`). */
    private readonly instancesPerMatch: number | null = null,
    /** The frequent terms' postings in memory (frequent-terms.ts), read instead of instances. */
    private readonly tier: FrequentTerms | null = null,
  ) {
    db.exec(VOCABULARY);
    this.sink = registerInstanceSink(db);
    this.columnCounts = db
      .prepare('SELECT col, doc, cnt FROM temp.article_terms_columns WHERE term = ?')
      .raw() as Database.Statement<[string], unknown>;
    // Each column's weight as SQLite parses the same text `BM25` passes (match-ranker.ts).
    const weight = `CASE col ${COLUMNS.map((c, i) => `WHEN '${c}' THEN ${COLUMN_WEIGHTS[i]}`).join(' ')} END`;
    for (const [spelling, numbers] of COLUMN_SETS) {
      const names = numbers.map((i) => `'${COLUMNS[i]}'`).join(', ');
      this.instances.set(
        spelling,
        db
          .prepare(
            `SELECT ranker_instances(doc, ${weight}) FROM temp.article_terms_instances
             WHERE term = ? AND col IN (${names})`,
          )
          .pluck(),
      );
    }
    this.ftsIdf = db
      .prepare(
        `SELECT CASE WHEN ln((@rows - @n + 0.5) / (@n + 0.5)) <= 0 THEN 1e-6
           ELSE ln((@rows - @n + 0.5) / (@n + 0.5)) END`,
      )
      .pluck();
    this.lengths = new ArticleLengths(db);
  }

  /**
   * How many instances per matching article are worth listing when FTS5 would score `share` of
   * the form's matches (`instancesWorthListing`).
   */
  worthListing(share: number): number {
    return instancesWorthListing(share);
  }

  /**
   * The share of the index's articles `test` keeps, from a sample of them (every 32nd row id
   * with a length): what a filter is expected to keep of a term's matches.
   */
  shareKept(test: (doc: number) => boolean, version: string): number {
    const lengths = this.lengths.current(version);
    let articles = 0;
    let kept = 0;
    for (let doc = 0; doc < lengths.length; doc += SAMPLE_STRIDE) {
      if (lengths[doc] === 0) continue;
      articles++;
      if (test(doc)) kept++;
    }
    return articles === 0 ? 0 : kept / articles;
  }

  /** Reads the articles' lengths now (a reader's warm-up), so no search pays for it. */
  loadLengths(version: string): void {
    this.lengths.current(version);
  }

  /**
   * The articles a one-term form matches, from the frequent terms' postings, in row id order
   * (what `SELECT rowid ... MATCH` lists), or null when the form is not one kept term. In the
   * caller's read transaction.
   */
  keptMatches(expression: string): number[] | null {
    if (PHRASE.test(expression)) {
      const matched = this.phraseMatched(expression);
      return matched === null ? null : Array.from(matched.docs.subarray(0, matched.n));
    }
    const parsed = ONE_TERM.exec(expression);
    if (parsed === null || this.tier === null) return null;
    const columns = COLUMN_SETS.get(parsed[1] as string);
    if (columns === undefined) return null;
    const term = (parsed[2] as string).replaceAll('""', '"');
    const kept = this.tier.postings(term);
    if (kept === null) {
      // A stop word whose positions only are kept (see `scores`).
      const positioned = this.positionsMatched(expression, columns, [term]);
      return positioned === null ? null : Array.from(positioned.docs.subarray(0, positioned.n));
    }
    const { counts, stride, slot } = kept;
    const slots = columns.map((c) => slot[c] as number).filter((at) => at >= 0);
    const docs: number[] = [];
    for (let i = 0; i < kept.docs.length; i++) {
      for (const at of slots) {
        if ((counts[i * stride + at] as number) > 0) {
          docs.push(kept.docs[i] as number);
          break;
        }
      }
    }
    return docs;
  }

  /**
   * The articles a proximity pair of two terms matches (`columns : NEAR("a" "b", n)`), from
   * the positions kept, in row id order as FTS5 lists them; null unless both terms' positions
   * are kept. FTS5 (`fts5ExprNearIsMatch`) matches an article when an instance of each term,
   * in the columns, lies within `n + 1` positions of the other's (a phrase of one term spans
   * one): as positions are `column · 2^24 + offset`, two of different columns never do. The
   * pairs of two stop words read both terms' position lists in FTS5 (about 35 ms of CPU for
   * `по` and `на` at 103,000 articles).
   */
  nearMatches(expression: string): number[] | null {
    const parsed = NEAR_PAIR.exec(expression);
    if (parsed === null || this.tier === null) return null;
    const columns = COLUMN_SETS.get(parsed[1] as string);
    if (columns === undefined) return null;
    const a = (parsed[2] as string).replaceAll('""', '"');
    const b = (parsed[3] as string).replaceAll('""', '"');
    const lists = this.tier.phrase([a, b]);
    if (lists === null) return null;
    return nearDocs(
      lists[0] as PositionList,
      lists[1] as PositionList,
      columns,
      Number(parsed[4]) + 1,
    );
  }

  /**
   * The form's matches and their bm25, as `SELECT rowid, -bm25(...) ... MATCH` lists them, or
   * null when this scorer does not reproduce them (a phrase of several terms whose positions
   * are not all kept, columns of its own, a term absent from the vocabulary as written) or FTS5
   * scores them more cheaply (a term repeated in each article, or common in columns the form
   * does not search). Called in the ranking's read transaction.
   */
  scores(
    expression: string,
    averages: { rows: number; tokens: number },
    version: string,
    share: number | (() => number) = 1,
  ): FormScores | null {
    // A phrase whose every term's positions are kept is matched from them, whatever the share.
    if (PHRASE.test(expression)) {
      const matched = this.phraseMatched(expression);
      return matched === null
        ? null
        : this.scored(matched.docs, matched.freqs, matched.n, averages, version);
    }
    const parsed = ONE_TERM.exec(expression);
    if (parsed === null) return null;
    const spelling = parsed[1] as string;
    const columns = COLUMN_SETS.get(spelling);
    const instances = this.instances.get(spelling);
    if (columns === undefined || instances === undefined) return null;
    const term = (parsed[2] as string).replaceAll('""', '"');
    // A frequent term's postings are in memory: a few ns an article, whatever the share kept.
    const kept = this.tier?.postings(term) ?? null;
    if (kept !== null) return this.fromPostings(kept, columns, averages, version);
    // A stop word the postings leave out (too many instances, `maxInstances`) whose positions
    // are kept: its instances are in memory all the same, and each article's frequency is their
    // weights added in FTS5's instance order, as for a phrase (of one term here). FTS5 scored
    // each of its 90,000 matches (`по`: 50–75 ms of CPU a form at 103,000 articles).
    const positioned = this.positionsMatched(expression, columns, [term]);
    if (positioned !== null) {
      return this.scored(positioned.docs, positioned.freqs, positioned.n, averages, version);
    }
    // Every matching article holds an instance: below one per match, FTS5 scores the form, and
    // the vocabulary is not asked (about 1 ms for a common word).
    const limit =
      this.instancesPerMatch ?? this.worthListing(typeof share === 'number' ? share : share());
    if (limit < 1) return null;
    // A term found in the vocabulary is one token as FTS5 stores it, so the phrase matches it
    // alone; one not found (as written) is left to FTS5, which would fold or split it.
    const counted = this.columnCounts.all(term) as Array<[string, number, number]>;
    if (counted.length === 0) return null;
    // The vocabulary lists the term's instances in every column: worth it when they are not
    // many more than the articles the form matches (at least its commonest column's).
    let listed = 0;
    let least = 0;
    let most = 0;
    for (const [column, docs, count] of counted) {
      listed += count;
      if (!columns.includes(COLUMNS.indexOf(column as (typeof COLUMNS)[number]))) continue;
      least = Math.max(least, docs);
      most += docs;
    }
    if (listed > limit * least) return null;
    const into = frequencies(most);
    this.sink.into = into;
    try {
      instances.get(term);
    } finally {
      this.sink.into = frequencies(0);
    }
    if (into.overflow) return null;
    return this.scored(into.docs, into.freqs, into.count, averages, version);
  }

  /**
   * The rows a phrase form matches and their frequencies (phrase-positions.ts), from the
   * positions kept, or null unless every term's are (a term not kept as written, which FTS5
   * might fold or split, included) and the columns are ones our forms search.
   */
  private phraseMatched(
    expression: string,
  ): { docs: Float64Array; freqs: Float64Array; n: number } | null {
    const parsed = PHRASE.exec(expression);
    if (parsed === null || this.tier === null) return null;
    const columns = COLUMN_SETS.get(parsed[1] as string);
    if (columns === undefined) return null;
    const terms = (parsed[2] as string).split(' ').map((term) => term.replaceAll('""', '"'));
    if (terms.length > PHRASE_TERMS) return null;
    return this.positionsMatched(expression, columns, terms);
  }

  /**
   * The rows `expression` (the phrase of `terms` in `columns`) matches and their frequencies,
   * from the positions kept, or null unless every term's are.
   */
  private positionsMatched(
    expression: string,
    columns: readonly number[],
    terms: readonly string[],
  ): { docs: Float64Array; freqs: Float64Array; n: number } | null {
    const lists = this.tier?.phrase(terms) ?? null;
    if (lists === null) return null;
    // A search matches its phrase twice, for its ranking and for its facets: the second time
    // is the first's answer while the lists are the very same (a write patches them anew).
    const last = this.lastPhrase;
    if (
      last !== null &&
      last.expression === expression &&
      last.lists.length === lists.length &&
      last.lists.every((list, i) => list === lists[i])
    ) {
      return last.matched;
    }
    const matched = phraseFrequencies(lists, columns, COLUMN_WEIGHTS);
    this.lastPhrase = { expression, lists, matched };
    return matched;
  }

  /**
   * A kept term's scores in `columns`: each article's frequency is its instances' weights added
   * one by one, column by column, as `ranker_instances` adds what the vocabulary lists.
   */
  private fromPostings(
    kept: KeptPostings,
    columns: readonly number[],
    averages: { rows: number; tokens: number },
    version: string,
  ): FormScores | null {
    const size = kept.docs.length;
    const { counts, stride, slot } = kept;
    // The form's columns the term occurs in, in column order, and their weights.
    const present = columns.filter((c) => (slot[c] as number) >= 0);
    const slots = present.map((c) => slot[c] as number);
    const weights = present.map((c) => COLUMN_WEIGHTS[c] as number);
    const docs = new Float64Array(size);
    const freqs = new Float64Array(size);
    let n = 0;
    for (let i = 0; i < size; i++) {
      let freq = 0;
      let held = false;
      for (let p = 0; p < slots.length; p++) {
        const count = counts[i * stride + (slots[p] as number)] as number;
        const weight = weights[p] as number;
        for (let k = 0; k < count; k++) freq += weight;
        if (count > 0) held = true;
      }
      if (!held) continue;
      docs[n] = kept.docs[i] as number;
      freqs[n++] = freq;
    }
    return this.scored(docs, freqs, n, averages, version);
  }

  /** bm25 of the first `n` articles of `docs` from their frequencies and lengths. */
  private scored(
    docs: Float64Array,
    freqs: Float64Array,
    n: number,
    averages: { rows: number; tokens: number },
    version: string,
  ): FormScores | null {
    const lengths = this.lengths.current(version);
    if (n === 0) return { docs: docs.subarray(0, 0), scores: new Float64Array(0) };
    const idf = this.ftsIdf.get({ rows: averages.rows, n });
    if (typeof idf !== 'number' || !Number.isFinite(idf)) return null;
    const { k1, b, oneMinusB, k1PlusOne } = this.constants;
    const average = averages.tokens / averages.rows;
    const scores = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      const freq = freqs[i] as number;
      const length = lengths[docs[i] as number] ?? 0;
      scores[i] = idf * ((freq * k1PlusOne) / (freq + k1 * (oneMinusB + (b * length) / average)));
    }
    return { docs: docs.subarray(0, n), scores };
  }
}

/**
 * The articles where an instance of `first` and one of `second`, both in `columns`, are at most
 * `distance` positions apart, in row id order.
 */
export function nearDocs(
  first: PositionList,
  second: PositionList,
  columns: readonly number[],
  distance: number,
): number[] {
  const inColumns = new Uint8Array(8);
  for (const c of columns) inColumns[c] = 1;
  const out: number[] = [];
  const docsA = first.docs;
  const docsB = second.docs;
  let j = 0;
  for (let i = 0; i < docsA.length && j < docsB.length; i++) {
    const doc = docsA[i] as number;
    while (j < docsB.length && (docsB[j] as number) < doc) j++;
    if (j >= docsB.length || docsB[j] !== doc) continue;
    // Both position lists ascend: the nearer of the two heads moves on until a pair is close.
    let p = first.starts[i] as number;
    const pEnd = first.starts[i + 1] as number;
    let q = second.starts[j] as number;
    const qEnd = second.starts[j + 1] as number;
    const pa = first.positions;
    const pb = second.positions;
    for (;;) {
      while (p < pEnd && inColumns[(pa[p] as number) >>> 24] !== 1) p++;
      while (q < qEnd && inColumns[(pb[q] as number) >>> 24] !== 1) q++;
      if (p >= pEnd || q >= qEnd) break;
      const x = pa[p] as number;
      const y = pb[q] as number;
      if (Math.abs(x - y) <= distance) {
        out.push(doc);
        break;
      }
      if (x < y) p++;
      else q++;
    }
  }
  return out;
}
