import { readFileSync } from 'node:fs';
import { Match } from 'aws-cdk-lib/assertions';
import { beforeAll, describe, expect, it } from 'vitest';
import { STAGE_NAMES } from '../../infra/config/stage-config.ts';
import { IngestPipeline } from '../../infra/constructs/ingest-pipeline.ts';
import { SEARCH_API_ROUTES } from '../../infra/constructs/search-api.ts';
import { PAGE_ROUTES } from '../../infra/constructs/search-page.ts';
import { DOCUMENT_FILE } from '../../scripts/openapi/generate.ts';
import {
  allStatements,
  asList,
  onlyResource,
  resourcesOfType,
  type SynthesisedStage,
  statementsOfRole,
  synthStage,
} from './synth.ts';

interface FunctionProperties {
  Runtime: string;
  Architectures: string[];
  Timeout: number;
  MemorySize: number;
  Role: unknown;
  TracingConfig?: { Mode: string };
  LoggingConfig?: { LogGroup?: { Ref: string } };
  Environment?: { Variables?: Record<string, unknown> };
}

interface QueueProperties {
  VisibilityTimeout?: number;
  KmsMasterKeyId?: string;
  SqsManagedSseEnabled?: boolean;
  MessageRetentionPeriod?: number;
  RedrivePolicy?: { deadLetterTargetArn: unknown; maxReceiveCount: number };
}

interface StageProperties {
  StageName: string;
  AutoDeploy: boolean;
  DefaultRouteSettings: { ThrottlingRateLimit: number; ThrottlingBurstLimit: number };
  AccessLogSettings: { DestinationArn: unknown; Format: string };
}

const serviceNameOf = (fn: { Properties: FunctionProperties }): unknown =>
  fn.Properties.Environment?.Variables?.POWERTOOLS_SERVICE_NAME;

describe.each(STAGE_NAMES)('service stack of %s', (name) => {
  let synth: SynthesisedStage;
  let ingestId: string;
  let ingest: FunctionProperties;
  let searchId: string;
  let search: FunctionProperties;
  let queueId: string;
  let queue: QueueProperties;

  beforeAll(() => {
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

  // The functions' roles live in the storage stack; their reference here names its output.
  const roleMarker = (fn: FunctionProperties): string => {
    const match = /"OutputName":"([^"]+)"/.exec(JSON.stringify(fn.Role));
    if (match?.[1] === undefined) throw new Error('function role is not imported from storage');
    return match[1];
  };

  describe('ingest pipeline', () => {
    it.each([
      ['created', 's3:ObjectCreated:*'],
      ['removed', 's3:ObjectRemoved:*'],
    ])('sends %s objects to the ingest queue', (_, event) => {
      synth.service.hasResourceProperties('Custom::S3BucketNotifications', {
        NotificationConfiguration: {
          QueueConfigurations: Match.arrayWith([
            { Events: [event], QueueArn: { 'Fn::GetAtt': [queueId, 'Arn'] } },
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

    it('encrypts both queues and refuses requests that do not use tls', () => {
      const queues = resourcesOfType<QueueProperties>(synth.service, 'AWS::SQS::Queue');
      expect(Object.keys(queues)).toHaveLength(2);
      for (const [id, q] of Object.entries(queues)) {
        expect(q.Properties.SqsManagedSseEnabled).toBe(true);
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

    it('parks a message in the dead-letter queue after five failed deliveries, for 14 days', () => {
      expect(queue.RedrivePolicy?.maxReceiveCount).toBeGreaterThanOrEqual(5);
      expect(IngestPipeline.MAX_RECEIVE_COUNT).toBe(5);
      const [dlqId, dlq] = onlyResource<QueueProperties>(
        synth.service,
        'AWS::SQS::Queue',
        (r) => r.Properties.RedrivePolicy === undefined,
      );
      expect(queue.RedrivePolicy?.deadLetterTargetArn).toEqual({ 'Fn::GetAtt': [dlqId, 'Arn'] });
      expect(dlq.Properties.MessageRetentionPeriod).toBe(14 * 24 * 3600);
    });

    it('hides a message for at least six times the ingest timeout', () => {
      expect(ingest.Timeout).toBe(60);
      expect(queue.VisibilityTimeout).toBeGreaterThanOrEqual(6 * ingest.Timeout);
    });

    it('feeds the ingest function in batches, retrying only the failed records', () => {
      const [, mapping] = onlyResource<{
        EventSourceArn: unknown;
        FunctionName: unknown;
        FunctionResponseTypes: string[];
        MaximumBatchingWindowInSeconds: number;
        BatchSize: number;
      }>(synth.service, 'AWS::Lambda::EventSourceMapping');
      expect(mapping.Properties).toMatchObject({
        EventSourceArn: { 'Fn::GetAtt': [queueId, 'Arn'] },
        FunctionName: { Ref: ingestId },
        FunctionResponseTypes: ['ReportBatchItemFailures'],
        BatchSize: 10,
      });
      expect(mapping.Properties.MaximumBatchingWindowInSeconds).toBeGreaterThan(0);
      expect(mapping.Properties.MaximumBatchingWindowInSeconds).toBeLessThanOrEqual(5);
    });

    it('caps how many ingest functions run at once, as the stage says', () => {
      synth.service.hasResourceProperties('AWS::Lambda::EventSourceMapping', {
        ScalingConfig: { MaximumConcurrency: synth.config.ingest.maxConcurrency },
      });
    });

    it('lets the ingest function consume its queue, and only that queue', () => {
      const sqs = statementsOfRole(synth.service, roleMarker(ingest)).filter((s) =>
        asList(s.Action).some((a) => a.startsWith('sqs:')),
      );
      expect(sqs.map((s) => s.Resource)).toEqual([{ 'Fn::GetAtt': [queueId, 'Arn'] }]);
      expect(sqs.flatMap((s) => asList(s.Action))).toContain('sqs:DeleteMessage');
    });
  });

  describe('search api', () => {
    let stage: StageProperties;
    beforeAll(() => {
      [, { Properties: stage }] = onlyResource<StageProperties>(
        synth.service,
        'AWS::ApiGatewayV2::Stage',
      );
    });

    it('is an http api with cors for GET', () => {
      synth.service.hasResourceProperties('AWS::ApiGatewayV2::Api', {
        ProtocolType: 'HTTP',
        CorsConfiguration: {
          AllowOrigins: [...synth.config.api.corsAllowOrigins],
          AllowMethods: ['GET'],
          AllowCredentials: Match.absent(),
        },
      });
    });

    it('answers GET /search, /articles/{id}, /stories/{storyId}, /failures, /health, /openapi.json and the search page, and nothing else', () => {
      const routes = Object.values(
        resourcesOfType<{ RouteKey: string }>(synth.service, 'AWS::ApiGatewayV2::Route'),
      ).map((r) => r.Properties.RouteKey);
      expect(routes.sort()).toEqual([
        'GET /',
        'GET /articles/{id}',
        'GET /assets/{file}',
        'GET /failures',
        'GET /health',
        'GET /openapi.json',
        'GET /page-config.json',
        'GET /search',
        'GET /stories/{storyId}',
      ]);
      expect(SEARCH_API_ROUTES).toHaveLength(6);
      expect(PAGE_ROUTES).toEqual(['/', '/assets/{file}', '/page-config.json']);
    });

    it('serves every path of the OpenAPI document, and the document describes every route', () => {
      const documented = Object.keys(
        (JSON.parse(readFileSync(DOCUMENT_FILE, 'utf8')) as { paths: object }).paths,
      );
      expect(documented.sort()).toEqual([...SEARCH_API_ROUTES].sort());
    });

    it('asks for a SigV4 signature on every route but the probe, the OpenAPI document and the page, as the stage chose IAM', () => {
      expect(synth.config.api.access.kind).toBe('iam');
      const authorization = Object.fromEntries(
        Object.values(
          resourcesOfType<{ RouteKey: string; AuthorizationType: string }>(
            synth.service,
            'AWS::ApiGatewayV2::Route',
          ),
        ).map((r) => [r.Properties.RouteKey, r.Properties.AuthorizationType]),
      );
      expect(authorization).toEqual({
        'GET /search': 'AWS_IAM',
        'GET /articles/{id}': 'AWS_IAM',
        'GET /stories/{storyId}': 'AWS_IAM',
        'GET /failures': 'AWS_IAM',
        'GET /health': 'NONE',
        'GET /openapi.json': 'NONE',
        // The page's HTML, script and styles: no data; its requests meet IAM like any other.
        'GET /': 'NONE',
        'GET /assets/{file}': 'NONE',
        'GET /page-config.json': 'NONE',
      });
    });

    it('sends the search page to the search function, which serves it from the API origin', () => {
      const integrations = resourcesOfType<{ IntegrationUri: unknown }>(
        synth.service,
        'AWS::ApiGatewayV2::Integration',
      );
      const routes = Object.values(
        resourcesOfType<{ RouteKey: string; Target: unknown }>(
          synth.service,
          'AWS::ApiGatewayV2::Route',
        ),
      );
      const target = (key: string) =>
        JSON.stringify(routes.find((r) => r.Properties.RouteKey === key)?.Properties.Target);
      expect(Object.keys(integrations)).toHaveLength(1);
      expect(target('GET /')).toBe(target('GET /search'));
      expect(target('GET /assets/{file}')).toBe(target('GET /search'));
    });

    it('lets the operators role queue reconcile events, move dead letters back and read /failures', () => {
      const operator = statementsOfRole(synth.service, 'OperatorRole');
      const actions = operator.flatMap((statement) => asList(statement.Action));
      expect(actions).toEqual(
        expect.arrayContaining([
          'sqs:SendMessage',
          'sqs:StartMessageMoveTask',
          'sqs:ListMessageMoveTasks',
          'cloudformation:DescribeStacks',
        ]),
      );
      const attached = Object.values(
        resourcesOfType<{ Roles?: unknown[]; PolicyDocument: unknown }>(
          synth.service,
          'AWS::IAM::ManagedPolicy',
        ),
      ).filter((p) => JSON.stringify(p.Properties.Roles ?? []).includes('OperatorRole'));
      expect(JSON.stringify(attached.map((p) => p.Properties.PolicyDocument))).toContain(
        '/GET/failures',
      );
    });

    it('gives readers a policy without /failures and operators one with it', () => {
      const policies = Object.values(
        resourcesOfType<{
          PolicyDocument: { Statement: { Action: string; Resource: unknown[] }[] };
        }>(synth.service, 'AWS::IAM::ManagedPolicy'),
      ).map((p) => JSON.stringify(p.Properties.PolicyDocument.Statement));
      const reader = policies.find(
        (p) => p.includes('/GET/search') && !p.includes('/GET/failures'),
      );
      const operator = policies.find((p) => p.includes('/GET/failures'));
      expect(reader).toContain('execute-api:Invoke');
      expect(reader).toContain('/GET/articles/*');
      expect(operator).toContain('/GET/search');
      synth.service.hasOutput('ApiReaderPolicyArn', { Value: Match.anyValue() });
      synth.service.hasOutput('ApiOperatorPolicyArn', { Value: Match.anyValue() });
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

    it('deploys one auto-deployed $default stage throttled as the stage says', () => {
      expect(stage.StageName).toBe('$default');
      expect(stage.AutoDeploy).toBe(true);
      expect(stage.DefaultRouteSettings).toEqual({
        ThrottlingRateLimit: synth.config.api.throttle.rateLimit,
        ThrottlingBurstLimit: synth.config.api.throttle.burstLimit,
      });
    });

    it('writes one JSON access log line per request to a log group with the stage retention', () => {
      const format = JSON.parse(stage.AccessLogSettings.Format) as Record<string, string>;
      expect(format).toMatchObject({
        requestId: '$context.requestId',
        status: '$context.status',
        routeKey: '$context.routeKey',
        responseLatency: '$context.responseLatency',
        integrationError: '$context.integrationErrorMessage',
      });
      const [groupId] = (stage.AccessLogSettings.DestinationArn as { 'Fn::GetAtt': string[] })[
        'Fn::GetAtt'
      ];
      const group = resourcesOfType<{ RetentionInDays: number }>(
        synth.service,
        'AWS::Logs::LogGroup',
      )[groupId ?? ''];
      expect(group?.Properties.RetentionInDays).toBe(synth.config.logRetention);
    });

    it('lets only this api invoke the search function', () => {
      const permissions = Object.values(
        resourcesOfType<{ Principal: string; SourceArn: unknown; FunctionName: unknown }>(
          synth.service,
          'AWS::Lambda::Permission',
        ),
      ).filter((p) => JSON.stringify(p.Properties.FunctionName).includes(searchId));
      expect(permissions.length).toBeGreaterThan(0);
      for (const permission of permissions) {
        expect(permission.Properties.Principal).toBe('apigateway.amazonaws.com');
        expect(JSON.stringify(permission.Properties.SourceArn)).toContain('SearchApiHttpApi');
      }
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

    it('runs both as the roles the domain trusts, from the storage stack', () => {
      expect(roleMarker(ingest)).toMatch(/FunctionRolesIngestRole/);
      expect(roleMarker(search)).toMatch(/FunctionRolesSearchRole/);
    });

    it('logs to an explicit log group with the stage retention and removal policy', () => {
      const logGroups = resourcesOfType<{ RetentionInDays: number }>(
        synth.service,
        'AWS::Logs::LogGroup',
      );
      const expected = synth.config.removalPolicy === 'destroy' ? 'Delete' : 'Retain';
      for (const fn of [ingest, search]) {
        const logGroup = logGroups[fn.LoggingConfig?.LogGroup?.Ref ?? ''];
        expect(logGroup?.Properties.RetentionInDays).toBe(synth.config.logRetention);
        expect(logGroup?.DeletionPolicy).toBe(expected);
      }
    });

    it('lets each function write to its own log group through its role, not a resource policy', () => {
      for (const fn of [ingest, search]) {
        const logs = statementsOfRole(synth.service, roleMarker(fn)).filter((s) =>
          asList(s.Action).some((a) => a.startsWith('logs:')),
        );
        expect(logs).toEqual([
          expect.objectContaining({
            Action: ['logs:CreateLogStream', 'logs:PutLogEvents'],
            Resource: { 'Fn::GetAtt': [fn.LoggingConfig?.LogGroup?.Ref, 'Arn'] },
          }),
        ]);
      }
      expect(resourcesOfType(synth.service, 'AWS::Logs::ResourcePolicy')).toEqual({});
    });

    it('tells both where the bucket, the domain, the index and the metrics are', () => {
      for (const fn of [ingest, search]) {
        expect(fn.Environment?.Variables).toMatchObject({
          ARTICLE_BUCKET: expect.anything(),
          OPENSEARCH_ENDPOINT: { 'Fn::Join': ['', expect.arrayContaining(['https://'])] },
          OPENSEARCH_INDEX: 'articles',
          SEARCH_BACKEND: 'opensearch',
          POWERTOOLS_METRICS_NAMESPACE: `ArticleSearch/${name}`,
        });
      }
    });

    it('maps the ingest function’s stack traces to the source, not the search function’s, whose cold start a user waits on', () => {
      expect(ingest.Environment?.Variables?.NODE_OPTIONS).toBe('--enable-source-maps');
      expect(search.Environment?.Variables?.NODE_OPTIONS).toBeUndefined();
    });
  });

  describe('permissions', () => {
    it('adds no data access to the function roles here: they hold it in the storage stack', () => {
      for (const fn of [ingest, search]) {
        const actions = statementsOfRole(synth.service, roleMarker(fn)).flatMap((s) =>
          asList(s.Action),
        );
        expect(actions.filter((a) => /^(s3|es):/.test(a))).toEqual([]);
      }
      const anywhere = allStatements(synth.service).flatMap((s) => asList(s.Action));
      expect(anywhere.filter((a) => a.startsWith('es:'))).toEqual([]);
    });
  });

  it('is protected from deletion exactly where the stage asks for it', () => {
    expect(synth.stage.service.terminationProtection).toBe(synth.config.terminationProtection);
  });

  it('outputs the api url, the bucket name, the dead-letter queue, the alarm topic and dashboard', () => {
    synth.service.hasOutput('ApiUrl', {
      Value: { 'Fn::GetAtt': [Match.stringLikeRegexp('HttpApi'), 'ApiEndpoint'] },
    });
    synth.service.hasOutput('BucketName', { Value: Match.anyValue() });
    synth.service.hasOutput('DeadLetterQueueUrl', { Value: Match.anyValue() });
    synth.service.hasOutput('IngestQueueUrl', { Value: Match.anyValue() });
    synth.service.hasOutput('AlarmTopicArn', { Value: Match.anyValue() });
    synth.service.hasOutput('DashboardName', { Value: Match.anyValue() });
  });
});
