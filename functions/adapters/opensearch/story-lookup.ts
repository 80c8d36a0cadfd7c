import type { API, Types } from '@opensearch-project/opensearch';
import { type StoryCandidate, storyBands } from '../../core/ingest/story.ts';
import * as z from '../../core/zod.ts';
import type { IndexClient } from './index-client.ts';
import { type RetryPolicy, withRetry } from './retry.ts';

/**
 * Most candidates one lookup reads. Each band value is shared by about 1/256 of unrelated
 * articles, so a large archive has many candidates sharing one band with anything; ranking by
 * the number of shared bands puts real near-duplicates (which usually share several) first.
 */
export const MAX_STORY_CANDIDATES = 100;

/** The keyword a band is indexed as: its number and hex value, `3:af`. */
export function bandTerms(fingerprint: string): string[] {
  return storyBands(fingerprint).map(([band, value]) => `${band}:${value}`);
}

const CandidateHit = z.object({
  _source: z.object({
    id: z.string(),
    storyId: z.string(),
    fingerprint: z.string(),
    indexedAt: z.string(),
  }),
});
const CandidatePage = z.object({ hits: z.object({ hits: z.array(CandidateHit) }) });

/**
 * The search that finds articles sharing a band with a fingerprint: each shared band scores 1
 * (`constant_score`, so term rarity does not matter), most shared first, then the earliest
 * indexed, whose story a new copy joins.
 */
export function storyLookupBody(fingerprint: string): API.Search_RequestBody {
  const should: Types.Common_QueryDsl.QueryContainer[] = bandTerms(fingerprint).map((band) => ({
    constant_score: { filter: { term: { storyBands: band } }, boost: 1 },
  }));
  return {
    size: MAX_STORY_CANDIDATES,
    track_total_hits: false,
    query: {
      bool: { should, minimum_should_match: 1, must_not: [{ term: { deleted: true } }] },
    },
    sort: [
      { _score: { order: 'desc' } },
      { indexedAt: { order: 'asc' } },
      { id: { order: 'asc' } },
    ],
    _source: { includes: ['id', 'storyId', 'fingerprint', 'indexedAt'] },
  };
}

/**
 * Candidates for `assignStoryId`, which confirms them by Hamming distance. Searches see writes
 * only after a refresh (a second by default), so two copies ingested within that second do not
 * find each other: each names its own story.
 */
export async function findStoryCandidates(
  client: IndexClient,
  index: string,
  retry: RetryPolicy,
  fingerprint: string,
): Promise<StoryCandidate[]> {
  const response = await withRetry(retry, () =>
    client.search({ index, body: storyLookupBody(fingerprint) }),
  );
  return CandidatePage.parse(response.body).hits.hits.map((hit) => hit._source);
}
