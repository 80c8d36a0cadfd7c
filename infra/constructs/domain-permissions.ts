import { Grant, type IRole } from 'aws-cdk-lib/aws-iam';
import { acknowledgeWildcards } from '../compliance/acknowledge.ts';

/** An OpenSearch HTTP permission; one per HTTP method. */
export type DomainHttpAction =
  | 'es:ESHttpGet'
  | 'es:ESHttpHead'
  | 'es:ESHttpPut'
  | 'es:ESHttpPost'
  | 'es:ESHttpPatch'
  | 'es:ESHttpDelete';

/** HTTP methods the ingest function needs: create its index and aliases, write and delete documents. */
export const INGEST_DOMAIN_ACTIONS: readonly DomainHttpAction[] = [
  'es:ESHttpGet',
  // HEAD: the index writer checks whether its index and aliases exist before creating them.
  'es:ESHttpHead',
  'es:ESHttpPut',
  'es:ESHttpPost',
  'es:ESHttpDelete',
];

/** HTTP methods the search function needs: `_search` is a POST; documents and existence checks are GET and HEAD. */
export const SEARCH_DOMAIN_ACTIONS: readonly DomainHttpAction[] = [
  'es:ESHttpGet',
  'es:ESHttpHead',
  'es:ESHttpPost',
];

/** HTTP methods the role-mapping custom resource needs on the security plugin's REST API. */
export const SECURITY_ADMIN_ACTIONS: readonly DomainHttpAction[] = ['es:ESHttpGet', 'es:ESHttpPut'];

/** The security plugin's REST API, below the domain ARN. */
export const SECURITY_API_PATH = '_plugins/_security/api/*';

// An ARN element as cdk-nag prints it: a literal, or a pseudo parameter such as <AWS::Region>.
const ARN_PART = String.raw`(?:<AWS::\w+>|[\w-]+)`;
const DOMAIN_ARN = String.raw`arn:${ARN_PART}:es:${ARN_PART}:${ARN_PART}:domain\/[a-z0-9-]+`;
const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

/** The cdk-nag wildcard finding for `path` below a domain ARN. */
export function domainPathFinding(path: string): RegExp {
  return new RegExp(`^Resource::${DOMAIN_ARN}\\/${escapeRegExp(path)}$`);
}

const EVERY_PATH_REASON =
  'OpenSearch HTTP permissions apply per request path (index, _search, _bulk); the wildcard stays inside this one domain, and fine-grained access control limits the role to its own indices.';

/** Options of {@link grantDomainHttp}. */
export interface DomainGrantOptions {
  /**
   * Paths below the domain ARN; `*` is every index and API.
   * @default ['*']
   */
  readonly paths?: readonly string[];
  /**
   * Why the wildcard in these paths is acceptable, recorded as the cdk-nag acknowledgement.
   * @default - the reason for every path of one domain
   */
  readonly wildcardReason?: string;
}

/**
 * Lets `grantee` send the given HTTP methods to the domain (by ARN) and the paths below it, and
 * nothing else. The built-in `grantRead`/`grantReadWrite` grant fixed, wider sets of methods.
 */
export function grantDomainHttp(
  domainArn: string,
  grantee: IRole,
  actions: readonly DomainHttpAction[],
  options: DomainGrantOptions = {},
): Grant {
  const paths = options.paths ?? ['*'];
  for (const path of paths.filter((p) => p.includes('*'))) {
    acknowledgeWildcards(
      grantee,
      domainPathFinding(path),
      options.wildcardReason ?? EVERY_PATH_REASON,
    );
  }
  const below = paths.map((p) => `${domainArn}/${p}`);
  return Grant.addToPrincipal({
    grantee,
    actions: [...actions],
    // The domain ARN itself answers cluster-level requests such as HEAD /.
    resourceArns: paths.includes('*') ? [domainArn, ...below] : below,
  });
}
