import { Match } from 'aws-cdk-lib/assertions';
import { beforeAll, describe, expect, it } from 'vitest';
import { STAGE_NAMES } from '../../infra/config/stages.ts';
import { SEARCH_API_ROUTES } from '../../infra/constructs/search-api.ts';
import { onlyResource, resourcesOfType, type SynthesisedStage, synthStage } from './synth.ts';

interface FunctionProperties {
  Runtime: string;
  Architectures: string[];
  Timeout: number;
  MemorySize: number;
  TracingConfig?: { Mode: string };
  LoggingConfig?: { LogGroup?: { Ref: string } };
  Environment?: { Variables?: Record<string, unknown> };
}

interface QueueProperties {
  VisibilityTimeout?: number;
  RedrivePolicy?: { deadLetterTargetArn: unknown; maxReceiveCount: number };
}

interface PolicyStatement {
  Effect: string;
  Action: string | string[];
  Resource: unknown;
}

interface PolicyProperties {
  PolicyDocument: { Statement: PolicyStatement[] };
  Roles: { Ref: string }[];
}

const serviceNameOf = (fn: { Properties: FunctionProperties }): unknown =>
  fn.Properties.Environment?.Variables?.POWERTOOLS_SERVICE_NAME;

const asList = <T>(value: T | T[]): T[] => (Array.isArray(value) ? value : [value]);

describe.each(STAGE_NAMES)('service stack of %s', (name) => {
  let synth: SynthesisedStage;
  let ingestId: string;
  let ingest: FunctionProperties;
  let searchId: string;
  let search: FunctionProperties;
  let queueId: string;
  let queue: QueueProperties;

  beforeAll(() => {
    // Bundles both functions with esbuild: a broken entry file fails here.
    synth = synthStage(name);
    const fn = (service: string) =>
      onlyResource<FunctionProperties>(
        synth.service,
        'AWS::Lambda::Function',
        (r) => serviceNameOf(r) === service,
      );
    [ingestId, { Properties: ingest }] = fn('article-ingest');
    [searchId, { Properties: search }] = fn('article-search');
    [queueId, { Properties: queue }] = onlyResource<QueueProperties>(
      synth.service,
      'AWS::SQS::Queue',
      (r) => r.Properties.RedrivePolicy !== undefined,
    );
  });

  /** Every IAM statement attached to the role of the function with this logical id. */
  function statementsOf(functionId: string): PolicyStatement[] {
    const fn = resourcesOfType<{ Role: { 'Fn::GetAtt': [string, string] } }>(
      synth.service,
      'AWS::Lambda::Function',
    )[functionId];
    if (fn === undefined) throw new Error(`no function ${functionId}`);
    const roleId = fn.Properties.Role['Fn::GetAtt'][0];
    return Object.values(resourcesOfType<PolicyProperties>(synth.service, 'AWS::IAM::Policy'))
      .filter((p) => p.Properties.Roles.some((role) => role.Ref === roleId))
      .flatMap((p) => p.Properties.PolicyDocument.Statement);
  }

  const esActionsOf = (functionId: string): string[] =>
    statementsOf(functionId)
      .flatMap((s) => asList(s.Action))
      .filter((action) => action.startsWith('es:'))
      .sort();

  describe('ingest pipeline', () => {
    it('sends created objects to the ingest queue', () => {
      synth.service.hasResourceProperties('Custom::S3BucketNotifications', {
        NotificationConfiguration: {
          QueueConfigurations: Match.arrayWith([
            { Events: ['s3:ObjectCreated:*'], QueueArn: { 'Fn::GetAtt': [queueId, 'Arn'] } },
          ]),
        },
      });
    });

    it('sends removed objects to the ingest queue', () => {
      synth.service.hasResourceProperties('Custom::S3BucketNotifications', {
        NotificationConfiguration: {
          QueueConfigurations: Match.arrayWith([
            { Events: ['s3:ObjectRemoved:*'], QueueArn: { 'Fn::GetAtt': [queueId, 'Arn'] } },
          ]),
        },
      });
    });

    it('lets only s3, for the article bucket, send to the queue', () => {
      synth.service.hasResourceProperties('AWS::SQS::QueuePolicy', {
        Queues: [{ Ref: queueId }],
        PolicyDocument: {
          Statement: Match.arrayWith([
            Match.objectLike({
              Effect: 'Allow',
              Principal: { Service: 's3.amazonaws.com' },
              Condition: { ArnLike: { 'aws:SourceArn': Match.anyValue() } },
            }),
          ]),
        },
      });
    });

    it('refuses queue requests that do not use tls', () => {
      const queues = Object.keys(resourcesOfType(synth.service, 'AWS::SQS::Queue'));
      expect(queues).toHaveLength(2);
      for (const id of queues) {
        synth.service.hasResourceProperties('AWS::SQS::QueuePolicy', {
          Queues: [{ Ref: id }],
          PolicyDocument: {
            Statement: Match.arrayWith([
              Match.objectLike({
                Effect: 'Deny',
                Condition: { Bool: { 'aws:SecureTransport': 'false' } },
              }),
            ]),
          },
        });
      }
    });

    it('parks a message in the dead-letter queue after five failed deliveries', () => {
      expect(queue.RedrivePolicy?.maxReceiveCount).toBe(5);
      const [dlqId] = onlyResource<QueueProperties>(
        synth.service,
        'AWS::SQS::Queue',
        (r) => r.Properties.RedrivePolicy === undefined,
      );
      expect(queue.RedrivePolicy?.deadLetterTargetArn).toEqual({ 'Fn::GetAtt': [dlqId, 'Arn'] });
    });

    it('hides a message for at least six times the ingest timeout', () => {
      expect(ingest.Timeout).toBe(60);
      expect(queue.VisibilityTimeout).toBeGreaterThanOrEqual(6 * ingest.Timeout);
    });

    it('feeds the ingest function in small batches, retrying only the failed records', () => {
      synth.service.hasResourceProperties('AWS::Lambda::EventSourceMapping', {
        EventSourceArn: { 'Fn::GetAtt': [queueId, 'Arn'] },
        FunctionName: { Ref: ingestId },
        FunctionResponseTypes: ['ReportBatchItemFailures'],
        MaximumBatchingWindowInSeconds: Match.anyValue(),
      });
      const [, mapping] = onlyResource<{ MaximumBatchingWindowInSeconds: number }>(
        synth.service,
        'AWS::Lambda::EventSourceMapping',
      );
      expect(mapping.Properties.MaximumBatchingWindowInSeconds).toBeLessThanOrEqual(5);
    });

    it('caps how many ingest functions run at once', () => {
      synth.service.hasResourceProperties('AWS::Lambda::EventSourceMapping', {
        ScalingConfig: { MaximumConcurrency: 5 },
      });
    });

    it('lets the ingest function read the article bucket', () => {
      const s3Actions = statementsOf(ingestId).flatMap((s) => asList(s.Action));
      expect(s3Actions).toEqual(expect.arrayContaining(['s3:GetObject*', 's3:List*']));
      expect(s3Actions.filter((a) => /^s3:(Put|Delete)/.test(a))).toEqual([]);
    });

    it('lets the ingest function read, write and delete documents, and nothing else', () => {
      expect(esActionsOf(ingestId)).toEqual([
        'es:ESHttpDelete',
        'es:ESHttpGet',
        'es:ESHttpHead',
        'es:ESHttpPost',
        'es:ESHttpPut',
      ]);
    });
  });

  describe('search api', () => {
    it('is an http api', () => {
      synth.service.hasResourceProperties('AWS::ApiGatewayV2::Api', { ProtocolType: 'HTTP' });
    });

    it('answers GET /search, GET /articles/{id} and GET /health, and nothing else', () => {
      const routes = Object.values(
        resourcesOfType<{ RouteKey: string }>(synth.service, 'AWS::ApiGatewayV2::Route'),
      ).map((r) => r.Properties.RouteKey);
      expect(routes.sort()).toEqual(['GET /articles/{id}', 'GET /health', 'GET /search']);
      expect(SEARCH_API_ROUTES).toHaveLength(3);
    });

    it('sends every route to the search function with payload format 2.0', () => {
      const integrations = Object.values(
        resourcesOfType(synth.service, 'AWS::ApiGatewayV2::Integration'),
      );
      expect(integrations.length).toBeGreaterThan(0);
      for (const integration of integrations) {
        expect(integration.Properties).toMatchObject({
          IntegrationType: 'AWS_PROXY',
          PayloadFormatVersion: '2.0',
          IntegrationUri: { 'Fn::GetAtt': [searchId, 'Arn'] },
        });
      }
    });

    it('lets the search function only read from the domain', () => {
      expect(esActionsOf(searchId)).toEqual(['es:ESHttpGet', 'es:ESHttpPost']);
    });

    it('gives the search function no access to the bucket', () => {
      const s3Actions = statementsOf(searchId)
        .flatMap((s) => asList(s.Action))
        .filter((a) => a.startsWith('s3:'));
      expect(s3Actions).toEqual([]);
    });
  });

  describe('functions', () => {
    it('has exactly the ingest and search functions of ours', () => {
      const ours = Object.values(
        resourcesOfType<FunctionProperties>(synth.service, 'AWS::Lambda::Function'),
      )
        .map(serviceNameOf)
        .filter((n) => n !== undefined);
      expect(ours.sort()).toEqual(['article-ingest', 'article-search']);
    });

    it('runs both on node.js 22 on arm64 with active tracing', () => {
      for (const fn of [ingest, search]) {
        expect(fn.Runtime).toBe('nodejs22.x');
        expect(fn.Architectures).toEqual(['arm64']);
        expect(fn.TracingConfig?.Mode).toBe('Active');
        expect(fn.MemorySize).toBeGreaterThanOrEqual(512);
        expect(fn.MemorySize).toBeLessThanOrEqual(1024);
      }
    });

    it('gives search a short timeout, since a person is waiting', () => {
      expect(search.Timeout).toBe(10);
    });

    it('logs to an explicit log group with the stage retention', () => {
      for (const fn of [ingest, search]) {
        const logGroupId = fn.LoggingConfig?.LogGroup?.Ref;
        expect(logGroupId).toBeDefined();
        const logGroup = resourcesOfType<{ RetentionInDays: number }>(
          synth.service,
          'AWS::Logs::LogGroup',
        )[logGroupId ?? ''];
        expect(logGroup?.Properties.RetentionInDays).toBe(synth.config.logRetention);
      }
    });

    it('tells both where the bucket, the domain and the index are', () => {
      for (const fn of [ingest, search]) {
        expect(fn.Environment?.Variables).toMatchObject({
          ARTICLE_BUCKET: expect.anything(),
          OPENSEARCH_ENDPOINT: { 'Fn::Join': ['', expect.arrayContaining(['https://'])] },
          OPENSEARCH_INDEX: 'articles',
          SEARCH_BACKEND: 'opensearch',
          NODE_OPTIONS: '--enable-source-maps',
        });
      }
    });
  });

  describe('permissions', () => {
    it('never grants opensearch actions with a wildcard action or resource', () => {
      const statements = Object.values(
        resourcesOfType<PolicyProperties>(synth.service, 'AWS::IAM::Policy'),
      ).flatMap((p) => p.Properties.PolicyDocument.Statement);
      const esStatements = statements.filter((s) =>
        asList(s.Action).some((a) => a.startsWith('es:') || a === '*'),
      );
      expect(esStatements.length).toBeGreaterThanOrEqual(2);
      for (const statement of esStatements) {
        expect(asList(statement.Action)).not.toContain('*');
        expect(asList(statement.Action)).not.toContain('es:*');
        expect(asList(statement.Resource)).not.toContain('*');
      }
    });

    it('never grants every action on anything', () => {
      const statements = Object.values(
        resourcesOfType<PolicyProperties>(synth.service, 'AWS::IAM::Policy'),
      ).flatMap((p) => p.Properties.PolicyDocument.Statement);
      for (const statement of statements) {
        expect(asList(statement.Action)).not.toContain('*');
      }
    });

    it('scopes opensearch access to the domain and its paths', () => {
      for (const functionId of [ingestId, searchId]) {
        const esStatements = statementsOf(functionId).filter((s) =>
          asList(s.Action).some((a) => a.startsWith('es:')),
        );
        expect(esStatements).toHaveLength(1);
        const resources = asList(esStatements[0]?.Resource);
        expect(resources).toHaveLength(2);
        expect(resources[1]).toMatchObject({
          'Fn::Join': ['', [resources[0], '/*']],
        });
      }
    });
  });

  it('outputs the api url and the bucket name', () => {
    synth.service.hasOutput('ApiUrl', {
      Value: { 'Fn::GetAtt': [Match.stringLikeRegexp('HttpApi'), 'ApiEndpoint'] },
    });
    synth.service.hasOutput('BucketName', { Value: Match.anyValue() });
  });
});
