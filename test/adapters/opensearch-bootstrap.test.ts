import { describe, expect, it } from 'vitest';
import { openOpenSearchIndex } from '../../functions/adapters/opensearch/opensearch-article-index.ts';
import type { RetryPolicy } from '../../functions/adapters/opensearch/retry.ts';
import { ConfigError } from '../../functions/core/errors.ts';
import { errorReply, json, MockCluster } from '../opensearch-standin/mock-connection.ts';

const noWait: Partial<RetryPolicy> = { sleep: async () => {}, random: () => 0.5 };

const TEXT_FIELD = {
  type: 'text',
  analyzer: 'folded_text',
  fields: {
    ru: { type: 'text', analyzer: 'russian_text' },
    en: { type: 'text', analyzer: 'english_text' },
  },
};

/** The whole request body that creates the articles index, as it must be sent. */
function expectedArticleIndex(folding: 'icu_folding' | 'asciifolding') {
  return {
    settings: {
      number_of_shards: 1,
      analysis: {
        char_filter: {
          fold_characters: { type: 'mapping', mappings: ['ё => е', 'Ё => Е', "’ => '"] },
        },
        filter: {
          russian_stemmer: { type: 'snowball', language: 'Russian' },
          english_stemmer: { type: 'snowball', language: 'English' },
        },
        analyzer: {
          folded_text: {
            type: 'custom',
            char_filter: ['fold_characters'],
            tokenizer: 'standard',
            filter: ['lowercase', folding],
          },
          russian_text: {
            type: 'custom',
            char_filter: ['fold_characters'],
            tokenizer: 'standard',
            filter: ['lowercase', 'russian_stemmer'],
          },
          english_text: {
            type: 'custom',
            char_filter: ['fold_characters'],
            tokenizer: 'standard',
            filter: ['lowercase', 'english_stemmer'],
          },
        },
      },
    },
    mappings: {
      dynamic: 'strict',
      _meta: { version: 1 },
      properties: {
        id: { type: 'keyword' },
        bucket: { type: 'keyword' },
        key: { type: 'keyword' },
        title: TEXT_FIELD,
        body: TEXT_FIELD,
        language: { type: 'keyword' },
        languageConfidence: { type: 'float', index: false },
        languages: {
          type: 'object',
          properties: { language: { type: 'keyword' }, share: { type: 'float', index: false } },
        },
        script: { type: 'keyword' },
        publishedAt: { type: 'date', format: 'strict_date' },
        source: { type: 'keyword' },
        place: { type: 'keyword' },
        credits: { type: 'keyword', index: false, doc_values: false },
        encoding: { type: 'keyword' },
        decodeErrors: { type: 'integer' },
        contentType: { type: 'keyword' },
        wordCount: { type: 'integer' },
        contentHash: { type: 'keyword' },
        fingerprint: { type: 'keyword' },
        storyId: { type: 'keyword' },
        size: { type: 'long' },
        sequencer: { type: 'keyword' },
        indexedAt: { type: 'date', format: 'strict_date_optional_time' },
        eTag: { type: 'keyword', index: false, doc_values: false },
        names: { type: 'text', analyzer: 'whitespace' },
        translit: { type: 'text', analyzer: 'whitespace' },
        sounds: { type: 'text', analyzer: 'whitespace' },
        publishedDay: { type: 'long' },
        sourceKey: { type: 'keyword' },
        storyBands: { type: 'keyword' },
        deleted: { type: 'boolean' },
      },
    },
    aliases: { articles: {}, 'articles-write': { is_write_index: true } },
  };
}

const EXPECTED_FAILURE_INDEX = {
  settings: { number_of_shards: 1 },
  mappings: {
    dynamic: 'strict',
    properties: {
      bucket: { type: 'keyword' },
      key: { type: 'keyword' },
      reason: { type: 'keyword' },
      message: { type: 'keyword', index: false, doc_values: false },
      failedAt: { type: 'date', format: 'strict_date_optional_time' },
    },
  },
  aliases: { 'articles-failures': {} },
};

/** A cluster with nothing in it yet: HEADs answer 404 until the index is created. */
function emptyCluster(): MockCluster {
  const created = new Set<string>();
  const cluster = new MockCluster();
  cluster
    .when('HEAD', /^\/[^/]+$/, (r) => {
      const name = r.path.slice(1);
      const exists =
        (name === 'articles' || name === 'articles-write'
          ? created.has('articles-v1')
          : created.has('articles-failures-v1')) || created.has(name);
      return { status: exists ? 200 : 404 };
    })
    .when('PUT', /^\/[^/]+$/, (r) => {
      created.add(r.path.slice(1));
      return { status: 200, body: { acknowledged: true, index: r.path.slice(1) } };
    });
  return cluster;
}

/** Opens the index as the search function does (check mode) and closes it; the warnings. */
async function openAndCloseInCheckMode(cluster: MockCluster): Promise<string[]> {
  const warnings: string[] = [];
  const index = await openOpenSearchIndex({
    client: cluster.client(),
    indexName: 'articles',
    bootstrap: 'check',
    log: { info() {}, warn: (message) => warnings.push(message) },
  });
  await index.close();
  return warnings;
}

describe('OpenSearch index bootstrap', () => {
  it('creates a strict, versioned index with Russian and English analysis behind both aliases', async () => {
    // Prepare
    const cluster = emptyCluster();

    // Act
    const index = await openOpenSearchIndex({ client: cluster.client(), indexName: 'articles' });

    // Assess
    await index.close();
    const [created] = cluster.sent('PUT', '/articles-v1');
    expect(json(created?.body ?? '')).toEqual(expectedArticleIndex('icu_folding'));
    expect(json(cluster.sent('PUT', '/articles-failures-v1')[0]?.body ?? '')).toEqual(
      EXPECTED_FAILURE_INDEX,
    );
    expect(cluster.requests.map((r) => `${r.method} ${r.path}`)).toEqual([
      'HEAD /articles',
      'HEAD /articles-write',
      'PUT /articles-v1',
      'HEAD /articles-write',
      'HEAD /articles-failures',
      'PUT /articles-failures-v1',
    ]);
  });

  it('adds new fields to the mapping in place when the aliases already exist', async () => {
    const cluster = new MockCluster()
      .when('HEAD', /.*/, { status: 200 })
      .when('*', '/articles-write/_mapping', { status: 200, body: { acknowledged: true } });

    const index = await openOpenSearchIndex({ client: cluster.client(), indexName: 'articles' });

    await index.close();
    expect(
      cluster.requests.map(
        (r) => `${r.path === '/articles-write/_mapping' ? 'MAP' : r.method} ${r.path}`,
      ),
    ).toEqual([
      'HEAD /articles',
      'HEAD /articles-write',
      'MAP /articles-write/_mapping',
      'HEAD /articles-failures',
    ]);
    const [update] = cluster.sent('*', '/articles-write/_mapping');
    expect(['PUT', 'POST']).toContain(update?.method);
    expect(json(update?.body ?? '')).toEqual({
      properties: expectedArticleIndex('icu_folding').mappings.properties,
    });
  });

  it('fails start-up with a clear error when the existing mapping cannot take a field', async () => {
    const cluster = new MockCluster()
      .when('HEAD', /.*/, { status: 200 })
      .when(
        '*',
        '/articles-write/_mapping',
        errorReply(
          400,
          'illegal_argument_exception',
          'mapper [wordCount] cannot be changed from type [long] to [integer]',
        ),
      );

    await expect(
      openOpenSearchIndex({ client: cluster.client(), indexName: 'articles', retry: noWait }),
    ).rejects.toThrow(
      /mapping of articles-write cannot take this build's fields in place \(illegal_argument_exception: mapper \[wordCount\].*bump INDEX_VERSION/,
    );
  });

  it('in check mode only looks: nothing is created in a stage where nothing was ingested', async () => {
    const cluster = emptyCluster();

    const warnings = await openAndCloseInCheckMode(cluster);

    expect(cluster.requests.map((r) => `${r.method} ${r.path}`)).toEqual(['HEAD /articles']);
    expect(warnings).toEqual([expect.stringContaining('does not exist yet')]);
  });

  it('in check mode, an index that exists is used without any change to it', async () => {
    const cluster = new MockCluster().when('HEAD', /.*/, { status: 200 });

    const warnings = await openAndCloseInCheckMode(cluster);

    expect(cluster.requests.map((r) => `${r.method} ${r.path}`)).toEqual(['HEAD /articles']);
    expect(warnings).toEqual([]);
  });

  it('answers as an empty index while the index does not exist', async () => {
    const missing = errorReply(404, 'index_not_found_exception', 'no such index [articles]');
    const cluster = emptyCluster()
      .when('*', /\/_search$/, missing)
      .when('GET', /\/_doc\//, missing);
    const index = await openOpenSearchIndex({
      client: cluster.client(),
      indexName: 'articles',
      bootstrap: 'check',
      retry: noWait,
    });

    const page = await index.search({
      text: 'Кошербаев',
      clauses: [{ words: ['Кошербаев'], occurrence: 'optional', quoted: false }],
      size: 10,
    });
    const article = await index.get('a'.repeat(64));
    const objects = await index.listObjects();
    const failures = await index.listFailures(10);

    await index.close();
    expect(page).toEqual({ total: 0, hits: [], facets: { language: {}, source: {}, month: {} } });
    expect(article).toBeNull();
    expect(objects).toEqual([]);
    expect(failures).toEqual([]);
    expect(cluster.sent('*', /\/_search$/).length).toBe(3);
    expect(cluster.sent('PUT', /.*/)).toEqual([]);
  });

  it('still fails a search the cluster refuses for another reason', async () => {
    const cluster = new MockCluster()
      .when('HEAD', /.*/, { status: 200 })
      .when('*', /\/_search$/, errorReply(400, 'search_phase_execution_exception', 'bad query'));
    const index = await openOpenSearchIndex({
      client: cluster.client(),
      indexName: 'articles',
      bootstrap: 'check',
      retry: noWait,
    });

    await expect(
      index.search({
        text: 'x',
        clauses: [{ words: ['визит'], occurrence: 'optional', quoted: false }],
        size: 10,
      }),
    ).rejects.toThrow(/search_phase_execution_exception/);
    await index.close();
  });

  it('falls back to asciifolding when the cluster lacks the ICU plugin', async () => {
    const cluster = emptyCluster();
    let refused = false;
    cluster.when('PUT', '/articles-v1', (r) => {
      if (refused || !r.body.includes('icu_folding')) return undefined;
      refused = true;
      return errorReply(
        400,
        'illegal_argument_exception',
        'Custom Analyzer [folded_text] failed to find filter under name [icu_folding]',
      );
    });
    const warnings: string[] = [];

    const index = await openOpenSearchIndex({
      client: cluster.client(),
      indexName: 'articles',
      log: { info() {}, warn: (message) => warnings.push(message) },
    });

    await index.close();
    const attempts = cluster.sent('PUT', '/articles-v1').map((r) => json(r.body));
    expect(attempts).toEqual([
      expectedArticleIndex('icu_folding'),
      expectedArticleIndex('asciifolding'),
    ]);
    expect(warnings).toEqual([expect.stringContaining('no ICU analysis plugin')]);
  });

  it('takes resource_already_exists_exception as success: another cold start won the race', async () => {
    const cluster = emptyCluster();
    let exists = false;
    cluster
      .when('PUT', '/articles-v1', () => {
        exists = true;
        return errorReply(
          400,
          'resource_already_exists_exception',
          'index [articles-v1] already exists',
        );
      })
      .when('HEAD', '/articles-write', () => ({ status: exists ? 200 : 404 }));

    const index = await openOpenSearchIndex({ client: cluster.client(), indexName: 'articles' });

    await index.close();
    expect(cluster.sent('PUT', '/articles-v1')).toHaveLength(1);
  });

  it('retries creation the cluster refused with 503, with backoff', async () => {
    const cluster = emptyCluster();
    let calls = 0;
    cluster.when('PUT', '/articles-v1', () =>
      ++calls === 1 ? errorReply(503, 'cluster_block_exception', 'not recovered') : undefined,
    );
    const sleeps: number[] = [];

    const index = await openOpenSearchIndex({
      client: cluster.client(),
      indexName: 'articles',
      retry: { random: () => 0.5, sleep: async (ms) => void sleeps.push(ms) },
    });

    await index.close();
    expect(cluster.sent('PUT', '/articles-v1')).toHaveLength(2);
    expect(sleeps).toEqual([50]);
  });

  it('refuses to start between two index versions, when only one alias exists', async () => {
    const cluster = new MockCluster()
      .when('HEAD', '/articles', { status: 200 })
      .when('HEAD', '/articles-write', { status: 404 });

    await expect(
      openOpenSearchIndex({ client: cluster.client(), indexName: 'articles', retry: noWait }),
    ).rejects.toThrow(ConfigError);
    expect(cluster.sent('PUT', /.*/)).toEqual([]);
  });

  it('fails start-up on a mapping the cluster refuses, without retrying it', async () => {
    const cluster = emptyCluster().when(
      'PUT',
      '/articles-v1',
      errorReply(400, 'mapper_parsing_exception', 'unknown parameter [x]'),
    );

    await expect(
      openOpenSearchIndex({ client: cluster.client(), indexName: 'articles', retry: noWait }),
    ).rejects.toThrow(/mapper_parsing_exception/);
    expect(cluster.sent('PUT', '/articles-v1')).toHaveLength(1);
  });
});
