import type { Context } from 'aws-lambda';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { RecordingOpenSearch } from '../opensearch-standin/recording-opensearch.ts';
import { httpGet } from '../support/events.ts';

// The deployed entry point, loaded as Lambda loads it, against a cluster where nothing has been
// ingested: the search role may only read (infra/constructs/search-security-roles.ts), so its
// cold start must not try to create the index, and searching must still answer.
describe('search function cold start in a fresh stage', () => {
  const opensearch = new RecordingOpenSearch();

  beforeAll(async () => {
    vi.stubEnv('OPENSEARCH_URL', await opensearch.start());
    vi.stubEnv('OPENSEARCH_INDEX', 'articles');
    vi.stubEnv('POWERTOOLS_LOG_LEVEL', 'SILENT');
    vi.stubEnv('POWERTOOLS_METRICS_DISABLED', 'true');
  });

  afterAll(async () => {
    vi.unstubAllEnvs();
    await opensearch.stop();
  });

  it('creates nothing and answers an empty page until the first article is indexed', async () => {
    const { handler } = await import('../../functions/search/index.ts');

    const response = await handler(httpGet('/search?q=Kosherbayev'), {
      awsRequestId: 'cold-start-test',
    } as Context);

    expect(opensearch.requests.map((r) => `${r.method} ${r.path} ${r.status}`)).toEqual([
      'HEAD /articles 404',
      'POST /articles/_search 404',
    ]);
    expect(opensearch.sent('PUT', /.*/)).toEqual([]);
    expect(response).toMatchObject({ statusCode: 200 });
    expect(JSON.parse(String((response as { body: string }).body))).toMatchObject({
      total: 0,
      hits: [],
    });
  });
});
