import { type RemovalPolicy, Stack } from 'aws-cdk-lib';
import { EbsDeviceVolumeType } from 'aws-cdk-lib/aws-ec2';
import {
  type IRole,
  PolicyDocument,
  PolicyStatement,
  Role,
  ServicePrincipal,
} from 'aws-cdk-lib/aws-iam';
import { LogGroup, ResourcePolicy, type RetentionDays } from 'aws-cdk-lib/aws-logs';
import {
  type CfnDomain,
  Domain,
  EngineVersion,
  TLSSecurityPolicy,
} from 'aws-cdk-lib/aws-opensearchservice';
import { Construct, type IConstruct } from 'constructs';
import { acknowledge } from '../compliance/acknowledge.ts';
import type { SearchDomainSizing } from '../config/stage-config.ts';
import {
  type DomainHttpAction,
  INGEST_DOMAIN_ACTIONS,
  SEARCH_DOMAIN_ACTIONS,
  SECURITY_ADMIN_ACTIONS,
  SECURITY_API_PATH,
} from './domain-permissions.ts';
import { DomainRoleMapping } from './domain-role-mapping.ts';
import { acknowledgeSmallDomainFindings } from './search-domain-nag.ts';
import { articleReaderRole, articleWriterRole } from './search-security-roles.ts';

/** The ARN of the search domain with this name, in the account and region of `scope`'s stack. */
export function searchDomainArn(scope: IConstruct, domainName: string): string {
  return Stack.of(scope).formatArn({ service: 'es', resource: 'domain', resourceName: domainName });
}

/** Properties of a {@link SearchDomain}. */
export interface SearchDomainProps {
  /** The domain name, 3–28 lower-case letters, digits and hyphens; also its ARN's last part. */
  readonly domainName: string;
  /** Instance type, count, zones, disk and masters. */
  readonly sizing: SearchDomainSizing;
  /** The index whose name prefixes every index the functions may touch. */
  readonly indexName: string;
  /** The ingest function's role: mapped to the writer role. */
  readonly writerRole: IRole;
  /** The search function's role: mapped to the read-only role. */
  readonly readerRole: IRole;
  /** The operators' role: mapped to the read-only role too, for `articles reconcile`. */
  readonly operatorRole: IRole;
  /** What CloudFormation does with the domain and its log groups when they leave the template. */
  readonly removalPolicy: RemovalPolicy;
  /** How long the domain's slow and error logs are kept. */
  readonly logRetention: RetentionDays;
}

/**
 * The OpenSearch domain that holds the article index: encrypted at rest and between nodes,
 * HTTPS with TLS 1.2 and forward secrecy only, fine-grained access control with an IAM master
 * role, an access policy that names the two function roles (and the master) and nothing else,
 * and slow-search, slow-index and error logs in CloudWatch.
 */
export class SearchDomain extends Construct {
  /** The engine version every stage runs, so dev finds version problems before prod does. */
  static readonly ENGINE_VERSION = EngineVersion.OPENSEARCH_2_19;

  /** The domain, for its endpoint. */
  readonly domain: Domain;
  /** The domain's ARN, built from its name so that it is known before the domain exists. */
  readonly domainArn: string;
  /** The fine-grained access control master user; only the role-mapping handler runs as it. */
  readonly masterRole: Role;
  /** Creates the security roles and maps the function roles to them. */
  readonly roleMapping: DomainRoleMapping;

  constructor(scope: Construct, id: string, props: SearchDomainProps) {
    super(scope, id);
    const { sizing, removalPolicy, logRetention } = props;
    // The access policy is part of the domain, which cannot refer to its own ARN; with a fixed
    // name the ARN is known before the domain exists.
    const domainArn = searchDomainArn(this, props.domainName);
    this.domainArn = domainArn;

    this.masterRole = new Role(this, 'MasterRole', {
      assumedBy: new ServicePrincipal('lambda.amazonaws.com'),
      description: `Fine-grained access control master user of ${props.domainName}`,
    });

    const logGroups = {
      slowSearchLogGroup: new LogGroup(this, 'SlowSearchLogs', {
        retention: logRetention,
        removalPolicy,
      }),
      slowIndexLogGroup: new LogGroup(this, 'SlowIndexLogs', {
        retention: logRetention,
        removalPolicy,
      }),
      appLogGroup: new LogGroup(this, 'ErrorLogs', { retention: logRetention, removalPolicy }),
    };
    // Written here rather than by the Domain construct, which would add a custom resource (and a
    // Lambda function) to do what this native resource does; scoped to this domain by SourceArn.
    const logPolicy = new ResourcePolicy(this, 'LogPolicy', {
      policyStatements: [
        new PolicyStatement({
          principals: [new ServicePrincipal('es.amazonaws.com')],
          actions: ['logs:CreateLogStream', 'logs:PutLogEvents'],
          resources: Object.values(logGroups).map((g) => g.logGroupArn),
          conditions: {
            StringEquals: { 'aws:SourceAccount': Stack.of(this).account },
            ArnLike: { 'aws:SourceArn': domainArn },
          },
        }),
      ],
    });

    const masters = sizing.dedicatedMasters;
    this.domain = new Domain(this, 'Domain', {
      domainName: props.domainName,
      version: SearchDomain.ENGINE_VERSION,
      capacity: {
        dataNodeInstanceType: sizing.instanceType,
        dataNodes: sizing.instanceCount,
        ...(masters === undefined
          ? {}
          : { masterNodeInstanceType: masters.instanceType, masterNodes: masters.count }),
        // Standby would idle a third of the data nodes to serve nothing until a zone fails;
        // with a replica per zone, three active nodes already survive that.
        multiAzWithStandbyEnabled: false,
      },
      ...(sizing.availabilityZones > 1
        ? { zoneAwareness: { enabled: true, availabilityZoneCount: sizing.availabilityZones } }
        : {}),
      ebs: { enabled: true, volumeSize: sizing.volumeSizeGiB, volumeType: EbsDeviceVolumeType.GP3 },
      encryptionAtRest: { enabled: true },
      nodeToNodeEncryption: true,
      enforceHttps: true,
      tlsSecurityPolicy: TLSSecurityPolicy.TLS_1_2_PFS,
      fineGrainedAccessControl: { masterUserArn: this.masterRole.roleArn },
      logging: {
        slowSearchLogEnabled: true,
        slowIndexLogEnabled: true,
        appLogEnabled: true,
        ...logGroups,
      },
      suppressLogsResourcePolicy: true,
      // Service software updates install themselves in the nightly off-peak window.
      offPeakWindowEnabled: true,
      enableAutoSoftwareUpdate: true,
      removalPolicy,
    });
    this.domain.node.addDependency(logPolicy);

    const allow = (principal: IRole, actions: readonly DomainHttpAction[], path: string) =>
      new PolicyStatement({
        principals: [principal],
        actions: [...actions],
        resources: [`${domainArn}/${path}`],
      });
    (this.domain.node.defaultChild as CfnDomain).accessPolicies = new PolicyDocument({
      statements: [
        allow(props.writerRole, INGEST_DOMAIN_ACTIONS, '*'),
        allow(props.readerRole, SEARCH_DOMAIN_ACTIONS, '*'),
        allow(props.operatorRole, SEARCH_DOMAIN_ACTIONS, '*'),
        allow(this.masterRole, SECURITY_ADMIN_ACTIONS, SECURITY_API_PATH),
      ],
    });

    this.roleMapping = new DomainRoleMapping(this, 'RoleMapping', {
      domainArn,
      domainEndpoint: this.domain.domainEndpoint,
      masterRole: this.masterRole,
      mappings: [
        { role: articleWriterRole(props.indexName), backendRoles: [props.writerRole] },
        {
          role: articleReaderRole(props.indexName),
          backendRoles: [props.readerRole, props.operatorRole],
        },
      ],
      logRetention,
      logRemovalPolicy: removalPolicy,
    });

    acknowledge(
      this.domain,
      'AwsSolutions-OS1',
      'Public endpoint on purpose: the functions run outside a VPC, so they need no NAT gateways or VPC endpoints, and the domain takes only SigV4-signed HTTPS requests from the roles its access policy names, checked again by fine-grained access control.',
    );
    acknowledge(
      this.domain,
      'AwsSolutions-OS3',
      'An IP allowlist cannot describe Lambda functions outside a VPC, whose addresses are not fixed; access is limited to named IAM roles instead.',
    );
    acknowledgeSmallDomainFindings(this.domain, sizing);
  }
}
