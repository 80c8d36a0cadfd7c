import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import type { IndexClient } from '../../functions/adapters/opensearch/index-client.ts';
import { createLambdaOpenSearchClient } from '../../functions/adapters/opensearch/lambda-client.ts';
import type { OpenSearchIndex } from '../../functions/adapters/opensearch/opensearch-article-index.ts';
import { openOpenSearchIndex } from '../../functions/adapters/opensearch/opensearch-article-index.ts';
import { parseQuery } from '../../functions/core/search/query-parser.ts';
import { errorReply, json, MockCluster, ndjson } from '../opensearch-standin/mock-connection.ts';
import { testArticle } from '../port/article-index-behaviour.ts';

/**
 * A cluster without the indices at first (the ingest cold start creates them), that stores
 * nothing but answers every call the index makes as OpenSearch would.
 */
function plausibleCluster(): MockCluster {
  let created = false;
  return new MockCluster()
    .when('HEAD', /.*/, () => ({ status: created ? 200 : 404 }))
    .when('PUT', /^\/articles-(v1|failures-v1)$/, () => {
      created = true;
      return { status: 200, body: { acknowledged: true } };
    })
    .when('*', '/articles-write/_mget', (r) => ({
      status: 200,
      body: {
        docs: (json(r.body) as { ids: string[] }).ids.map((id) => ({
          _id: id,
          _index: 'articles-v1',
          found: false,
        })),
      },
    }))
    .when('*', '/articles-write/_bulk', (r) => {
      const lines = ndjson(r.body) as Record<string, { _id: string }>[];
      const items = lines
        .filter((_, i) => i % 2 === 0)
        .map((line) => {
          const [op, meta] = Object.entries(line)[0] ?? ['create', { _id: '' }];
          return { [op]: { _id: meta._id, status: 201, result: 'created' } };
        });
      return { status: 200, body: { took: 1, errors: false, items } };
    })
    .when('*', /^\/articles(-failures)?\/_search$/, {
      status: 200,
      body: {
        took: 1,
        timed_out: false,
        hits: { total: { value: 0, relation: 'eq' }, max_score: null, hits: [] },
        aggregations: {
          language: { buckets: [] },
          source: { buckets: [] },
          month: { buckets: [] },
          stories: { value: 0 },
        },
      },
    })
    .when('GET', /^\/articles\/_doc\//, { status: 404, body: { found: false } })
    .when('PUT', /^\/articles-failures\/_doc\//, { status: 201, body: { result: 'created' } })
    .when('DELETE', /^\/articles-failures\/_doc\//, { status: 200, body: { result: 'deleted' } });
}

/** Every call the two functions make through the index, in the order a stage makes them. */
async function runScenario(client: IndexClient): Promise<void> {
  const index = await openOpenSearchIndex({
    client,
    indexName: 'articles',
    retry: { sleep: async () => {} },
  });
  const article = testArticle('news/a.txt', { body: 'Ministers met in London.' });
  await index.upsert(article);
  await index.findSimilar(article.fingerprint);
  await index.remove(article.id, `${article.sequencer}0`);
  await index.get(article.id);
  await index.search({ text: 'minister London', clauses: parseQuery('minister London'), size: 10 });
  await index.search({ text: '', clauses: [], size: 10 });
  await index.recordFailure({
    bucket: article.bucket,
    key: 'bad.bin',
    reason: 'binary',
    message: 'not text',
    failedAt: '2024-03-01T00:00:00.000Z',
  });
  await index.clearFailure(article.bucket, 'bad.bin');
  await index.listFailures(10);
  await index.close();
}

describe("the Lambda functions' OpenSearch client", () => {
  it('sends every request the full client sends, with the same headers and bodies', async () => {
    const full = plausibleCluster();
    const light = plausibleCluster();

    await runScenario(full.client());
    await runScenario(light.lambdaClient());

    // Creation, conditional writes, story lookup, reads, searches and the failure log.
    expect(full.requests.map((r) => `${r.method} ${r.path}`)).toEqual(
      expect.arrayContaining([
        'PUT /articles-v1',
        'POST /articles-write/_mget',
        'PUT /articles-write/_bulk',
        'POST /articles/_search',
        'GET /articles/_doc/' + encodeURIComponent(testArticle('news/a.txt').id),
        'POST /articles-failures/_search',
      ]),
    );
    expect(light.requests).toEqual(full.requests);
    expect(light.headers).toEqual(full.headers);
  });

  it('raises the errors the index recognises: a missing index reads as empty, a 429 is retried', async () => {
    let throttled = 0;
    const cluster = new MockCluster()
      .withExistingIndices()
      .when('*', '/articles/_search', errorReply(404, 'index_not_found_exception', 'no such index'))
      .when('GET', /^\/articles\/_doc\//, () =>
        throttled++ < 2
          ? errorReply(429, 'es_rejected_execution_exception', 'busy')
          : { status: 404, body: { found: false } },
      );
    const index = await openOpenSearchIndex({
      client: cluster.lambdaClient(),
      indexName: 'articles',
      bootstrap: 'check',
      retry: { sleep: async () => {} },
    });

    await expect(index.search({ text: '', clauses: [], size: 10 })).resolves.toMatchObject({
      total: 0,
      hits: [],
    });
    await expect(index.get('some-id')).resolves.toBeNull();
    expect(cluster.sent('GET', /^\/articles\/_doc\//)).toHaveLength(3);
    await index.close();
  });

  it('refuses a call missing a required parameter, as the full client does', async () => {
    const client = new MockCluster().lambdaClient();
    // @ts-expect-error: the id is required; a caller without types may still omit it.
    await expect(client.get({ index: 'articles' })).rejects.toThrow(
      'Missing required parameter: id',
    );
    await client.close();
  });
});

describe("the Lambda functions' OpenSearch client, signing", () => {
  const saved = { ...process.env };
  let index: OpenSearchIndex | undefined;

  afterEach(async () => {
    await index?.close();
    process.env = { ...saved };
  });

  it('signs each request with SigV4 and the credentials Lambda puts in the environment', async () => {
    const received: { headers: IncomingHttpHeaders }[] = [];
    const server = createServer((request, response) => {
      received.push({ headers: request.headers });
      request.resume();
      response.setHeader('content-type', 'application/json');
      response.end(request.method === 'HEAD' ? undefined : '{}');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    process.env.AWS_ACCESS_KEY_ID = 'AKIDLAMBDAROLE';
    process.env.AWS_SECRET_ACCESS_KEY = 'secret';
    process.env.AWS_SESSION_TOKEN = 'session-token-of-the-role';
    try {
      index = await openOpenSearchIndex({
        client: createLambdaOpenSearchClient({
          node: `http://127.0.0.1:${port}`,
          auth: { kind: 'sigv4', service: 'es', region: 'eu-west-1' },
          indexName: 'articles',
          refresh: 'false',
          tlsInsecure: false,
        }),
        indexName: 'articles',
        bootstrap: 'check',
      });
    } finally {
      server.close();
    }

    expect(received.length).toBeGreaterThan(0);
    for (const { headers } of received) {
      expect(headers.authorization).toMatch(
        /^AWS4-HMAC-SHA256 Credential=AKIDLAMBDAROLE\/\d{8}\/eu-west-1\/es\/aws4_request, SignedHeaders=[^,]*host[^,]*, Signature=[0-9a-f]{64}$/,
      );
      expect(headers['x-amz-security-token']).toBe('session-token-of-the-role');
      expect(headers['x-amz-content-sha256']).toMatch(/^[0-9a-f]{64}$/);
    }
  });
});
