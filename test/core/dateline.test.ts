import { describe, expect, it } from 'vitest';
import { readDateline } from '../../functions/core/normalise/dateline.ts';
import { monthNumber, parseDate, resolveDay } from '../../functions/core/normalise/dates.ts';

describe('readDateline', () => {
  it('never takes an abbreviated country in brackets for the agency', () => {
    expect(readDateline('WASHINGTON (U.S.) - The economy grew')?.agency ?? null).toBeNull();
    expect(
      readDateline('WASHINGTON, March 4 (U.S.) - The economy grew')?.agency ?? null,
    ).toBeNull();
  });

  it('needs the dash after a wire date and agency', () => {
    expect(readDateline('March 4 (Reuters) said the minister')).toBeNull();
  });

  it.each([
    [
      'Астана. 27 февраля. KAZAKHSTAN TODAY - В рамках визита',
      'Астана',
      27,
      2,
      'Kazakhstan Today',
      'В рамках визита',
    ],
    [
      'ALMATY – Kazakh Foreign Minister met',
      'Almaty',
      null,
      null,
      null,
      'Kazakh Foreign Minister met',
    ],
    [
      'ASTANA, Feb 27 (Reuters) - The minister said',
      'Astana',
      27,
      2,
      'Reuters',
      'The minister said',
    ],
    ['МОСКВА, 27 февраля. /ТАСС/. Президент заявил', 'Москва', 27, 2, 'TASS', 'Президент заявил'],
    [
      'АСТАНА, 27 фев – РИА Новости. Президент заявил',
      'Астана',
      27,
      2,
      'RIA Novosti',
      'Президент заявил',
    ],
    ['ALMATY, Kazakhstan (AP) — The minister', 'Almaty', null, null, 'AP', 'The minister'],
    [
      'NUR-SULTAN. Feb 27. KAZAKHSTAN TODAY - Text',
      'Nur-Sultan',
      27,
      2,
      'Kazakhstan Today',
      'Text',
    ],
    ['Астана, 27 ақпан. ҚазАқпарат – Мәтін', 'Астана', 27, 2, 'Kazinform', 'Мәтін'],
    ['Алматы. 3 марта. КазТАГ – Текст', 'Алматы', 3, 3, 'KazTAG', 'Текст'],
    ['ASTANA (Kazinform) – The', 'Astana', null, null, 'Kazinform', 'The'],
    ['BAKU, Azerbaijan, March 5 (Trend) - Text', 'Baku', 5, 3, 'Trend', 'Text'],
    ['TOKYO, Feb 27 (Kyodo) - Text', 'Tokyo', 27, 2, 'Kyodo', 'Text'],
    ['Астана. 27 февраля. В рамках визита', 'Астана', 27, 2, null, 'В рамках визита'],
    ['Астана. 27 февраля.', 'Астана', 27, 2, null, ''],
    // Wire datelines: filed without a place, from two places, with an abbreviated region.
    ['March 4 (Reuters) - U.S. stocks fell', null, 4, 3, 'Reuters', 'U.S. stocks fell'],
    [
      'BEIRUT/THE HAGUE, March 7 (Reuters) - An Israeli tank',
      'Beirut/The Hague',
      7,
      3,
      'Reuters',
      'An Israeli tank',
    ],
    ['LA CROSSE, Wis. (AP) — After a summer', 'La Crosse', null, null, 'AP', 'After a summer'],
    [
      'WASHINGTON, D.C., U.S. (Reuters) - The economy',
      'Washington',
      null,
      null,
      'Reuters',
      'The economy',
    ],
  ])('reads %j', (paragraph, place, day, month, agency, rest) => {
    const dateline = readDateline(paragraph);
    expect(dateline).toMatchObject({ place, agency, rest });
    expect(dateline?.day?.day ?? null).toBe(day);
    expect(dateline?.day?.month ?? null).toBe(month);
  });

  it('reads the year when the dateline gives one', () => {
    expect(readDateline('ASTANA, February 27, 2026 (Xinhua) -- Kazakh')?.day).toEqual({
      day: 27,
      month: 2,
      year: 2026,
    });
    expect(readDateline('Алматы, 27.02.2026. Текст')?.day).toEqual({
      day: 27,
      month: 2,
      year: 2026,
    });
  });

  it.each([
    'Kazakhstan attaches great importance to its relations with the United Kingdom.',
    'Central Asia today is a region of growing opportunities.',
    'В Лондоне министр иностранных дел встретился с депутатами.',
    'Он отметил, что парламентские контакты важны.',
    'Путин: всё идёт по плану',
    'США – главный партнер Казахстана в регионе',
    'Ермек Кошербаев выразил признательность',
    'May 5 was a day to remember.',
    'Москва. Вчера здесь прошла встреча.',
  ])('finds no dateline in %j', (paragraph) => {
    expect(readDateline(paragraph)).toBeNull();
  });
});

describe('dates', () => {
  it('names months in Russian, Kazakh and English, in full and abbreviated', () => {
    expect(['февраля', 'фев.', 'ақпан', 'Feb', 'February', 'feb.'].map(monthNumber)).toEqual([
      2, 2, 2, 2, 2, 2,
    ]);
    expect(['мая', 'мамыр', 'May', 'Sept', 'қаз'].map(monthNumber)).toEqual([5, 5, 5, 9, 10]);
    expect(['ма', 'маршрут', 'июнью', 'ju'].map(monthNumber)).toEqual([null, null, null, null]);
  });

  it('gives a yearless date the upload year, or the previous one when that is the future', () => {
    expect(resolveDay({ day: 27, month: 2, year: null }, new Date('2026-03-01T00:00:00Z'))).toBe(
      '2026-02-27',
    );
    expect(resolveDay({ day: 27, month: 12, year: null }, new Date('2026-01-02T00:00:00Z'))).toBe(
      '2025-12-27',
    );
    // A few days ahead is still this year: time zones and embargoed copy.
    expect(resolveDay({ day: 3, month: 1, year: null }, new Date('2026-01-01T00:00:00Z'))).toBe(
      '2026-01-03',
    );
    expect(
      resolveDay({ day: 29, month: 2, year: null }, new Date('2026-03-05T00:00:00Z')),
    ).toBeNull();
  });

  it.each([
    ['2026-02-27T21:05:00+05:00', '2026-02-27'],
    ['27.02.2026', '2026-02-27'],
    ['2026/02/27', '2026-02-27'],
    ['20260227T101500Z', '2026-02-27'],
    ['Fri, 27 Feb 2026 10:00:00 +0500', '2026-02-27'],
    ['27 февраля 2026 года', '2026-02-27'],
    ['February 27, 2026', '2026-02-27'],
    ['2026 жылғы 27 ақпан', '2026-02-27'],
    [1772150400, '2026-02-27'],
    [1772150400000, '2026-02-27'],
    ['1772150400', '2026-02-27'],
    ['2026-02-30', null],
    ['yesterday', null],
    [{}, null],
  ])('parses %j as %j', (value, expected) => {
    expect(parseDate(value)).toBe(expected);
  });
});
