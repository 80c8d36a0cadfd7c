import { defaultProvider } from '@aws-sdk/credential-provider-node';
import { Client, type ClientOptions, type Connection } from '@opensearch-project/opensearch';
import { AwsSigv4Signer } from '@opensearch-project/opensearch/aws-v3';
import type { OpenSearchConfig } from './config.ts';

/**
 * Longest a request may take before the client gives up, unless a call sets its own: under the
 * search function's 10 s timeout, so a stuck cluster yields an error response, not a killed
 * invocation. Searches and bulks set their own (see `search-request.ts`, `bulk-sender.ts`).
 */
export const REQUEST_TIMEOUT_MS = 8_000;

/** What a test may replace: the connection class, to answer requests without a cluster. */
export interface ClientOverrides {
  Connection?: typeof Connection;
}

/**
 * Builds the one client a process uses. Retries are ours (`retry.ts`: backoff with jitter, and
 * 429 too), so the client's own immediate retries are off. Connections are kept alive because a
 * Lambda environment serves invocation after invocation: reusing the socket saves a TCP and TLS
 * handshake each time, and the few sockets an environment needs stay open between invocations.
 * A socket the server closed while the environment was frozen fails with a connection error,
 * which our retry absorbs. There is one node behind the endpoint, so no sniffing and no pings.
 */
export function createOpenSearchClient(
  config: OpenSearchConfig,
  overrides: ClientOverrides = {},
): Client {
  const options: ClientOptions = {
    node: config.node,
    requestTimeout: REQUEST_TIMEOUT_MS,
    maxRetries: 0,
    resurrectStrategy: 'none',
    agent: { keepAlive: true, keepAliveMsecs: 1_000, maxSockets: 16, maxFreeSockets: 4 },
    ...(config.tlsInsecure ? { ssl: { rejectUnauthorized: false } } : {}),
  };
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
