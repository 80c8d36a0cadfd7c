import { describe, expect, it } from 'vitest';
import { pickLocale, translator } from '../../web/src/i18n.ts';

describe('the interface language', () => {
  it('follows the first of the browser languages it speaks', () => {
    expect(pickLocale(['ru-RU', 'en-US'])).toBe('ru');
    expect(pickLocale(['kk-KZ', 'ru', 'en'])).toBe('ru');
    expect(pickLocale(['de-DE', 'en-GB'])).toBe('en');
    expect(pickLocale(['kk'])).toBe('en');
    expect(pickLocale([])).toBe('en');
  });

  it('counts with Russian plural forms', () => {
    const { count, t } = translator('ru');
    expect([1, 2, 5, 21, 1000].map((n) => count(t.articles, n))).toEqual([
      '1 статья',
      '2 статьи',
      '5 статей',
      '21 статья',
      '1\u00a0000 статей', // a no-break space between thousands
    ]);
    expect(count(t.otherVersions, 1)).toBe('ещё 1 версия');
  });

  it('names languages and days in the interface language', () => {
    const en = translator('en');
    const ru = translator('ru');
    expect(en.language('ru')).toBe('Russian');
    expect(ru.language('en')).toBe('Английский');
    expect(ru.language('und')).toBe('Язык не определён');
    expect(en.day('2026-02-26')).toMatch(/26.*Feb.*2026|Feb.*26.*2026/);
    expect(en.count(en.t.otherVersions, 1)).toBe('1 other version');
  });

  it('has every text in both languages', () => {
    expect(Object.keys(translator('ru').t).sort()).toEqual(Object.keys(translator('en').t).sort());
  });
});
