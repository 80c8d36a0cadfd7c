import type { RemovalPolicy } from 'aws-cdk-lib';
import type { RetentionDays } from 'aws-cdk-lib/aws-logs';

/** Every environment the app is deployed to, in promotion order. */
export const STAGE_NAMES = ['dev', 'staging', 'prod'] as const;

/** The name of one deployment environment; also its construct id and stack-name prefix. */
export type StageName = (typeof STAGE_NAMES)[number];

/** The OpenSearch index (and alias prefix) the functions read and write; the same in every stage. */
export const ARTICLE_INDEX_NAME = 'articles';

/** Nodes that only manage the cluster state, so a busy data node cannot stall the cluster. */
export interface DedicatedMasters {
  /** Master node instance type, e.g. `m7g.large.search`. */
  readonly instanceType: string;
  /** Number of master nodes; an odd number so a quorum survives losing one zone. */
  readonly count: 3 | 5;
}

/** Size of the OpenSearch domain of one stage. */
export interface SearchDomainSizing {
  /** Data node instance type, e.g. `t3.medium.search`. */
  readonly instanceType: string;
  /** Number of data nodes; a multiple of `availabilityZones`. */
  readonly instanceCount: number;
  /** Spread data nodes over this many zones; 1 turns zone awareness off. */
  readonly availabilityZones: 1 | 2 | 3;
  /** EBS (gp3) volume size per data node, in GiB. */
  readonly volumeSizeGiB: number;
  /**
   * Dedicated master nodes.
   * @default - none: the data nodes elect a master among themselves
   */
  readonly dedicatedMasters?: DedicatedMasters;
}

/** What the article bucket keeps. */
export interface BucketConfig {
  /** Days an overwritten or deleted object's old version is kept before S3 removes it. */
  readonly noncurrentVersionDays: number;
}

/** Requests the search API accepts per second across all routes; beyond that it answers 429. */
export interface ApiThrottle {
  /** Steady requests per second. */
  readonly rateLimit: number;
  /** Requests allowed at once above the steady rate. */
  readonly burstLimit: number;
}

/**
 * How the search page signs an editor in on a `jwt` stage: the authorization code flow with
 * PKCE, as a public client (no secret), against the issuer's OAuth 2.0 endpoints. With a
 * Cognito user pool: an app client without a secret, the code grant, the page's URL (`ApiUrl`
 * followed by `/`) as its callback and sign-out URL, and the hosted UI domain's endpoints.
 */
export interface PageSignInConfig {
  /** The public client the page signs in as; must be one of the authorizer's `audience`. */
  readonly clientId: string;
  /** Where the browser signs in, an https URL, e.g. `https://<domain>/oauth2/authorize`. */
  readonly authorizationEndpoint: string;
  /** Where the page trades codes and refresh tokens for tokens, e.g. `https://<domain>/oauth2/token`. */
  readonly tokenEndpoint: string;
  /** Scopes the page asks for, e.g. `['openid']`; each a scope name. */
  readonly scopes: readonly string[];
}

/** A JWT authorizer in front of the search routes. */
export interface JwtAuthorizerConfig {
  /** The token issuer, an https URL (an OIDC provider or a Cognito user pool). */
  readonly issuer: string;
  /** Accepted `aud` (or `client_id`) values; at least one. */
  readonly audience: readonly string[];
  /** The scope a token must carry to read `/failures`, e.g. `article-search/operator`. */
  readonly operatorScope: string;
  /**
   * Lets the search page sign editors in and send their token.
   * @default - none: the page loads, and says the API needs a token it cannot get
   */
  readonly pageSignIn?: PageSignInConfig;
}

/** How many requests one client (one IP address) may make, over API Gateway's stage-wide throttle. */
export interface PerClientRateLimit {
  /** Requests per client IP in any five minutes; beyond that AWS WAF answers 429 (100–2,000,000,000). */
  readonly requestsPerFiveMinutes: number;
}

/**
 * Who may call the search API. Every kind keeps `/failures` (object keys and error messages)
 * for operators, and `/health` open for monitors.
 *
 * - `iam`: every request SigV4-signed by an identity allowed `execute-api:Invoke` on the route:
 *   the stage's readers' policy for search and articles, its operators' policy for failures too.
 * - `jwt`: a bearer token from the issuer, for the audience; `/failures` also needs the operator
 *   scope.
 * - `public`: search and articles open to anyone, each client limited by AWS WAF on a CloudFront
 *   distribution in front of the API; `/failures` still SigV4-signed by an operator.
 */
export type ApiAccess =
  | { readonly kind: 'iam' }
  | ({ readonly kind: 'jwt' } & JwtAuthorizerConfig)
  | { readonly kind: 'public'; readonly perClientLimit: PerClientRateLimit };

/** The public edge of the search API. */
export interface SearchApiConfig {
  /** Stage-wide throttling. */
  readonly throttle: ApiThrottle;
  /** Origins a browser may call the API from: `*`, or `https://host[:port]`, or `http://localhost[:port]`. */
  readonly corsAllowOrigins: readonly string[];
  /** Who may call it; chosen per stage, never defaulted. */
  readonly access: ApiAccess;
}

/** How the ingest function is fed from its queue. */
export interface IngestConfig {
  /** Most ingest functions running at once, so a bulk upload cannot overwhelm the domain (2–1000). */
  readonly maxConcurrency: number;
}

/** Who hears about problems, and what counts as one where stages differ. */
export interface AlarmConfig {
  /** E-mail addresses subscribed to the stage's alarm topic; each must confirm its subscription. */
  readonly emails: readonly string[];
  /** The API's p99 latency, in milliseconds, that alarms when exceeded for 15 minutes. */
  readonly apiLatencyP99Millis: number;
}

/** Everything that differs between stages. */
export interface StageConfig {
  /** What CloudFormation does with the buckets, the domain and the log groups when they leave the template. */
  readonly removalPolicy: RemovalPolicy;
  /** Empty the buckets when their stack is deleted; only allowed with `RemovalPolicy.DESTROY`. */
  readonly autoDeleteObjects: boolean;
  /** Refuse `cdk destroy` and stack deletion until an operator turns this off. */
  readonly terminationProtection: boolean;
  /** OpenSearch domain size. */
  readonly search: SearchDomainSizing;
  /** Article bucket retention. */
  readonly bucket: BucketConfig;
  /** How long function, API, domain and access logs are kept. */
  readonly logRetention: RetentionDays;
  /** Search API edge settings. */
  readonly api: SearchApiConfig;
  /** Ingest pipeline settings. */
  readonly ingest: IngestConfig;
  /** Alarm recipients and thresholds. */
  readonly alarms: AlarmConfig;
}
