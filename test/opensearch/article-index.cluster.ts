import { randomBytes } from 'node:crypto';
import { afterAll, describe, it } from 'vitest';
import { createOpenSearchClient } from '../../functions/adapters/opensearch/client.ts';
import { openSearchConfigFromEnv } from '../../functions/adapters/opensearch/config.ts';
import { indexNames } from '../../functions/adapters/opensearch/index-design.ts';
import { openOpenSearchIndex } from '../../functions/adapters/opensearch/opensearch-article-index.ts';
import { describeArticleIndexBehaviour } from '../port/article-index-behaviour.ts';
import { describeStoryIndexBehaviour } from '../port/story-index-behaviour.ts';

// `npm run test:opensearch`: the port's behaviour suite against a real cluster, reached through
// OPENSEARCH_URL (or OPENSEARCH_ENDPOINT, signed). Every test gets fresh indices under a name
// unique to this run, deleted after the test; nothing else on the cluster is touched.
const configured = Boolean(process.env.OPENSEARCH_URL || process.env.OPENSEARCH_ENDPOINT);
const RUN = `article-search-test-${Date.now().toString(36)}-${randomBytes(3).toString('hex')}`;
let next = 0;

describe.skipIf(!configured)('OpenSearch cluster', () => {
  const config = configured ? openSearchConfigFromEnv() : undefined;
  const admin = config ? createOpenSearchClient(config) : undefined;

  afterAll(async () => {
    // Whatever a failed clean-up left behind; clusters that refuse wildcard deletes keep it.
    await admin?.indices.delete({ index: `${RUN}-*` }, { ignore: [400, 403, 404] });
    await admin?.close();
  });

  /** Fresh indices under a name unique to this run, and how to delete them. */
  async function freshIndex() {
    if (!config || !admin) throw new Error('OPENSEARCH_URL is not set');
    const indexName = `${RUN}-${next++}`;
    const names = indexNames(indexName);
    const client = createOpenSearchClient(config);
    // Refresh on every write: the suite searches right after it writes.
    const index = await openOpenSearchIndex({ client, indexName, refresh: 'true' });
    return {
      index,
      cleanup: async () => {
        await index.close();
        await admin.indices.delete(
          { index: [names.versioned, names.failuresVersioned] },
          { ignore: [404] },
        );
      },
    };
  }

  describeArticleIndexBehaviour('OpenSearch', freshIndex);
  describeStoryIndexBehaviour('OpenSearch', freshIndex);
});

// Asking for this suite without a cluster is a mistake to report, not a pass to count.
describe.runIf(!configured)('OpenSearch cluster (not configured)', () => {
  it('needs a cluster to run against', () => {
    throw new Error(
      'set OPENSEARCH_URL=http://127.0.0.1:9200 (or OPENSEARCH_ENDPOINT and AWS_REGION) to run this suite',
    );
  });
});
