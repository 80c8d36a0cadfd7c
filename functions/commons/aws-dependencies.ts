import type { BootstrapLog, BootstrapMode } from '../adapters/opensearch/bootstrap.ts';
import { openSearchConfigFromEnv } from '../adapters/opensearch/config.ts';
import { createLambdaOpenSearchClient } from '../adapters/opensearch/lambda-client.ts';
import { openIndexOverClient } from '../adapters/opensearch/open-over-client.ts';
import type { OpenSearchIndex } from '../adapters/opensearch/opensearch-article-index.ts';
import { ConfigError } from '../core/errors.ts';
import { optionalEnv } from './env.ts';

/** What opening the deployed index may be given. */
export interface IndexFromEnvOptions {
  /** @default process.env */
  env?: NodeJS.ProcessEnv;
  /** Where index creation at a cold start is reported. */
  log?: BootstrapLog;
  /**
   * `check` for a function that only reads: it looks for the indices and never creates them.
   * @default 'create'
   */
  bootstrap?: BootstrapMode;
}

/**
 * Opens the search index the deployed functions use: OpenSearch, configured by
 * `OPENSEARCH_ENDPOINT` (SigV4) or `OPENSEARCH_URL`, `OPENSEARCH_INDEX` and `AWS_REGION` (see
 * `openSearchConfigFromEnv`). The environment is read once, here, at cold start; the indices and
 * aliases are created if missing, unless `bootstrap` is `check`. The client is the functions' own
 * (`createLambdaOpenSearchClient`: only the calls the index makes, credentials from the
 * environment Lambda sets). A function has no durable disk, so `SEARCH_BACKEND` may only
 * be `opensearch`; anything else fails start-up with a ConfigError.
 */
export async function indexFromEnv(options: IndexFromEnvOptions = {}): Promise<OpenSearchIndex> {
  const env = options.env ?? process.env;
  const backend = optionalEnv('SEARCH_BACKEND', 'opensearch', env);
  if (backend !== 'opensearch') {
    throw new ConfigError(
      `SEARCH_BACKEND=${backend} cannot run in a Lambda function; the deployed functions use opensearch`,
    );
  }
  const config = openSearchConfigFromEnv(env);
  return openIndexOverClient(config, createLambdaOpenSearchClient(config), {
    ...(options.log ? { log: options.log } : {}),
    ...(options.bootstrap ? { bootstrap: options.bootstrap } : {}),
  });
}
