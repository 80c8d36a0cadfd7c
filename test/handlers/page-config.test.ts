import { describe, expect, it } from 'vitest';
import { PageAssets, type PageFile } from '../../functions/search/page-assets.ts';
import { type PageConfig, pageConfigFromEnv } from '../../functions/search/page-config.ts';

const HTML: PageFile = {
  path: 'index.html',
  body: new TextEncoder().encode('<!doctype html>'),
  gzip: new Uint8Array(),
  brotli: new Uint8Array(),
};
const SIGN_IN: PageConfig = {
  access: 'jwt',
  signIn: {
    clientId: 'newsroom-page',
    authorizationEndpoint: 'https://newsroom.auth.eu-west-1.amazoncognito.com/oauth2/authorize',
    tokenEndpoint: 'https://newsroom.auth.eu-west-1.amazoncognito.com/oauth2/token',
    scopes: ['openid'],
  },
};
const csp = (page: PageAssets, path = '/') =>
  String(page.respond({ path, headers: {} })?.headers?.['content-security-policy']);

describe('what the page is told about the API', () => {
  it('serves the stage access and sign-in at /page-config.json, never cached', () => {
    const answer = new PageAssets([HTML], SIGN_IN).respond({
      path: '/page-config.json',
      headers: {},
    });
    expect(answer?.statusCode).toBe(200);
    expect(answer?.headers?.['cache-control']).toBe('no-cache');
    expect(JSON.parse(String(answer?.body))).toEqual(SIGN_IN);
  });

  it('tells a page with no configuration that the API is open', () => {
    const answer = new PageAssets([HTML]).respond({ path: '/page-config.json', headers: {} });
    expect(JSON.parse(String(answer?.body))).toEqual({ access: 'none' });
  });

  it("lets the page connect to the token endpoint's origin, and to nothing else", () => {
    expect(csp(new PageAssets([HTML], SIGN_IN))).toContain(
      "connect-src 'self' https://newsroom.auth.eu-west-1.amazoncognito.com;",
    );
    expect(csp(new PageAssets([HTML], { access: 'iam' }))).toContain("connect-src 'self';");
    expect(csp(new PageAssets([HTML], SIGN_IN))).toContain("default-src 'none'");
  });

  it('reads PAGE_CONFIG, and names what is wrong with it', () => {
    expect(pageConfigFromEnv({})).toEqual({ access: 'none' });
    expect(pageConfigFromEnv({ PAGE_CONFIG: JSON.stringify(SIGN_IN) })).toEqual(SIGN_IN);
    expect(() => pageConfigFromEnv({ PAGE_CONFIG: '{' })).toThrow('PAGE_CONFIG is not JSON');
    expect(() =>
      pageConfigFromEnv({
        PAGE_CONFIG: JSON.stringify({
          access: 'jwt',
          signIn: { ...SIGN_IN.signIn, tokenEndpoint: 'ftp://x' },
        }),
      }),
    ).toThrow('PAGE_CONFIG: signIn.tokenEndpoint must be an http(s) URL');
  });
});
