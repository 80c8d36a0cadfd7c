import { describe, expect, it } from 'vitest';
import { InvalidRequestError } from '../../functions/core/errors.ts';
import { decodeCursor, encodeCursor } from '../../functions/core/search/cursor.ts';

const ID = 'a'.repeat(64);

describe('cursors', () => {
  it('carries the index snapshot with the position, so the next page ranks as this one did', () => {
    const position = { primary: 1.2345678901234567, id: ID, snapshot: '[10,120,10,[3,0]]' };

    expect(decodeCursor(encodeCursor(position))).toEqual({ after: position, relaxed: false });
    expect(decodeCursor(encodeCursor(position, true))).toEqual({ after: position, relaxed: true });
  });

  it('still reads a cursor without a snapshot (browsing, or one made before snapshots)', () => {
    const position = { primary: 19800, id: ID };

    expect(decodeCursor(encodeCursor(position))).toEqual({ after: position, relaxed: false });
    expect(decodeCursor(encodeCursor(position, true))).toEqual({ after: position, relaxed: true });
  });

  it('refuses a cursor whose snapshot is empty or too long to be ours', () => {
    const forged = (snapshot: string) =>
      Buffer.from(JSON.stringify([1, ID, 0, snapshot])).toString('base64url');

    expect(() => decodeCursor(forged(''))).toThrow(InvalidRequestError);
    expect(() => decodeCursor(forged('x'.repeat(5000)))).toThrow(InvalidRequestError);
  });
});
