import { describe, expect, it } from 'vitest';
import {
  agencyOfUrl,
  attributedAgency,
  canonicalSource,
} from '../../functions/core/normalise/agencies.ts';
import { removeBoilerplate } from '../../functions/core/normalise/boilerplate.ts';
import { splitCredit } from '../../functions/core/normalise/credits.ts';
import { chooseTitle, liftMetadata } from '../../functions/core/normalise/metadata.ts';

const UPLOADED = new Date('2026-03-01T09:00:00Z');

describe('splitCredit', () => {
  it.each([
    ['Фото: МИД РК', 'МИД РК'],
    ['Фото: Тимур Дюсекеев/Kazinform', 'Тимур Дюсекеев/Kazinform'],
    ['Фото пресс-службы акимата Алматы', 'пресс-службы акимата Алматы'],
    ['Фото с сайта akorda.kz', 'с сайта akorda.kz'],
    ['Photo: Reuters', 'Reuters'],
    ['Photo by Jane Doe', 'Jane Doe'],
    ['Фото – Tengrinews.kz', 'Tengrinews.kz'],
    ['Сурет: ҚР СІМ', 'ҚР СІМ'],
    ['© Reuters', 'Reuters'],
    ['(Фото: Kazinform)', 'Kazinform'],
  ])('takes %j as the credit %j', (paragraph, credit) => {
    expect(splitCredit(paragraph)).toEqual({ text: '', credit });
  });

  it('lifts a credit closing a caption and keeps the caption', () => {
    expect(splitCredit('Министр выступил в Лондоне. Фото: Reuters')).toEqual({
      text: 'Министр выступил в Лондоне.',
      credit: 'Reuters',
    });
  });

  it.each([
    'Фотографии с места событий показали, что здание разрушено.',
    '© 2026 Kazinform. Все права защищены',
    'Photographer John Smith won the prize.',
    `Фото: МИД РК. ${'Продолжение длинного абзаца. '.repeat(8)}`,
  ])('leaves %j alone', (paragraph) => {
    expect(splitCredit(paragraph)).toEqual({ text: paragraph, credit: null });
  });
});

describe('removeBoilerplate', () => {
  const article = ['Lead paragraph of the story, long enough to be prose.', 'Second paragraph.'];

  it('cuts a trailing teaser block under its heading', () => {
    expect(removeBoilerplate([...article, 'Сейчас читают', 'Референдум', 'Курс доллара'])).toEqual(
      article,
    );
    expect(removeBoilerplate([...article, 'Read also:', 'Another story'])).toEqual(article);
  });

  it('keeps a block under such a heading when prose follows it', () => {
    const prose = 'A long paragraph that continues the article after the word Popular, '.repeat(4);
    expect(removeBoilerplate([...article, 'Popular', prose])).toEqual([
      ...article,
      'Popular',
      prose,
    ]);
  });

  it.each([
    'Читайте также: Президент подписал закон о референдуме',
    'Подписывайтесь на наш Telegram-канал',
    'Subscribe to our newsletter',
    'Поделиться: Facebook Telegram WhatsApp',
    'Share Twitter Facebook LinkedIn',
    'Если вы нашли ошибку, выделите её и нажмите Ctrl+Enter',
    '© 2026 Kazinform. Все права защищены.',
    'При использовании материалов гиперссылка обязательна',
    'Мы используем файлы cookie. Продолжая, вы соглашаетесь',
    'Теги: Казахстан, Великобритания',
    'Реклама',
  ])('removes %j wherever it stands', (line) => {
    expect(removeBoilerplate([article[0] ?? '', line, article[1] ?? ''])).toEqual(article);
  });

  it('never takes the opening paragraph for a teaser heading', () => {
    expect(removeBoilerplate(['Popular', 'A story'])).toEqual(['Popular', 'A story']);
  });
});

describe('liftMetadata', () => {
  it('lifts a date line near the top', () => {
    const lifted = liftMetadata(['Headline', '27 февраля 2026, 14:35', 'Lead.'], UPLOADED);
    expect(lifted).toMatchObject({ paragraphs: ['Headline', 'Lead.'], publishedAt: '2026-02-27' });
  });

  it('takes the dateline from the lead under a headline', () => {
    const lifted = liftMetadata(
      ['Headline', 'ASTANA, Feb 27 (Reuters) - The minister said.'],
      UPLOADED,
    );
    expect(lifted).toMatchObject({
      paragraphs: ['Headline', 'The minister said.'],
      place: 'Astana',
      source: 'Reuters',
      publishedAt: '2026-02-27',
    });
  });

  it('reads a closing source line', () => {
    const lifted = liftMetadata(['Lead.', 'More.', 'Источник: Tengrinews.kz'], UPLOADED);
    expect(lifted).toMatchObject({ paragraphs: ['Lead.', 'More.'], source: 'Tengrinews' });
  });

  it('credits the agency a lead names', () => {
    expect(attributedAgency('…, передает корреспондент МИА «Казинформ».')).toBe('Kazinform');
    expect(attributedAgency('Kazinform reports from the scene.')).toBe('Kazinform');
    expect(attributedAgency('Trending topics today.')).toBeNull();
  });

  it('names agencies the same way whatever the spelling', () => {
    expect(
      ['KAZAKHSTAN TODAY', 'Kazinform', 'Казинформ', '/ТАСС/'.slice(1, -1)].map(canonicalSource),
    ).toEqual(['Kazakhstan Today', 'Kazinform', 'Kazinform', 'TASS']);
    expect(canonicalSource('Kyodo')).toBe('Kyodo');
    expect(agencyOfUrl('https://www.inform.kz/ru/news')).toBe('Kazinform');
  });
});

describe('chooseTitle', () => {
  it('drops a body paragraph that repeats the title in another case or with other quotes', () => {
    const titled = chooseTitle(
      ['Lead.', 'ПЕРВАЯ ВСТРЕЧА "ЦЕНТРАЛЬНАЯ АЗИЯ"', 'More.'],
      'Первая встреча «Центральная Азия»',
    );
    expect(titled.paragraphs).toEqual(['Lead.', 'More.']);
  });

  it('drops a repeat however much punctuation and space surround it, and keeps a longer paragraph', () => {
    const titled = chooseTitle(
      [
        `— ${' '.repeat(300)}ПЕРВАЯ…  ВСТРЕЧА!!! ${'—'.repeat(200)}`,
        'Первая встреча 2',
        'Первая встреча, и ещё одна',
        '\u212A-POP', // the Kelvin sign lower-cases to an ASCII k
        'ISTANBUL',
        'Стамбул',
      ],
      'Первая встреча',
      ['K-pop', 'İstanbul'], // İ lower-cases to i and a combining dot, which the key drops
    );
    expect(titled.paragraphs).toEqual([
      'Первая встреча 2',
      'Первая встреча, и ещё одна',
      'Стамбул',
    ]);
  });

  it('takes a short question on the first line as the headline', () => {
    expect(chooseTitle(['Кто заплатит за мост?', 'Текст статьи.', 'Ещё текст.'], null).title).toBe(
      'Кто заплатит за мост?',
    );
  });
});
