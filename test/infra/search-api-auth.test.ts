import type { App } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import { beforeAll, describe, expect, it } from 'vitest';
import { applyAwsSolutionsChecks } from '../../infra/compliance/aws-solutions-checks.ts';
import type { ApiAccess, StageConfig } from '../../infra/config/stage-config.ts';
import { stages } from '../../infra/config/stages.ts';
import { ArticleSearchStage } from '../../infra/stacks/article-search-stage.ts';
import { onlyResource, resourcesOfType, TEST_ENV, testApp } from './synth.ts';

const ISSUER = 'https://cognito-idp.eu-west-1.amazonaws.com/eu-west-1_example';

interface RouteProperties {
  RouteKey: string;
  AuthorizationType: string;
  AuthorizerId?: unknown;
  AuthorizationScopes?: string[];
}

/** Synthesises dev with another access, and runs cdk-nag over it. */
function withAccess(access: ApiAccess) {
  const config: StageConfig = { ...stages.dev, api: { ...stages.dev.api, access } };
  const app: App = testApp();
  const stage = new ArticleSearchStage(app, 'dev', { config, env: TEST_ENV });
  const checks = applyAwsSolutionsChecks(app);
  const service = Template.fromStack(stage.service);
  const findings = checks.validateScope(app).violations.map((v) => v.ruleName);
  const routes = Object.fromEntries(
    Object.values(resourcesOfType<RouteProperties>(service, 'AWS::ApiGatewayV2::Route')).map(
      (r) => [r.Properties.RouteKey, r.Properties],
    ),
  );
  const acknowledgedOpen = app.node
    .findAll()
    .filter((c) =>
      c.node.metadata.some((m) => JSON.stringify(m.data).includes('AwsSolutions-APIG4')),
    )
    .map((c) => c.node.path);
  return { app, stage, service, findings, routes, acknowledgedOpen };
}

describe('search api with a jwt authorizer', () => {
  let built: ReturnType<typeof withAccess>;
  beforeAll(() => {
    built = withAccess({
      kind: 'jwt',
      issuer: ISSUER,
      audience: ['newsroom-web'],
      operatorScope: 'article-search/operator',
    });
  });

  it('validates tokens from the configured issuer for the configured audience', () => {
    const [, authorizer] = onlyResource(built.service, 'AWS::ApiGatewayV2::Authorizer');
    expect(authorizer.Properties).toMatchObject({
      AuthorizerType: 'JWT',
      IdentitySource: ['$request.header.Authorization'],
      JwtConfiguration: { Issuer: ISSUER, Audience: ['newsroom-web'] },
    });
  });

  it('requires a token on /search, /articles/{id} and /stories/{storyId}', () => {
    const [authorizerId] = onlyResource(built.service, 'AWS::ApiGatewayV2::Authorizer');
    for (const key of ['GET /search', 'GET /articles/{id}', 'GET /stories/{storyId}']) {
      expect(built.routes[key]).toMatchObject({
        AuthorizationType: 'JWT',
        AuthorizerId: { Ref: authorizerId },
      });
      expect(built.routes[key]?.AuthorizationScopes).toBeUndefined();
    }
  });

  it('requires the operator scope on /failures', () => {
    expect(built.routes['GET /failures']).toMatchObject({
      AuthorizationType: 'JWT',
      AuthorizationScopes: ['article-search/operator'],
    });
  });

  it('leaves the liveness probe and the OpenAPI document open', () => {
    expect(built.routes['GET /health']?.AuthorizationType).toBe('NONE');
    expect(built.routes['GET /openapi.json']?.AuthorizationType).toBe('NONE');
  });

  it('serves the search page without a token: it holds no data, its requests need one', () => {
    expect(built.routes['GET /']?.AuthorizationType).toBe('NONE');
    expect(built.routes['GET /assets/{file}']?.AuthorizationType).toBe('NONE');
    expect(built.routes['GET /page-config.json']?.AuthorizationType).toBe('NONE');
  });

  it('still passes cdk-nag, with only the probe, the OpenAPI document and the page acknowledged as open', () => {
    expect(built.findings).toEqual([]);
    expect(built.acknowledgedOpen.sort()).toEqual([
      'dev/Service/SearchApi/HttpApi/GET--',
      'dev/Service/SearchApi/HttpApi/GET--assets--{file}',
      'dev/Service/SearchApi/HttpApi/GET--health',
      'dev/Service/SearchApi/HttpApi/GET--openapi.json',
      'dev/Service/SearchApi/HttpApi/GET--page-config.json',
    ]);
  });
});

describe('search api open to the public', () => {
  let built: ReturnType<typeof withAccess>;
  beforeAll(() => {
    built = withAccess({ kind: 'public', perClientLimit: { requestsPerFiveMinutes: 1500 } });
  });

  it('answers searches and articles without authentication', () => {
    expect(built.routes['GET /search']?.AuthorizationType).toBe('NONE');
    expect(built.routes['GET /articles/{id}']?.AuthorizationType).toBe('NONE');
    expect(built.routes['GET /stories/{storyId}']?.AuthorizationType).toBe('NONE');
  });

  it('keeps /failures for operators, SigV4-signed', () => {
    expect(built.routes['GET /failures']?.AuthorizationType).toBe('AWS_IAM');
    built.service.hasOutput('ApiOperatorPolicyArn', {});
    expect(() => built.service.hasOutput('ApiReaderPolicyArn', {})).toThrow();
  });

  it('limits each client with AWS WAF, on CloudFront in front of the API', () => {
    const edge = Template.fromStack(built.stage.edge as NonNullable<typeof built.stage.edge>);
    expect(built.stage.edge?.region).toBe('us-east-1');
    const [, acl] = onlyResource<{ Scope: string; Rules: unknown[] }>(edge, 'AWS::WAFv2::WebACL');
    expect(acl.Properties.Scope).toBe('CLOUDFRONT');
    expect(acl.Properties.Rules).toEqual([
      expect.objectContaining({
        Statement: {
          RateBasedStatement: { Limit: 1500, AggregateKeyType: 'IP', EvaluationWindowSec: 300 },
        },
        Action: {
          Block: { CustomResponse: expect.objectContaining({ ResponseCode: 429 }) },
        },
      }),
    ]);
    const [, distribution] = onlyResource<{ DistributionConfig: Record<string, unknown> }>(
      built.service,
      'AWS::CloudFront::Distribution',
    );
    expect(distribution.Properties.DistributionConfig).toMatchObject({
      WebACLId: expect.anything(),
      DefaultCacheBehavior: expect.objectContaining({ ViewerProtocolPolicy: 'https-only' }),
    });
  });

  it('passes cdk-nag, with only the reading routes, the probe, the document and the page acknowledged as open', () => {
    expect(built.findings).toEqual([]);
    expect(built.acknowledgedOpen.filter((path) => path.includes('HttpApi')).sort()).toEqual([
      'dev/Service/SearchApi/HttpApi/GET--',
      'dev/Service/SearchApi/HttpApi/GET--articles--{id}',
      'dev/Service/SearchApi/HttpApi/GET--assets--{file}',
      'dev/Service/SearchApi/HttpApi/GET--health',
      'dev/Service/SearchApi/HttpApi/GET--openapi.json',
      'dev/Service/SearchApi/HttpApi/GET--page-config.json',
      'dev/Service/SearchApi/HttpApi/GET--search',
      'dev/Service/SearchApi/HttpApi/GET--stories--{storyId}',
    ]);
  });
});
