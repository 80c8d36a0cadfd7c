import { describe, expect, it } from 'vitest';
import { uzbekCyrillicToLatin } from '../../functions/core/language/uzbek.ts';

describe('uzbekCyrillicToLatin', () => {
  it('writes Cyrillic Uzbek in the official Latin orthography', () => {
    expect(uzbekCyrillicToLatin('Ўзбекистон Республикаси Президенти ғалаба қилди')).toBe(
      'Oʻzbekiston Respublikasi Prezidenti gʻalaba qildi',
    );
  });

  it('writes е as ye at the start of a word only', () => {
    expect(uzbekCyrillicToLatin('ер келди')).toBe('yer keldi');
  });

  it('leaves digits, punctuation and other scripts alone', () => {
    expect(uzbekCyrillicToLatin('2024 йил, UNESCO!')).toBe('2024 yil, UNESCO!');
  });
});
