import type { EmbeddedQuery, FormKind } from './match-expression.ts';

// The articles a query matches, worked out from its forms' lists of row ids (each in row id
// order, as FTS5 and the frequent terms' postings give them) instead of by FTS5 evaluating the
// query's boolean expression: what `MATCH_MEMBERS` (article-search.ts) selects, an article
// being in every required clause, in at least `minimum` optional ones and in no excluded one,
// where a clause's articles are those of any of its forms. Two words of which one is among the
// frequent terms are then intersected from the rarer one's list, each of its articles sought in
// the commoner's by binary search, where FTS5 read both lists through, once for the facets and
// once more for the ranker, and counted each form's matches a third time.

/**
 * The distinct row ids of several ascending lists, ascending (a list alone is returned as it
 * is). Marked in an array indexed by row id and read back in order: a merge of the lists cost
 * half as much again for a common word's forms (30,000 + 5,000 + 2,000 + … ids).
 */
export function unionOf(lists: ReadonlyArray<ArrayLike<number>>): number[] {
  const nonEmpty = lists.filter((list) => list.length > 0);
  if (nonEmpty.length === 0) return [];
  if (nonEmpty.length === 1) {
    const only = nonEmpty[0] as ArrayLike<number>;
    return Array.isArray(only) ? (only as number[]) : Array.from(only);
  }
  let largest = -1;
  for (const list of nonEmpty) largest = Math.max(largest, list[list.length - 1] as number);
  const marked = new Uint8Array(largest + 1);
  for (const list of nonEmpty) for (let i = 0; i < list.length; i++) marked[list[i] as number] = 1;
  const union: number[] = [];
  for (let doc = 0; doc <= largest; doc++) if (marked[doc] === 1) union.push(doc);
  return union;
}

/** The first index of the ascending `list`, from `from` on, whose id is not below `doc`. */
function lowerBound(list: ArrayLike<number>, doc: number, from: number): number {
  let lo = from;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((list[mid] as number) < doc) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** A clause's articles (the union of its forms'), with its kind. */
export interface ClauseList {
  kind: FormKind;
  docs: ArrayLike<number>;
}

/**
 * The articles matching `query` given each clause's articles, ascending. Without a required
 * clause, the optional ones stand for them when all are needed (words searched together, the
 * default), and their union when one is; null when some but not all are needed (each article's
 * optional clauses would have to be counted over the union: FTS5 does that as well).
 */
export function queryMembers(
  query: Pick<EmbeddedQuery, 'minimum'>,
  clauses: readonly ClauseList[],
): number[] | null {
  // One clause that decides alone: its list as it is.
  const only = clauses.length === 1 ? (clauses[0] as ClauseList) : null;
  if (only !== null && Array.isArray(only.docs)) {
    const decides =
      only.kind === 'r' ? query.minimum <= 0 : only.kind === 'o' && query.minimum <= 1;
    if (decides) return only.docs;
  }
  let required = clauses.filter((c) => c.kind === 'r').map((c) => c.docs);
  let optional = clauses.filter((c) => c.kind === 'o').map((c) => c.docs);
  let minimum = query.minimum;
  const excluded = clauses.filter((c) => c.kind === 'x').map((c) => c.docs);
  if (required.length === 0) {
    if (optional.length === 0) return null;
    if (minimum > optional.length) return [];
    if (minimum === optional.length) required = optional;
    else if (minimum <= 1) required = [unionOf(optional)];
    else return null;
    optional = [];
    minimum = 0;
  }
  // Driven by the shortest required list; each other list is sought from where the last
  // search ended, as the candidates ascend.
  required.sort((a, b) => a.length - b.length);
  const [driver, ...others] = required as [ArrayLike<number>, ...ArrayLike<number>[]];
  const sought = [...others, ...optional, ...excluded];
  const cursor = new Array<number>(sought.length).fill(0);
  const contains = (l: number, doc: number): boolean => {
    const list = sought[l] as ArrayLike<number>;
    const i = lowerBound(list, doc, cursor[l] as number);
    cursor[l] = i;
    return i < list.length && list[i] === doc;
  };
  const out: number[] = [];
  for (let d = 0; d < driver.length; d++) {
    const doc = driver[d] as number;
    let l = 0;
    let keep = true;
    for (; l < others.length; l++) {
      if (!contains(l, doc)) {
        keep = false;
        break;
      }
    }
    if (!keep) continue;
    let found = 0;
    for (let o = 0; o < optional.length; o++) if (contains(others.length + o, doc)) found++;
    if (found < minimum) continue;
    for (let x = 0; x < excluded.length; x++) {
      if (contains(others.length + optional.length + x, doc)) {
        keep = false;
        break;
      }
    }
    if (keep) out.push(doc);
  }
  return out;
}
