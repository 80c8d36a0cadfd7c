import { RemovalPolicy } from 'aws-cdk-lib';
import { Match } from 'aws-cdk-lib/assertions';
import { beforeAll, describe, expect, it } from 'vitest';
import { STAGE_NAMES } from '../../infra/config/stages.ts';
import { STORAGE_LOGICAL_IDS } from '../../infra/stacks/storage-stack.ts';
import { onlyResource, resourcesOfType, type SynthesisedStage, synthStage } from './synth.ts';

interface DomainProperties {
  EngineVersion: string;
  ClusterConfig: {
    InstanceType: string;
    InstanceCount: number;
    ZoneAwarenessEnabled?: boolean;
    ZoneAwarenessConfig?: { AvailabilityZoneCount: number };
  };
}

describe.each(STAGE_NAMES)('storage stack of %s', (name) => {
  let synth: SynthesisedStage;
  beforeAll(() => {
    // No bundling: nothing in this stack is a function of ours.
    synth = synthStage(name, { bundle: false });
  });

  describe('article bucket', () => {
    it('keeps its logical id, so the bucket is never replaced', () => {
      expect(Object.keys(resourcesOfType(synth.storage, 'AWS::S3::Bucket'))).toEqual([
        STORAGE_LOGICAL_IDS.bucket,
      ]);
      expect(STORAGE_LOGICAL_IDS.bucket).toBe('ArticleBucket');
    });

    it('blocks every kind of public access', () => {
      synth.storage.hasResourceProperties('AWS::S3::Bucket', {
        PublicAccessBlockConfiguration: {
          BlockPublicAcls: true,
          BlockPublicPolicy: true,
          IgnorePublicAcls: true,
          RestrictPublicBuckets: true,
        },
      });
    });

    it('encrypts objects with s3-managed keys', () => {
      synth.storage.hasResourceProperties('AWS::S3::Bucket', {
        BucketEncryption: {
          ServerSideEncryptionConfiguration: [
            { ServerSideEncryptionByDefault: { SSEAlgorithm: 'AES256' } },
          ],
        },
      });
    });

    it('keeps earlier versions of every object', () => {
      synth.storage.hasResourceProperties('AWS::S3::Bucket', {
        VersioningConfiguration: { Status: 'Enabled' },
      });
    });

    it('refuses requests that do not use tls', () => {
      synth.storage.hasResourceProperties('AWS::S3::BucketPolicy', {
        Bucket: { Ref: STORAGE_LOGICAL_IDS.bucket },
        PolicyDocument: {
          Statement: Match.arrayWith([
            Match.objectLike({
              Effect: 'Deny',
              Action: 's3:*',
              Principal: { AWS: '*' },
              Condition: { Bool: { 'aws:SecureTransport': 'false' } },
            }),
          ]),
        },
      });
    });

    it('follows the stage removal policy', () => {
      const [, bucket] = onlyResource(synth.storage, 'AWS::S3::Bucket');
      const expected = synth.config.removalPolicy === RemovalPolicy.DESTROY ? 'Delete' : 'Retain';
      expect(bucket.DeletionPolicy).toBe(expected);
      expect(bucket.UpdateReplacePolicy).toBe(expected);
    });

    it('empties itself on deletion only where the stage asks for it', () => {
      const autoDelete = resourcesOfType(synth.storage, 'Custom::S3AutoDeleteObjects');
      expect(Object.keys(autoDelete)).toHaveLength(synth.config.autoDeleteObjects ? 1 : 0);
    });
  });

  describe('search domain', () => {
    it('keeps its logical id, so the domain is never replaced', () => {
      expect(Object.keys(resourcesOfType(synth.storage, 'AWS::OpenSearchService::Domain'))).toEqual(
        [STORAGE_LOGICAL_IDS.domain],
      );
      expect(STORAGE_LOGICAL_IDS.domain).toBe('SearchDomain');
    });

    it('runs an opensearch 2.x engine', () => {
      synth.storage.hasResourceProperties('AWS::OpenSearchService::Domain', {
        EngineVersion: Match.stringLikeRegexp('^OpenSearch_2\\.\\d+$'),
      });
    });

    it('encrypts data at rest and between nodes', () => {
      synth.storage.hasResourceProperties('AWS::OpenSearchService::Domain', {
        EncryptionAtRestOptions: { Enabled: true },
        NodeToNodeEncryptionOptions: { Enabled: true },
      });
    });

    it('only accepts https with tls 1.2 or later', () => {
      synth.storage.hasResourceProperties('AWS::OpenSearchService::Domain', {
        DomainEndpointOptions: {
          EnforceHTTPS: true,
          TLSSecurityPolicy: 'Policy-Min-TLS-1-2-2019-07',
        },
      });
    });

    it('has no resource policy, so only iam-granted callers get in', () => {
      synth.storage.hasResourceProperties('AWS::OpenSearchService::Domain', {
        AccessPolicies: Match.absent(),
      });
    });

    it('is sized as the stage configuration says', () => {
      const [, domain] = onlyResource<DomainProperties>(
        synth.storage,
        'AWS::OpenSearchService::Domain',
      );
      const { instanceType, instanceCount, availabilityZones } = synth.config.search;
      expect(domain.Properties.ClusterConfig.InstanceType).toBe(instanceType);
      expect(domain.Properties.ClusterConfig.InstanceCount).toBe(instanceCount);
      if (availabilityZones > 1) {
        expect(domain.Properties.ClusterConfig.ZoneAwarenessEnabled).toBe(true);
        expect(domain.Properties.ClusterConfig.ZoneAwarenessConfig?.AvailabilityZoneCount).toBe(
          availabilityZones,
        );
      } else {
        expect(domain.Properties.ClusterConfig.ZoneAwarenessEnabled).toBe(false);
      }
    });

    it('follows the stage removal policy', () => {
      const [, domain] = onlyResource(synth.storage, 'AWS::OpenSearchService::Domain');
      const expected = synth.config.removalPolicy === RemovalPolicy.DESTROY ? 'Delete' : 'Retain';
      expect(domain.DeletionPolicy).toBe(expected);
    });
  });
});
