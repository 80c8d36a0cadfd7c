import { describe, expect, it } from 'vitest';
import { articleDocument } from '../../functions/adapters/opensearch/documents.ts';
import { openOpenSearchIndex } from '../../functions/adapters/opensearch/opensearch-article-index.ts';
import type { RetryPolicy } from '../../functions/adapters/opensearch/retry.ts';
import { assignStoryId } from '../../functions/core/ingest/story.ts';
import { errorReply, json, MockCluster } from '../opensearch-standin/mock-connection.ts';
import { testArticle } from '../port/article-index-behaviour.ts';

const noWait: Partial<RetryPolicy> = { sleep: async () => {}, random: () => 0.5 };
const FINGERPRINT = '0123456789abcdef';
const BANDS = ['0:01', '1:23', '2:45', '3:67', '4:89', '5:ab', '6:cd', '7:ef'];

function candidate(id: string, fingerprint: string, indexedAt: string, storyId = id) {
  return { _id: id, _score: 1, _source: { id, storyId, fingerprint, indexedAt } };
}

async function indexOver(cluster: MockCluster) {
  return openOpenSearchIndex({
    client: cluster.client(),
    indexName: 'articles',
    bootstrap: 'check',
    retry: noWait,
  });
}

describe('OpenSearch near-duplicate lookup', () => {
  it('stores the fingerprint as eight band keywords', () => {
    const document = articleDocument(testArticle('a.txt', { fingerprint: FINGERPRINT }));

    expect(document.storyBands).toEqual(BANDS);
  });

  it('asks for articles sharing a band, most shared bands first, then the earliest', async () => {
    const cluster = new MockCluster()
      .when('HEAD', /.*/, { status: 200 })
      .when('POST', '/articles/_search', { status: 200, body: { hits: { hits: [] } } });
    const index = await indexOver(cluster);

    await index.findSimilar(FINGERPRINT);

    await index.close();
    const [sent] = cluster.sent('POST', '/articles/_search');
    expect(json(sent?.body ?? '')).toEqual({
      size: 100,
      track_total_hits: false,
      query: {
        bool: {
          should: BANDS.map((band) => ({
            constant_score: { filter: { term: { storyBands: band } }, boost: 1 },
          })),
          minimum_should_match: 1,
          must_not: [{ term: { deleted: true } }],
        },
      },
      sort: [
        { _score: { order: 'desc' } },
        { indexedAt: { order: 'asc' } },
        { id: { order: 'asc' } },
      ],
      _source: { includes: ['id', 'storyId', 'fingerprint', 'indexedAt'] },
    });
  });

  it('joins the story of the earliest candidate within the distance, ignoring far ones', async () => {
    // 0123456789abcdee differs in 1 bit; ffffffff89abcdef in many more than 10.
    const cluster = new MockCluster()
      .when('HEAD', /.*/, { status: 200 })
      .when('POST', '/articles/_search', {
        status: 200,
        body: {
          hits: {
            hits: [
              candidate('far', 'ffffffff89abcdef', '2024-01-01T00:00:00.000Z'),
              candidate('late', '0123456789abcdee', '2024-03-02T00:00:00.000Z', 'story-b'),
              candidate('early', '0123456789abcdff', '2024-03-01T00:00:00.000Z', 'story-a'),
            ],
          },
        },
      });
    const index = await indexOver(cluster);

    const storyId = await assignStoryId('new', FINGERPRINT, index);

    await index.close();
    expect(storyId).toBe('story-a');
  });

  it('finds nothing, rather than failing, before the index exists', async () => {
    const cluster = new MockCluster()
      .when('HEAD', /.*/, { status: 404 })
      .when(
        'POST',
        '/articles/_search',
        errorReply(404, 'index_not_found_exception', 'no such index [articles]'),
      );
    const index = await indexOver(cluster);

    const candidates = await index.findSimilar(FINGERPRINT);

    await index.close();
    expect(candidates).toEqual([]);
  });

  it('retries a throttled lookup and fails on a malformed answer', async () => {
    let calls = 0;
    const cluster = new MockCluster()
      .when('HEAD', /.*/, { status: 200 })
      .when('POST', '/articles/_search', () =>
        ++calls === 1
          ? errorReply(429, 'rejected_execution_exception', 'search queue full')
          : { status: 200, body: { hits: { hits: [{ _source: { id: 'x' } }] } } },
      );
    const index = await indexOver(cluster);

    await expect(index.findSimilar(FINGERPRINT)).rejects.toThrow(/storyId|fingerprint/);

    await index.close();
    expect(calls).toBe(2);
  });
});
