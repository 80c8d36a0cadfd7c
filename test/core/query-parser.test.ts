import { describe, expect, it } from 'vitest';
import { parseQuery } from '../../functions/core/search/query-parser.ts';

const word = (w: string) => ({ words: [w], occurrence: 'optional', quoted: false });

describe('parseQuery', () => {
  it('reads every plain word as an optional clause', () => {
    expect(parseQuery('Kosherbayev London')).toEqual([word('Kosherbayev'), word('London')]);
  });

  it('reads quoted text as a required phrase', () => {
    expect(parseQuery('"Центральная Азия" Лондон')).toEqual([
      { words: ['Центральная', 'Азия'], occurrence: 'required', quoted: true },
      word('Лондон'),
    ]);
  });

  it('reads a leading plus as a required word or phrase', () => {
    expect(parseQuery('+Kosherbayev visit +"Central Asia"')).toEqual([
      { words: ['Kosherbayev'], occurrence: 'required', quoted: false },
      word('visit'),
      { words: ['Central', 'Asia'], occurrence: 'required', quoted: true },
    ]);
  });

  it('reads a leading dash as an exclusion', () => {
    expect(parseQuery('Kazakhstan -London -"House of Lords"')).toEqual([
      word('Kazakhstan'),
      { words: ['London'], occurrence: 'excluded', quoted: false },
      { words: ['House', 'of', 'Lords'], occurrence: 'excluded', quoted: true },
    ]);
  });

  it('keeps inner hyphens and plus signs as part of a word', () => {
    expect(parseQuery('Нур-Султан C++')).toEqual([word('Нур-Султан'), word('C++')]);
  });

  it('never throws on stray quotes and punctuation, and drops what has no letters', () => {
    expect(parseQuery('"unbalanced  - -- ""')).toEqual([
      { words: ['unbalanced'], occurrence: 'required', quoted: true },
    ]);
    expect(parseQuery('+ - "" +')).toEqual([]);
    expect(parseQuery('   ')).toEqual([]);
  });

  it('treats a query of only exclusions as ordinary words', () => {
    expect(parseQuery('-Kazakhstan')).toEqual([word('Kazakhstan')]);
    expect(parseQuery('-"Central Asia"')).toEqual([
      { words: ['Central', 'Asia'], occurrence: 'required', quoted: true },
    ]);
  });
});
