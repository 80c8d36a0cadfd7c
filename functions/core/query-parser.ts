import type { QueryClause } from './search-query.ts';

// `-"phrase"`, `"phrase"`, `-word` or `word`; anything unbalanced is taken as plain words.
const CLAUSE = /(-?)"([^"]*)"|(-?)([^\s"]+)/g;

/**
 * Parses what a user typed into clauses, with the forgiving syntax of OpenSearch's
 * `simple_query_string`: words must all match, `"…"` is a phrase, a leading `-` excludes.
 * It never throws: a stray quote or dash is read as text rather than rejected.
 */
export function parseQuery(text: string): QueryClause[] {
  const clauses: QueryClause[] = [];
  for (const m of text.matchAll(CLAUSE)) {
    const phrase = m[2];
    const negated = (phrase !== undefined ? m[1] : m[3]) === '-';
    const raw = phrase ?? m[4] ?? '';
    const words = raw.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w));
    if (words.length > 0) clauses.push({ words, negated });
  }
  // A query of only exclusions matches nothing useful; treat the dashes as text instead.
  if (clauses.length > 0 && clauses.every((c) => c.negated)) {
    return clauses.map((c) => ({ ...c, negated: false }));
  }
  return clauses;
}
