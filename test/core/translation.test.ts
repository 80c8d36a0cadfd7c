import { describe, expect, it } from 'vitest';
import { newsLexicon } from '../../functions/core/search/lexicon/news-en-ru.ts';
import { translateWord } from '../../functions/core/search/translation.ts';

describe('translateWord', () => {
  it('translates an English word in any form into Russian stems, and back', () => {
    expect(translateWord('minister')).toEqual(['министр']);
    expect(translateWord('Ministers')).toEqual(['министр']);
    expect(translateWord('министра')).toEqual(['minist']);
    expect(translateWord('визитом')).toContain('visit');
  });

  it('stands a Russian lemma for the stems of its cases, which Snowball does not always join', () => {
    // Snowball stems визит to виз but визита and визитом to визит.
    expect(translateWord('visit')).toEqual(expect.arrayContaining(['виз', 'визит']));
    expect(translateWord('визит')).toContain('visit');
    expect(translateWord('иностранных')).toEqual(['foreign']);
  });

  it('gives at most four stems, the usual translations first', () => {
    expect(translateWord('exports').length).toBeLessThanOrEqual(4);
    expect(translateWord('talks')[0]).toBe('переговор');
  });

  it('leaves out words the lexicon does not list, other scripts and chance stem matches', () => {
    expect(translateWord('Kosherbayev')).toEqual([]);
    expect(translateWord('Ақтөбе')).toEqual([]);
    expect(translateWord('東京')).toEqual([]);
    // `Cooper` stems like `cooperation` (сотрудничество) but is far too short to be a form of it.
    expect(translateWord('Cooper')).toEqual([]);
    expect(translateWord('cooperation')).toContain('сотрудничеств');
  });

  it('has one row per English lemma, lower-case single words, е rather than ё', () => {
    const english = newsLexicon().map(([en]) => en);
    expect(new Set(english).size).toBe(english.length);
    for (const row of newsLexicon()) {
      for (const lemma of row) expect(lemma).toMatch(/^[\p{Ll}-]+$/u);
      expect(row.join(' ')).not.toContain('ё');
    }
  });

  it('reads every row of its text, each English lemma with one to three Russian ones', () => {
    // The text's rows, section headings aside: none lost or joined by the splitting.
    expect(newsLexicon()).toHaveLength(2_257);
    for (const row of newsLexicon()) expect(row.length).toBeGreaterThanOrEqual(2);
    for (const row of newsLexicon()) expect(row.length).toBeLessThanOrEqual(4);
  });
});
