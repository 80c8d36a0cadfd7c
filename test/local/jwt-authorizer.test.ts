import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { HttpApiHandler } from '../../local/api-server.ts';
import { withJwtAuthorizer } from '../../local/jwt-authorizer.ts';
import { type FakeIssuer, startFakeIssuer } from '../support/fake-oidc-issuer.ts';

const CLIENT = 'newsroom-page';
let issuer: FakeIssuer;
let guarded: HttpApiHandler;
const refusals: string[] = [];

const passed: HttpApiHandler = async () => ({ statusCode: 200, body: 'passed' });
const request = (rawPath: string, authorization?: string) =>
  guarded({
    rawPath,
    rawQueryString: '',
    headers: authorization === undefined ? {} : { authorization },
    requestContext: { http: { method: 'GET' } },
  });
const now = () => Math.floor(Date.now() / 1000);

beforeAll(async () => {
  issuer = await startFakeIssuer({ clientId: CLIENT });
  guarded = withJwtAuthorizer(
    passed,
    { issuer: issuer.url, audience: [CLIENT], operatorScope: 'article-search/operator' },
    (reason) => refusals.push(reason),
  );
});

afterAll(async () => {
  await issuer?.close();
});

describe('the local JWT authorizer, as API Gateway checks tokens', () => {
  it('lets a token of the issuer for the audience through, with or without "Bearer"', async () => {
    const token = await issuer.sign();
    expect((await request('/search', `Bearer ${token}`)).statusCode).toBe(200);
    expect((await request('/articles/abc', token)).statusCode).toBe(200);
  });

  it('answers 401 without a token on the reading routes', async () => {
    for (const path of ['/search', '/articles/abc', '/stories/s1']) {
      const answer = await request(path);
      expect(answer.statusCode).toBe(401);
      expect(JSON.parse(String(answer.body))).toEqual({ message: 'Unauthorized' });
    }
  });

  it('leaves the probe, the OpenAPI document and the page open', async () => {
    for (const path of [
      '/health',
      '/openapi.json',
      '/',
      '/assets/page-X.js',
      '/page-config.json',
    ]) {
      expect((await request(path)).statusCode).toBe(200);
    }
  });

  it.each([
    ['signed by another key under the same kid', {}, { key: 'stranger' as const }],
    ['naming a key the JWKS does not have', {}, { kid: 'other-key' }],
    ['from another issuer', { iss: 'https://elsewhere.example' }, {}],
    ['for another client', { client_id: 'someone-else' }, {}],
    ['for another audience, whatever its client_id says', { aud: 'someone-else' }, {}],
    ['expired', { exp: now() - 5 }, {}],
    ['not valid yet', { nbf: now() + 600 }, {}],
    ['without an expiry', { exp: undefined }, {}],
  ])('refuses a token %s', async (_what, claims, options) => {
    const token = await issuer.sign(claims, options);
    expect((await request('/search', `Bearer ${token}`)).statusCode).toBe(401);
  });

  it('takes aud over client_id when both are there', async () => {
    const token = await issuer.sign({ aud: CLIENT, client_id: 'someone-else' });
    expect((await request('/search', `Bearer ${token}`)).statusCode).toBe(200);
  });

  it('refuses garbage, and says why in its log only', async () => {
    refusals.length = 0;
    const answer = await request('/search', 'Bearer not-a-jwt');
    expect(answer.statusCode).toBe(401);
    expect(refusals).toEqual(['not a JWT']);
  });

  it('wants the operator scope on /failures: 403 without it', async () => {
    const reader = await issuer.sign();
    const operator = await issuer.sign({ scope: 'openid article-search/operator' });
    expect((await request('/failures')).statusCode).toBe(401);
    expect((await request('/failures', `Bearer ${reader}`)).statusCode).toBe(403);
    expect((await request('/failures', `Bearer ${operator}`)).statusCode).toBe(200);
  });
});
