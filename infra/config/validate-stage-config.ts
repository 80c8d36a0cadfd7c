import { RemovalPolicy } from 'aws-cdk-lib';
import {
  type AlarmConfig,
  type IngestConfig,
  type JwtAuthorizerConfig,
  type SearchApiConfig,
  type SearchDomainSizing,
  STAGE_NAMES,
  type StageConfig,
} from './stage-config.ts';

/** Throws the message, prefixed with the stage it is about. */
type Fail = (message: string) => never;

const INSTANCE_TYPE = /^[a-z][a-z0-9-]*\.[a-z0-9]+\.search$/;
// SNAPSHOT is not supported by S3 buckets, so only the two policies every resource accepts.
const REMOVAL_POLICIES: readonly RemovalPolicy[] = [RemovalPolicy.DESTROY, RemovalPolicy.RETAIN];
const EMAIL = /^[^\s@]+@[^\s@]+\.[a-z]{2,}$/i;
const SCOPE = /^[\w.:/-]+$/;
const ORIGIN = /^(\*|https:\/\/[a-z0-9.-]+(:\d+)?|http:\/\/localhost(:\d+)?)$/;
// The limits AWS documents for an SQS event source's maximum concurrency.
const MIN_INGEST_CONCURRENCY = 2;
const MAX_INGEST_CONCURRENCY = 1000;

const isPositiveInteger = (value: number): boolean => Number.isInteger(value) && value > 0;

function checkRemoval(config: StageConfig, fail: Fail): void {
  if (!REMOVAL_POLICIES.includes(config.removalPolicy)) {
    fail(`removal policy "${config.removalPolicy}" is not supported; use destroy or retain`);
  }
  if (config.autoDeleteObjects && config.removalPolicy !== RemovalPolicy.DESTROY) {
    fail(`autoDeleteObjects needs removal policy destroy, got "${config.removalPolicy}"`);
  }
  if (config.terminationProtection && config.removalPolicy === RemovalPolicy.DESTROY) {
    fail('termination protection guards data that removal policy destroy would delete anyway');
  }
}

function checkInstanceType(role: string, instanceType: string, fail: Fail): void {
  if (!INSTANCE_TYPE.test(instanceType)) {
    fail(`${role} instance type "${instanceType}" is not an opensearch type like t3.medium.search`);
  }
  if (instanceType.startsWith('t2.')) {
    fail(`${role} instance type "${instanceType}" does not support encryption at rest`);
  }
}

function checkSearch(search: SearchDomainSizing, fail: Fail): void {
  const { instanceType, instanceCount, availabilityZones, volumeSizeGiB, dedicatedMasters } =
    search;
  checkInstanceType('search', instanceType, fail);
  if (!isPositiveInteger(instanceCount)) {
    fail(`search instance count ${instanceCount} must be a positive integer`);
  }
  if (![1, 2, 3].includes(availabilityZones)) {
    fail(`search availability zones ${availabilityZones} must be 1, 2 or 3`);
  }
  if (instanceCount % availabilityZones !== 0) {
    fail(
      `search instance count ${instanceCount} is not a multiple of ${availabilityZones} availability zones`,
    );
  }
  if (!Number.isInteger(volumeSizeGiB) || volumeSizeGiB < 10) {
    fail(`search volume size ${volumeSizeGiB} GiB must be an integer of at least 10`);
  }
  if (dedicatedMasters !== undefined) {
    checkInstanceType('master', dedicatedMasters.instanceType, fail);
    if (dedicatedMasters.instanceType.startsWith('t3.')) {
      fail(`master instance type "${dedicatedMasters.instanceType}" is burstable; use m or r`);
    }
    if (![3, 5].includes(dedicatedMasters.count)) {
      fail(`dedicated master count ${dedicatedMasters.count} must be 3 or 5`);
    }
  }
}

function checkHttpsUrl(what: string, value: string, fail: Fail): void {
  if (!URL.canParse(value) || new URL(value).protocol !== 'https:') {
    fail(`${what} "${value}" must be an https url`);
  }
}

function checkPageSignIn(access: JwtAuthorizerConfig, fail: Fail): void {
  const signIn = access.pageSignIn;
  if (signIn === undefined) return;
  if (!access.audience.includes(signIn.clientId)) {
    fail(
      `page sign-in client id "${signIn.clientId}" is not in the jwt audience (${access.audience.join(', ')}), so its tokens would be refused`,
    );
  }
  checkHttpsUrl('page sign-in authorization endpoint', signIn.authorizationEndpoint, fail);
  checkHttpsUrl('page sign-in token endpoint', signIn.tokenEndpoint, fail);
  for (const scope of signIn.scopes) {
    if (!SCOPE.test(scope)) {
      fail(`page sign-in scope "${scope}" must be a scope name like openid or article-search/read`);
    }
  }
}

function checkApi(api: SearchApiConfig, fail: Fail): void {
  const { rateLimit, burstLimit } = api.throttle;
  if (!isPositiveInteger(rateLimit)) fail(`api rate limit ${rateLimit} must be a positive integer`);
  if (!isPositiveInteger(burstLimit) || burstLimit < rateLimit) {
    fail(
      `api burst limit ${burstLimit} must be an integer of at least the rate limit ${rateLimit}`,
    );
  }
  for (const origin of api.corsAllowOrigins) {
    if (!ORIGIN.test(origin)) {
      fail(`cors origin "${origin}" must be *, https://host[:port] or http://localhost[:port]`);
    }
  }
  const { access } = api;
  if (access.kind === 'jwt') {
    if (!access.issuer.startsWith('https://')) {
      fail(`jwt issuer "${access.issuer}" must be an https url`);
    }
    if (access.audience.length === 0) fail('jwt audience must name at least one client');
    if (!SCOPE.test(access.operatorScope)) {
      fail(
        `jwt operator scope "${access.operatorScope}" must be a scope name like article-search/operator`,
      );
    }
    checkPageSignIn(access, fail);
  } else if (access.kind === 'public') {
    const limit = access.perClientLimit.requestsPerFiveMinutes;
    if (!Number.isInteger(limit) || limit < 100 || limit > 2_000_000_000) {
      fail(`per-client limit ${limit} must be a whole number of requests from 100 to 2000000000`);
    }
  } else if (access.kind !== 'iam') {
    fail(`api access "${(access as { kind: string }).kind}" must be iam, jwt or public`);
  }
}

function checkIngest(ingest: IngestConfig, fail: Fail): void {
  const { maxConcurrency } = ingest;
  if (
    !Number.isInteger(maxConcurrency) ||
    maxConcurrency < MIN_INGEST_CONCURRENCY ||
    maxConcurrency > MAX_INGEST_CONCURRENCY
  ) {
    fail(
      `ingest max concurrency ${maxConcurrency} must be an integer from ${MIN_INGEST_CONCURRENCY} to ${MAX_INGEST_CONCURRENCY}`,
    );
  }
}

function checkAlarms(alarms: AlarmConfig, fail: Fail): void {
  for (const email of alarms.emails) {
    if (!EMAIL.test(email)) fail(`alarm e-mail "${email}" is not an e-mail address`);
  }
  if (!isPositiveInteger(alarms.apiLatencyP99Millis)) {
    fail(`api latency threshold ${alarms.apiLatencyP99Millis} ms must be a positive integer`);
  }
}

/**
 * Throws when a stage's configuration could not deploy, naming the stage and the bad value,
 * so a typo fails at synth time rather than halfway through a CloudFormation update.
 */
export function validateStageConfig(name: string, config: StageConfig): StageConfig {
  if (!(STAGE_NAMES as readonly string[]).includes(name)) {
    throw new Error(`unknown stage "${name}": expected one of ${STAGE_NAMES.join(', ')}`);
  }
  const fail: Fail = (message) => {
    throw new Error(`stage ${name}: ${message}`);
  };
  checkRemoval(config, fail);
  checkSearch(config.search, fail);
  if (!isPositiveInteger(config.bucket.noncurrentVersionDays)) {
    fail(
      `noncurrent version days ${config.bucket.noncurrentVersionDays} must be a positive integer`,
    );
  }
  checkApi(config.api, fail);
  checkIngest(config.ingest, fail);
  checkAlarms(config.alarms, fail);
  return config;
}
