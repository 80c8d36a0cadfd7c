import {
  AccountRootPrincipal,
  type IRole,
  PolicyStatement,
  Role,
  ServicePrincipal,
} from 'aws-cdk-lib/aws-iam';
import type { IBucket } from 'aws-cdk-lib/aws-s3';
import { Construct } from 'constructs';
import { acknowledgeWildcards } from '../compliance/acknowledge.ts';
import {
  grantDomainHttp,
  INGEST_DOMAIN_ACTIONS,
  SEARCH_DOMAIN_ACTIONS,
} from './domain-permissions.ts';

/** The parts of a bucket the grants need. */
export type ArticleBucketArns = Pick<IBucket, 'bucketArn' | 'arnForObjects'>;

/** Properties of {@link FunctionRoles}. */
export interface FunctionRolesProps {
  /** The article bucket the ingest function reads (only its ARNs are used). */
  readonly bucket: ArticleBucketArns;
  /** ARN of the search domain both functions call. */
  readonly domainArn: string;
}

/**
 * The execution roles of the ingest and search functions, with their access to the data: the
 * ingest role reads the article bucket and writes the domain, the search role only reads the
 * domain. They live with the data, in the stateful stack, because the domain's access policy and
 * its fine-grained role mapping must name them and the domain cannot depend on the stateless
 * stack; the service stack adds only what the functions need to run (logs, traces, the queue).
 */
export class FunctionRoles extends Construct {
  /** Assumed by the ingest function; mapped to the domain's writer role. */
  readonly ingest: Role;
  /** Assumed by the search function; mapped to the domain's read-only role. */
  readonly search: Role;
  /**
   * Assumed by the people who run the stage, for `articles reconcile` and `articles redrive`
   * and `/failures`: reads the index (mapped to the read-only role) and lists the bucket; the
   * service stack adds the queues and the API. Any identity of the account may assume it that
   * IAM allows `sts:AssumeRole` on it: the account's administrators decide who.
   */
  readonly operator: Role;

  constructor(scope: Construct, id: string, props: FunctionRolesProps) {
    super(scope, id);
    const lambda = new ServicePrincipal('lambda.amazonaws.com');
    this.ingest = new Role(this, 'IngestRole', {
      assumedBy: lambda,
      description: 'article-search ingest function: reads the bucket, writes the index',
    });
    this.search = new Role(this, 'SearchRole', {
      assumedBy: lambda,
      description: 'article-search search function: reads the index',
    });

    this.operator = new Role(this, 'OperatorRole', {
      assumedBy: new AccountRootPrincipal(),
      description: 'article-search operators: reconcile, redrive, read failures',
    });

    grantReadArticles(props.bucket, this.ingest);
    grantDomainHttp(props.domainArn, this.ingest, INGEST_DOMAIN_ACTIONS);
    grantDomainHttp(props.domainArn, this.search, SEARCH_DOMAIN_ACTIONS);
    grantDomainHttp(props.domainArn, this.operator, SEARCH_DOMAIN_ACTIONS);
    this.operator.addToPrincipalPolicy(
      new PolicyStatement({ actions: ['s3:ListBucket'], resources: [props.bucket.bucketArn] }),
    );
  }
}

// Narrower than bucket.grantRead (GetObject* and List* on every path): objects are read, and
// ListBucket is there only so a missing object answers 404 (NoSuchKey) instead of 403.
function grantReadArticles(bucket: ArticleBucketArns, role: IRole): void {
  role.addToPrincipalPolicy(
    new PolicyStatement({ actions: ['s3:GetObject'], resources: [bucket.arnForObjects('*')] }),
  );
  role.addToPrincipalPolicy(
    new PolicyStatement({ actions: ['s3:ListBucket'], resources: [bucket.bucketArn] }),
  );
  acknowledgeWildcards(
    role,
    /^Resource::<\w+\.Arn>\/\*$/,
    'Articles are uploaded under any key, so the ingest function reads objects anywhere in the article bucket (s3:GetObject only).',
  );
}
