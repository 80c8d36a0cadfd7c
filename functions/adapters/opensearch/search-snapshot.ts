import type { API } from '@opensearch-project/opensearch';
import type { SearchHit, SearchQuery, SortPosition } from '../../core/search/search-query.ts';
import * as z from '../../core/zod.ts';
import { clusterError } from './cluster-errors.ts';

/**
 * How long a search's point in time outlives its last page. A reader turns a page in seconds;
 * one who comes back later gets a fresh point in time from where the cursor stands.
 */
export const PIT_KEEP_ALIVE = '5m';

/**
 * What a cursor carries to continue a relevance ranking on OpenSearch while the index changes
 * (issue 15): BM25 reads the index's statistics, so every write moves every score, and a plain
 * `search_after` lands elsewhere in the list. The first page is searched as usual (no point
 * in time opened for the many searches nobody pages): its cursor lists the articles it showed.
 * The second page opens a point in time (a snapshot of the index, kept `PIT_KEEP_ALIVE`) and
 * shows the snapshot's ranking from its start, without the articles already shown; later pages
 * follow `search_after` inside that snapshot. So an article that stays in the results is shown
 * exactly once, whatever is added or removed meanwhile.
 */
export interface SearchSnapshot {
  /** The point in time of the pages after the first; none until the second page is asked for. */
  pit?: string;
  /** The ids of the articles (of the stories, when collapsed) the first page showed. */
  shown: string[];
}

const Snapshot = z.object({
  p: z.optional(z.string().check(z.minLength(1), z.maxLength(2048))),
  s: z
    .array(z.string().check(z.regex(/^[A-Za-z0-9_-]{43}$/)))
    .check(z.minLength(1), z.maxLength(101)),
});

// Ids are 64 hex digits; as base64url they take 43 characters, so a cursor after a page of 100
// stays a few kilobytes.
const toShort = (id: string) => Buffer.from(id, 'hex').toString('base64url');
const toId = (short: string) => Buffer.from(short, 'base64url').toString('hex');

/** The snapshot as the opaque text of a cursor. */
export function encodeSnapshot(snapshot: SearchSnapshot): string {
  return JSON.stringify({
    ...(snapshot.pit !== undefined ? { p: snapshot.pit } : {}),
    s: snapshot.shown.map(toShort),
  });
}

/** The snapshot a cursor carried, or null when it carried none of ours. */
export function decodeSnapshot(text: string | undefined): SearchSnapshot | null {
  if (text === undefined) return null;
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return null;
  }
  const result = Snapshot.safeParse(parsed);
  if (!result.success) return null;
  return {
    ...(result.data.p !== undefined ? { pit: result.data.p } : {}),
    shown: result.data.s.map(toId),
  };
}

/**
 * A search body run inside a point in time, asking for `extra` more hits: the articles already
 * shown are dropped from the answer (not left out by the query, which would take them off the
 * total too), so a page is still full when some of them come back. With a point in time the
 * request names no index: the snapshot does.
 */
export function withinSnapshot(
  body: API.Search_RequestBody,
  pit: string,
  extra: number,
): API.Search_RequestBody {
  return {
    ...body,
    pit: { id: pit, keep_alive: PIT_KEEP_ALIVE },
    size: (body.size ?? 0) + extra,
  };
}

/** The point-in-time id a search inside one answers with (the same, or its successor). */
export function answeredPit(body: unknown): string | undefined {
  return z.object({ pit_id: z.optional(z.string().check(z.minLength(1))) }).safeParse(body).data
    ?.pit_id;
}

/**
 * A first page's hit whose cursor lists the hits shown up to it (the cursor is the last shown
 * hit's), made only when read: most first pages are never followed.
 */
export function withShown<T extends SearchHit & { sort: SortPosition }>(
  hit: T,
  hits: readonly T[],
  at: number,
  shownAs: (hit: SearchHit) => string = (h) => h.id,
): T {
  const { primary, id, stories } = hit.sort;
  let made: string | undefined;
  const sort: SortPosition = {
    primary,
    id,
    ...(stories !== undefined ? { stories } : {}),
    get snapshot() {
      made ??= encodeSnapshot({ shown: hits.slice(0, at + 1).map(shownAs) });
      return made;
    },
  };
  return { ...hit, sort };
}

/** The query with its cursor's position alone: paging on as before points in time. */
export function withoutSnapshot(query: SearchQuery): SearchQuery {
  const { after, ...rest } = query;
  if (after === undefined) return rest;
  const { snapshot: _snapshot, ...position } = after;
  return { ...rest, after: position };
}

/** The point in time is gone (expired, or its node restarted). */
export function isSearchContextMissing(error: unknown): boolean {
  const refused = clusterError(error);
  if (refused === null) return false;
  return (
    refused.status === 404 ||
    refused.type === 'search_context_missing_exception' ||
    /search_context_missing|No search context found/i.test(refused.reason)
  );
}
