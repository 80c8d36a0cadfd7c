import type { App } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import { beforeAll, describe, expect, it } from 'vitest';
import { applyAwsSolutionsChecks } from '../../infra/compliance/aws-solutions-checks.ts';
import type { StageConfig } from '../../infra/config/stage-config.ts';
import { stages } from '../../infra/config/stages.ts';
import { ArticleSearchStage } from '../../infra/stacks/article-search-stage.ts';
import { onlyResource, resourcesOfType, TEST_ENV, testApp } from './synth.ts';

const ISSUER = 'https://cognito-idp.eu-west-1.amazonaws.com/eu-west-1_example';
const withJwt: StageConfig = {
  ...stages.dev,
  api: { ...stages.dev.api, jwt: { issuer: ISSUER, audience: ['newsroom-web'] } },
};

// A stage that configures a JWT authorizer; no checked-in stage does yet.
describe('search api with a jwt authorizer', () => {
  let app: App;
  let service: Template;
  let findings: string[];

  beforeAll(() => {
    app = testApp();
    const stage = new ArticleSearchStage(app, 'dev', { config: withJwt, env: TEST_ENV });
    const checks = applyAwsSolutionsChecks(app);
    service = Template.fromStack(stage.service);
    findings = checks.validateScope(app).violations.map((v) => v.ruleName);
  });

  const routes = () =>
    Object.fromEntries(
      Object.values(
        resourcesOfType<{ RouteKey: string; AuthorizationType: string; AuthorizerId?: unknown }>(
          service,
          'AWS::ApiGatewayV2::Route',
        ),
      ).map((r) => [r.Properties.RouteKey, r.Properties]),
    );

  it('validates tokens from the configured issuer for the configured audience', () => {
    const [, authorizer] = onlyResource(service, 'AWS::ApiGatewayV2::Authorizer');
    expect(authorizer.Properties).toMatchObject({
      AuthorizerType: 'JWT',
      IdentitySource: ['$request.header.Authorization'],
      JwtConfiguration: { Issuer: ISSUER, Audience: ['newsroom-web'] },
    });
  });

  it('requires a token on /search and /articles/{id}', () => {
    const [authorizerId] = onlyResource(service, 'AWS::ApiGatewayV2::Authorizer');
    for (const key of ['GET /search', 'GET /articles/{id}']) {
      expect(routes()[key]).toMatchObject({
        AuthorizationType: 'JWT',
        AuthorizerId: { Ref: authorizerId },
      });
    }
  });

  it('leaves the liveness probe open', () => {
    expect(routes()['GET /health']?.AuthorizationType).toBe('NONE');
  });

  it('still passes cdk-nag, with only the probe acknowledged as open', () => {
    expect(findings).toEqual([]);
    const acknowledged = app.node
      .findAll()
      .filter((c) =>
        c.node.metadata.some((m) => JSON.stringify(m.data).includes('AwsSolutions-APIG4')),
      )
      .map((c) => c.node.path);
    expect(acknowledged).toEqual(['dev/Service/SearchApi/HttpApi/GET--health']);
  });
});
