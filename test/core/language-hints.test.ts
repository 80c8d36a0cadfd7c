import { describe, expect, it } from 'vitest';
import { ArticleLanguageDetector } from '../../functions/adapters/language/article-language-detector.ts';
import { identifyLanguage } from '../../functions/core/language-hints.ts';

const detector = new ArticleLanguageDetector();
const KYRGYZ =
  'Кыргыз Республикасынын Тышкы иштер министри Лондондо британиялык кесиптеши менен жолугушту. ' +
  'Тараптар эки өлкөнүн ортосундагы соода-экономикалык кызматташтыкты жана жаңы келишимдерди талкуулашты.';
const KAZAKH =
  'Қазақстан Республикасының Сыртқы істер министрі Лондонда британдық әріптесімен кездесті. ' +
  'Тараптар екі елдің арасындағы сауда-экономикалық ынтымақтастықты және жаңа келісімдерді талқылады.';

describe('identifyLanguage', () => {
  it('keeps Kyrgyz as Kyrgyz although it shares ң, ө and ү with Kazakh', () => {
    expect(identifyLanguage(detector, KYRGYZ, null).language).toBe('ky');
  });

  it('recognises Kazakh', () => {
    expect(identifyLanguage(detector, KAZAKH, null).language).toBe('kk');
  });

  it('lets a declared language decide only when the detector is unsure', () => {
    expect(identifyLanguage(detector, 'OK', 'kk').language).toBe('kk');
    expect(identifyLanguage(detector, KAZAKH, 'ru').language).toBe('kk');
  });
});
