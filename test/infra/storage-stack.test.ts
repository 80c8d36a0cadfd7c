import { RemovalPolicy } from 'aws-cdk-lib';
import { Match } from 'aws-cdk-lib/assertions';
import { beforeAll, describe, expect, it } from 'vitest';
import { STAGE_NAMES } from '../../infra/config/stage-config.ts';
import { DOMAIN_ROLE_MAPPING_TYPE } from '../../infra/constructs/domain-role-mapping.ts';
import { STORAGE_LOGICAL_IDS } from '../../infra/stacks/storage-stack.ts';
import {
  asList,
  onlyResource,
  resourcesOfType,
  type SynthesisedStage,
  statementsOfRole,
  synthStage,
} from './synth.ts';

interface DomainProperties {
  DomainName: string;
  EngineVersion: string;
  ClusterConfig: {
    InstanceType: string;
    InstanceCount: number;
    DedicatedMasterEnabled?: boolean;
    DedicatedMasterCount?: number;
    DedicatedMasterType?: string;
    MultiAZWithStandbyEnabled?: boolean;
    ZoneAwarenessEnabled?: boolean;
    ZoneAwarenessConfig?: { AvailabilityZoneCount: number };
  };
  EBSOptions: { VolumeSize: number; VolumeType: string };
  AccessPolicies: {
    Statement: { Principal: { AWS: unknown }; Action: string[]; Resource: string }[];
  };
  AdvancedSecurityOptions: {
    Enabled: boolean;
    InternalUserDatabaseEnabled: boolean;
    MasterUserOptions: { MasterUserARN: unknown };
  };
  LogPublishingOptions: Record<string, { Enabled: boolean; CloudWatchLogsLogGroupArn: unknown }>;
}

interface RoleMappingProperties {
  ServiceToken: unknown;
  ServiceTimeout: string;
  Endpoint: unknown;
  Roles: {
    Name: string;
    ClusterPermissions: string[];
    IndexPermissions: { IndexPatterns: string[]; AllowedActions: string[] }[];
    BackendRoles: unknown[];
  }[];
}

interface BucketProperties {
  LifecycleConfiguration?: { Rules: Record<string, unknown>[] };
  LoggingConfiguration?: { DestinationBucketName: unknown; LogFilePrefix: string };
}

const expectedPolicy = (removal: RemovalPolicy) =>
  removal === RemovalPolicy.DESTROY ? 'Delete' : 'Retain';

describe.each(STAGE_NAMES)('storage stack of %s', (name) => {
  let synth: SynthesisedStage;
  let domainId: string;
  let domain: DomainProperties;
  const getAtt = (logicalId: string) => ({ 'Fn::GetAtt': [logicalId, 'Arn'] });
  const roleId = (id: string) =>
    onlyResource(synth.storage, 'AWS::IAM::Role', (_, logicalId) => logicalId.includes(id))[0];

  beforeAll(() => {
    synth = synthStage(name);
    [domainId, { Properties: domain }] = onlyResource<DomainProperties>(
      synth.storage,
      'AWS::OpenSearchService::Domain',
    );
  });

  describe('stack', () => {
    it('is protected from deletion exactly where the stage asks for it', () => {
      expect(synth.stage.storage.terminationProtection).toBe(synth.config.terminationProtection);
    });
  });

  describe('article bucket', () => {
    it('keeps its logical id, and so does the access-log bucket', () => {
      expect(Object.keys(resourcesOfType(synth.storage, 'AWS::S3::Bucket')).sort()).toEqual([
        STORAGE_LOGICAL_IDS.accessLogBucket,
        STORAGE_LOGICAL_IDS.bucket,
      ]);
      expect(STORAGE_LOGICAL_IDS).toMatchObject({
        bucket: 'ArticleBucket',
        accessLogBucket: 'AccessLogBucket',
      });
    });

    it.each(['ArticleBucket', 'AccessLogBucket'])('keeps %s private and encrypted', (id) => {
      const bucket = resourcesOfType(synth.storage, 'AWS::S3::Bucket')[id];
      expect(bucket?.Properties).toMatchObject({
        PublicAccessBlockConfiguration: {
          BlockPublicAcls: true,
          BlockPublicPolicy: true,
          IgnorePublicAcls: true,
          RestrictPublicBuckets: true,
        },
        BucketEncryption: {
          ServerSideEncryptionConfiguration: [
            { ServerSideEncryptionByDefault: { SSEAlgorithm: 'AES256' } },
          ],
        },
      });
    });

    it.each(['ArticleBucket', 'AccessLogBucket'])('refuses %s requests without tls 1.2', (id) => {
      synth.storage.hasResourceProperties('AWS::S3::BucketPolicy', {
        Bucket: { Ref: id },
        PolicyDocument: {
          Statement: Match.arrayWith([
            Match.objectLike({
              Effect: 'Deny',
              Action: 's3:*',
              Principal: { AWS: '*' },
              Condition: { Bool: { 'aws:SecureTransport': 'false' } },
            }),
            Match.objectLike({
              Effect: 'Deny',
              Action: 's3:*',
              Condition: { NumericLessThan: { 's3:TlsVersion': 1.2 } },
            }),
          ]),
        },
      });
    });

    it('keeps earlier versions of every object, for the configured number of days', () => {
      const [, bucket] = onlyResource<BucketProperties & { VersioningConfiguration: unknown }>(
        synth.storage,
        'AWS::S3::Bucket',
        (_, id) => id === STORAGE_LOGICAL_IDS.bucket,
      );
      expect(bucket.Properties.VersioningConfiguration).toEqual({ Status: 'Enabled' });
      expect(bucket.Properties.LifecycleConfiguration?.Rules).toEqual(
        expect.arrayContaining([
          expect.objectContaining({
            Status: 'Enabled',
            NoncurrentVersionExpiration: {
              NoncurrentDays: synth.config.bucket.noncurrentVersionDays,
            },
            AbortIncompleteMultipartUpload: { DaysAfterInitiation: 7 },
          }),
          expect.objectContaining({ Status: 'Enabled', ExpiredObjectDeleteMarker: true }),
        ]),
      );
    });

    it('writes server access logs to the access-log bucket, which expires them', () => {
      const buckets = resourcesOfType<BucketProperties>(synth.storage, 'AWS::S3::Bucket');
      expect(buckets.ArticleBucket?.Properties.LoggingConfiguration).toEqual({
        DestinationBucketName: { Ref: 'AccessLogBucket' },
        LogFilePrefix: 'article-bucket/',
      });
      expect(buckets.AccessLogBucket?.Properties.LifecycleConfiguration?.Rules).toEqual([
        expect.objectContaining({ ExpirationInDays: synth.config.logRetention }),
      ]);
    });

    it('follows the stage removal policy', () => {
      for (const bucket of Object.values(resourcesOfType(synth.storage, 'AWS::S3::Bucket'))) {
        expect(bucket.DeletionPolicy).toBe(expectedPolicy(synth.config.removalPolicy));
        expect(bucket.UpdateReplacePolicy).toBe(expectedPolicy(synth.config.removalPolicy));
      }
    });

    it('empties its buckets on deletion only where the stage asks for it', () => {
      const autoDelete = resourcesOfType(synth.storage, 'Custom::S3AutoDeleteObjects');
      expect(Object.keys(autoDelete)).toHaveLength(synth.config.autoDeleteObjects ? 2 : 0);
    });
  });

  describe('search domain', () => {
    it('keeps its logical id and its name, so the domain is never replaced', () => {
      expect(domainId).toBe(STORAGE_LOGICAL_IDS.domain);
      expect(STORAGE_LOGICAL_IDS.domain).toBe('SearchDomain');
      expect(domain.DomainName).toBe(`article-search-${name}`);
    });

    it('runs an opensearch 2.x engine', () => {
      expect(domain.EngineVersion).toMatch(/^OpenSearch_2\.\d+$/);
    });

    it('encrypts data at rest and between nodes, and only speaks https with tls 1.2 and pfs', () => {
      synth.storage.hasResourceProperties('AWS::OpenSearchService::Domain', {
        EncryptionAtRestOptions: { Enabled: true },
        NodeToNodeEncryptionOptions: { Enabled: true },
        DomainEndpointOptions: {
          EnforceHTTPS: true,
          TLSSecurityPolicy: 'Policy-Min-TLS-1-2-PFS-2023-10',
        },
      });
    });

    it('turns on fine-grained access control with the iam master role, not a password', () => {
      expect(domain.AdvancedSecurityOptions).toEqual({
        Enabled: true,
        InternalUserDatabaseEnabled: false,
        MasterUserOptions: { MasterUserARN: getAtt(roleId('MasterRole')) },
      });
    });

    it('admits the ingest, search, operator and master roles, and no one else', () => {
      const statements = domain.AccessPolicies.Statement;
      const arn = `arn:aws:es:eu-west-1:123456789012:domain/article-search-${name}`;
      expect(statements).toEqual([
        expect.objectContaining({
          Effect: 'Allow',
          Principal: { AWS: getAtt(roleId('IngestRole')) },
          Action: [
            'es:ESHttpDelete',
            'es:ESHttpGet',
            'es:ESHttpHead',
            'es:ESHttpPost',
            'es:ESHttpPut',
          ],
          Resource: `${arn}/*`,
        }),
        expect.objectContaining({
          Effect: 'Allow',
          // Operators only read, as the search function does: articles reconcile lists the index.
          Principal: { AWS: [getAtt(roleId('OperatorRole')), getAtt(roleId('SearchRole'))] },
          Action: ['es:ESHttpGet', 'es:ESHttpHead', 'es:ESHttpPost'],
          Resource: `${arn}/*`,
        }),
        expect.objectContaining({
          Effect: 'Allow',
          Principal: { AWS: getAtt(roleId('MasterRole')) },
          Action: ['es:ESHttpGet', 'es:ESHttpPut'],
          Resource: `${arn}/_plugins/_security/api/*`,
        }),
      ]);
    });

    it('publishes slow search, slow index and error logs to their own log groups', () => {
      const logGroups = resourcesOfType<{ RetentionInDays: number }>(
        synth.storage,
        'AWS::Logs::LogGroup',
      );
      for (const kind of ['SEARCH_SLOW_LOGS', 'INDEX_SLOW_LOGS', 'ES_APPLICATION_LOGS']) {
        const option = domain.LogPublishingOptions[kind];
        expect(option?.Enabled, kind).toBe(true);
        const arn = option?.CloudWatchLogsLogGroupArn as { 'Fn::GetAtt': string[] } | undefined;
        const groupId = arn?.['Fn::GetAtt'][0];
        expect(logGroups[groupId ?? '']?.Properties.RetentionInDays).toBe(
          synth.config.logRetention,
        );
      }
    });

    it('lets only this domain write to its log groups, and creates that policy first', () => {
      const [policyId, policy] = onlyResource(synth.storage, 'AWS::Logs::ResourcePolicy');
      // The document is a JSON string joined around the log group ARNs.
      const document = JSON.stringify(policy.Properties.PolicyDocument);
      for (const part of [
        '\\"Service\\":\\"es.amazonaws.com\\"',
        '\\"aws:SourceAccount\\":\\"123456789012\\"',
        `\\"aws:SourceArn\\":\\"arn:aws:es:eu-west-1:123456789012:domain/article-search-${name}\\"`,
      ]) {
        expect(document).toContain(part);
      }
      const [, domainResource] = onlyResource(synth.storage, 'AWS::OpenSearchService::Domain');
      expect(domainResource.DependsOn).toContain(policyId);
    });

    it('is sized as the stage configuration says', () => {
      const { instanceType, instanceCount, availabilityZones, volumeSizeGiB, dedicatedMasters } =
        synth.config.search;
      const cluster = domain.ClusterConfig;
      expect(cluster.InstanceType).toBe(instanceType);
      expect(cluster.InstanceCount).toBe(instanceCount);
      expect(cluster.MultiAZWithStandbyEnabled).toBe(false);
      expect(domain.EBSOptions).toEqual(
        expect.objectContaining({ VolumeSize: volumeSizeGiB, VolumeType: 'gp3' }),
      );
      expect(cluster.ZoneAwarenessEnabled).toBe(availabilityZones > 1);
      expect(cluster.ZoneAwarenessConfig?.AvailabilityZoneCount).toBe(
        availabilityZones > 1 ? availabilityZones : undefined,
      );
      expect(cluster.DedicatedMasterEnabled).toBe(dedicatedMasters !== undefined);
      expect(cluster.DedicatedMasterCount).toBe(dedicatedMasters?.count);
      expect(cluster.DedicatedMasterType).toBe(dedicatedMasters?.instanceType);
    });

    it('follows the stage removal policy, and so do its log groups', () => {
      const expected = expectedPolicy(synth.config.removalPolicy);
      const [, domainResource] = onlyResource(synth.storage, 'AWS::OpenSearchService::Domain');
      expect(domainResource.DeletionPolicy).toBe(expected);
      expect(domainResource.UpdateReplacePolicy).toBe(expected);
      for (const group of Object.values(resourcesOfType(synth.storage, 'AWS::Logs::LogGroup'))) {
        expect(group.DeletionPolicy).toBe(expected);
      }
    });
  });

  describe('function roles', () => {
    const actionsOf = (id: string, prefix: string) =>
      statementsOfRole(synth.storage, roleId(id))
        .flatMap((s) => asList(s.Action))
        .filter((a) => a.startsWith(prefix))
        .sort();

    it('lets the ingest role read articles, and only read them', () => {
      expect(actionsOf('IngestRole', 's3:')).toEqual(['s3:GetObject', 's3:ListBucket']);
      const statements = statementsOfRole(synth.storage, roleId('IngestRole'));
      expect(statements).toEqual(
        expect.arrayContaining([
          expect.objectContaining({
            Action: 's3:GetObject',
            Resource: { 'Fn::Join': ['', [getAtt('ArticleBucket'), '/*']] },
          }),
          expect.objectContaining({ Action: 's3:ListBucket', Resource: getAtt('ArticleBucket') }),
        ]),
      );
    });

    it('lets the ingest role read, write and delete in the domain, and nothing else', () => {
      expect(actionsOf('IngestRole', 'es:')).toEqual([
        'es:ESHttpDelete',
        'es:ESHttpGet',
        'es:ESHttpHead',
        'es:ESHttpPost',
        'es:ESHttpPut',
      ]);
    });

    it('lets the search role only read the domain (search is a POST), and never the bucket', () => {
      expect(actionsOf('SearchRole', 'es:')).toEqual([
        'es:ESHttpGet',
        'es:ESHttpHead',
        'es:ESHttpPost',
      ]);
      expect(actionsOf('SearchRole', 's3:')).toEqual([]);
    });

    it('scopes every domain permission to this domain and the paths below it', () => {
      const arn = `arn:aws:es:eu-west-1:123456789012:domain/article-search-${name}`;
      for (const id of ['IngestRole', 'SearchRole']) {
        const es = statementsOfRole(synth.storage, roleId(id)).filter((s) =>
          asList(s.Action).some((a) => a.startsWith('es:')),
        );
        expect(es.map((s) => s.Resource)).toEqual([[arn, `${arn}/*`]]);
      }
    });
  });

  describe('fine-grained access control role mapping', () => {
    let mapping: RoleMappingProperties;
    const getAttRole = (id: string) => ({ 'Fn::GetAtt': [roleId(id), 'Arn'] });
    const role = (roleName: string) => mapping.Roles.find((r) => r.Name === roleName);
    beforeAll(() => {
      [, { Properties: mapping }] = onlyResource<RoleMappingProperties>(
        synth.storage,
        DOMAIN_ROLE_MAPPING_TYPE,
      );
    });

    it('configures the domain of this stage, and gives up after ten minutes', () => {
      expect(mapping.Endpoint).toEqual({ 'Fn::GetAtt': ['SearchDomain', 'DomainEndpoint'] });
      expect(mapping.ServiceTimeout).toBe('600');
    });

    it('maps the ingest role, and only it, to a writer role confined to the article indices', () => {
      expect(role('article_search_writer')).toEqual({
        Name: 'article_search_writer',
        Description: expect.any(String),
        ClusterPermissions: ['cluster_composite_ops', 'cluster_monitor'],
        IndexPermissions: [{ IndexPatterns: ['articles*'], AllowedActions: ['indices_all'] }],
        BackendRoles: [getAttRole('IngestRole')],
      });
    });

    it('maps the search and operator roles, and only them, to a read-only role on the article indices', () => {
      const reader = role('article_search_reader');
      expect(reader?.BackendRoles).toEqual([getAttRole('SearchRole'), getAttRole('OperatorRole')]);
      expect(reader?.ClusterPermissions).toEqual(['cluster_composite_ops_ro']);
      expect(reader?.IndexPermissions).toEqual([
        {
          IndexPatterns: ['articles*'],
          AllowedActions: ['read', 'indices:admin/get', 'indices:admin/aliases/get'],
        },
      ]);
      const actions = reader?.IndexPermissions.flatMap((p) => p.AllowedActions) ?? [];
      expect(actions.filter((a) => /write|delete|create|all|manage/.test(a))).toEqual([]);
    });

    it('runs its handler as the master role, on node.js 22 with a five minute timeout', () => {
      const [, handler] = onlyResource<{ Role: unknown; Runtime: string; Timeout: number }>(
        synth.storage,
        'AWS::Lambda::Function',
        (_, id) => id.includes('RoleMappingHandler'),
      );
      expect(handler.Properties).toMatchObject({
        Role: getAttRole('MasterRole'),
        Runtime: 'nodejs22.x',
        Timeout: 300,
      });
    });

    it('lets the master role reach the security api of this domain and nothing else in it', () => {
      const es = statementsOfRole(synth.storage, roleId('MasterRole')).filter((s) =>
        asList(s.Action).some((a) => a.startsWith('es:')),
      );
      expect(es).toEqual([
        expect.objectContaining({
          Action: ['es:ESHttpGet', 'es:ESHttpPut'],
          Resource: `arn:aws:es:eu-west-1:123456789012:domain/article-search-${name}/_plugins/_security/api/*`,
        }),
      ]);
    });

    it('gives no role of ours an aws managed policy', () => {
      const roles = Object.entries(
        resourcesOfType<{ ManagedPolicyArns?: unknown[] }>(synth.storage, 'AWS::IAM::Role'),
      );
      // CDK's own provider that empties the dev buckets on deletion keeps its basic execution role.
      const ours = roles.filter(([id]) => !id.startsWith('CustomS3AutoDeleteObjects'));
      expect(ours).toHaveLength(5);
      for (const [id, r] of ours) expect(r.Properties.ManagedPolicyArns, id).toBeUndefined();
    });
  });
});
