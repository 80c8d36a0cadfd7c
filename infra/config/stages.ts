import { RemovalPolicy } from 'aws-cdk-lib';
import { RetentionDays } from 'aws-cdk-lib/aws-logs';

/** Every environment the app is deployed to, in promotion order. */
export const STAGE_NAMES = ['dev', 'staging', 'prod'] as const;

/** The name of one deployment environment; also its construct id and stack-name prefix. */
export type StageName = (typeof STAGE_NAMES)[number];

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
}

/** Everything that differs between stages. Kept deliberately small; add fields when needed. */
export interface StageConfig {
  /** What CloudFormation does with the bucket and the domain when they leave the template. */
  readonly removalPolicy: RemovalPolicy;
  /** Empty the bucket when its stack is deleted; only allowed with `RemovalPolicy.DESTROY`. */
  readonly autoDeleteObjects: boolean;
  /** OpenSearch domain size. */
  readonly search: SearchDomainSizing;
  /** How long function logs are kept. */
  readonly logRetention: RetentionDays;
}

/** The configuration of every stage; `ArticleSearchStage` validates it before building anything. */
export const stages: Record<StageName, StageConfig> = {
  dev: {
    removalPolicy: RemovalPolicy.DESTROY,
    autoDeleteObjects: true,
    // t3.small.search is cheaper, but t3.medium is the smallest size AWS documents as
    // supporting encryption at rest on every engine version.
    search: {
      instanceType: 't3.medium.search',
      instanceCount: 1,
      availabilityZones: 1,
      volumeSizeGiB: 10,
    },
    logRetention: RetentionDays.ONE_WEEK,
  },
  staging: {
    removalPolicy: RemovalPolicy.RETAIN,
    autoDeleteObjects: false,
    search: {
      instanceType: 'm7g.large.search',
      instanceCount: 2,
      availabilityZones: 2,
      volumeSizeGiB: 20,
    },
    logRetention: RetentionDays.ONE_MONTH,
  },
  prod: {
    removalPolicy: RemovalPolicy.RETAIN,
    autoDeleteObjects: false,
    search: {
      instanceType: 'r7g.large.search',
      instanceCount: 3,
      availabilityZones: 3,
      volumeSizeGiB: 50,
    },
    logRetention: RetentionDays.THREE_MONTHS,
  },
};

const INSTANCE_TYPE = /^[a-z][a-z0-9-]*\.[a-z0-9]+\.search$/;
const REMOVAL_POLICIES: readonly RemovalPolicy[] = [RemovalPolicy.DESTROY, RemovalPolicy.RETAIN];

/**
 * Throws when a stage's configuration could not deploy, naming the stage and the bad value,
 * so a typo fails at synth time rather than halfway through a CloudFormation update.
 */
export function validateStageConfig(name: string, config: StageConfig): StageConfig {
  if (!(STAGE_NAMES as readonly string[]).includes(name)) {
    throw new Error(`unknown stage "${name}": expected one of ${STAGE_NAMES.join(', ')}`);
  }
  // SNAPSHOT is not supported by S3 buckets, so only the two policies both resources accept.
  if (!REMOVAL_POLICIES.includes(config.removalPolicy)) {
    throw new Error(
      `stage ${name}: removal policy "${config.removalPolicy}" is not supported; use destroy or retain`,
    );
  }
  if (config.autoDeleteObjects && config.removalPolicy !== RemovalPolicy.DESTROY) {
    throw new Error(
      `stage ${name}: autoDeleteObjects needs removal policy destroy, got "${config.removalPolicy}"`,
    );
  }
  const { instanceType, instanceCount, availabilityZones, volumeSizeGiB } = config.search;
  if (!INSTANCE_TYPE.test(instanceType)) {
    throw new Error(
      `stage ${name}: search instance type "${instanceType}" is not an opensearch type like t3.medium.search`,
    );
  }
  if (instanceType.startsWith('t2.')) {
    throw new Error(
      `stage ${name}: search instance type "${instanceType}" does not support encryption at rest`,
    );
  }
  if (!Number.isInteger(instanceCount) || instanceCount < 1) {
    throw new Error(
      `stage ${name}: search instance count ${instanceCount} must be a positive integer`,
    );
  }
  if (![1, 2, 3].includes(availabilityZones)) {
    throw new Error(
      `stage ${name}: search availability zones ${availabilityZones} must be 1, 2 or 3`,
    );
  }
  if (instanceCount % availabilityZones !== 0) {
    throw new Error(
      `stage ${name}: search instance count ${instanceCount} is not a multiple of ${availabilityZones} availability zones`,
    );
  }
  if (!Number.isInteger(volumeSizeGiB) || volumeSizeGiB < 10) {
    throw new Error(
      `stage ${name}: search volume size ${volumeSizeGiB} GiB must be an integer of at least 10`,
    );
  }
  return config;
}
