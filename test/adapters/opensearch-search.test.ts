import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openOpenSearchIndex } from '../../functions/adapters/opensearch/opensearch-article-index.ts';
import { searchRequestBody } from '../../functions/adapters/opensearch/search-request.ts';
import type { ArticleIndex } from '../../functions/core/ports.ts';
import { parseQuery } from '../../functions/core/query-parser.ts';
import type { SearchQuery } from '../../functions/core/search-query.ts';
import { json, MockCluster } from '../opensearch-standin/mock-connection.ts';
import { testArticle } from '../port/article-index-behaviour.ts';

const TEXT_FIELDS = ['title^3', 'title.ru^3', 'title.en^3', 'body', 'body.ru', 'body.en'];

function query(text: string, options: Partial<SearchQuery> = {}): SearchQuery {
  return { text, clauses: parseQuery(text), size: 10, ...options };
}

function word(text: string, extra: unknown[] = []) {
  return {
    bool: {
      should: [
        { multi_match: { query: text, fields: TEXT_FIELDS, type: 'best_fields', operator: 'and' } },
        ...extra,
      ],
      minimum_should_match: 1,
    },
  };
}

function translit(keys: string) {
  return { match: { translit: { query: keys, boost: 0.5 } } };
}

const HIGHLIGHT = {
  type: 'unified',
  encoder: 'html',
  pre_tags: ['<mark>'],
  post_tags: ['</mark>'],
  number_of_fragments: 1,
  fragment_size: 240,
  max_analyzer_offset: 100_000,
  fields: { body: {}, 'body.ru': {}, 'body.en': {} },
};

describe('OpenSearch query translation', () => {
  it('translates words, a surname, a phrase, exclusions and every filter into one request', () => {
    const body = searchRequestBody(
      query('banks Кошербаевым "central bank" -river', {
        language: 'en',
        source: ' Kazinform ',
        publishedFrom: '2024-03-01',
        publishedTo: '2024-03-31',
        size: 11,
        after: { primary: 1.25, id: 'a'.repeat(64) },
      }),
    );

    expect(body).toEqual({
      query: {
        bool: {
          must: [
            word('banks', [translit('banks')]),
            word('Кошербаевым', [
              { term: { names: 'кошербаев' } },
              { term: { 'title.ru': { value: 'кошербаев', boost: 3 } } },
              { term: { 'body.ru': 'кошербаев' } },
              translit('kosherbaevim kosherbaev'),
            ]),
            { multi_match: { query: 'central bank', fields: TEXT_FIELDS, type: 'phrase' } },
          ],
          must_not: [{ term: { deleted: true } }, word('river', [translit('river')])],
          filter: [
            { term: { sourceKey: 'kazinform' } },
            {
              range: {
                publishedAt: { gte: '2024-03-01', lte: '2024-03-31', format: 'strict_date' },
              },
            },
          ],
        },
      },
      post_filter: { term: { language: 'en' } },
      aggs: { language: { terms: { field: 'language', size: 200 } } },
      sort: [{ _score: { order: 'desc' } }, { id: { order: 'asc' } }],
      search_after: [1.25, 'a'.repeat(64)],
      size: 11,
      track_total_hits: true,
      timeout: '4s',
      _source: { includes: ['id', 'key', 'title', 'language', 'publishedAt', 'body'] },
      highlight: HIGHLIGHT,
    });
  });

  it('browses newest first, undated last, without scoring or highlighting', () => {
    const body = searchRequestBody(query('', { publishedFrom: '2024-01-01' }));

    expect(body).toMatchObject({
      query: {
        bool: {
          must: [{ match_all: {} }],
          must_not: [{ term: { deleted: true } }],
          filter: [{ range: { publishedAt: { gte: '2024-01-01', format: 'strict_date' } } }],
        },
      },
      sort: [{ publishedDay: { order: 'desc', missing: -1e15 } }, { id: { order: 'asc' } }],
    });
    expect(body).not.toHaveProperty('highlight');
    expect(body).not.toHaveProperty('post_filter');
  });

  it('asks for nothing when only exclusions or unsearchable clauses are left', () => {
    expect(
      searchRequestBody({ text: '-a', clauses: [{ words: ['bank'], negated: true }], size: 5 }),
    ).toBeNull();
    expect(
      searchRequestBody({ text: '—', clauses: [{ words: ['—'], negated: false }], size: 5 }),
    ).toBeNull();
  });

  it('favours the languages of the query by repeating its text queries per language', () => {
    const body = searchRequestBody(
      query('banks -river', {
        favouredLanguages: [
          { language: 'ru', weight: 0.7 },
          { language: 'kk', weight: 0.3 },
        ],
      }),
    );

    // An article in Russian scores S × 1.14, one in Kazakh S × 1.06; no article is excluded.
    const required = [word('banks', [translit('banks')])];
    expect(body?.query).toEqual({
      bool: {
        must: required,
        must_not: [{ term: { deleted: true } }, word('river', [translit('river')])],
        filter: [],
        should: [
          { bool: { must: required, filter: [{ term: { language: 'ru' } }], boost: 0.14 } },
          { bool: { must: required, filter: [{ term: { language: 'kk' } }], boost: 0.06 } },
        ],
      },
    });
  });

  it('favours no language when browsing', () => {
    const body = searchRequestBody(
      query('', { favouredLanguages: [{ language: 'ru', weight: 1 }] }),
    );

    expect(body?.query).not.toHaveProperty('bool.should');
  });

  it('caps the page size at a full page plus one', () => {
    expect(searchRequestBody(query('bank', { size: 10_000 }))?.size).toBe(101);
  });
});

describe('OpenSearch reads', () => {
  let cluster: MockCluster;
  let index: ArticleIndex;

  beforeEach(async () => {
    cluster = new MockCluster().withExistingIndices();
    index = await openOpenSearchIndex({
      client: cluster.client(),
      indexName: 'articles',
      retry: { sleep: async () => {} },
    });
  });

  afterEach(async () => {
    await index.close();
  });

  it('makes a page of hits, snippets, total and facets from the search answer', async () => {
    const article = testArticle('a.txt', { body: 'Two banks raised rates <sharply>.' });
    cluster.when('*', '/articles/_search', {
      status: 200,
      body: {
        took: 2,
        timed_out: false,
        hits: {
          total: { value: 7, relation: 'eq' },
          max_score: 2.5,
          hits: [
            {
              _index: 'articles-v1',
              _id: article.id,
              _score: 2.5,
              sort: [2.5, article.id],
              _source: {
                id: article.id,
                key: 'a.txt',
                title: article.title,
                language: 'en',
                publishedAt: '2024-03-01',
                body: article.body,
              },
              highlight: { 'body.en': ['Two <mark>banks</mark> raised'] },
            },
          ],
        },
        aggregations: {
          language: {
            buckets: [
              { key: 'en', doc_count: 7 },
              { key: 'ru', doc_count: 2 },
            ],
          },
        },
      },
    });

    const page = await index.search(query('bank', { language: 'en' }));

    expect(page).toEqual({
      total: 7,
      hits: [
        {
          id: article.id,
          key: 'a.txt',
          title: article.title,
          language: 'en',
          publishedAt: '2024-03-01',
          score: 2.5,
          snippet: 'Two <mark>banks</mark> raised rates &lt;sharply&gt;.',
          sort: { primary: 2.5, id: article.id },
        },
      ],
      facets: { language: { en: 7, ru: 2 } },
    });
    const [sent] = cluster.sent('*', '/articles/_search');
    expect(json(sent?.body ?? '')).toMatchObject({ post_filter: { term: { language: 'en' } } });
  });

  it("falls back to the cluster's highlight when our analysis finds nothing to mark", async () => {
    const hit = {
      _id: 'x',
      sort: [1, 'x'.repeat(64)],
      _source: {
        id: 'x'.repeat(64),
        key: 'k',
        title: 't',
        language: 'fr',
        publishedAt: null,
        body: 'Un café crème.',
      },
      highlight: { body: ['Un <mark>café</mark> crème.'] },
    };
    cluster.when('*', '/articles/_search', {
      status: 200,
      body: {
        timed_out: false,
        hits: { total: { value: 1 }, hits: [hit] },
        aggregations: { language: { buckets: [] } },
      },
    });

    const page = await index.search(query('cafe'));

    expect(page.hits[0]?.snippet).toBe('Un <mark>café</mark> crème.');
  });

  it('fetches an article in real time, and nothing for a tombstone or a missing id', async () => {
    const article = testArticle('a.txt');
    const tombstone = testArticle('gone.txt');
    // Newer routes answer first: the catch-all 404 goes in first.
    cluster
      .when('GET', /\/articles\/_doc\//, { status: 404, body: { found: false } })
      .when('GET', `/articles/_doc/${article.id}`, {
        status: 200,
        body: {
          _id: article.id,
          found: true,
          _source: {
            ...article,
            names: '',
            translit: '',
            publishedDay: 1,
            sourceKey: null,
            deleted: false,
          },
        },
      })
      .when('GET', `/articles/_doc/${tombstone.id}`, {
        status: 200,
        body: {
          _id: tombstone.id,
          found: true,
          _source: { id: tombstone.id, sequencer: '0B', deleted: true },
        },
      });

    expect(await index.get(article.id)).toEqual(article);
    expect(await index.get(tombstone.id)).toBeNull();
    expect(await index.get('f'.repeat(64))).toBeNull();
  });

  it('lists every live object, following search_after past the 10,000-hit window', async () => {
    const total = 12_345;
    const id = (n: number) => n.toString(16).padStart(64, '0');
    cluster.when('*', '/articles/_search', (r) => {
      const body = json(r.body) as { search_after?: [string]; size: number };
      const from = body.search_after ? Number.parseInt(body.search_after[0], 16) + 1 : 0;
      const hits = Array.from(
        { length: Math.max(0, Math.min(body.size, total - from)) },
        (_, i) => ({
          sort: [id(from + i)],
          _source: {
            id: id(from + i),
            bucket: 'news',
            key: `${from + i}.txt`,
            size: 1,
            sequencer: '0A',
          },
        }),
      );
      return { status: 200, body: { hits: { hits } } };
    });

    const objects = await index.listObjects();

    expect(objects).toHaveLength(total);
    expect(new Set(objects.map((o) => o.id)).size).toBe(total);
    const requests = cluster.sent('*', '/articles/_search').map((r) => json(r.body));
    expect(requests).toHaveLength(13);
    expect(requests[1]).toEqual({
      query: { bool: { must_not: [{ term: { deleted: true } }] } },
      sort: [{ id: { order: 'asc' } }],
      size: 1000,
      track_total_hits: false,
      _source: { includes: ['id', 'bucket', 'key', 'size', 'sequencer'] },
      search_after: [id(999)],
    });
  });

  it('keeps one failure per object, lists them newest first and clears them', async () => {
    const failure = {
      bucket: 'news',
      key: 'a.bin',
      reason: 'binary',
      message: 'not text',
      failedAt: '2024-03-01T10:00:00.000Z',
    };
    cluster
      .when('PUT', /^\/articles-failures\/_doc\//, { status: 201, body: { result: 'created' } })
      .when('DELETE', /^\/articles-failures\/_doc\//, {
        status: 404,
        body: { result: 'not_found' },
      })
      .when('*', '/articles-failures/_search', {
        status: 200,
        body: { hits: { hits: [{ sort: [1709287200000, 'news', 'a.bin'], _source: failure }] } },
      });

    await index.recordFailure(failure);
    await index.clearFailure('news', 'never-failed.bin');
    const listed = await index.listFailures(100_000);

    expect(listed).toEqual([failure]);
    const [put] = cluster.sent('PUT', /^\/articles-failures\/_doc\//);
    expect(put?.path).toBe(`/articles-failures/_doc/${testArticle('a.bin').id}`);
    expect(put?.query).toEqual({ require_alias: 'true' });
    expect(json(put?.body ?? '')).toEqual(failure);
    expect(json(cluster.sent('*', '/articles-failures/_search')[0]?.body ?? '')).toEqual({
      size: 1000,
      sort: [
        { failedAt: { order: 'desc' } },
        { bucket: { order: 'asc' } },
        { key: { order: 'asc' } },
      ],
      track_total_hits: false,
    });
  });
});
