import type { App } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ApiAccess, PageSignInConfig, StageConfig } from '../../infra/config/stage-config.ts';
import { stages } from '../../infra/config/stages.ts';
import { validateStageConfig } from '../../infra/config/validate-stage-config.ts';
import { ArticleSearchStage } from '../../infra/stacks/article-search-stage.ts';
import { resourcesOfType, TEST_ENV, testApp } from './synth.ts';

const ISSUER = 'https://cognito-idp.eu-west-1.amazonaws.com/eu-west-1_example';
const DOMAIN = 'https://newsroom.auth.eu-west-1.amazoncognito.com';
const SIGN_IN: PageSignInConfig = {
  clientId: 'newsroom-page',
  authorizationEndpoint: `${DOMAIN}/oauth2/authorize`,
  tokenEndpoint: `${DOMAIN}/oauth2/token`,
  scopes: ['openid', 'email'],
};

const jwtAccess = (pageSignIn?: Partial<PageSignInConfig>): ApiAccess => ({
  kind: 'jwt',
  issuer: ISSUER,
  audience: ['newsroom-page', 'newsroom-cli'],
  operatorScope: 'article-search/operator',
  ...(pageSignIn ? { pageSignIn: { ...SIGN_IN, ...pageSignIn } } : {}),
});

const devWithAccess = (access: ApiAccess): StageConfig => ({
  ...stages.dev,
  api: { ...stages.dev.api, access },
});

/** The search function's PAGE_CONFIG, as synthesised for dev with the given access. */
function pageConfigOf(access: ApiAccess): unknown {
  const app: App = testApp();
  const stage = new ArticleSearchStage(app, 'dev', {
    config: devWithAccess(access),
    env: TEST_ENV,
  });
  const functions = Object.values(
    resourcesOfType<{ Environment?: { Variables?: Record<string, unknown> } }>(
      Template.fromStack(stage.service),
      'AWS::Lambda::Function',
    ),
  )
    .map((f) => f.Properties.Environment?.Variables?.PAGE_CONFIG)
    .filter((value) => value !== undefined);
  expect(functions).toHaveLength(1);
  return JSON.parse(String(functions[0]));
}

describe('page sign-in on a jwt stage', () => {
  let withSignIn: unknown;
  let withoutSignIn: unknown;
  beforeAll(() => {
    withSignIn = pageConfigOf(jwtAccess({}));
    withoutSignIn = pageConfigOf(jwtAccess());
  });

  it('gives the search function the client, the endpoints and the scopes, for the page', () => {
    expect(withSignIn).toEqual({ access: 'jwt', signIn: SIGN_IN });
  });

  it('tells the page only the access kind when the stage has no page sign-in', () => {
    expect(withoutSignIn).toEqual({ access: 'jwt' });
  });

  it('tells the page of an iam stage that its API wants signed requests', () => {
    expect(pageConfigOf({ kind: 'iam' })).toEqual({ access: 'iam' });
  });
});

describe('page sign-in validation', () => {
  const rejects = (pageSignIn: Partial<PageSignInConfig>, message: string) =>
    expect(() => validateStageConfig('dev', devWithAccess(jwtAccess(pageSignIn)))).toThrow(message);

  it('accepts a public client of the audience with https endpoints', () => {
    const config = devWithAccess(jwtAccess({}));
    expect(validateStageConfig('dev', config)).toBe(config);
  });

  it('rejects a client id the authorizer would not accept, naming the audience', () => {
    rejects(
      { clientId: 'someone-else' },
      'stage dev: page sign-in client id "someone-else" is not in the jwt audience (newsroom-page, newsroom-cli)',
    );
  });

  it('rejects endpoints that are not https urls, naming which', () => {
    rejects(
      { authorizationEndpoint: 'http://idp.example/authorize' },
      'page sign-in authorization endpoint "http://idp.example/authorize" must be an https url',
    );
    rejects(
      { tokenEndpoint: 'idp/token' },
      'page sign-in token endpoint "idp/token" must be an https url',
    );
  });

  it('rejects a scope that is not a scope name', () => {
    rejects(
      { scopes: ['openid', 'two words'] },
      'page sign-in scope "two words" must be a scope name',
    );
  });
});
