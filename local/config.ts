import { optionalEnv } from '../functions/commons/env.ts';
import { ConfigError } from '../functions/core/errors.ts';
import { type SearchBackend, searchBackendFromEnv } from './search-backend.ts';

/** What `npm start` reads from the environment. */
export interface LocalConfig {
  host: string;
  apiPort: number;
  s3Port: number;
  /** As given; relative paths are taken from the working directory. */
  dataDir: string;
  /** `SEARCH_BACKEND` and, for OpenSearch, its `OPENSEARCH_*` settings. */
  searchBackend: SearchBackend;
}

function port(name: string, value: string): number {
  const parsed = Number(value);
  if (!/^\d+$/.test(value) || parsed > 65_535) {
    throw new ConfigError(`${name} must be a port number from 0 to 65535, got "${value}"`);
  }
  return parsed;
}

/** Reads HOST, PORT, S3_PORT, DATA_DIR and SEARCH_BACKEND, with the local stack's defaults. */
export function localConfigFromEnv(env: NodeJS.ProcessEnv = process.env): LocalConfig {
  return {
    host: optionalEnv('HOST', '127.0.0.1', env),
    apiPort: port('PORT', optionalEnv('PORT', '3000', env)),
    s3Port: port('S3_PORT', optionalEnv('S3_PORT', '4569', env)),
    dataDir: optionalEnv('DATA_DIR', '.data', env),
    searchBackend: searchBackendFromEnv(env),
  };
}
