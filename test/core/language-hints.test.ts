import { describe, expect, it } from 'vitest';
import { ArticleLanguageDetector } from '../../functions/adapters/language/article-language-detector.ts';
import type { DocumentLanguage } from '../../functions/core/language/types.ts';
import { identifyLanguage } from '../../functions/core/normalise/language-hints.ts';
import type { DocumentLanguageDetector } from '../../functions/core/ports.ts';

const detector = new ArticleLanguageDetector();
const KYRGYZ =
  'Кыргыз Республикасынын Тышкы иштер министри Лондондо британиялык кесиптеши менен жолугушту. ' +
  'Тараптар эки өлкөнүн ортосундагы соода-экономикалык кызматташтыкты жана жаңы келишимдерди талкуулашты.';
const KAZAKH =
  'Қазақстан Республикасының Сыртқы істер министрі Лондонда британдық әріптесімен кездесті. ' +
  'Тараптар екі елдің арасындағы сауда-экономикалық ынтымақтастықты және жаңа келісімдерді талқылады.';

/** A detector that always gives this answer, to pin how a declaration overrides it. */
function answering(answer: DocumentLanguage): DocumentLanguageDetector {
  return { detectDocument: () => answer };
}

describe('identifyLanguage', () => {
  it('keeps Kyrgyz as Kyrgyz although it shares ң, ө and ү with Kazakh', () => {
    expect(identifyLanguage(detector, [KYRGYZ], null).language).toBe('ky');
  });

  it('recognises Kazakh, in Cyrillic', () => {
    expect(identifyLanguage(detector, [KAZAKH], null)).toMatchObject({
      language: 'kk',
      script: 'Cyrl',
      languages: [{ language: 'kk', share: 1 }],
    });
  });

  it('lets a declared language decide only when the detector is unsure', () => {
    expect(identifyLanguage(detector, ['OK'], 'kk')).toMatchObject({
      language: 'kk',
      languages: [{ language: 'kk', share: 1 }],
    });
    expect(identifyLanguage(detector, [KAZAKH], 'ru').language).toBe('kk');
  });

  it('gives a declared language the letters the unsure detector gave its own answer', () => {
    const unsure = answering({
      language: 'ky',
      confidence: 0.4,
      script: 'Cyrl',
      languages: [
        { language: 'ky', share: 0.5 },
        { language: 'en', share: 0.3 },
        { language: 'kk', share: 0.2 },
      ],
    });

    expect(identifyLanguage(unsure, ['…'], 'kk')).toEqual({
      language: 'kk',
      confidence: 0.5,
      script: 'Cyrl',
      languages: [
        { language: 'kk', share: 0.7 },
        { language: 'en', share: 0.3 },
      ],
    });
  });
});
