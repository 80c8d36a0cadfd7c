import { describe, expect, it } from 'vitest';
import { spanHash } from '../../functions/adapters/language/fasttext/span-table.ts';
import {
  LONGEST_TOKEN_KEPT,
  TokenVectors,
} from '../../functions/adapters/language/fasttext/token-vectors.ts';

// A token as the classifier finds it: `text[start, end)` with its hash.
function token(text: string): [string, number, number, number] {
  return [text, 0, text.length, spanHash(text, 0, text.length)];
}

describe('TokenVectors', () => {
  it('gives back a stored token’s sum and row count', () => {
    const vectors = new TokenVectors(2, 4);
    vectors.store(...token('Лондон'), [0.5, -1.25], 3);
    const target = new Float64Array([1, 1]);

    expect(vectors.addInto(...token('Лондон'), target)).toBe(3);
    expect([...target]).toEqual([1.5, -0.25]);
  });

  it('does not keep a token longer than any word, whose characters it would hold for good', () => {
    const vectors = new TokenVectors(2, 4);
    const blob = 'QUJD'.repeat(250_000);
    const longest = 'x'.repeat(LONGEST_TOKEN_KEPT);

    expect(vectors.store(...token(blob), [1, 2], 5)).toBe(-1);
    expect(vectors.addInto(...token(blob), new Float64Array(2))).toBe(-1);
    expect(vectors.store(...token(longest), [1, 2], 5)).toBeGreaterThanOrEqual(0);
    expect(vectors.size).toBe(1);
  });

  it('still finds the tokens of the generation before when one fills', () => {
    const vectors = new TokenVectors(1, 2);
    vectors.store(...token('a'), [1], 1);
    vectors.store(...token('b'), [2], 2);
    vectors.store(...token('c'), [3], 3);
    const target = new Float64Array(1);

    expect(vectors.addInto(...token('b'), target)).toBe(2);
    expect(vectors.addInto(...token('c'), target)).toBe(3);
    expect([...target]).toEqual([5]);
  });
});
