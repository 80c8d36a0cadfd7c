import type { QueryClause } from '../../core/search-query.ts';
import { analyse, queryAlternatives } from '../../core/text-analysis.ts';
import { queryKeys } from '../../core/transliteration.ts';

/**
 * An FTS5 string holding the terms as one phrase. Inside a string FTS5 sees no operators, so
 * user input cannot change the query's structure; a `"` (which the analyser never emits) is
 * doubled all the same, as FTS5 requires.
 */
export function ftsPhrase(terms: readonly string[]): string {
  return `"${terms.join(' ').replaceAll('"', '""')}"`;
}

function clausePhrase(clause: QueryClause): string | null {
  const terms = analyse(clause.words.join(' '));
  if (terms.length !== 1) return terms.length === 0 ? null : ftsPhrase(terms);
  // A single word matches any of its forms: its stem, its surname base in `names`, or its
  // transliteration key, only in `translit` (a Latin key could equal an English stem).
  const forms = [
    ...clause.words.flatMap(queryAlternatives).map((t) => ftsPhrase([t])),
    ...[...new Set(clause.words.flatMap(queryKeys))].map((k) => `translit : ${ftsPhrase([k])}`),
  ];
  return forms.length === 1 ? (forms[0] ?? null) : `(${forms.join(' OR ')})`;
}

/**
 * Translates parsed clauses into an FTS5 MATCH expression: every clause required, negated
 * clauses excluded, a clause of several words matched as a phrase. Returns null when nothing
 * can match: no clause has a searchable word, or only exclusions are left.
 */
export function toMatchExpression(clauses: readonly QueryClause[]): string | null {
  const required: string[] = [];
  const excluded: string[] = [];
  for (const clause of clauses) {
    const phrase = clausePhrase(clause);
    if (phrase !== null) (clause.negated ? excluded : required).push(phrase);
  }
  if (required.length === 0) return null;
  const all = required.length === 1 ? required.join('') : `(${required.join(' AND ')})`;
  // NOT is binary in FTS5 and binds left to right: ((a NOT b) NOT c).
  return [all, ...excluded].join(' NOT ');
}
