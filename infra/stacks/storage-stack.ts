import { CfnOutput, Stack, type StackProps } from 'aws-cdk-lib';
import type { CfnDomain, Domain } from 'aws-cdk-lib/aws-opensearchservice';
import { BlockPublicAccess, Bucket, BucketEncryption, type CfnBucket } from 'aws-cdk-lib/aws-s3';
import type { Construct } from 'constructs';
import type { StageConfig } from '../config/stages.ts';
import { SearchDomain } from '../constructs/search-domain.ts';

/** Logical IDs that must never change: a new ID would replace the bucket or domain and lose data. */
export const STORAGE_LOGICAL_IDS = {
  bucket: 'ArticleBucket',
  domain: 'SearchDomain',
} as const;

/** Properties of a {@link StorageStack}. */
export interface StorageStackProps extends StackProps {
  /** The stage's configuration: removal policy and domain size. */
  readonly config: StageConfig;
}

/**
 * The stateful half of the app: the article bucket and the OpenSearch domain. Kept apart from
 * the functions so that redeploying or even deleting the service stack never touches data.
 */
export class StorageStack extends Stack {
  /** Where article files are uploaded. */
  readonly bucket: Bucket;
  /** The search index's home. */
  readonly domain: Domain;

  constructor(scope: Construct, id: string, props: StorageStackProps) {
    super(scope, id, props);
    const { config } = props;

    this.bucket = new Bucket(this, 'ArticleBucket', {
      blockPublicAccess: BlockPublicAccess.BLOCK_ALL,
      encryption: BucketEncryption.S3_MANAGED,
      enforceSSL: true,
      versioned: true,
      removalPolicy: config.removalPolicy,
      autoDeleteObjects: config.autoDeleteObjects,
    });
    (this.bucket.node.defaultChild as CfnBucket).overrideLogicalId(STORAGE_LOGICAL_IDS.bucket);

    this.domain = new SearchDomain(this, 'SearchDomain', {
      sizing: config.search,
      removalPolicy: config.removalPolicy,
    }).domain;
    (this.domain.node.defaultChild as CfnDomain).overrideLogicalId(STORAGE_LOGICAL_IDS.domain);

    new CfnOutput(this, 'SearchDomainEndpoint', {
      value: `https://${this.domain.domainEndpoint}`,
      description: 'OpenSearch endpoint (IAM-signed requests only)',
    });
  }
}
