import { describe, expect, it } from 'vitest';
import {
  hashCodeUnit,
  SPAN_HASH_START,
  SpanTable,
  spanHash,
} from '../../functions/adapters/language/fasttext/span-table.ts';

// A span of `text` by its first occurrence of `word`.
function span(text: string, word: string): [string, number, number, number] {
  const start = text.indexOf(word);
  const end = start + word.length;
  return [text, start, end, spanHash(text, start, end)];
}

describe('SpanTable', () => {
  it('finds a span again by the same characters in another text', () => {
    const table = new SpanTable(8);
    const slot = table.add(...span('Министр прибыл в Лондон', 'прибыл'));

    expect(table.find(...span('он прибыл вчера', 'прибыл'))).toBe(slot);
    expect(table.find(...span('прибыла', 'прибыла'))).toBe(-1);
    expect(table.find(...span('прибыл', 'приб'))).toBe(-1);
  });

  it('tells apart spans whose hashes collide', () => {
    const table = new SpanTable(8);
    // The same hash forced on two different words: only the characters decide.
    table.add('alpha', 0, 5, 42);
    const beta = table.add('beta', 0, 4, 42);

    expect(table.find('a beta', 2, 6, 42)).toBe(beta);
    expect(table.find('gamma', 0, 5, 42)).toBe(-1);
  });

  it('holds long spans and many of them, past its first character pool', () => {
    const table = new SpanTable(2_000);
    const words = Array.from({ length: 2_000 }, (_, i) => `${'x'.repeat(i % 300)}${i}`);
    const slots = words.map((word) =>
      table.add(word, 0, word.length, spanHash(word, 0, word.length)),
    );

    expect(words.map((word) => table.find(...span(` ${word} `, word)))).toEqual(slots);
    expect(() => table.add('one more', 0, 8, spanHash('one more', 0, 8))).toThrow(RangeError);
  });

  it('hashes a span scanned code unit by code unit as spanHash does', () => {
    let hash = SPAN_HASH_START;
    for (const c of 'Қазақ') hash = hashCodeUnit(hash, c.charCodeAt(0));

    expect(hash).toBe(spanHash('в Қазақстан', 2, 7));
  });
});
