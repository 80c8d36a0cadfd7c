import { ConfigError } from '../../core/errors.ts';
import * as z from '../../core/zod.ts';

/** How requests to the cluster are authenticated. */
export type OpenSearchAuth =
  | { kind: 'none' }
  | { kind: 'basic'; username: string; password: string }
  /** Amazon OpenSearch Service (`es`) or Serverless (`aoss`), signed with SigV4. */
  | { kind: 'sigv4'; service: 'es' | 'aoss'; region: string };

/** When a write becomes visible to searches (OpenSearch's `refresh` parameter). */
export type RefreshPolicy = 'false' | 'true' | 'wait_for';

/** Where the index lives and how to reach it, read once from the environment. */
export interface OpenSearchConfig {
  /** The node URL, without credentials. */
  node: string;
  auth: OpenSearchAuth;
  /** Base name of the index: the read alias; the write alias and versioned indices derive from it. */
  indexName: string;
  /** @default 'false' (the cluster's refresh interval, one second by default, decides) */
  refresh: RefreshPolicy;
  /** Accept a self-signed certificate, as a local container has; never for a real cluster. */
  tlsInsecure: boolean;
}

const optional = z.optional(z.string().check(z.trim(), z.minLength(1)));

// Empty variables count as unset, as in `env.ts`.
const EnvSchema = z.object({
  OPENSEARCH_URL: optional,
  OPENSEARCH_ENDPOINT: optional,
  OPENSEARCH_INDEX: z._default(
    z
      .string()
      .check(
        z.regex(
          /^[a-z0-9][a-z0-9_-]{0,100}$/,
          'must be lower-case letters, digits, - or _ (an index name)',
        ),
      ),
    'articles',
  ),
  OPENSEARCH_SERVICE: z._default(z.enum(['es', 'aoss']), 'es'),
  OPENSEARCH_USERNAME: optional,
  OPENSEARCH_PASSWORD: optional,
  OPENSEARCH_REFRESH: z._default(z.enum(['false', 'true', 'wait_for']), 'false'),
  OPENSEARCH_TLS_INSECURE: z._default(z.enum(['true', 'false']), 'false'),
  AWS_REGION: optional,
  AWS_DEFAULT_REGION: optional,
});

type Env = z.output<typeof EnvSchema>;

function parseUrl(name: string, value: string): URL {
  // An endpoint is often given as the bare host name the AWS console shows.
  const withScheme = /^https?:\/\//.test(value) ? value : `https://${value}`;
  try {
    return new URL(withScheme);
  } catch {
    throw new ConfigError(
      `${name} must be a URL such as https://search-x.eu-west-1.es.amazonaws.com, got "${value}"`,
    );
  }
}

function withoutCredentials(url: URL): string {
  const bare = new URL(url.href);
  bare.username = '';
  bare.password = '';
  return bare.href.replace(/\/$/, '');
}

function signedConfig(env: Env, endpoint: string): Pick<OpenSearchConfig, 'node' | 'auth'> {
  const url = parseUrl('OPENSEARCH_ENDPOINT', endpoint);
  if (url.protocol !== 'https:') {
    throw new ConfigError(
      'OPENSEARCH_ENDPOINT must use https: Amazon OpenSearch accepts nothing else',
    );
  }
  const region = env.AWS_REGION ?? env.AWS_DEFAULT_REGION;
  if (region === undefined) {
    throw new ConfigError('AWS_REGION is required to sign requests to OPENSEARCH_ENDPOINT');
  }
  return {
    node: withoutCredentials(url),
    auth: { kind: 'sigv4', service: env.OPENSEARCH_SERVICE, region },
  };
}

function plainConfig(env: Env, raw: string): Pick<OpenSearchConfig, 'node' | 'auth'> {
  const url = parseUrl('OPENSEARCH_URL', raw);
  const username = env.OPENSEARCH_USERNAME ?? decodeURIComponent(url.username);
  const password = env.OPENSEARCH_PASSWORD ?? decodeURIComponent(url.password);
  return {
    node: withoutCredentials(url),
    auth: username ? { kind: 'basic', username, password } : { kind: 'none' },
  };
}

/**
 * Reads the OpenSearch settings: `OPENSEARCH_URL` for a cluster reached directly (credentials in
 * the URL or in `OPENSEARCH_USERNAME`/`OPENSEARCH_PASSWORD`), or `OPENSEARCH_ENDPOINT` for
 * Amazon OpenSearch Service or Serverless (`OPENSEARCH_SERVICE` es|aoss), signed with SigV4 for
 * `AWS_REGION`; plus `OPENSEARCH_INDEX`, `OPENSEARCH_REFRESH` and `OPENSEARCH_TLS_INSECURE`.
 * Throws ConfigError naming the variable at fault.
 */
export function openSearchConfigFromEnv(env: NodeJS.ProcessEnv = process.env): OpenSearchConfig {
  const set = Object.fromEntries(
    Object.entries(env).filter(([, value]) => value !== undefined && value.trim() !== ''),
  );
  const parsed = EnvSchema.safeParse(set);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const name = String(issue?.path[0] ?? 'environment');
    throw new ConfigError(`${name} ${issue?.message ?? 'is invalid'}`);
  }
  const vars = parsed.data;
  if (vars.OPENSEARCH_URL !== undefined && vars.OPENSEARCH_ENDPOINT !== undefined) {
    throw new ConfigError(
      'set OPENSEARCH_URL (a cluster reached directly) or OPENSEARCH_ENDPOINT (Amazon OpenSearch, signed), not both',
    );
  }
  const target =
    vars.OPENSEARCH_ENDPOINT !== undefined
      ? signedConfig(vars, vars.OPENSEARCH_ENDPOINT)
      : vars.OPENSEARCH_URL !== undefined
        ? plainConfig(vars, vars.OPENSEARCH_URL)
        : undefined;
  if (target === undefined) {
    throw new ConfigError(
      'OPENSEARCH_URL or OPENSEARCH_ENDPOINT is required for the OpenSearch index',
    );
  }
  return {
    ...target,
    indexName: vars.OPENSEARCH_INDEX,
    refresh: vars.OPENSEARCH_REFRESH,
    tlsInsecure: vars.OPENSEARCH_TLS_INSECURE === 'true' && target.auth.kind !== 'sigv4',
  };
}
