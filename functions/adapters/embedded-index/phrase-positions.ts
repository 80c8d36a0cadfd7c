import type Database from 'better-sqlite3';

// The token positions of the index's commonest terms, so that a quoted phrase of common words
// (`"не по"`) is matched and scored in JavaScript instead of by FTS5, which reads both terms'
// position lists, then reads them again to count the phrase's rows for bm25's idf, and scores
// every match (about 60–80 ms of CPU for a phrase of two stop words at 103,000 articles).
//
// FTS5's phrase semantics (fts5_expr.c), which `phraseFrequencies` reproduces: a row matches
// `cols : "a b c"` when, in one of the phrase's columns, `a` is at some offset `i`, `b` at
// `i + 1` and `c` at `i + 2` (offsets are the tokenizer's token numbers in the column); each
// such `i` is one instance of the phrase (overlapping instances count each). bm25 (fts5_aux.c)
// adds each instance's column weight into the row's frequency, in instance order (column, then
// offset), and takes its idf from the number of rows the phrase matches in those columns
// (`xQueryPhrase`, the column filter kept); the rest is the one-term arithmetic (form-scores.ts).
//
// The positions are FTS5's own instances, read through the same `fts5vocab` instance table the
// tier reads (one per term, in row id then column then offset order): exact by construction,
// and brought up to date after a write the same way (frequent-terms.ts).

/** A column's number goes above the offset (`column << 24`): offsets are kept below this. */
const COLUMN_SHIFT = 2 ** 24;
/** The largest offset kept, so that `position + k` for a phrase's k-th term never reaches the next column. */
const OFFSET_LIMIT = COLUMN_SHIFT - 1024;
/** The most terms a phrase matched here may have (a longer one is FTS5's). */
export const PHRASE_TERMS = 64;

/**
 * One term's instances: its articles in row id order (`docs`), and article i's instances at
 * `positions[starts[i]]` up to `positions[starts[i + 1]]`, each `column * 2^24 + offset`, in
 * FTS5's order (column, then offset).
 */
export interface PositionList {
  docs: Int32Array;
  starts: Uint32Array;
  positions: Uint32Array;
}

/** The bytes a term's position list holds (what the budget counts). */
export function positionBytes(list: PositionList): number {
  return list.docs.byteLength + list.starts.byteLength + list.positions.byteLength;
}

/** Instances as `phrase_positions` receives them, in arrays grown as they come. */
interface Collected {
  docs: Int32Array;
  starts: Uint32Array;
  positions: Uint32Array;
  /** Articles and instances so far. */
  n: number;
  count: number;
  last: number;
  /** Out of FTS5's order, an offset past `OFFSET_LIMIT`: the term's positions are not kept. */
  failed: boolean;
}

function collector(articles = 1, instances = 1): Collected {
  return {
    docs: new Int32Array(Math.max(1, articles)),
    starts: new Uint32Array(Math.max(1, articles) + 1),
    positions: new Uint32Array(Math.max(1, instances)),
    n: 0,
    count: 0,
    last: -1,
    failed: false,
  };
}

/** The collected instances as a position list, cut to size (no copy when sized right). */
function collected(into: Collected): PositionList | null {
  if (into.failed) return null;
  into.starts[into.n] = into.count;
  const exact = into.docs.length === into.n && into.positions.length === into.count;
  if (exact) return { docs: into.docs, starts: into.starts, positions: into.positions };
  return {
    docs: into.docs.slice(0, into.n),
    starts: into.starts.slice(0, into.n + 1),
    positions: into.positions.slice(0, into.count),
  };
}

const sinks = new WeakMap<Database.Database, { into: Collected }>();

/**
 * Registers `phrase_positions(doc, column, offset)` on the connection, once: each instance, in
 * FTS5's order, appended to the list under way.
 */
export function registerPositionsSink(db: Database.Database): { into: Collected } {
  let sink = sinks.get(db);
  if (sink === undefined) {
    const current = { into: collector() };
    sink = current;
    sinks.set(db, current);
    db.aggregate('phrase_positions', {
      varargs: true,
      start: 0,
      step: (count: number, ...instance: unknown[]) => {
        const into = current.into;
        if (into.failed) return count;
        const [doc, column, offset] = instance;
        if (
          typeof doc !== 'number' ||
          !Number.isInteger(doc) ||
          doc < into.last ||
          typeof column !== 'number' ||
          !Number.isInteger(column) ||
          column < 0 ||
          column > 7 ||
          typeof offset !== 'number' ||
          !Number.isInteger(offset) ||
          offset < 0 ||
          offset > OFFSET_LIMIT
        ) {
          into.failed = true;
          return count;
        }
        const position = column * COLUMN_SHIFT + offset;
        if (doc !== into.last) {
          if (into.n === into.docs.length) {
            const docs = new Int32Array(into.docs.length * 2);
            docs.set(into.docs);
            into.docs = docs;
            const starts = new Uint32Array(docs.length + 1);
            starts.set(into.starts);
            into.starts = starts;
          }
          into.docs[into.n] = doc;
          into.starts[into.n] = into.count;
          into.n++;
          into.last = doc;
        } else if (position <= (into.positions[into.count - 1] as number)) {
          into.failed = true;
          return count;
        }
        if (into.count === into.positions.length) {
          const positions = new Uint32Array(into.positions.length * 2);
          positions.set(into.positions);
          into.positions = positions;
        }
        into.positions[into.count++] = position;
        return count + 1;
      },
    });
  }
  return sink;
}

/** Runs `list` (a statement calling `phrase_positions`) and returns what it passed, or null. */
export function collectPositions(
  sink: { into: Collected },
  list: () => unknown,
  articles = 1024,
  instances = 4096,
): PositionList | null {
  const into = collector(articles, instances);
  sink.into = into;
  try {
    list();
  } finally {
    sink.into = collector();
  }
  return collected(into);
}

/** `kept` with the `changed` articles (row id order) replaced by `fresh`'s. */
export function patchedPositions(
  kept: PositionList,
  fresh: PositionList,
  changed: readonly number[],
): PositionList {
  const gone = new Set(changed);
  const docs = new Int32Array(kept.docs.length + fresh.docs.length);
  const starts = new Uint32Array(docs.length + 1);
  const positions = new Uint32Array(kept.positions.length + fresh.positions.length);
  let n = 0;
  let count = 0;
  const take = (from: PositionList, i: number) => {
    docs[n] = from.docs[i] as number;
    starts[n++] = count;
    const begin = from.starts[i] as number;
    const end = from.starts[i + 1] as number;
    positions.set(from.positions.subarray(begin, end), count);
    count += end - begin;
  };
  let j = 0;
  for (let i = 0; i < kept.docs.length; i++) {
    const doc = kept.docs[i] as number;
    while (j < fresh.docs.length && (fresh.docs[j] as number) < doc) take(fresh, j++);
    if (!gone.has(doc)) take(kept, i);
  }
  while (j < fresh.docs.length) take(fresh, j++);
  starts[n] = count;
  return {
    docs: docs.slice(0, n),
    starts: starts.slice(0, n + 1),
    positions: positions.slice(0, count),
  };
}

/**
 * The rows a phrase of `lists` (its terms' position lists, in the phrase's order) matches in
 * `columns` (ascending column numbers), in row id order, with each row's frequency as FTS5's
 * bm25 adds it: the column weight (`weights[column]`) of each instance, one by one, in column
 * then offset order.
 */
export function phraseFrequencies(
  lists: readonly PositionList[],
  columns: readonly number[],
  weights: readonly number[],
): { docs: Float64Array; freqs: Float64Array; n: number } {
  // The arrays of each term, so the loops below read them from locals of one type each (the
  // lists' objects may be of several shapes, built or patched).
  const terms = lists.length;
  const docsOf = lists.map((list) => list.docs);
  const startsOf = lists.map((list) => list.starts);
  const positionsOf = lists.map((list) => list.positions);
  const weightOf = new Float64Array(8);
  const inColumns = new Uint8Array(8);
  for (const c of columns) {
    inColumns[c] = 1;
    weightOf[c] = weights[c] as number;
  }
  // The rarest term's articles drive the walk; the others' pointers only move forward.
  let driver = 0;
  for (let k = 1; k < terms; k++) {
    if ((docsOf[k] as Int32Array).length < (docsOf[driver] as Int32Array).length) driver = k;
  }
  const lead = docsOf[driver] as Int32Array;
  const size = lead.length;
  const docs = new Float64Array(size);
  const freqs = new Float64Array(size);
  const at = new Int32Array(terms);
  const cursor = new Int32Array(terms);
  const firstStarts = startsOf[0] as Uint32Array;
  const firstPositions = positionsOf[0] as Uint32Array;
  let n = 0;
  outer: for (let d = 0; d < size; d++) {
    const doc = lead[d] as number;
    for (let k = 0; k < terms; k++) {
      if (k === driver) {
        at[k] = d;
        continue;
      }
      const list = docsOf[k] as Int32Array;
      const length = list.length;
      let i = at[k] as number;
      // Galloping forward, then a binary search: a common term's list is skipped, not walked.
      let step = 1;
      let hi = i;
      while (hi < length && (list[hi] as number) < doc) {
        i = hi + 1;
        hi += step;
        step *= 2;
      }
      if (hi > length) hi = length;
      while (i < hi) {
        const mid = (i + hi) >>> 1;
        if ((list[mid] as number) < doc) i = mid + 1;
        else hi = mid;
      }
      at[k] = i;
      if (i >= length) break outer;
      if ((list[i] as number) !== doc) continue outer;
    }
    // Every term is in the article: each position of the first term whose column is one of
    // the phrase's, with the k-th term at that position + k.
    for (let k = 1; k < terms; k++) {
      cursor[k] = (startsOf[k] as Uint32Array)[at[k] as number] as number;
    }
    const begin = firstStarts[at[0] as number] as number;
    const end = firstStarts[(at[0] as number) + 1] as number;
    let freq = 0;
    let found = false;
    positions: for (let p = begin; p < end; p++) {
      const position = firstPositions[p] as number;
      const column = position >>> 24;
      if (inColumns[column] !== 1) continue;
      for (let k = 1; k < terms; k++) {
        const positions = positionsOf[k] as Uint32Array;
        const stop = (startsOf[k] as Uint32Array)[(at[k] as number) + 1] as number;
        const wanted = position + k;
        let c = cursor[k] as number;
        while (c < stop && (positions[c] as number) < wanted) c++;
        cursor[k] = c;
        // A term with no position left at or after this one has none after the next either.
        if (c >= stop) break positions;
        if ((positions[c] as number) !== wanted) continue positions;
      }
      freq += weightOf[column] as number;
      found = true;
    }
    if (!found) continue;
    docs[n] = doc;
    freqs[n++] = freq;
  }
  return { docs, freqs, n };
}
