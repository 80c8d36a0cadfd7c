import { describe, expect, it } from 'vitest';
import { ArticleLanguageDetector } from '../../functions/adapters/language/article-language-detector.ts';

const detector = new ArticleLanguageDetector();
const russian =
  'Президент подписал закон о государственном бюджете на следующий год. Документ вступит в ' +
  'силу с первого января, сообщили в пресс-службе.';
const kazakh =
  'Қазақстан Республикасының Президенті жаңа заңға қол қойды. Құжат келесі жылдың ' +
  'қаңтарынан бастап күшіне енеді.';
const english = 'The president signed the law on Monday, the press service said.';

describe('ArticleLanguageDetector.detectDocument', () => {
  it('names the language most of the letters are written in and lists every share', () => {
    // Act
    const result = detector.detectDocument([russian, russian, kazakh, english]);

    // Assess
    expect(result.language).toBe('ru');
    expect(result.script).toBe('Cyrl');
    expect(result.languages.map((l) => l.language)).toEqual(['ru', 'kk', 'en']);
    const total = result.languages.reduce((sum, l) => sum + l.share, 0);
    expect(total).toBeCloseTo(1, 10);
  });

  it('lets a short caption count for the language of the document around it', () => {
    const result = detector.detectDocument([russian, 'Фото: Reuters']);
    expect(result.languages).toEqual([{ language: 'ru', share: 1 }]);
  });

  it('lets a doubtful paragraph count for the language of the whole document', () => {
    // Alone, the sentence of names reads as Dutch at 0.55; with its headline, it is English.
    const result = detector.detectDocument([
      'Kosherbayev meets MPs',
      'Kazakh Foreign Minister Yermek Kosherbayev met British lawmakers in London.',
    ]);
    expect(result).toMatchObject({ language: 'en', languages: [{ language: 'en', share: 1 }] });
  });

  it('answers und with a single und share when no paragraph has letters', () => {
    expect(detector.detectDocument(['', '2024', '—'])).toMatchObject({
      language: 'und',
      confidence: 0,
      languages: [{ language: 'und', share: 1 }],
    });
  });

  it('agrees with detect on a document of one language', () => {
    const result = detector.detectDocument([kazakh]);
    expect(result.language).toBe(detector.detect(kazakh).language);
    expect(result.confidence).toBeGreaterThan(0.5);
  });
});
