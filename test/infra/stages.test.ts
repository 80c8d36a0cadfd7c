import { RemovalPolicy } from 'aws-cdk-lib';
import { RetentionDays } from 'aws-cdk-lib/aws-logs';
import { describe, expect, it } from 'vitest';
import { STAGE_NAMES, type StageConfig } from '../../infra/config/stage-config.ts';
import { stages } from '../../infra/config/stages.ts';
import { validateStageConfig } from '../../infra/config/validate-stage-config.ts';

/** A valid configuration with parts replaced, to see validation catch exactly those parts. */
function devWith(overrides: Partial<StageConfig>): StageConfig {
  return { ...stages.dev, ...overrides };
}
const devSearch = (search: Partial<StageConfig['search']>): StageConfig =>
  devWith({ search: { ...stages.dev.search, ...search } });
const devApi = (api: Partial<StageConfig['api']>): StageConfig =>
  devWith({ api: { ...stages.dev.api, ...api } });

describe('stage configuration', () => {
  it('defines dev, staging and prod, in that order', () => {
    expect(STAGE_NAMES).toEqual(['dev', 'staging', 'prod']);
    expect(Object.keys(stages).sort()).toEqual([...STAGE_NAMES].sort());
  });

  it.each(STAGE_NAMES)('accepts the checked-in %s configuration', (name) => {
    expect(validateStageConfig(name, stages[name])).toBe(stages[name]);
  });

  it('lets dev be torn down completely, bucket contents included', () => {
    expect(stages.dev.removalPolicy).toBe(RemovalPolicy.DESTROY);
    expect(stages.dev.autoDeleteObjects).toBe(true);
    expect(stages.dev.terminationProtection).toBe(false);
  });

  it('gives dev one small node with no zone awareness and no dedicated masters', () => {
    expect(stages.dev.search).toEqual({
      instanceType: 't3.medium.search',
      instanceCount: 1,
      availabilityZones: 1,
      volumeSizeGiB: 10,
    });
  });

  it('asks for authentication on staging too, and says what dev does', () => {
    expect(['iam', 'jwt']).toContain(stages.staging.api.access.kind);
    expect(stages.dev.api.access.kind).toBe('iam');
  });

  it('keeps staging data when its stacks are deleted, spread over two zones', () => {
    expect(stages.staging.removalPolicy).toBe(RemovalPolicy.RETAIN);
    expect(stages.staging.search.availabilityZones).toBe(2);
  });

  it('grows every stage-dependent limit from dev to prod', () => {
    const { dev, staging, prod } = stages;
    for (const [smaller, larger] of [
      [dev, staging],
      [staging, prod],
    ] as const) {
      expect(larger.search.instanceCount).toBeGreaterThanOrEqual(smaller.search.instanceCount);
      expect(larger.search.volumeSizeGiB).toBeGreaterThan(smaller.search.volumeSizeGiB);
      expect(larger.api.throttle.rateLimit).toBeGreaterThan(smaller.api.throttle.rateLimit);
      expect(larger.ingest.maxConcurrency).toBeGreaterThan(smaller.ingest.maxConcurrency);
      expect(larger.logRetention).toBeGreaterThan(smaller.logRetention);
      expect(larger.bucket.noncurrentVersionDays).toBeGreaterThan(
        smaller.bucket.noncurrentVersionDays,
      );
      expect(larger.alarms.apiLatencyP99Millis).toBeLessThan(smaller.alarms.apiLatencyP99Millis);
    }
  });
});

// The guarantees production depends on. Changing one of these is a decision, not an edit: this
// test makes the change visible in review.
describe('prod invariants', () => {
  const { prod } = stages;

  it('retains its data, refuses deletion and never empties its bucket', () => {
    expect(prod.removalPolicy).toBe(RemovalPolicy.RETAIN);
    expect(prod.autoDeleteObjects).toBe(false);
    expect(prod.terminationProtection).toBe(true);
  });

  it('runs at least three data nodes across three availability zones', () => {
    expect(prod.search.instanceCount).toBeGreaterThanOrEqual(3);
    expect(prod.search.availabilityZones).toBe(3);
    expect(prod.search.instanceCount % 3).toBe(0);
  });

  it('has three dedicated master nodes on a non-burstable type', () => {
    expect(prod.search.dedicatedMasters?.count).toBe(3);
    expect(prod.search.dedicatedMasters?.instanceType).not.toMatch(/^t\d/);
    expect(prod.search.instanceType).not.toMatch(/^t\d/);
  });

  it('keeps logs for at least three months and old object versions for ninety days', () => {
    expect(prod.logRetention).toBeGreaterThanOrEqual(RetentionDays.THREE_MONTHS);
    expect(prod.bucket.noncurrentVersionDays).toBeGreaterThanOrEqual(90);
  });

  it('tells someone when an alarm fires', () => {
    expect(prod.alarms.emails.length).toBeGreaterThan(0);
  });

  it('requires every caller of the API to authenticate, with IAM or a JWT', () => {
    expect(['iam', 'jwt']).toContain(prod.api.access.kind);
  });

  it('caps ingest concurrency and API throughput', () => {
    expect(prod.ingest.maxConcurrency).toBeLessThanOrEqual(20);
    expect(prod.api.throttle.burstLimit).toBeGreaterThanOrEqual(prod.api.throttle.rateLimit);
  });
});

describe('stage configuration validation', () => {
  const rejects = (config: StageConfig, message: string, name = 'dev') =>
    expect(() => validateStageConfig(name, config)).toThrow(message);

  it('rejects an unknown stage name, naming it', () => {
    rejects(stages.dev, 'unknown stage "qa"', 'qa');
  });

  it('rejects emptying the bucket of a stage whose data is retained', () => {
    rejects(
      devWith({ removalPolicy: RemovalPolicy.RETAIN, autoDeleteObjects: true }),
      'stage dev: autoDeleteObjects needs removal policy destroy, got "retain"',
    );
  });

  it('rejects a removal policy the bucket does not support', () => {
    rejects(
      devWith({ removalPolicy: RemovalPolicy.SNAPSHOT, autoDeleteObjects: false }),
      'removal policy "snapshot" is not supported',
    );
  });

  it('rejects termination protection on a stage that destroys its data anyway', () => {
    rejects(devWith({ terminationProtection: true }), 'termination protection guards data');
  });

  it('rejects an instance type that is not an opensearch type', () => {
    rejects(devSearch({ instanceType: 't3.medium' }), 'search instance type "t3.medium"');
  });

  it('rejects an instance type without encryption at rest', () => {
    rejects(
      devSearch({ instanceType: 't2.small.search' }),
      '"t2.small.search" does not support encryption at rest',
    );
  });

  it.each([0, -1, 1.5])('rejects %s data nodes', (instanceCount) => {
    rejects(
      devSearch({ instanceCount }),
      `search instance count ${instanceCount} must be a positive integer`,
    );
  });

  it('rejects data nodes that cannot be spread evenly over the zones', () => {
    rejects(
      devSearch({ instanceCount: 4, availabilityZones: 3 }),
      'search instance count 4 is not a multiple of 3 availability zones',
    );
  });

  it('rejects a volume smaller than opensearch allows', () => {
    rejects(devSearch({ volumeSizeGiB: 5 }), 'search volume size 5 GiB');
  });

  it('rejects burstable dedicated masters', () => {
    rejects(
      devSearch({ dedicatedMasters: { instanceType: 't3.medium.search', count: 3 } }),
      'master instance type "t3.medium.search" is burstable',
    );
  });

  it('rejects an even number of dedicated masters', () => {
    rejects(
      devSearch({ dedicatedMasters: { instanceType: 'm7g.large.search', count: 4 as 3 } }),
      'dedicated master count 4 must be 3 or 5',
    );
  });

  it('rejects a burst limit below the rate limit', () => {
    rejects(
      devApi({ throttle: { rateLimit: 50, burstLimit: 10 } }),
      'api burst limit 10 must be an integer of at least the rate limit 50',
    );
  });

  it('rejects a cors origin that is not an https origin', () => {
    rejects(devApi({ corsAllowOrigins: ['http://news.example.com'] }), 'cors origin "http://news');
  });

  it('rejects a jwt issuer that is not https, a jwt without an audience, and a bad operator scope', () => {
    const jwt = (issuer: string, audience: string[], operatorScope = 'article-search/operator') =>
      devApi({ access: { kind: 'jwt', issuer, audience, operatorScope } });
    rejects(jwt('http://idp', ['a']), 'jwt issuer "http://idp"');
    rejects(jwt('https://idp', []), 'jwt audience must name');
    rejects(jwt('https://idp', ['a'], 'two words'), 'jwt operator scope "two words"');
  });

  it.each([99, 2.5])('rejects a per-client limit of %s requests', (requestsPerFiveMinutes) => {
    rejects(
      devApi({ access: { kind: 'public', perClientLimit: { requestsPerFiveMinutes } } }),
      `per-client limit ${requestsPerFiveMinutes} must be a whole number`,
    );
  });

  it.each([1, 1001, 2.5])('rejects an ingest concurrency of %s', (maxConcurrency) => {
    rejects(devWith({ ingest: { maxConcurrency } }), `ingest max concurrency ${maxConcurrency}`);
  });

  it('rejects an alarm recipient that is not an e-mail address', () => {
    rejects(
      devWith({ alarms: { ...stages.dev.alarms, emails: ['oncall'] } }),
      'alarm e-mail "oncall"',
    );
  });

  it('rejects a bucket that would never expire old versions', () => {
    rejects(devWith({ bucket: { noncurrentVersionDays: 0 } }), 'noncurrent version days 0');
  });

  it('writes every error message in lower case, after the stage name', () => {
    let message = '';
    try {
      validateStageConfig('dev', devSearch({ instanceCount: 0 }));
    } catch (error) {
      message = error instanceof Error ? error.message : String(error);
    }
    expect(message).toMatch(/^stage dev: [a-z]/);
  });
});
