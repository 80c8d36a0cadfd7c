import { defaultProvider } from '@aws-sdk/credential-provider-node';
import { Client, type ClientOptions, type Connection } from '@opensearch-project/opensearch';
import { AwsSigv4Signer } from '@opensearch-project/opensearch/aws-v3';
import { clientSettings } from './client-settings.ts';
import type { OpenSearchConfig } from './config.ts';

/** What a test may replace: the connection class, to answer requests without a cluster. */
export interface ClientOverrides {
  Connection?: typeof Connection;
}

/**
 * Builds the full OpenSearch client, for the CLI, the local stack and the benches (the Lambda
 * functions use `lambda-client.ts`), with our settings (`clientSettings`). Signed requests take
 * their credentials from the AWS default chain (environment, profile, SSO, instance role).
 */
export function createOpenSearchClient(
  config: OpenSearchConfig,
  overrides: ClientOverrides = {},
): Client {
  const options: ClientOptions = clientSettings(config);
  const { auth } = config;
  if (auth.kind === 'basic') {
    return new Client({
      ...options,
      ...overrides,
      auth: { username: auth.username, password: auth.password },
    });
  }
  if (auth.kind === 'sigv4') {
    // One provider for the life of the process: it caches credentials and refreshes them before
    // they expire (the signer asks again when they are about to).
    const credentials = defaultProvider();
    return new Client({
      ...options,
      ...AwsSigv4Signer({
        region: auth.region,
        service: auth.service,
        getCredentials: () => credentials(),
      }),
    });
  }
  return new Client({ ...options, ...overrides });
}
