import { z } from 'zod';
import { InvalidRequestError } from '../errors.ts';
import type { SortPosition } from './search-query.ts';

// [score or day, id], and a 1 when the search was relaxed to any of its words.
const CursorSchema = z.union([
  z.tuple([z.number().finite(), z.string().regex(/^[0-9a-f]{64}$/)]),
  z.tuple([z.number().finite(), z.string().regex(/^[0-9a-f]{64}$/), z.literal(1)]),
]);

/** Where the next page starts, and how the search that made the cursor matched. */
export interface Cursor {
  after: SortPosition;
  /** The search asked for any of its words (see `SearchQuery.relaxed`). */
  relaxed: boolean;
}

/** Encodes a sort position as an opaque, URL-safe cursor. */
export function encodeCursor(position: SortPosition, relaxed = false): string {
  const value = relaxed ? [position.primary, position.id, 1] : [position.primary, position.id];
  return Buffer.from(JSON.stringify(value), 'utf8').toString('base64url');
}

/** Decodes a cursor from a client; throws InvalidRequestError if it was not one of ours. */
export function decodeCursor(cursor: string): Cursor {
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw new InvalidRequestError('cursor', 'cursor is not a cursor this API returned');
  }
  const result = CursorSchema.safeParse(parsed);
  if (!result.success) {
    throw new InvalidRequestError('cursor', 'cursor is not a cursor this API returned');
  }
  const [primary, id, relaxed] = result.data;
  return { after: { primary, id }, relaxed: relaxed === 1 };
}
