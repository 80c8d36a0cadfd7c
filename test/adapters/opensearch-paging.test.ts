import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openOpenSearchIndex } from '../../functions/adapters/opensearch/opensearch-article-index.ts';
import type { Article } from '../../functions/core/article.ts';
import type { ArticleIndex } from '../../functions/core/ports.ts';
import { parseQuery } from '../../functions/core/search/query-parser.ts';
import type {
  SearchPage,
  SearchQuery,
  SortPosition,
} from '../../functions/core/search/search-query.ts';
import { errorReply, json, MockCluster } from '../opensearch-standin/mock-connection.ts';
import { testArticle } from '../port/article-index-behaviour.ts';

const articles = Array.from({ length: 8 }, (_, i) => testArticle(`harbour-${i}.txt`));

/** A search answer holding these articles, scored from 10 down. */
function answer(hits: readonly Article[], extra: Record<string, unknown> = {}) {
  return {
    status: 200,
    body: {
      took: 1,
      timed_out: false,
      hits: {
        total: { value: articles.length, relation: 'eq' },
        hits: hits.map((article, i) => ({
          _id: article.id,
          sort: [10 - i, article.id],
          _source: {
            id: article.id,
            key: article.key,
            title: article.title,
            language: 'en',
            publishedAt: null,
            body: article.body,
          },
        })),
      },
      aggregations: {
        language: { buckets: [{ key: 'en', doc_count: articles.length }] },
        source: { buckets: [] },
        month: { buckets: [] },
        stories: { value: articles.length },
      },
      ...extra,
    },
  };
}

function request(options: Partial<SearchQuery> = {}): SearchQuery {
  return { text: 'harbour', clauses: parseQuery('harbour'), size: 3, ...options };
}

/** The position a client's cursor holds after a page of three. */
function cursorOf(page: SearchPage): SortPosition {
  const sort = page.hits[2]?.sort;
  if (sort === undefined) throw new Error('the page has fewer than three hits');
  return sort;
}

const ids = (page: SearchPage) => page.hits.map((hit) => hit.id);
const at = (from: number, to: number) => articles.slice(from, to);

describe('OpenSearch paging while the index changes', () => {
  let cluster: MockCluster;
  let index: ArticleIndex;
  const warnings: string[] = [];

  beforeEach(async () => {
    warnings.length = 0;
    cluster = new MockCluster().withExistingIndices();
    index = await openOpenSearchIndex({
      client: cluster.client(),
      indexName: 'articles',
      retry: { sleep: async () => {} },
      log: { info() {}, warn: (message) => warnings.push(message) },
    });
  });

  afterEach(async () => {
    await index.close();
  });

  it('searches a first page without a point in time, its cursor listing what it showed', async () => {
    cluster.when('*', '/articles/_search', answer(at(0, 4)));

    const page = await index.search(request());

    expect(cluster.sent('*', /point_in_time/)).toHaveLength(0);
    expect(page.hits[2]?.sort.snapshot).toBeDefined();
    expect(JSON.parse(page.hits[2]?.sort.snapshot ?? '')).toEqual({
      s: at(0, 3).map((a) => Buffer.from(a.id, 'hex').toString('base64url')),
    });
  });

  it('opens a point in time for the second page and shows its ranking without page one', async () => {
    cluster
      .when('*', '/articles/_search', answer(at(0, 4)))
      .when('POST', '/articles/_search/point_in_time', {
        status: 200,
        body: { pit_id: 'pit-1', creation_time: 1, _shards: { total: 1, successful: 1 } },
      })
      // In the snapshot the ranking has moved: a page-one article now ranks fourth.
      .when(
        '*',
        '/_search',
        answer(
          [
            articles[0],
            articles[1],
            articles[4],
            articles[2],
            articles[5],
            articles[6],
          ] as Article[],
          {
            pit_id: 'pit-1',
          },
        ),
      );
    const first = await index.search(request());

    const second = await index.search(request({ after: cursorOf(first) }));

    expect(ids(second)).toEqual([articles[4]?.id, articles[5]?.id, articles[6]?.id]);
    const [pit] = cluster.sent('POST', '/articles/_search/point_in_time');
    expect(pit?.query).toEqual({ keep_alive: '5m' });
    const sent = json(cluster.sent('*', '/_search')[0]?.body ?? '') as Record<string, unknown>;
    expect(sent.pit).toEqual({ id: 'pit-1', keep_alive: '5m' });
    expect(sent.search_after).toBeUndefined();
    expect(sent.size).toBe(6);
    expect(second.total).toBe(articles.length);
    const next = JSON.parse(second.hits[2]?.sort.snapshot ?? '') as { p: string };
    expect(next.p).toBe('pit-1');
  });

  it('follows search_after inside the point in time on later pages, still without page one', async () => {
    cluster
      .when('*', '/articles/_search', answer(at(0, 4)))
      .when('POST', '/articles/_search/point_in_time', {
        status: 200,
        body: { pit_id: 'pit-1', creation_time: 1, _shards: { total: 1, successful: 1 } },
      })
      .when('*', '/_search', answer(at(3, 8), { pit_id: 'pit-2' }));
    const first = await index.search(request());
    const second = await index.search(request({ after: cursorOf(first) }));
    cluster.when('*', '/_search', answer([articles[2], articles[6], articles[7]] as Article[]));

    const third = await index.search(request({ after: cursorOf(second) }));

    expect(cluster.sent('POST', '/articles/_search/point_in_time')).toHaveLength(1);
    const sent = json(cluster.sent('*', '/_search')[1]?.body ?? '') as Record<string, unknown>;
    expect(sent.pit).toEqual({ id: 'pit-2', keep_alive: '5m' });
    expect(sent.search_after).toEqual([second.hits[2]?.sort.primary, second.hits[2]?.sort.id]);
    expect(ids(third)).toEqual([articles[6]?.id, articles[7]?.id]);
  });

  it('pages on from a new point in time when the old one has expired, and says so', async () => {
    const expired = JSON.stringify({
      p: 'old-pit',
      s: [Buffer.from(articles[0]?.id ?? '', 'hex').toString('base64url')],
    });
    cluster
      .when('POST', '/articles/_search/point_in_time', {
        status: 200,
        body: { pit_id: 'new-pit', creation_time: 1, _shards: { total: 1, successful: 1 } },
      })
      .when('*', '/_search', (sent) =>
        (json(sent.body) as { pit: { id: string } }).pit.id === 'old-pit'
          ? errorReply(
              404,
              'search_context_missing_exception',
              'No search context found for id [1]',
            )
          : answer(at(4, 8)),
      );

    const page = await index.search(
      request({ after: { primary: 7, id: articles[3]?.id ?? '', snapshot: expired } }),
    );

    expect(ids(page)).toEqual(at(4, 7).map((a) => a.id));
    const retried = json(cluster.sent('*', '/_search')[1]?.body ?? '') as Record<string, unknown>;
    expect(retried.pit).toEqual({ id: 'new-pit', keep_alive: '5m' });
    expect(retried.search_after).toEqual([7, articles[3]?.id]);
    expect(warnings).toEqual(['point in time expired; paging on from a new one']);
  });

  it('pages as before points in time when the cluster refuses to open one', async () => {
    cluster
      .when('*', '/articles/_search', answer(at(0, 4)))
      .when(
        'POST',
        '/articles/_search/point_in_time',
        errorReply(
          500,
          'illegal_argument_exception',
          'Trying to create too many Point In Time contexts',
        ),
      );
    const first = await index.search(request());
    cluster.when('*', '/articles/_search', answer(at(3, 7)));

    const second = await index.search(request({ after: cursorOf(first) }));

    expect(ids(second)).toEqual(at(3, 7).map((a) => a.id));
    expect(second.hits[0]?.sort.snapshot).toBeUndefined();
    const sent = json(cluster.sent('*', '/articles/_search')[1]?.body ?? '') as Record<
      string,
      unknown
    >;
    expect(sent.search_after).toEqual([first.hits[2]?.sort.primary, first.hits[2]?.sort.id]);
    expect(warnings).toEqual(['could not open a point in time; paging without one']);
  });
});
