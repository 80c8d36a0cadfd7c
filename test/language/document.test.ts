import { describe, expect, it } from 'vitest';
import { ArticleLanguageDetector } from '../../functions/adapters/language/article-language-detector.ts';
import { sharedLid176Model } from '../../functions/adapters/language/lid176-model.ts';
import type { LanguageModel } from '../../functions/core/ports.ts';

const detector = new ArticleLanguageDetector();
const russian =
  'Президент подписал закон о государственном бюджете на следующий год. Документ вступит в ' +
  'силу с первого января, сообщили в пресс-службе.';
const kazakh =
  'Қазақстан Республикасының Президенті жаңа заңға қол қойды. Құжат келесі жылдың ' +
  'қаңтарынан бастап күшіне енеді.';
const english = 'The president signed the law on Monday, the press service said.';
// Russian with the letters that set it apart from its neighbours (ы, э), as most paragraphs have.
const russianNews =
  'Министры обсудили вопросы экономики и энергетики, которые были подняты на встрече в Москве. ' +
  'Эксперты считают, что рынки быстро отреагируют на новые меры, и мы увидим это уже в ' +
  'ближайшие недели.';
const ukrainian =
  'Президент підписав закон про державний бюджет на наступний рік. Документ набуде чинності з ' +
  'першого січня, повідомили в пресслужбі.';

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

  it('reads only the paragraphs whose letters say they may differ from the document', () => {
    // Prepare: an opening of 3,000 characters (the document's prior reads all of it), then
    // four more Russian paragraphs and a Ukrainian one.
    const model = sharedLid176Model();
    const lines: string[] = [];
    const counting: LanguageModel = {
      trainingShares: model.trainingShares,
      predict: (text) => model.predict(text),
      read: (line) => {
        lines.push(line);
        return model.read(line);
      },
      predictJoined: (readings) => model.predictJoined(readings),
    };
    const opening = Array.from(
      { length: Math.ceil(3000 / (russianNews.length + 1)) },
      () => russianNews,
    );
    const paragraphs = [...opening, russianNews, russianNews, ukrainian, russianNews, russianNews];

    // Act
    const result = new ArticleLanguageDetector(counting).detectDocument(paragraphs);

    // Assess: the Ukrainian paragraph is found, and is the only one read past the opening.
    expect(result.languages.map((l) => l.language)).toEqual(['ru', 'uk']);
    expect(lines).toHaveLength(opening.length + 1);
    expect(lines.at(-1)).toBe(ukrainian);
    expect(result.confidence).toBeLessThan(1);
  });
});
