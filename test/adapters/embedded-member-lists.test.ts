import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { FormKind } from '../../functions/adapters/embedded-index/match-expression.ts';
import {
  type ClauseList,
  queryMembers,
  unionOf,
} from '../../functions/adapters/embedded-index/member-lists.ts';
import { propertyRuns } from '../support/property-runs.ts';

// A query's articles from its clauses' lists of row ids (member-lists.ts) must be the ones
// `MATCH_MEMBERS` selects (article-search.ts): every required clause, at least `minimum`
// optional ones, no excluded one. Held against the statement's own definition, written with
// sets, on random lists: long and short, overlapping, empty.

const ids = fc
  .uniqueArray(fc.integer({ min: 0, max: 300 }), { maxLength: 120 })
  .map((list) => list.sort((a, b) => a - b));

/** `MATCH_MEMBERS`'s grouping, as written in its SQL: counted per article over its clauses. */
function byDefinition(minimum: number, clauses: readonly ClauseList[]): number[] {
  const every = new Set<number>();
  for (const { docs } of clauses) for (const doc of Array.from(docs)) every.add(doc);
  const required = clauses.filter((c) => c.kind === 'r').length;
  return [...every]
    .filter((doc) => {
      const having = (kind: FormKind) =>
        clauses.filter((c) => c.kind === kind && Array.from(c.docs).includes(doc)).length;
      return having('r') === required && having('o') >= minimum && having('x') === 0;
    })
    .sort((a, b) => a - b);
}

describe('a query’s articles from its forms’ lists', () => {
  it('merges ascending lists into their distinct ids, ascending', () => {
    fc.assert(
      fc.property(fc.array(ids, { maxLength: 6 }), (lists) => {
        expect(unionOf(lists)).toEqual([...new Set(lists.flat())].sort((a, b) => a - b));
      }),
      { numRuns: propertyRuns(300) },
    );
  });

  it('keeps the articles of every required clause, enough optional ones and no excluded one', () => {
    const clause = fc.record({
      kind: fc.constantFrom<FormKind>('r', 'r', 'o', 'x'),
      docs: ids,
    });
    fc.assert(
      fc.property(
        fc.array(clause, { minLength: 1, maxLength: 5 }),
        fc.integer({ min: 0, max: 3 }),
        (clauses, wanted) => {
          const optional = clauses.filter((c) => c.kind === 'o').length;
          const minimum = wanted;
          const members = queryMembers({ minimum }, clauses);
          const required = clauses.some((c) => c.kind === 'r');
          // Some but not all optional clauses needed, and none required: left to FTS5.
          if (!required && (optional === 0 || (minimum > 1 && minimum < optional))) {
            expect(members).toBeNull();
          } else expect(members).toEqual(byDefinition(minimum, clauses));
        },
      ),
      { numRuns: propertyRuns(500) },
    );
  });

  it('finds a rare word’s few articles among a common word’s many', () => {
    const common = Array.from({ length: 50_000 }, (_, i) => 2 * i);
    const rare = [1, 4, 7, 99_998, 100_001];
    expect(
      queryMembers({ minimum: 0 }, [
        { kind: 'r', docs: common },
        { kind: 'r', docs: rare },
      ]),
    ).toEqual([4, 99_998]);
  });
});
