import { describe, expect, it } from 'vitest';
import {
  analyse,
  analyseNames,
  foldWord,
  queryAlternatives,
  surnameBase,
  tokenize,
} from '../../functions/core/text/text-analysis.ts';

const CASES = ['Кошербаев', 'Кошербаева', 'Кошербаеву', 'Кошербаевым', 'Кошербаеве'];

describe('analyse', () => {
  it('lets a query for any case of a Russian surname match a text with any other case', () => {
    for (const inText of CASES) {
      const indexed = new Set([...analyse(inText), ...analyseNames(inText)]);
      for (const typed of [...CASES, 'кошербаевым']) {
        expect(
          queryAlternatives(typed).some((t) => indexed.has(t)),
          `${typed} -> ${inText}`,
        ).toBe(true);
      }
    }
  });

  it('adds surname forms only for capitalised words, so common nouns stay plain stems', () => {
    expect(analyseNames('депутатов Иванов')).toEqual(['иванов']);
    expect(surnameBase('путиным')).toBe('путин');
    expect(surnameBase('лондон')).toBeNull();
  });

  it('stems English words with Porter2', () => {
    expect(analyse('meetings parliamentary')).toEqual(['meet', 'parliamentari']);
  });

  it('folds case and ё so that print variants match', () => {
    expect(analyse('ЁЛКА')).toEqual(analyse('елка'));
    expect(foldWord('Ёж')).toBe('еж');
  });

  it('keeps hyphenated names and apostrophes inside one word', () => {
    expect(tokenize('Нур-Султан O’Brien').map((t) => t.end - t.start)).toEqual([10, 7]);
  });

  it('leaves numbers as they are', () => {
    expect(analyse('2024 года')).toEqual(['2024', 'год']);
  });

  it('reports each word at its place in the text', () => {
    const text = 'В Лондоне министр';
    expect(tokenize(text).map((t) => text.slice(t.start, t.end))).toEqual([
      'В',
      'Лондоне',
      'министр',
    ]);
  });
});
