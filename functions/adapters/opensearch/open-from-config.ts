import { type ClientOverrides, createOpenSearchClient } from './client.ts';
import type { OpenSearchConfig } from './config.ts';
import { type OpenOverClientExtras, openIndexOverClient } from './open-over-client.ts';
import type { OpenSearchIndex } from './opensearch-article-index.ts';

/** What a caller may add to the configuration: a logger, retry timings, a test connection. */
export interface OpenFromConfigExtras extends ClientOverrides, OpenOverClientExtras {}

/**
 * Connects to the configured cluster with the full client and opens the index, closing the
 * client if that fails. The Lambda functions open it over their lighter client instead
 * (`functions/commons/aws-dependencies.ts`).
 */
export async function openOpenSearchIndexFromConfig(
  config: OpenSearchConfig,
  extras: OpenFromConfigExtras = {},
): Promise<OpenSearchIndex> {
  const { log, retry, bootstrap, ...overrides } = extras;
  return openIndexOverClient(config, createOpenSearchClient(config, overrides), {
    ...(log ? { log } : {}),
    ...(retry ? { retry } : {}),
    ...(bootstrap ? { bootstrap } : {}),
  });
}
