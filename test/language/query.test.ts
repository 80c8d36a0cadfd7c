import { describe, expect, it } from 'vitest';
import { ArticleLanguageDetector } from '../../functions/adapters/language/article-language-detector.ts';
import { QueryLetterDetector } from '../../functions/adapters/language/query-language-detector.ts';

// The search function identifies queries by their letters alone (no 1 MB model in its bundle);
// both detectors are held to the same table.
describe.each([
  ['ArticleLanguageDetector', new ArticleLanguageDetector()],
  ['QueryLetterDetector', new QueryLetterDetector()],
])('%s.detectQuery', (_name, detector) => {
  it('ranks a word with Kazakh letters as Kazakh first', () => {
    expect(detector.detectQuery('Тоқаев').candidates[0]?.language).toBe('kk');
  });

  it('ranks a Russian phrase as Russian first', () => {
    expect(detector.detectQuery('выборы в Бишкеке').candidates[0]?.language).toBe('ru');
  });

  it('keeps other plausible languages of an ambiguous Cyrillic name', () => {
    const { candidates, script } = detector.detectQuery('Ташкент');
    expect(script).toBe('Cyrl');
    expect(candidates.length).toBeGreaterThan(1);
    expect(candidates.map((c) => c.language)).toContain('ru');
  });

  it('gives weights in 0..1 that sum to 1, most likely first', () => {
    for (const query of ['Кошербаев', 'election results', 'prezident', 'новости']) {
      const { candidates } = detector.detectQuery(query);
      const weights = candidates.map((c) => c.weight);
      expect(weights.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 2);
      expect(weights).toEqual([...weights].sort((a, b) => b - a));
      for (const weight of weights) expect(weight).toBeGreaterThan(0);
    }
  });

  it('offers no candidates for a query without letters', () => {
    expect(detector.detectQuery('2024')).toEqual({ candidates: [], script: 'Zyyy' });
  });

  it('offers only languages written in the query script', () => {
    const { candidates } = detector.detectQuery('Қазақстан');
    for (const { language } of candidates)
      expect(['kk', 'ky', 'uz', 'tg', 'mn', 'ru', 'uk', 'be', 'bg', 'sr', 'mk']).toContain(
        language,
      );
  });
});
