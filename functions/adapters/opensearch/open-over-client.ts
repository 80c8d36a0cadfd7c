import type { BootstrapLog, BootstrapMode } from './bootstrap.ts';
import type { OpenSearchConfig } from './config.ts';
import type { IndexClient } from './index-client.ts';
import {
  type OpenSearchIndex,
  type OpenSearchIndexOptions,
  openOpenSearchIndex,
} from './opensearch-article-index.ts';

/** What opening the index may be given beside the configuration and the client. */
export interface OpenOverClientExtras {
  log?: BootstrapLog;
  retry?: OpenSearchIndexOptions['retry'];
  /** @default 'create' */
  bootstrap?: BootstrapMode;
}

/** Opens the configured index over the given client, closing the client if that fails. */
export async function openIndexOverClient(
  config: OpenSearchConfig,
  client: IndexClient,
  extras: OpenOverClientExtras = {},
): Promise<OpenSearchIndex> {
  const { log, retry, bootstrap } = extras;
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
