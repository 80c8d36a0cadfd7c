import { describe, expect, it } from 'vitest';
import {
  cutSentences,
  normaliseForScoring,
  scorePage,
  tokenise,
} from '../../bench/extraction/score.ts';

// The extraction bench's scoring (bench/extraction/README.md): it must be right for the figures
// to mean anything.
const GOLD =
  'The Harbour Lights will unite with former frontman Samuel Okafor for a single evening at the festival. Tickets go on sale next week at the town hall.';

describe('extraction scoring', () => {
  it('normalises case, quotes, dashes, spaces and invisible soft hyphens alike on both sides', () => {
    expect(normaliseForScoring('“Don’t” —  Ung\u00admenn\u00adum')).toBe('"don\'t" - ungmennum');
  });

  it('reads Japanese one character a token, other languages one word a token', () => {
    expect(tokenise('東京で3日', 'ja')).toEqual(['東', '京', 'で', '3', '日']);
    expect(tokenise('Kohl’s new store', 'en')).toEqual(['kohl', 's', 'new', 'store']);
  });

  it('scores a perfect extraction 1 and an empty one 0 recall', () => {
    const gold = { lang: 'en', references: [GOLD], title: null };
    expect(scorePage(GOLD, gold).shingle).toEqual({ precision: 1, recall: 1, f1: 1 });
    expect(scorePage('', gold)).toMatchObject({ empty: true, shingle: { recall: 0, f1: 0 } });
  });

  it('keeps the better of the references with and without optional paragraphs', () => {
    const gold = {
      lang: 'en',
      references: [GOLD, `${GOLD}\n\nReporting by Ann Lee.`],
      title: null,
    };
    expect(scorePage(`${GOLD}\n\nReporting by Ann Lee.`, gold).shingle.f1).toBe(1);
  });

  it('drops a leading headline before scoring', () => {
    const gold = { lang: 'en', references: [GOLD], title: 'Band reunites' };
    expect(scorePage(`Band reunites\n\n${GOLD}`, gold).shingle.precision).toBe(1);
  });

  it('finds words deleted from the middle of a sentence', () => {
    const cut = cutSentences(
      'The will unite with former frontman for a single evening at the festival.',
      GOLD,
      'en',
    );
    expect(cut).toHaveLength(1);
    expect(cut[0]?.missing).toBe('samuel okafor');
  });

  it('accepts a sentence returned whole, split across paragraphs, or not at all', () => {
    expect(cutSentences(GOLD, GOLD, 'en')).toEqual([]);
    expect(
      cutSentences(
        'The Harbour Lights will unite with former frontman\n\nSamuel Okafor for a single evening at the festival.',
        GOLD,
        'en',
      ),
    ).toEqual([]);
    expect(cutSentences('Tickets go on sale next week at the town hall.', GOLD, 'en')).toEqual([]);
  });
});
