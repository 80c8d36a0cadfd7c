import { describe, expect, it } from 'vitest';
import { profilesForScript } from '../../functions/core/language/languages.ts';
import {
  letterCounts,
  letterLogLikelihoods,
  letterLogLikelihoodsOf,
} from '../../functions/core/language/letters.ts';

const cyrillic = profilesForScript('Cyrl');

/** The Cyrillic language whose letter frequencies explain the text best. */
function bestByLetters(text: string): string {
  const scores = letterLogLikelihoods(text, cyrillic);
  let best = 0;
  scores.forEach((score, i) => {
    if (score > (scores[best] ?? Number.NEGATIVE_INFINITY)) best = i;
  });
  return cyrillic[best]?.language ?? 'none';
}

describe('letter evidence', () => {
  it.each([
    ['Kazakh ә ғ қ ң ө ұ ү һ і', 'Қазақстан Республикасының Үкіметі ұсынды', 'kk'],
    ['Ukrainian ї є ґ', 'Україна їхала, ґанок є', 'uk'],
    ['Belarusian ў and no и', 'Прэзідэнт падпісаў закон аб бюджэце', 'be'],
    ['Serbian ђ ћ џ', 'Ђорђе ће џемпер', 'sr'],
    ['Macedonian ѓ ќ ѕ', 'Ѓорѓи ќе ѕвезда', 'mk'],
    ['Tajik ӣ ӯ ҳ ҷ', 'Ҷумҳурии Тоҷикистон рӯзи миллӣ', 'tg'],
    ['Uzbek ў қ ғ ҳ', 'Ўзбекистон ғалаба қилди ҳам', 'uz'],
  ])('recognises %s', (_, text, language) => {
    expect(bestByLetters(text)).toBe(language);
  });

  it('gives every profile a score, even for letters none of them uses', () => {
    const scores = letterLogLikelihoods('абв ℵ', cyrillic);
    expect(scores).toHaveLength(cyrillic.length);
    for (const score of scores) expect(Number.isFinite(score)).toBe(true);
  });

  it('has no opinion about scripts with one language', () => {
    const georgian = profilesForScript('Geor');
    expect([...letterLogLikelihoods('საქართველო', georgian)]).toEqual([0]);
  });
});

describe('letter counts', () => {
  it('add up over texts to the evidence of the texts joined, to the bit', () => {
    const texts = ['Қазақстан Республикасы', 'Україна і Європа', 'Ещё одна строка'];
    const sum = new Int32Array(letterCounts(texts[0] ?? '', cyrillic)?.length ?? 0);
    for (const text of texts) {
      const counts = letterCounts(text, cyrillic);
      counts?.forEach((count, row) => {
        sum[row] = (sum[row] ?? 0) + count;
      });
    }
    expect(letterLogLikelihoodsOf(sum, cyrillic)).toEqual(
      letterLogLikelihoods(texts.join('\n'), cyrillic),
    );
  });

  it('are none for a script without letter models', () => {
    expect(letterCounts('总统签署了法律', profilesForScript('Hani'))).toBeNull();
  });
});
