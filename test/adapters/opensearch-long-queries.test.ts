import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  type OpenSearchIndex,
  openOpenSearchIndex,
} from '../../functions/adapters/opensearch/opensearch-article-index.ts';
import { InvalidRequestError } from '../../functions/core/errors.ts';
import { parseQuery } from '../../functions/core/search/query-parser.ts';
import type { SearchQuery } from '../../functions/core/search/search-query.ts';
import { MockCluster, type MockReply } from '../opensearch-standin/mock-connection.ts';

// What the real node (2.19.6) answers a query with more nested clauses than its limit (1,024):
// a 500, the cause only in `root_cause`.
const TOO_MANY_CLAUSES: MockReply = {
  status: 500,
  body: {
    error: {
      root_cause: [
        {
          type: 'too_many_nested_clauses',
          reason: 'Query contains too many nested clauses; maxClauseCount is set to 1024',
        },
      ],
      type: 'search_phase_execution_exception',
      reason: 'all shards failed',
    },
    status: 500,
  },
};

const LONG = 'слово '.repeat(30).trim();
const query = (options: Partial<SearchQuery> = {}): SearchQuery => ({
  text: LONG,
  clauses: parseQuery(LONG),
  size: 10,
  favouredLanguages: [
    { language: 'ru', weight: 0.6 },
    { language: 'kk', weight: 0.4 },
  ],
  ...options,
});

describe('a query longer than the cluster allows', () => {
  let cluster: MockCluster;
  let index: OpenSearchIndex;

  beforeEach(async () => {
    cluster = new MockCluster().withExistingIndices();
    index = await openOpenSearchIndex({ client: cluster.client(), indexName: 'articles' });
  });

  afterEach(async () => {
    await index.close();
  });

  it('is the client’s to shorten: a 400 naming q, never a 500', async () => {
    cluster.when('POST', '/articles/_search', TOO_MANY_CLAUSES);

    const searching = index.search(query());

    await expect(searching).rejects.toThrow(InvalidRequestError);
    await expect(searching).rejects.toMatchObject({
      parameter: 'q',
      message: 'q has too many words (30) to search at once; use fewer',
    });
    expect(cluster.sent('POST', '/articles/_search')).toHaveLength(1);
  });

  it('fails as before on any other refusal', async () => {
    cluster.when('POST', '/articles/_search', {
      status: 400,
      body: { error: { root_cause: [{ type: 'parsing_exception' }], type: 'parsing_exception' } },
    });

    await expect(index.search(query())).rejects.not.toThrow(InvalidRequestError);
    expect(cluster.sent('POST', '/articles/_search')).toHaveLength(1);
  });
});
