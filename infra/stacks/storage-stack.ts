import { CfnOutput, Duration, Stack, type StackProps } from 'aws-cdk-lib';
import type { CfnDomain, Domain } from 'aws-cdk-lib/aws-opensearchservice';
import {
  BlockPublicAccess,
  Bucket,
  BucketEncryption,
  type CfnBucket,
  type IBucket,
} from 'aws-cdk-lib/aws-s3';
import type { Construct } from 'constructs';
import { acknowledge } from '../compliance/acknowledge.ts';
import { ARTICLE_INDEX_NAME, type StageConfig } from '../config/stage-config.ts';
import { FunctionRoles } from '../constructs/function-roles.ts';
import { SearchDomain, searchDomainArn } from '../constructs/search-domain.ts';

/** Logical IDs that must never change: a new ID would replace the resource and lose its data. */
export const STORAGE_LOGICAL_IDS = {
  bucket: 'ArticleBucket',
  accessLogBucket: 'AccessLogBucket',
  domain: 'SearchDomain',
} as const;

/** Properties of a {@link StorageStack}. */
export interface StorageStackProps extends StackProps {
  /** The search domain's name: fixed, so the service stack can refer to it without an output. */
  readonly domainName: string;
  /** The stage's configuration: removal policy, retention and domain size. */
  readonly config: StageConfig;
}

/**
 * The stateful half of the app: the article bucket (and its access-log bucket), the OpenSearch
 * domain, and the two function roles the domain trusts. Kept apart from the functions so that
 * redeploying or even deleting the service stack never touches data.
 */
export class StorageStack extends Stack {
  /** Where article files are uploaded. */
  readonly bucket: Bucket;
  /** Receives the article bucket's server access logs. */
  readonly accessLogBucket: Bucket;
  /** The search index's home. */
  readonly domain: Domain;
  /** The roles the functions run as, named by the domain's access policy. */
  readonly functionRoles: FunctionRoles;

  constructor(scope: Construct, id: string, props: StorageStackProps) {
    super(scope, id, props);
    const { config } = props;
    const removal = {
      removalPolicy: config.removalPolicy,
      autoDeleteObjects: config.autoDeleteObjects,
    };
    const privateBucket = {
      blockPublicAccess: BlockPublicAccess.BLOCK_ALL,
      encryption: BucketEncryption.S3_MANAGED,
      enforceSSL: true,
      minimumTLSVersion: 1.2,
    };

    // S3 delivers access logs only to SSE-S3 buckets, and a log bucket does not log itself.
    this.accessLogBucket = new Bucket(this, 'AccessLogBucket', {
      ...privateBucket,
      ...removal,
      lifecycleRules: [{ id: 'expire-logs', expiration: Duration.days(config.logRetention) }],
    });
    this.pin(this.accessLogBucket, STORAGE_LOGICAL_IDS.accessLogBucket);
    acknowledge(
      this.accessLogBucket,
      'AwsSolutions-S1',
      'This is the access-log bucket; logging its own access would log every log write.',
    );

    this.bucket = new Bucket(this, 'ArticleBucket', {
      ...privateBucket,
      ...removal,
      versioned: true,
      // aws-cdk-lib declares Bucket.isWebsite as `boolean | undefined`, which strict optional
      // property types refuse for IBucket; the object is the same.
      serverAccessLogsBucket: this.accessLogBucket as IBucket,
      serverAccessLogsPrefix: 'article-bucket/',
      lifecycleRules: [
        {
          id: 'expire-old-versions',
          noncurrentVersionExpiration: Duration.days(config.bucket.noncurrentVersionDays),
          abortIncompleteMultipartUploadAfter: Duration.days(7),
        },
        // Once its old versions have expired, a delete marker is all that is left of an object.
        { id: 'remove-expired-delete-markers', expiredObjectDeleteMarker: true },
      ],
    });
    this.pin(this.bucket, STORAGE_LOGICAL_IDS.bucket);

    this.functionRoles = new FunctionRoles(this, 'FunctionRoles', {
      bucket: this.bucket,
      domainArn: searchDomainArn(this, props.domainName),
    });
    this.domain = new SearchDomain(this, 'SearchDomain', {
      domainName: props.domainName,
      sizing: config.search,
      indexName: ARTICLE_INDEX_NAME,
      writerRole: this.functionRoles.ingest,
      readerRole: this.functionRoles.search,
      operatorRole: this.functionRoles.operator,
      removalPolicy: config.removalPolicy,
      logRetention: config.logRetention,
    }).domain;
    (this.domain.node.defaultChild as CfnDomain).overrideLogicalId(STORAGE_LOGICAL_IDS.domain);

    new CfnOutput(this, 'OperatorRoleArn', {
      value: this.functionRoles.operator.roleArn,
      description: 'Assume to run articles reconcile / redrive --stage and to read GET /failures',
    });
    new CfnOutput(this, 'SearchDomainEndpoint', {
      value: `https://${this.domain.domainEndpoint}`,
      description: 'OpenSearch endpoint (SigV4-signed requests from the function roles only)',
    });
  }

  private pin(bucket: Bucket, logicalId: string): void {
    (bucket.node.defaultChild as CfnBucket).overrideLogicalId(logicalId);
  }
}
