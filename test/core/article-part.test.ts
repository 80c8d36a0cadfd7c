import { describe, expect, it } from 'vitest';
import { NotFoundError } from '../../functions/core/errors.ts';
import { articlePart, parseBodyOffset } from '../../functions/core/search/article-part.ts';
import { testArticle } from '../port/article-index-behaviour.ts';

/** Every part of a body, from the first, following `nextOffset`. */
function allParts(body: string, maxBytes: number) {
  const article = testArticle('long.txt', { body });
  const parts = [];
  let offset: number | null = 0;
  while (offset !== null) {
    const part = articlePart(article, offset, maxBytes);
    parts.push(part);
    offset = part.bodyPart.nextOffset;
  }
  return parts;
}

describe('an article response body in parts', () => {
  it('gives a body that fits whole, saying it is complete', () => {
    const part = articlePart(testArticle('a.txt', { body: 'Short and whole.' }));

    expect(part.body).toBe('Short and whole.');
    expect(part.bodyPart).toEqual({
      offset: 0,
      end: 16,
      length: 16,
      truncated: false,
      nextOffset: null,
    });
  });

  it('cuts a long body into parts of at most the byte bound, between words, that join to the whole', () => {
    const body = Array.from({ length: 3_000 }, (_, i) => `Слово${i} word${i}`).join(' ');
    const parts = allParts(body, 4_096);

    expect(parts.length).toBeGreaterThan(10);
    expect(parts.map((p) => p.body).join('')).toBe(body);
    for (const part of parts) {
      expect(Buffer.byteLength(part.body)).toBeLessThanOrEqual(4_096);
      expect(part.bodyPart.length).toBe(body.length);
      if (part.bodyPart.truncated) expect(part.body).toMatch(/\s$/);
    }
    expect(parts.at(-1)?.bodyPart).toMatchObject({ truncated: false, nextOffset: null });
  });

  it('never splits a character outside the Basic Multilingual Plane between two parts', () => {
    const body = '😀'.repeat(5_000);
    const parts = allParts(body, 1_001);

    for (const part of parts) {
      expect(part.body.length % 2).toBe(0);
      expect(part.body).toMatch(/^(😀)+$/u);
    }
    expect(parts.map((p) => p.body).join('')).toBe(body);
  });

  it('finds no part at an offset past the end of the body, naming the parameter', () => {
    // Well-formed, as an id of no article is: not found (404), not malformed (400).
    const article = testArticle('a.txt', { body: 'Short.' });

    expect(() => articlePart(article, 7)).toThrow(NotFoundError);
    expect(() => articlePart(article, 7)).toThrow(expect.objectContaining({ parameter: 'offset' }));
    expect(() => articlePart(article, 7)).toThrow(/offset 7 is past the end/);
  });

  it('reads the offset parameter as a whole number, 0 when absent', () => {
    expect(parseBodyOffset(undefined)).toBe(0);
    expect(parseBodyOffset('1048576')).toBe(1_048_576);
    for (const bad of ['-1', '1.5', 'abc', '']) {
      expect(() => parseBodyOffset(bad)).toThrow(/offset must be a whole number/);
    }
  });
});
