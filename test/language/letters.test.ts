import { describe, expect, it } from 'vitest';
import { profilesForScript } from '../../functions/core/language/languages.ts';
import { letterLogLikelihoods } from '../../functions/core/language/letters.ts';

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
