import type { Context } from 'aws-lambda';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { indexNames } from '../../functions/adapters/opensearch/index-design.ts';
import { httpGet } from '../support/events.ts';
import { clusterClient, clusterConfig, deleteIndices, freshIndexName } from './cluster-support.ts';

// The deployed search entry point, loaded as Lambda loads it, against a real node where nothing
// has been ingested: it must create nothing and answer an empty page (the recording stand-in
// checks the exact requests in test/handlers/search-cold-start.test.ts).
describe('search function cold start in a fresh stage, on a real node', () => {
  const indexName = freshIndexName('cold');

  beforeAll(() => {
    vi.stubEnv('OPENSEARCH_URL', clusterConfig.node);
    vi.stubEnv('OPENSEARCH_INDEX', indexName);
    vi.stubEnv('POWERTOOLS_LOG_LEVEL', 'SILENT');
    vi.stubEnv('POWERTOOLS_METRICS_DISABLED', 'true');
  });

  afterAll(async () => {
    vi.unstubAllEnvs();
    await deleteIndices(indexName);
  });

  it('answers an empty page for a search, an article and the failures, and creates nothing', async () => {
    const { handler } = await import('../../functions/search/index.ts');
    const context = { awsRequestId: 'cold-start-cluster' } as Context;

    const search = await handler(httpGet('/search?q=Kosherbayev'), context);
    const article = await handler(httpGet(`/articles/${'a'.repeat(64)}`), context);
    const failures = await handler(httpGet('/failures'), context);

    expect(search).toMatchObject({ statusCode: 200 });
    expect(JSON.parse(String((search as { body: string }).body))).toMatchObject({
      total: 0,
      hits: [],
    });
    expect(article).toMatchObject({ statusCode: 404 });
    expect(failures).toMatchObject({ statusCode: 200 });
    const admin = clusterClient();
    const names = indexNames(indexName);
    const exists = await Promise.all(
      [names.read, names.write, names.versioned, names.failures].map(
        async (index) => (await admin.indices.exists({ index })).body,
      ),
    );
    await admin.close();
    expect(exists).toEqual([false, false, false, false]);
  });
});
