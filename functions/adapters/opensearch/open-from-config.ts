import type { BootstrapLog, BootstrapMode } from './bootstrap.ts';
import { type ClientOverrides, createOpenSearchClient } from './client.ts';
import type { OpenSearchConfig } from './config.ts';
import {
  type OpenSearchIndex,
  type OpenSearchIndexOptions,
  openOpenSearchIndex,
} from './opensearch-article-index.ts';

/** What a caller may add to the configuration: a logger, retry timings, a test connection. */
export interface OpenFromConfigExtras extends ClientOverrides {
  log?: BootstrapLog;
  retry?: OpenSearchIndexOptions['retry'];
  /** @default 'create' */
  bootstrap?: BootstrapMode;
}

/** Connects to the configured cluster and opens the index, closing the client if that fails. */
export async function openOpenSearchIndexFromConfig(
  config: OpenSearchConfig,
  extras: OpenFromConfigExtras = {},
): Promise<OpenSearchIndex> {
  const { log, retry, bootstrap, ...overrides } = extras;
  const client = createOpenSearchClient(config, overrides);
  try {
    return await openOpenSearchIndex({
      client,
      indexName: config.indexName,
      service: config.auth.kind === 'sigv4' ? config.auth.service : 'es',
      refresh: config.refresh,
      ...(log ? { log } : {}),
      ...(retry ? { retry } : {}),
      ...(bootstrap ? { bootstrap } : {}),
    });
  } catch (error) {
    await client.close();
    throw error;
  }
}
