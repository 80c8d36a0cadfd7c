import type { Occurrence, QueryClause } from './search-query.ts';

// `+"phrase"`, `-"phrase"`, `"phrase"`, `+word`, `-word` or `word`; an unbalanced quote is text.
const CLAUSE = /([+-]?)"([^"]*)"|([+-]?)([^\s"]+)/g;

function occurrence(sign: string | undefined, quoted: boolean): Occurrence {
  if (sign === '-') return 'excluded';
  return sign === '+' || quoted ? 'required' : 'optional';
}

/**
 * Parses what a user typed into clauses, with the forgiving syntax people know from search
 * boxes: plain words are optional and rank articles, `+word` is required, `"…"` is an exact
 * phrase and required, a leading `-` excludes a word or phrase. It never throws: a stray quote,
 * plus or dash is read as text rather than rejected.
 */
export function parseQuery(text: string): QueryClause[] {
  const clauses: QueryClause[] = [];
  for (const m of text.matchAll(CLAUSE)) {
    const quoted = m[2] !== undefined;
    const raw = m[2] ?? m[4] ?? '';
    const words = raw.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w));
    if (words.length > 0)
      clauses.push({ words, occurrence: occurrence(m[1] ?? m[3], quoted), quoted });
  }
  // A query of only exclusions matches nothing useful; treat the dashes as text instead.
  if (clauses.length > 0 && clauses.every((c) => c.occurrence === 'excluded')) {
    return clauses.map((c) => ({ ...c, occurrence: c.quoted ? 'required' : 'optional' }));
  }
  return clauses;
}
