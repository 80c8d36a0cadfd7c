import { describe } from 'vitest';
import { openOpenSearchIndex } from '../../functions/adapters/opensearch/opensearch-article-index.ts';
import { describeArticleIndexBehaviour } from '../port/article-index-behaviour.ts';
import { describeStoryIndexBehaviour } from '../port/story-index-behaviour.ts';
import { clusterLambdaClient, deleteIndices, freshIndexName } from './cluster-support.ts';

// `npm run test:opensearch`: the port's behaviour suites against a real cluster. Every test gets
// fresh indices under a name unique to this run, deleted after the test. The index runs over the
// Lambda functions' client, as deployed; the CLI's and the local stack's full client is under
// the other suites.
describe('OpenSearch cluster', () => {
  async function freshIndex() {
    const indexName = freshIndexName('port');
    // Refresh on every write: the suite searches right after it writes.
    const index = await openOpenSearchIndex({
      client: clusterLambdaClient(),
      indexName,
      refresh: 'true',
    });
    return {
      index,
      cleanup: async () => {
        await index.close();
        await deleteIndices(indexName);
      },
    };
  }

  describeArticleIndexBehaviour('OpenSearch', freshIndex);
  describeStoryIndexBehaviour('OpenSearch', freshIndex);
});
