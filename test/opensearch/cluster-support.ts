import { randomBytes } from 'node:crypto';
import type { Client } from '@opensearch-project/opensearch';
import { createOpenSearchClient } from '../../functions/adapters/opensearch/client.ts';
import {
  type OpenSearchConfig,
  openSearchConfigFromEnv,
} from '../../functions/adapters/opensearch/config.ts';
import type { IndexClient } from '../../functions/adapters/opensearch/index-client.ts';
import { indexNames } from '../../functions/adapters/opensearch/index-design.ts';
import { createLambdaOpenSearchClient } from '../../functions/adapters/opensearch/lambda-client.ts';

// Shared by every `*.cluster.ts` file (`npm run test:opensearch`): the cluster they run against,
// reached through OPENSEARCH_URL (or OPENSEARCH_ENDPOINT, signed), and index names unique to
// this run, so nothing else on the cluster is touched.

function configFromEnv(): OpenSearchConfig {
  // Asking for these suites without a cluster is a mistake to report, never a pass or a skip.
  if (!process.env.OPENSEARCH_URL && !process.env.OPENSEARCH_ENDPOINT) {
    throw new Error(
      'set OPENSEARCH_URL=http://127.0.0.1:9200 (or OPENSEARCH_ENDPOINT and AWS_REGION) to run the cluster suites; `npm run opensearch` starts a node',
    );
  }
  return openSearchConfigFromEnv();
}

/** The cluster under test. */
export const clusterConfig: OpenSearchConfig = configFromEnv();

const RUN = `article-search-test-${Date.now().toString(36)}-${randomBytes(3).toString('hex')}`;
let next = 0;

/** A base index name no other test, file or run uses. */
export function freshIndexName(purpose: string): string {
  return `${RUN}-${purpose}-${next++}`;
}

/** A client of its own (the index closes the one it is given). */
export function clusterClient(): Client {
  return createOpenSearchClient(clusterConfig);
}

/** A client of its own, the Lambda functions' kind (`createLambdaOpenSearchClient`). */
export function clusterLambdaClient(): IndexClient {
  return createLambdaOpenSearchClient(clusterConfig);
}

/** Deletes every index a base name led to, whatever version. */
export async function deleteIndices(base: string): Promise<void> {
  const admin = clusterClient();
  try {
    const names = indexNames(base);
    await admin.indices.delete({ index: `${names.read}-*` }, { ignore: [400, 403, 404] });
  } finally {
    await admin.close();
  }
}
