import type { PlannedClause, QueryPlan } from '../../core/search/query-plan.ts';
import { FIELD_WEIGHTS, MAX_QUERY_REPEATS, PROXIMITY } from '../../core/search/ranking.ts';

/**
 * An FTS5 string holding the terms as one phrase. Inside a string FTS5 sees no operators, so
 * user input cannot change the query's structure; a `"` (which the analyser never emits) is
 * doubled all the same, as FTS5 requires.
 */
export function ftsPhrase(terms: readonly string[]): string {
  return `"${terms.join(' ').replaceAll('"', '""')}"`;
}

// The article's own words are in `title` and `body`; `names` holds surname base forms, which a
// stem may equal (`Кошербаевым` stems to the base of every case of the name).
const WORDS = '{title body}';
const WORDS_AND_NAMES = '{title body names}';

/** How a clause counts: `o`ptional, `r`equired or e`x`cluded. */
export type FormKind = 'o' | 'r' | 'x';

/**
 * One form a clause may match in, as one FTS5 phrase: `[expression, clause, kind, weight]`.
 * Each is searched on its own, so that its bm25 can be read back as its term-frequency part
 * and given our own idf and weight (see `article-search.ts`).
 */
export type Form = [expression: string, clause: number, kind: FormKind, weight: number];

/** A pair of neighbouring words: `[NEAR expression, first clause, second clause]`. */
export type Pair = [expression: string, first: number, second: number];

/** Every form a clause may match in, each with the weight of its kind of match. */
export function clauseForms(clause: PlannedClause): Array<[expression: string, weight: number]> {
  if (clause.kind === 'phrase') return [[`${WORDS} : ${ftsPhrase(clause.terms)}`, 1]];
  const { surname, translit, sounds } = clause.names;
  const forms: Array<[string, number]> = [[`${WORDS_AND_NAMES} : ${ftsPhrase(clause.terms)}`, 1]];
  if (surname !== null && clause.terms.join(' ') !== surname) {
    forms.push([`${WORDS_AND_NAMES} : ${ftsPhrase([surname])}`, 1]);
  }
  for (const key of translit)
    forms.push([`translit : ${ftsPhrase([key])}`, FIELD_WEIGHTS.translit]);
  for (const key of sounds) forms.push([`sounds : ${ftsPhrase([key])}`, FIELD_WEIGHTS.sounds]);
  for (const stem of clause.translations) {
    forms.push([`${WORDS} : ${ftsPhrase([stem])}`, FIELD_WEIGHTS.translation]);
  }
  return forms;
}

/** A query plan as the embedded index carries it out (see `embeddedQuery`). */
export interface EmbeddedQuery {
  forms: Form[];
  pairs: Pair[];
  /** Clauses every article must match. */
  required: number;
  /** Optional clauses, of which an article must match `minimum`. */
  optional: number;
  minimum: number;
}

function times(clause: PlannedClause): number {
  return clause.kind === 'word' ? Math.min(clause.weight, MAX_QUERY_REPEATS) : 1;
}

/** Translates a plan into FTS5 phrases, one per form of each clause, and proximity pairs. */
export function embeddedQuery(plan: QueryPlan): EmbeddedQuery {
  const forms: Form[] = [];
  const numbered = new Map<PlannedClause, number>();
  const add = (clauses: readonly PlannedClause[], kind: FormKind) => {
    for (const clause of clauses) {
      const id = numbered.size;
      numbered.set(clause, id);
      // A word a query repeats weighs as many times more (BM25's query term frequency).
      const scale = times(clause);
      for (const [expression, weight] of clauseForms(clause)) {
        forms.push([expression, id, kind, weight * scale]);
      }
    }
  };
  add(plan.required, 'r');
  add(plan.optional, 'o');
  add(plan.excluded, 'x');
  const pairs: Pair[] = [];
  for (const pair of plan.proximity) {
    const first = numbered.get(pair.clauses[0]);
    const second = numbered.get(pair.clauses[1]);
    if (first === undefined || second === undefined) continue;
    const [a, b] = pair.terms;
    pairs.push([
      `${WORDS} : NEAR(${ftsPhrase([a])} ${ftsPhrase([b])}, ${PROXIMITY.window})`,
      first,
      second,
    ]);
  }
  return {
    forms,
    pairs,
    required: plan.required.length,
    optional: plan.optional.length,
    minimum: plan.minimumShouldMatch,
  };
}

/** The most forms one membership expression holds; a longer query is counted form by form. */
const MEMBERSHIP_FORMS = 64;

/**
 * The articles a query matches, as one FTS5 boolean expression: every required clause, the
 * optional ones as `minimum` asks (all of them, or any one), none of the excluded; a clause is
 * any of its forms. FTS5 merges the forms' lists itself and gives each article once, so the
 * facets, which need only which articles match, skip counting matches form by form (each form
 * a row, then grouped by article: about two thirds of their cost for a common word). Null when
 * the plan asks for another minimum (none does today) or is very long: then the facets count
 * form by form.
 */
export function membershipExpression(query: EmbeddedQuery): string | null {
  if (query.forms.length > MEMBERSHIP_FORMS) return null;
  const clauses = new Map<number, { kind: FormKind; forms: string[] }>();
  for (const [expression, clause, kind] of query.forms) {
    const forms = clauses.get(clause)?.forms ?? [];
    forms.push(`(${expression})`);
    clauses.set(clause, { kind, forms });
  }
  const of = (kind: FormKind) =>
    [...clauses.values()].filter((c) => c.kind === kind).map((c) => `(${c.forms.join(' OR ')})`);
  const optional = of('o');
  const wanted = of('r');
  if (optional.length > 0 && query.minimum === optional.length) wanted.push(...optional);
  else if (optional.length > 0 && query.minimum === 1) wanted.push(`(${optional.join(' OR ')})`);
  else if (query.minimum !== 0) return null;
  if (wanted.length === 0) return null;
  return of('x').reduce(
    (expression, excluded) => `(${expression}) NOT ${excluded}`,
    wanted.join(' AND '),
  );
}
