import { describe, expect, it } from 'vitest';
import { parseQuery } from '../../functions/core/query-parser.ts';

describe('parseQuery', () => {
  it('reads every word as a required clause', () => {
    expect(parseQuery('Kosherbayev London')).toEqual([
      { words: ['Kosherbayev'], negated: false },
      { words: ['London'], negated: false },
    ]);
  });

  it('reads quoted text as a phrase', () => {
    expect(parseQuery('"Центральная Азия" Лондон')).toEqual([
      { words: ['Центральная', 'Азия'], negated: false },
      { words: ['Лондон'], negated: false },
    ]);
  });

  it('reads a leading dash as an exclusion', () => {
    expect(parseQuery('Kazakhstan -London -"House of Lords"')).toEqual([
      { words: ['Kazakhstan'], negated: false },
      { words: ['London'], negated: true },
      { words: ['House', 'of', 'Lords'], negated: true },
    ]);
  });

  it('never throws on stray quotes and punctuation, and drops what has no letters', () => {
    expect(parseQuery('"unbalanced  - -- ""')).toEqual([{ words: ['unbalanced'], negated: false }]);
    expect(parseQuery('   ')).toEqual([]);
  });

  it('treats a query of only exclusions as ordinary words', () => {
    expect(parseQuery('-Kazakhstan')).toEqual([{ words: ['Kazakhstan'], negated: false }]);
  });
});
