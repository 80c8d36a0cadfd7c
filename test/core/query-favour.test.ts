import { describe, expect, it } from 'vitest';
import { QueryLetterDetector } from '../../functions/adapters/language/query-language-detector.ts';
import type { QueryLanguageDetector } from '../../functions/core/ports.ts';
import {
  ENGLISH_READING_WEIGHT,
  favouredLanguages,
  HINT_WEIGHT,
} from '../../functions/core/search/query-favour.ts';

// What a query favours, read as the search function reads it (letters and script, no model).
const detector = new QueryLetterDetector();

/**
 * The table: a query, the reader's language if the page passes one, and the languages its
 * articles should be favoured in, first the one that weighs most; `[]` favours none.
 */
const TABLE: Array<{ query: string; hint?: string; favours: string[]; why: string }> = [
  // A name alone says little about its reader's language: the issue's own example.
  { query: 'Kazakhstan', favours: [], why: 'a Latin name is written alike in many languages' },
  { query: 'Kosherbayev', favours: [], why: 'a transliterated surname' },
  { query: 'Kosherbayev Cooper', favours: [], why: 'two names are still names' },
  { query: 'Tokayev Xi Jinping', favours: [], why: 'three names' },
  { query: 'Almaty', favours: [], why: 'a city' },
  { query: 'Toshkent shahri', favours: [], why: 'Uzbek words that only look like English' },
  { query: '2024', favours: [], why: 'no letters' },
  // The reader's language, weakly, when the query says nothing of its own.
  { query: 'Kazakhstan', hint: 'en', favours: ['en'], why: 'the hint, in the query script' },
  { query: 'Kazakhstan', hint: 'ru', favours: [], why: 'Russian is not written in Latin' },
  // Several words a reader of English writes: function words and news vocabulary.
  {
    query: 'Kazakhstan foreign minister visit to London',
    favours: ['en'],
    why: 'an English sentence',
  },
  { query: 'railway accident', favours: ['en'], why: 'two English news words' },
  { query: 'Tengiz Kashagan oil output', favours: ['en'], why: 'names and English words' },
  {
    query: 'Kazakhstan foreign minister visit to London',
    hint: 'ru',
    favours: ['en'],
    why: 'the query’s own evidence wins over the hint',
  },
  // Letters only some alphabets have.
  { query: 'der Präsident', favours: ['de'], why: 'ä and a German article' },
  { query: 'şirket', favours: ['tr'], why: 'ş' },
  // The script: Cyrillic narrows the languages, its letters weigh them.
  { query: 'Кошербаевым', favours: ['ru'], why: 'a Russian case ending' },
  { query: 'Тоқаев', favours: ['kk'], why: 'қ is Kazakh' },
  { query: 'Україна', favours: ['uk'], why: 'ї is Ukrainian' },
  { query: 'министр иностранных дел визит в Лондон', favours: ['ru'], why: 'a Russian sentence' },
  { query: 'Солтүстік Қазақстандағы су тасқыны', favours: ['kk'], why: 'Kazakh letters' },
];

describe('the query favour: a language only on real evidence', () => {
  for (const { query, hint, favours, why } of TABLE) {
    it(`${query}${hint ? ` (hint ${hint})` : ''} favours ${favours.join(', ') || 'none'}: ${why}`, () => {
      const favoured = favouredLanguages(query, detector, hint);

      expect(favoured.slice(0, favours.length).map((l) => l.language)).toEqual(favours);
      if (favours.length === 0) expect(favoured).toEqual([]);
    });
  }

  it('favours only Cyrillic languages for a Cyrillic name, weighing them', () => {
    const favoured = favouredLanguages('Ташкент', detector);

    expect(
      favoured
        .map((l) => l.language)
        .slice(0, 3)
        .sort(),
    ).toEqual(['kk', 'ky', 'ru']);
    expect(favoured.reduce((sum, l) => sum + l.weight, 0)).toBeCloseTo(1, 2);
  });

  it('gives the hint half the weight a confident reading of English words has', () => {
    expect(favouredLanguages('Almaty', detector, 'en')).toEqual([
      { language: 'en', weight: HINT_WEIGHT },
    ]);
    expect(HINT_WEIGHT * 2).toBe(ENGLISH_READING_WEIGHT);
  });

  it('does not ask the detector about a Latin query without distinctive letters', () => {
    const refusing: QueryLanguageDetector = {
      detectQuery: () => {
        throw new Error('plain Latin letters say nothing the words do not');
      },
    };

    expect(favouredLanguages('oil prices', refusing)).toEqual([
      { language: 'en', weight: ENGLISH_READING_WEIGHT },
    ]);
  });
});
