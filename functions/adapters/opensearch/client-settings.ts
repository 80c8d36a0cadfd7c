import type { ConnectionOptions } from 'node:tls';
import type { OpenSearchConfig } from './config.ts';

/**
 * Longest a request may take before the client gives up, unless a call sets its own: under the
 * search function's 10 s timeout, so a stuck cluster yields an error response, not a killed
 * invocation. Searches and bulks set their own (see `search-request.ts`, `bulk-sender.ts`).
 */
export const REQUEST_TIMEOUT_MS = 8_000;

/** How every client of ours reaches the cluster, whichever client class carries it. */
export interface ClientSettings {
  node: string;
  requestTimeout: number;
  maxRetries: 0;
  resurrectStrategy: 'none';
  agent: { keepAlive: boolean; keepAliveMsecs: number; maxSockets: number; maxFreeSockets: number };
  ssl?: ConnectionOptions;
}

/**
 * Retries are ours (`retry.ts`: backoff with jitter, and 429 too), so the client's own immediate
 * retries are off. Connections are kept alive because a Lambda environment serves invocation
 * after invocation: reusing the socket saves a TCP and TLS handshake each time, and the few
 * sockets an environment needs stay open between invocations. A socket the server closed while
 * the environment was frozen fails with a connection error, which our retry absorbs. There is
 * one node behind the endpoint, so no sniffing and no pings.
 */
export function clientSettings(config: OpenSearchConfig): ClientSettings {
  return {
    node: config.node,
    requestTimeout: REQUEST_TIMEOUT_MS,
    maxRetries: 0,
    resurrectStrategy: 'none',
    agent: { keepAlive: true, keepAliveMsecs: 1_000, maxSockets: 16, maxFreeSockets: 4 },
    ...(config.tlsInsecure ? { ssl: { rejectUnauthorized: false } } : {}),
  };
}
