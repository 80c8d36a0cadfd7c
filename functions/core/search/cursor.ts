import { InvalidRequestError } from '../errors.ts';
import * as z from '../zod.ts';
import type { SortPosition } from './search-query.ts';

/** The longest snapshot a cursor carries (an OpenSearch point-in-time id is a few hundred). */
const MAX_SNAPSHOT_LENGTH = 4096;

const Id = z.string().check(z.regex(/^[0-9a-f]{64}$/));
const Relaxed = z.union([z.literal(0), z.literal(1)]);
const Stories = z.number().check(z.int(), z.gte(1), z.lte(1_000_000));
const Snapshot = z.string().check(z.minLength(1), z.maxLength(MAX_SNAPSHOT_LENGTH));
// [score or day, id], and a 1 when the search was relaxed to any of its words; then, after 0 or
// 1 for relaxed, a collapsed list's number of stories up to it, the index's snapshot (see
// SortPosition), or both.
const CursorSchema = z.union([
  z.tuple([z.number(), Id]),
  z.tuple([z.number(), Id, z.literal(1)]),
  z.tuple([z.number(), Id, Relaxed, z.union([Stories, Snapshot])]),
  z.tuple([z.number(), Id, Relaxed, Stories, Snapshot]),
]);

/** Where the next page starts, and how the search that made the cursor matched. */
export interface Cursor {
  after: SortPosition;
  /** The search asked for any of its words (see `SearchQuery.relaxed`). */
  relaxed: boolean;
}

/** Encodes a sort position as an opaque, URL-safe cursor. */
export function encodeCursor(position: SortPosition, relaxed = false): string {
  const { primary, id, snapshot, stories } = position;
  const extra = [
    ...(stories !== undefined ? [stories] : []),
    ...(snapshot !== undefined ? [snapshot] : []),
  ];
  const value =
    extra.length > 0
      ? [primary, id, relaxed ? 1 : 0, ...extra]
      : relaxed
        ? [primary, id, 1]
        : [primary, id];
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
  const [primary, id, relaxed, fourth, fifth] = result.data;
  const stories = typeof fourth === 'number' ? fourth : undefined;
  const snapshot = typeof fourth === 'string' ? fourth : fifth;
  return {
    after: {
      primary,
      id,
      ...(stories !== undefined ? { stories } : {}),
      ...(snapshot !== undefined ? { snapshot } : {}),
    },
    relaxed: relaxed === 1,
  };
}
