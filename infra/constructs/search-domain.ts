import { RemovalPolicy } from 'aws-cdk-lib';
import { EbsDeviceVolumeType } from 'aws-cdk-lib/aws-ec2';
import { Grant, type IGrantable } from 'aws-cdk-lib/aws-iam';
import {
  Domain,
  EngineVersion,
  type IDomain,
  TLSSecurityPolicy,
} from 'aws-cdk-lib/aws-opensearchservice';
import { Construct } from 'constructs';
import type { SearchDomainSizing } from '../config/stages.ts';

/** Properties of a {@link SearchDomain}. */
export interface SearchDomainProps {
  /** Instance type, count, zones and disk of the data nodes. */
  readonly sizing: SearchDomainSizing;
  /**
   * What CloudFormation does with the domain when it leaves the template.
   * @default RemovalPolicy.RETAIN
   */
  readonly removalPolicy?: RemovalPolicy;
}

/**
 * The OpenSearch domain that holds the article index, encrypted at rest and in transit.
 * Access is by IAM identity policies on the callers (see {@link grantDomainHttp}), so the domain
 * itself carries no resource policy.
 */
export class SearchDomain extends Construct {
  /** The engine version every stage runs, so dev finds version problems before prod does. */
  static readonly ENGINE_VERSION = EngineVersion.OPENSEARCH_2_19;

  /** The domain, for its endpoint and ARN. */
  readonly domain: Domain;

  constructor(scope: Construct, id: string, props: SearchDomainProps) {
    super(scope, id);
    const { instanceType, instanceCount, availabilityZones, volumeSizeGiB } = props.sizing;

    this.domain = new Domain(this, 'Domain', {
      version: SearchDomain.ENGINE_VERSION,
      capacity: {
        dataNodeInstanceType: instanceType,
        dataNodes: instanceCount,
        // Set explicitly because a recommended feature flag turns standby on by default, and
        // standby needs dedicated masters and three zones (and no t3), which only prod could
        // justify; that is a sizing decision for later.
        multiAzWithStandbyEnabled: false,
      },
      ...(availabilityZones > 1
        ? { zoneAwareness: { enabled: true, availabilityZoneCount: availabilityZones } }
        : {}),
      ebs: { enabled: true, volumeSize: volumeSizeGiB, volumeType: EbsDeviceVolumeType.GP3 },
      encryptionAtRest: { enabled: true },
      nodeToNodeEncryption: true,
      enforceHttps: true,
      tlsSecurityPolicy: TLSSecurityPolicy.TLS_1_2,
      removalPolicy: props.removalPolicy ?? RemovalPolicy.RETAIN,
    });
  }
}

/** An OpenSearch HTTP permission; one per HTTP method. */
export type DomainHttpAction =
  | 'es:ESHttpGet'
  | 'es:ESHttpHead'
  | 'es:ESHttpPut'
  | 'es:ESHttpPost'
  | 'es:ESHttpPatch'
  | 'es:ESHttpDelete';

/**
 * Lets `grantee` send the given HTTP methods to the domain and its paths, and nothing else.
 * The built-in `grantRead`/`grantReadWrite` grant fixed, wider sets of methods.
 */
export function grantDomainHttp(
  domain: IDomain,
  grantee: IGrantable,
  actions: readonly DomainHttpAction[],
): Grant {
  return Grant.addToPrincipal({
    grantee,
    actions: [...actions],
    resourceArns: [domain.domainArn, `${domain.domainArn}/*`],
  });
}
