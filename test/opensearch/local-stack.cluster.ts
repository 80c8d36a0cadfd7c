import { describeLocalStackEndToEnd } from '../e2e/local-stack-scenario.ts';
import { clusterConfig, deleteIndices, freshIndexName } from './cluster-support.ts';

// The production-shaped local stack (`npm run start:opensearch`): the same scenario as on the
// embedded index, on a real node, with the cluster's own refresh interval (no forced refresh).
describeLocalStackEndToEnd('a real OpenSearch node', async () => {
  const indexName = freshIndexName('e2e');
  return {
    searchBackend: {
      kind: 'opensearch',
      config: { ...clusterConfig, indexName, refresh: 'false' },
    },
    cleanup: () => deleteIndices(indexName),
  };
});
