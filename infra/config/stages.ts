import { RemovalPolicy } from 'aws-cdk-lib';
import { RetentionDays } from 'aws-cdk-lib/aws-logs';
import type { StageConfig, StageName } from './stage-config.ts';

/**
 * The configuration of every stage; `ArticleSearchStage` validates it before building anything.
 * Alarm addresses are team mailboxes: replace them with real ones before the first deployment.
 */
export const stages: Record<StageName, StageConfig> = {
  dev: {
    removalPolicy: RemovalPolicy.DESTROY,
    autoDeleteObjects: true,
    terminationProtection: false,
    // t3.small.search is cheaper, but OpenSearch gives half the memory to its heap, and 1 GiB of
    // heap is tight once fine-grained access control loads; t3.medium doubles it for ~$27/month.
    search: {
      instanceType: 't3.medium.search',
      instanceCount: 1,
      availabilityZones: 1,
      volumeSizeGiB: 10,
    },
    bucket: { noncurrentVersionDays: 7 },
    logRetention: RetentionDays.ONE_WEEK,
    // Developers call dev with their own AWS credentials, as they deploy it (see "Access to the
    // API" in infra/README.md); a stage for a public audience would use `public` instead.
    api: {
      throttle: { rateLimit: 10, burstLimit: 20 },
      corsAllowOrigins: ['*'],
      access: { kind: 'iam' },
    },
    ingest: { maxConcurrency: 2 },
    // No subscribers: developers look at the dashboard, nobody is paged for dev.
    alarms: { emails: [], apiLatencyP99Millis: 3000 },
  },
  staging: {
    removalPolicy: RemovalPolicy.RETAIN,
    autoDeleteObjects: false,
    terminationProtection: false,
    search: {
      instanceType: 'm7g.large.search',
      instanceCount: 2,
      availabilityZones: 2,
      volumeSizeGiB: 20,
    },
    bucket: { noncurrentVersionDays: 30 },
    logRetention: RetentionDays.ONE_MONTH,
    api: {
      throttle: { rateLimit: 50, burstLimit: 100 },
      corsAllowOrigins: ['*'],
      access: { kind: 'iam' },
    },
    ingest: { maxConcurrency: 5 },
    alarms: { emails: ['article-search-staging@example.com'], apiLatencyP99Millis: 2000 },
  },
  prod: {
    removalPolicy: RemovalPolicy.RETAIN,
    autoDeleteObjects: false,
    terminationProtection: true,
    // Three data nodes in three zones hold a primary and two replicas of every shard, so losing
    // a zone loses no data and no search capacity for reads; the masters keep quorum through it.
    search: {
      instanceType: 'r7g.large.search',
      instanceCount: 3,
      availabilityZones: 3,
      volumeSizeGiB: 50,
      dedicatedMasters: { instanceType: 'm7g.large.search', count: 3 },
    },
    bucket: { noncurrentVersionDays: 90 },
    logRetention: RetentionDays.THREE_MONTHS,
    // The full text of every article is the newsroom's; only signed callers read it. Any origin
    // may call (no cookies are involved); narrow this to the newsroom front end once it has a
    // fixed origin.
    api: {
      throttle: { rateLimit: 200, burstLimit: 400 },
      corsAllowOrigins: ['*'],
      access: { kind: 'iam' },
    },
    ingest: { maxConcurrency: 10 },
    alarms: { emails: ['article-search-oncall@example.com'], apiLatencyP99Millis: 1000 },
  },
};
