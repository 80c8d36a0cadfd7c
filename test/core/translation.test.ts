import { describe, expect, it } from 'vitest';
import { newsLexicon } from '../../functions/core/search/lexicon/news-en-ru.ts';
import { russianForms, translateWord } from '../../functions/core/search/translation.ts';
import { foldWord, stemWord } from '../../functions/core/text/text-analysis.ts';

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
      // Folded as a query word is, which the lookups take them to be.
      for (const lemma of row) expect(foldWord(lemma)).toBe(lemma);
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

describe('translateWord, stemming the lexicon only where a word needs it', () => {
  // The dictionary as it was built before: every row's every lemma stemmed up front.
  function wholeDictionary() {
    const english = new Map<string, Array<{ shortest: number; stems: string[] }>>();
    const russian = new Map<string, Array<{ shortest: number; stems: string[] }>>();
    const add = (map: typeof english, stem: string, shortest: number, stems: string[]) =>
      map.set(stem, [...(map.get(stem) ?? []), { shortest, stems }]);
    for (const [en = '', ...ru] of newsLexicon()) {
      const lemma = foldWord(en);
      const englishStem = stemWord(lemma);
      const forms = ru.map((other) => ({
        lemma: foldWord(other),
        stems: [...new Set(russianForms(foldWord(other)).map(stemWord))],
      }));
      add(
        english,
        englishStem,
        lemma.length - 2,
        forms.flatMap((form) => form.stems),
      );
      for (const form of forms) {
        for (const stem of form.stems) add(russian, stem, form.lemma.length - 2, [englishStem]);
      }
    }
    return { english, russian };
  }

  it('translates every form of every lemma as the whole dictionary does', () => {
    const whole = wholeDictionary();
    const expected = (word: string) => {
      const folded = foldWord(word);
      const map = /\p{Script=Cyrillic}/u.test(folded) ? whole.russian : whole.english;
      const stems = (map.get(stemWord(folded)) ?? [])
        .filter((sense) => folded.length >= sense.shortest)
        .flatMap((sense) => sense.stems);
      return [...new Set(stems)].slice(0, 4);
    };
    const words = newsLexicon().flatMap(([en = '', ...ru]) => [
      en,
      `${en}s`,
      `${en}ed`,
      `${en}ing`,
      ...ru.flatMap((lemma) => russianForms(lemma)),
    ]);
    expect(words.length).toBeGreaterThan(30_000);
    let translated = 0;
    for (const word of words) {
      const got = translateWord(word);
      if (got.length > 0) translated += 1;
      expect(got, word).toEqual(expected(word));
    }
    // Nearly every form finds its translation: the comparison is not of empty lists.
    expect(translated).toBeGreaterThan(words.length * 0.8);
  });
});
