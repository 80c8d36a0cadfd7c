import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openOpenSearchIndex } from '../../functions/adapters/opensearch/opensearch-article-index.ts';
import { searchRequestBody } from '../../functions/adapters/opensearch/search-request.ts';
import type { ArticleIndex } from '../../functions/core/ports.ts';
import { parseQuery } from '../../functions/core/search/query-parser.ts';
import {
  COORDINATION,
  FIELD_WEIGHTS,
  minimumShouldMatch,
  PROXIMITY,
} from '../../functions/core/search/ranking.ts';
import type { SearchQuery } from '../../functions/core/search/search-query.ts';
import { json, MockCluster } from '../opensearch-standin/mock-connection.ts';
import { testArticle } from '../port/article-index-behaviour.ts';

const TEXT_FIELDS = ['title^3', 'title.ru^3', 'title.en^3', 'body^1', 'body.ru^1', 'body.en^1'];

function query(text: string, options: Partial<SearchQuery> = {}): SearchQuery {
  return { text, clauses: parseQuery(text), size: 10, ...options };
}

/** One word: its own forms in the text fields, or a name key in its own field. */
function word(text: string, extra: unknown[] = [], boost?: number) {
  return {
    bool: {
      should: [
        { multi_match: { query: text, fields: TEXT_FIELDS, type: 'cross_fields' } },
        ...extra,
      ],
      minimum_should_match: 1,
      ...(boost ? { boost } : {}),
    },
  };
}

/** A translation stem, looked up in the title and body fields of its language. */
function translation(stem: string, language = 'ru') {
  return [
    { term: { [`title.${language}`]: { value: stem, boost: 3 * FIELD_WEIGHTS.translation } } },
    { term: { [`body.${language}`]: { value: stem, boost: FIELD_WEIGHTS.translation } } },
  ];
}

function translit(keys: string) {
  return { match: { translit: { query: keys, boost: FIELD_WEIGHTS.translit } } };
}

function sounds(keys: string) {
  return { match: { sounds: { query: keys, boost: FIELD_WEIGHTS.sounds } } };
}

function phrase(text: string, slop?: number, boost?: number) {
  return {
    multi_match: {
      query: text,
      fields: TEXT_FIELDS,
      type: 'phrase',
      ...(slop ? { slop } : {}),
      ...(boost ? { boost } : {}),
    },
  };
}

/** The coordination factor over optional clauses, as `function_score` computes it. */
function coordinated(text: unknown, optional: unknown[]) {
  const share = Math.round((COORDINATION / optional.length) * 1_000_000) / 1_000_000;
  return {
    function_score: {
      query: text,
      functions: [{ weight: 1 }, ...optional.map((filter) => ({ filter, weight: share }))],
      score_mode: 'sum',
      boost_mode: 'multiply',
    },
  };
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
        languages: ['en'],
        sources: [' Kazinform ', 'KAZINFORM', 'Reuters'],
        publishedFrom: '2024-03-01',
        publishedTo: '2024-03-31',
        size: 11,
        after: { primary: 1.25, id: 'a'.repeat(64) },
      }),
    );

    const optional = [
      word('banks', [
        translit('banks'),
        sounds('c:pnks'),
        ...translation('банк'),
        ...translation('банковск'),
      ]),
      word('Кошербаевым', [
        { term: { names: { value: 'кошербаев', boost: 1 } } },
        { term: { 'title.ru': { value: 'кошербаев', boost: 3 } } },
        { term: { 'body.ru': { value: 'кошербаев', boost: 1 } } },
        translit('kosherbaevim kosherbaev'),
        sounds('l:kxrpfm l:kxrpf'),
      ]),
    ];
    const relevance = coordinated(
      {
        bool: {
          // The phrase is required; both words of a two-word query are needed.
          must: [phrase('central bank'), { bool: { should: optional, minimum_should_match: 2 } }],
          should: [phrase('banks Кошербаевым', PROXIMITY.window, PROXIMITY.weight)],
        },
      },
      optional,
    );
    const excluded = [
      { term: { deleted: true } },
      word('river', [translit('river'), sounds('c:rfr')]),
    ];
    const languageFilter = { terms: { language: ['en'] } };
    // Sources fold alike once: ` Kazinform ` and `KAZINFORM` are one.
    const sourceFilter = { terms: { sourceKey: ['kazinform', 'reuters'] } };
    const dayFilter = {
      range: { publishedAt: { gte: '2024-03-01', lte: '2024-03-31', format: 'strict_date' } },
    };
    const otherFilters = (filter: unknown[], values: unknown) => ({
      global: {},
      aggs: {
        matching: {
          filter: { bool: { must: [relevance], must_not: excluded, filter } },
          aggs: { values },
        },
      },
    });
    expect(body).toEqual({
      query: {
        bool: {
          must: [
            coordinated(
              {
                bool: {
                  // The phrase is required; both words of a two-word query are needed.
                  must: [
                    phrase('central bank'),
                    { bool: { should: optional, minimum_should_match: 2 } },
                  ],
                  should: [phrase('banks Кошербаевым', PROXIMITY.window, PROXIMITY.weight)],
                },
              },
              optional,
            ),
          ],
          must_not: excluded,
          filter: [languageFilter, sourceFilter, dayFilter],
        },
      },
      // Each facet whose filter is set counts, over the whole index, the articles that match
      // the text and the other filters; the month facet's filter (the days) is set too.
      aggs: {
        stories: { cardinality: { field: 'storyId', precision_threshold: 10_000 } },
        language: otherFilters([sourceFilter, dayFilter], {
          terms: { field: 'language', size: 200 },
        }),
        source: otherFilters([languageFilter, dayFilter], {
          terms: { field: 'source', size: 500 },
        }),
        month: otherFilters([languageFilter, sourceFilter], {
          date_histogram: {
            field: 'publishedAt',
            calendar_interval: 'month',
            format: 'yyyy-MM',
            min_doc_count: 1,
          },
        }),
      },
      sort: [{ _score: { order: 'desc' } }, { id: { order: 'asc' } }],
      search_after: [1.25, 'a'.repeat(64)],
      size: 11,
      track_total_hits: true,
      timeout: '4s',
      _source: {
        includes: ['id', 'key', 'title', 'language', 'source', 'publishedAt', 'storyId', 'body'],
      },
      highlight: HIGHLIGHT,
    });
  });

  it('looks up only capitalised words of a longer query as names, and weighs repeated words', () => {
    const body = searchRequestBody(query('London visit talks talks'));
    const must = body?.query?.bool?.must;

    expect(Array.isArray(must) ? must[0] : must).toMatchObject({
      function_score: {
        query: {
          bool: {
            must: [
              {
                bool: {
                  should: [
                    word('London', [translit('london'), sounds('c:lntn')]),
                    word('visit', [
                      ...translation('виз'),
                      ...translation('визит'),
                      ...translation('посещен'),
                      ...translation('посет'),
                    ]),
                    word('talks', translation('переговор'), 2),
                  ],
                  minimum_should_match: minimumShouldMatch(3),
                },
              },
            ],
          },
        },
      },
    });
  });

  it('asks for any one word, required ones included, when relaxed', () => {
    const body = searchRequestBody(query('+bank rates', { relaxed: true }));
    const optional = [
      word('bank', [translit('bank'), sounds('c:pnk'), ...translation('банк')]),
      word('rates', [
        translit('rates'),
        sounds('c:rs'),
        ...translation('ставк'),
        ...translation('курс'),
        ...translation('темп'),
      ]),
    ];

    expect(body?.query?.bool?.must).toEqual([
      coordinated(
        {
          bool: {
            must: [{ bool: { should: optional, minimum_should_match: 1 } }],
            should: [phrase('bank rates', PROXIMITY.window, PROXIMITY.weight)],
          },
        },
        optional,
      ),
    ]);
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

  it('asks for nothing when no clause has a searchable word', () => {
    expect(
      searchRequestBody({
        text: '—',
        clauses: [{ words: ['—'], occurrence: 'optional', quoted: false }],
        size: 5,
      }),
    ).toBeNull();
  });

  it('favours the languages of the query by multiplying its relevance per language', () => {
    const body = searchRequestBody(
      query('banks -river', {
        favouredLanguages: [
          { language: 'ru', weight: 0.7 },
          { language: 'kk', weight: 0.3 },
        ],
      }),
    );

    // An article in Russian scores R × 1.14, one in Kazakh R × 1.06; no article is excluded.
    const relevance = {
      bool: {
        must: [
          word('banks', [
            translit('banks'),
            sounds('c:pnks'),
            ...translation('банк'),
            ...translation('банковск'),
          ]),
        ],
      },
    };
    expect(body?.query).toEqual({
      bool: {
        must: [
          {
            function_score: {
              query: relevance,
              functions: [
                { filter: { term: { language: 'ru' } }, weight: 1.14 },
                { filter: { term: { language: 'kk' } }, weight: 1.06 },
              ],
              score_mode: 'first',
              boost_mode: 'multiply',
            },
          },
        ],
        must_not: [
          { term: { deleted: true } },
          word('river', [translit('river'), sounds('c:rfr')]),
        ],
        filter: [],
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
                source: 'Kazinform',
                publishedAt: '2024-03-01',
                storyId: article.id,
                body: article.body,
              },
              highlight: { 'body.en': ['Two <mark>banks</mark> raised'] },
            },
          ],
        },
        aggregations: {
          stories: { value: 6 },
          language: {
            doc_count: 40,
            matching: {
              doc_count: 9,
              values: {
                buckets: [
                  { key: 'en', doc_count: 7 },
                  { key: 'ru', doc_count: 2 },
                ],
              },
            },
          },
          source: {
            buckets: [
              { key: 'Kazinform', doc_count: 4 },
              { key: 'KAZINFORM', doc_count: 2 },
              { key: 'Reuters', doc_count: 1 },
            ],
          },
          month: {
            buckets: [{ key_as_string: '2024-03', key: 1709251200000, doc_count: 7 }],
          },
        },
      },
    });

    const page = await index.search(query('bank', { languages: ['en'] }));

    expect(page).toEqual({
      total: 7,
      hits: [
        {
          id: article.id,
          key: 'a.txt',
          title: article.title,
          language: 'en',
          source: 'Kazinform',
          publishedAt: '2024-03-01',
          score: 2.5,
          snippet: 'Two <mark>banks</mark> raised rates &lt;sharply&gt;.',
          storyId: article.id,
          storySize: 1,
          otherVersions: [],
          // The snapshot a next page needs (opensearch-paging.test.ts).
          sort: { primary: 2.5, id: article.id, snapshot: expect.any(String) },
        },
      ],
      // Spellings of a source that fold alike are counted together.
      facets: {
        language: { en: 7, ru: 2 },
        source: { KAZINFORM: 6, Reuters: 1 },
        month: { '2024-03': 7 },
      },
    });
    const [sent] = cluster.sent('*', '/articles/_search');
    expect(json(sent?.body ?? '')).toMatchObject({
      query: { bool: { filter: [{ terms: { language: ['en'] } }] } },
    });
  });

  it('collapses by story, pages by stories and lists the other versions oldest first', async () => {
    const head = testArticle('head.txt', { body: 'Banks.' });
    const version = (key: string, publishedAt: string | null) => ({
      _source: {
        id: testArticle(key).id,
        title: `Article ${key}`,
        language: 'ru',
        source: null,
        publishedAt,
      },
    });
    cluster.when('*', '/articles/_search', {
      status: 200,
      body: {
        timed_out: false,
        hits: {
          total: { value: 30 },
          hits: [
            {
              sort: [3, head.id],
              _source: { ...head, storyId: head.id },
              inner_hits: {
                versions: {
                  hits: {
                    total: { value: 3 },
                    hits: [
                      version('head.txt', '2024-03-01'),
                      version('later.txt', '2024-03-05'),
                      version('undated.txt', null),
                    ],
                  },
                },
              },
            },
          ],
        },
        aggregations: {
          stories: { value: 12 },
          language: { buckets: [{ key: 'en', doc_count: 30 }] },
          source: { buckets: [] },
          month: { buckets: [] },
        },
      },
    });

    const page = await index.search(
      query('banks', { collapse: true, after: { primary: 4, id: 'a'.repeat(64), stories: 10 } }),
    );

    expect(page.totalStories).toBe(12);
    expect(page.hits[0]).toMatchObject({
      storyId: head.id,
      storySize: 3,
      otherVersions: [
        { id: testArticle('later.txt').id, publishedAt: '2024-03-05' },
        { id: testArticle('undated.txt').id, publishedAt: null },
      ],
      sort: { primary: 3, id: head.id, stories: 11 },
    });
    const [sent] = cluster.sent('*', '/articles/_search');
    const body = json(sent?.body ?? '') as Record<string, unknown>;
    // OpenSearch 2 cannot combine collapse with search_after: the page starts at its offset.
    expect(body).toMatchObject({ from: 10, collapse: { field: 'storyId' } });
    expect(body).not.toHaveProperty('search_after');
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
        aggregations: {
          stories: { value: 1 },
          language: { buckets: [] },
          source: { buckets: [] },
          month: { buckets: [] },
        },
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
      _source: { includes: ['id', 'bucket', 'key', 'size', 'sequencer', 'eTag'] },
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
