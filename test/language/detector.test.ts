import { describe, expect, it } from 'vitest';
import { ArticleLanguageDetector } from '../../functions/adapters/language/article-language-detector.ts';

const detector = new ArticleLanguageDetector();

describe('ArticleLanguageDetector.detect', () => {
  it.each([
    ['ru', 'Cyrl', 'Президент подписал закон о государственном бюджете на следующий год.'],
    ['kk', 'Cyrl', 'Қазақстан Республикасының Президенті жаңа заңға қол қойды.'],
    ['ky', 'Cyrl', 'Кыргызстандын өкмөтү жаңы мыйзам долбоорун жактырды.'],
    ['uz', 'Cyrl', 'Ўзбекистон Республикаси Президенти янги қонунни имзолади.'],
    ['uz', 'Latn', 'Oʻzbekiston Respublikasi Prezidenti yangi qonunni imzoladi.'],
    ['tg', 'Cyrl', 'Президенти Ҷумҳурии Тоҷикистон қонуни навро имзо кард.'],
    ['tk', 'Latn', 'Türkmenistanyň Prezidenti täze kanuna gol çekdi.'],
    ['mn', 'Cyrl', 'Монгол Улсын Ерөнхийлөгч шинэ хуульд гарын үсэг зурлаа.'],
    ['uk', 'Cyrl', 'Президент України підписав закон про державний бюджет на наступний рік.'],
    ['be', 'Cyrl', 'Прэзідэнт Беларусі падпісаў закон аб дзяржаўным бюджэце на наступны год.'],
    [
      'bg',
      'Cyrl',
      'Президентът на България подписа закона за държавния бюджет за следващата година.',
    ],
    ['sr', 'Cyrl', 'Председник Србије потписао је закон о државном буџету за следећу годину.'],
    ['mk', 'Cyrl', 'Претседателот го потпиша законот за државниот буџет за следната година.'],
    ['az', 'Latn', 'Azərbaycan Respublikasının Prezidenti yeni qanunu imzaladı.'],
    ['tr', 'Latn', 'Türkiye Cumhurbaşkanı gelecek yılın devlet bütçesine ilişkin yasayı imzaladı.'],
    ['en', 'Latn', 'The president signed the state budget law for the next year.'],
    ['de', 'Latn', 'Der Präsident hat das Gesetz über den Staatshaushalt unterzeichnet.'],
    ['fr', 'Latn', "Le président a signé la loi sur le budget de l'État pour l'année prochaine."],
    ['es', 'Latn', 'El presidente firmó la ley del presupuesto del Estado para el próximo año.'],
    [
      'it',
      'Latn',
      'Il presidente ha firmato la legge sul bilancio dello Stato per il prossimo anno.',
    ],
    ['pt', 'Latn', 'O presidente assinou a lei do orçamento do Estado para o próximo ano.'],
    ['pl', 'Latn', 'Prezydent podpisał ustawę o budżecie państwa na przyszły rok.'],
    [
      'nl',
      'Latn',
      'De president heeft de wet over de staatsbegroting voor volgend jaar ondertekend.',
    ],
    ['ar', 'Arab', 'وقع الرئيس على قانون الميزانية العامة للدولة للعام المقبل.'],
    ['fa', 'Arab', 'رئیس جمهور قانون بودجه کشور برای سال آینده را امضا کرد.'],
    ['zh', 'Hans', '总统签署了关于明年国家预算的法律。'],
    ['zh', 'Hant', '總統簽署了關於明年國家預算的法律。'],
    ['ka', 'Geor', 'პრეზიდენტმა ხელი მოაწერა ახალ კანონს.'],
    ['hy', 'Armn', 'Նախագահը ստորագրեց նոր օրենքը։'],
  ])('identifies %s (%s)', (language, script, text) => {
    expect(detector.detect(text)).toMatchObject({ language, script });
  });

  it('keeps a Russian article Russian when it quotes Kazakh names', () => {
    const text =
      'Президент Казахстана Касым-Жомарт Тоқаев встретился с премьер-министром Әлиханом ' +
      'Смайыловым в Астане.';
    expect(detector.detect(text).language).toBe('ru');
  });

  it.each([
    ['nothing', ''],
    ['numbers', '12 345,67 — 2024'],
    ['punctuation', '!!! ??? ...'],
    ['two letters', 'ok'],
  ])('answers und with zero confidence for %s', (_, text) => {
    expect(detector.detect(text)).toMatchObject({ language: 'und', confidence: 0 });
  });

  it('keeps confidence within 0..1 and below certainty', () => {
    for (const text of ['a b c', 'Бишкек', 'Hello', 'Қазақстан Республикасы', 'x'.repeat(5000)]) {
      const { confidence } = detector.detect(text);
      expect(confidence).toBeGreaterThanOrEqual(0);
      expect(confidence).toBeLessThan(1);
    }
  });

  it('is more confident on a paragraph than on two words of the same language', () => {
    const short = detector.detect('Жаңа заң');
    const long = detector.detect(
      'Қазақстан Республикасының Президенті жаңа заңға қол қойды. Құжат келесі жылдың ' +
        'қаңтарынан бастап күшіне енеді.',
    );
    expect(long.language).toBe('kk');
    expect(long.confidence).toBeGreaterThan(short.confidence);
  });
});
