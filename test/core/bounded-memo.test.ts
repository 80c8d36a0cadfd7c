import { describe, expect, it } from 'vitest';
import { BoundedMemo } from '../../functions/core/text/bounded-memo.ts';

describe('BoundedMemo', () => {
  it('never holds more than its limit, dropping the oldest half when full', () => {
    const memo = new BoundedMemo<number, number>(10);

    for (let i = 0; i < 25; i++) memo.set(i, i * i);

    expect(memo.size).toBeLessThanOrEqual(10);
    expect(memo.get(24)).toBe(576);
    expect(memo.get(0)).toBeUndefined();
  });

  it('keeps the newer half when it drops the older', () => {
    const memo = new BoundedMemo<string, number>(4);
    for (const [i, key] of ['a', 'b', 'c', 'd'].entries()) memo.set(key, i);

    memo.set('e', 4);

    expect(['a', 'b', 'c', 'd', 'e'].map((k) => memo.get(k))).toEqual([
      undefined,
      undefined,
      2,
      3,
      4,
    ]);
  });
});
