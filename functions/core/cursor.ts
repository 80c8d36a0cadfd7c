import { z } from 'zod';
import { InvalidRequestError } from './errors.ts';
import type { SortPosition } from './search-query.ts';

const CursorSchema = z.tuple([z.number().finite(), z.string().regex(/^[0-9a-f]{64}$/)]);

/** Encodes a sort position as an opaque, URL-safe cursor. */
export function encodeCursor(position: SortPosition): string {
  return Buffer.from(JSON.stringify([position.primary, position.id]), 'utf8').toString('base64url');
}

/** Decodes a cursor from a client; throws InvalidRequestError if it was not one of ours. */
export function decodeCursor(cursor: string): SortPosition {
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
  const [primary, id] = result.data;
  return { primary, id };
}
