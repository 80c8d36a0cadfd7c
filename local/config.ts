import { jsonEnv, optionalEnv } from '../functions/commons/env.ts';
import { ConfigError } from '../functions/core/errors.ts';
import { type PageSignIn, PageSignInSchema } from '../functions/search/page-config.ts';
import type { LocalJwtAuthorizer } from './jwt-authorizer.ts';
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
  /** `LOCAL_JWT_*` and `LOCAL_PAGE_SIGN_IN`: a bearer token demanded, as on a `jwt` stage. */
  jwt?: LocalJwtAuthorizer & { pageSignIn?: PageSignIn };
}

/**
 * Reads LOCAL_JWT_ISSUER, LOCAL_JWT_AUDIENCE (comma-separated), LOCAL_JWT_OPERATOR_SCOPE and
 * LOCAL_PAGE_SIGN_IN (JSON: clientId, authorizationEndpoint, tokenEndpoint, scopes); none set
 * leaves the API open.
 */
export function localJwtFromEnv(
  env: NodeJS.ProcessEnv = process.env,
): (LocalJwtAuthorizer & { pageSignIn?: PageSignIn }) | undefined {
  const issuer = optionalEnv('LOCAL_JWT_ISSUER', '', env);
  const audience = optionalEnv('LOCAL_JWT_AUDIENCE', '', env)
    .split(',')
    .map((value) => value.trim())
    .filter(Boolean);
  const pageSignIn = jsonEnv('LOCAL_PAGE_SIGN_IN', PageSignInSchema, env);
  if (issuer === '') {
    if (audience.length > 0 || pageSignIn !== undefined) {
      throw new ConfigError('LOCAL_JWT_AUDIENCE and LOCAL_PAGE_SIGN_IN need LOCAL_JWT_ISSUER');
    }
    return undefined;
  }
  if (!URL.canParse(issuer)) throw new ConfigError(`LOCAL_JWT_ISSUER "${issuer}" is not a URL`);
  if (audience.length === 0) throw new ConfigError('LOCAL_JWT_ISSUER needs LOCAL_JWT_AUDIENCE');
  const operatorScope = optionalEnv('LOCAL_JWT_OPERATOR_SCOPE', '', env);
  if (pageSignIn && !audience.includes(pageSignIn.clientId)) {
    throw new ConfigError(
      `LOCAL_PAGE_SIGN_IN client id "${pageSignIn.clientId}" is not in LOCAL_JWT_AUDIENCE`,
    );
  }
  return {
    issuer,
    audience,
    ...(operatorScope ? { operatorScope } : {}),
    ...(pageSignIn ? { pageSignIn } : {}),
  };
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
  const jwt = localJwtFromEnv(env);
  return {
    host: optionalEnv('HOST', '127.0.0.1', env),
    apiPort: port('PORT', optionalEnv('PORT', '3000', env)),
    s3Port: port('S3_PORT', optionalEnv('S3_PORT', '4569', env)),
    dataDir: optionalEnv('DATA_DIR', '.data', env),
    searchBackend: searchBackendFromEnv(env),
    ...(jwt ? { jwt } : {}),
  };
}
