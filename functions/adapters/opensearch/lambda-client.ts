import { EventEmitter } from 'node:events';
import bulk from '@opensearch-project/opensearch/api/_core/bulk.js';
import createPit from '@opensearch-project/opensearch/api/_core/createPit.js';
import deleteDocument from '@opensearch-project/opensearch/api/_core/delete.js';
import get from '@opensearch-project/opensearch/api/_core/get.js';
import indexDocument from '@opensearch-project/opensearch/api/_core/index.js';
import mget from '@opensearch-project/opensearch/api/_core/mget.js';
import search from '@opensearch-project/opensearch/api/_core/search.js';
import createIndex from '@opensearch-project/opensearch/api/indices/create.js';
import indexExists from '@opensearch-project/opensearch/api/indices/exists.js';
import putMapping from '@opensearch-project/opensearch/api/indices/putMapping.js';
import { kConfigErr } from '@opensearch-project/opensearch/api/utils.js';
import { giveAwsV4Signer } from '@opensearch-project/opensearch/lib/aws/shared.js';
import Connection from '@opensearch-project/opensearch/lib/Connection.js';
import { ConfigurationError } from '@opensearch-project/opensearch/lib/errors.js';
import { ConnectionPool } from '@opensearch-project/opensearch/lib/pool/index.js';
import Transport from '@opensearch-project/opensearch/lib/Transport.js';
import { credentialsFromEnv } from '../env-credentials.ts';
import { clientSettings } from './client-settings.ts';
import type { OpenSearchConfig } from './config.ts';
import type { IndexClient } from './index-client.ts';
import { JsonSerializer } from './json-serializer.ts';

/** What a test may replace: the connection class, to answer requests without a cluster. */
export interface LambdaClientOverrides {
  Connection?: typeof Connection;
}

// `aws-v3`'s signer names the whole AWS default credential chain as its fallback, and importing
// it bundles that chain (250 KB of SSO, STS and profile code); we always pass our own provider.
const AwsSigv4Signer = giveAwsV4Signer(() =>
  Promise.reject(new Error('the Lambda OpenSearch client passes its own credentials')),
);

/**
 * The OpenSearch client of the Lambda functions: the package's own transport, connection pool,
 * serializer, errors and request builders (`api/_core/search.js`, …), assembled as `Client`
 * assembles them with our settings, but carrying only the calls the index makes (`IndexClient`)
 * instead of the whole API (500 request builders and the helpers): 60 KB of the bundle instead
 * of 250 KB, and the same requests, byte for byte (`test/adapters/opensearch-lambda-client
 * .test.ts` holds the two to that). Signed requests take their credentials from the environment
 * variables Lambda sets for the execution role, the first link of the default chain, which in a
 * function always answers.
 */
export function createLambdaOpenSearchClient(
  config: OpenSearchConfig,
  overrides: LambdaClientOverrides = {},
): IndexClient {
  const settings = clientSettings(config);
  const { auth } = config;
  let ConnectionClass = overrides.Connection ?? Connection;
  let TransportClass = Transport;
  if (auth.kind === 'sigv4') {
    const credentials = credentialsFromEnv();
    const signer = AwsSigv4Signer({
      region: auth.region,
      service: auth.service,
      getCredentials: () => credentials(),
    });
    ConnectionClass = signer.Connection;
    TransportClass = signer.Transport;
  }
  const basicAuth =
    auth.kind === 'basic' ? { username: auth.username, password: auth.password } : undefined;

  // As `Client`'s constructor builds them, with its defaults for what we set. What it sets to
  // null (opaque id prefix, context, request ids, node filter, proxy) is left out: we pass no
  // opaque ids or contexts, and the transport and pool default the rest as they do for null.
  const events = new EventEmitter();
  const emit = events.emit.bind(events);
  // The package's Serializer with prototype-poisoning protection and no long numerals.
  const serializer = new JsonSerializer();
  const connectionPool = new ConnectionPool({
    pingTimeout: 3_000,
    resurrectStrategy: settings.resurrectStrategy,
    agent: settings.agent,
    ...(settings.ssl ? { ssl: settings.ssl } : {}),
    ...(basicAuth ? { auth: basicAuth } : {}),
    Connection: ConnectionClass,
    emit,
    sniffEnabled: false,
  });
  connectionPool.addConnection(settings.node);
  const transport = new TransportClass({
    emit,
    connectionPool,
    serializer,
    maxRetries: settings.maxRetries,
    requestTimeout: settings.requestTimeout,
    sniffEndpoint: '_nodes/_all/http',
    suggestCompression: false,
    nodeSelector: 'round-robin',
    headers: {},
    name: 'opensearch-js',
    ...(basicAuth ? { auth: basicAuth } : {}),
  });

  // The request builders read the transport, and the error for a missing parameter, from `this`.
  const api = { transport, [kConfigErr]: ConfigurationError };
  return {
    search: (params, options) => search.call(api, params, options),
    get: (params, options) => get.call(api, params, options),
    mget: (params, options) => mget.call(api, params, options),
    bulk: (params, options) => bulk.call(api, params, options),
    index: (params, options) => indexDocument.call(api, params, options),
    createPit: (params, options) => createPit.call(api, params, options),
    delete: (params, options) => deleteDocument.call(api, params, options),
    indices: {
      exists: (params, options) => indexExists.call(api, params, options),
      create: (params, options) => createIndex.call(api, params, options),
      putMapping: (params, options) => putMapping.call(api, params, options),
    },
    close: () => new Promise<void>((resolve) => connectionPool.empty(() => resolve())),
  };
}
