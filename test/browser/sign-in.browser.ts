import type { BrowserContext, Page, Request } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FakeIssuer, startFakeIssuer } from '../support/fake-oidc-issuer.ts';
import { type BrowserStack, startBrowserStack } from './browser-stack.ts';

// The page on a `jwt` stage with page sign-in: the local stack demands a bearer token from a
// fake issuer on every reading route (checked as API Gateway checks it: JWKS signature, iss,
// client_id, exp), so every search below succeeds only if the page sent a valid token.

const CLIENT = 'newsroom-page';
// In the renewal test access tokens live 33 s: the page counts them expired 30 s early, so
// 3 s after signing in its token is due for renewal, without the test waiting long.
const SHORT_TOKEN_SECONDS = 33;

let issuer: FakeIssuer;
let env: BrowserStack;

beforeAll(async () => {
  issuer = await startFakeIssuer({ clientId: CLIENT });
  env = await startBrowserStack(
    {},
    {
      jwt: {
        issuer: issuer.url,
        audience: [CLIENT],
        pageSignIn: {
          clientId: CLIENT,
          authorizationEndpoint: issuer.authorizationEndpoint,
          tokenEndpoint: issuer.tokenEndpoint,
          scopes: ['openid'],
        },
      },
    },
  );
});

afterAll(async () => {
  await env?.stop();
  await issuer?.close();
});

interface Opened {
  page: Page;
  context: BrowserContext;
  /** Script errors and CSP violations, on every page the tab loads. */
  problems: string[];
  /** The API's search requests and the Authorization header each carried. */
  searches: { url: string; authorization: string | undefined }[];
}

async function open(path: string, locale = 'en-US'): Promise<Opened> {
  const context = await env.context({ locale });
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) =>
      console.error(`CSP violation: ${event.violatedDirective} ${event.blockedURI}`),
    );
  });
  const page = await context.newPage();
  const problems: string[] = [];
  const searches: Opened['searches'] = [];
  page.on('pageerror', (error) => problems.push(error.message));
  page.on('console', (message) => {
    if (message.text().startsWith('CSP violation')) problems.push(message.text());
  });
  page.on('request', (request: Request) => {
    if (new URL(request.url()).pathname === '/search') {
      searches.push({ url: request.url(), authorization: request.headers().authorization });
    }
  });
  await page.goto(path);
  return { page, context, problems, searches };
}

const settled = (page: Page) => page.locator('main[aria-busy="false"]').waitFor();

async function signIn(page: Page): Promise<void> {
  await page.locator('header').getByRole('button', { name: 'Sign in' }).click();
  await page.locator('header').getByRole('button', { name: 'Sign out' }).waitFor();
}

describe('signing in on a jwt stage', () => {
  it('asks to sign in, signs in with PKCE, comes back to the same search and sends the token', async () => {
    const { page, context, problems, searches } = await open('/?q=Kosherbayev');
    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.innerText()).toContain('Sign in to search the articles.');
    expect(searches[0]?.authorization).toBeUndefined();
    await env.screenshot(page, '20-sign-in-needed');

    const before = issuer.grants.length;
    await signIn(page);
    await page.locator('.hit').first().waitFor();
    await env.screenshot(page, '21-signed-in');

    // Back on the view it left, the code and state gone from the address bar and history.
    const url = new URL(page.url());
    expect(url.pathname).toBe('/');
    expect([...url.searchParams.keys()]).toEqual(['q']);
    expect(url.searchParams.get('q')).toBe('Kosherbayev');
    expect(await page.evaluate(() => history.length)).toBeLessThanOrEqual(3);
    expect(issuer.grants.slice(before)).toEqual([{ type: 'authorization_code', ok: true }]);

    const last = searches.at(-1);
    expect(last?.authorization).toBe(`Bearer ${issuer.issued.at(-1)}`);
    expect(await page.locator('.hit').count()).toBeGreaterThan(0);
    // Tokens live in this tab only: sessionStorage, never localStorage, never the URL.
    const storage = await page.evaluate(() => ({
      local: localStorage.length,
      session: sessionStorage.getItem('article-search.tokens') ?? '',
    }));
    expect(storage.local).toBe(0);
    expect(storage.session).toContain(issuer.issued.at(-1));
    expect(page.url()).not.toContain(issuer.issued.at(-1));
    expect(problems).toEqual([]);
    await context.close();
  });

  it('renews an expired access token with the refresh token before searching again', async () => {
    issuer.setAccessTokenSeconds(SHORT_TOKEN_SECONDS);
    const { page, context, problems, searches } = await open('/');
    await signIn(page);
    issuer.setAccessTokenSeconds(3600);
    const first = issuer.issued.at(-1);
    await page.waitForTimeout(3_500);
    const before = issuer.grants.length;
    await page.getByRole('searchbox').fill('Cooper');
    await page.keyboard.press('Enter');
    await page.locator('.hit').first().waitFor();
    await settled(page);
    expect(issuer.grants.slice(before)).toEqual([{ type: 'refresh_token', ok: true }]);
    const renewed = issuer.issued.at(-1);
    expect(renewed).not.toBe(first);
    expect(searches.at(-1)?.authorization).toBe(`Bearer ${renewed}`);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('signs out: the token is forgotten and the next search asks to sign in again', async () => {
    const { page, context } = await open('/');
    await signIn(page);
    await page.locator('header').getByRole('button', { name: 'Sign out' }).click();
    expect(await page.evaluate(() => sessionStorage.getItem('article-search.tokens'))).toBeNull();
    await page.getByRole('searchbox').fill('Kosherbayev');
    await page.keyboard.press('Enter');
    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.innerText()).toContain('Sign in to search the articles.');
    await context.close();
  });

  it('ignores a callback whose state this tab did not send, and says so, in Russian', async () => {
    const { page, context, searches } = await open('/?code=stolen&state=forged', 'ru-RU');
    const before = issuer.grants.length;
    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.innerText()).toContain('не относится ко входу, начатому в этой вкладке');
    expect(new URL(page.url()).search).toBe('');
    expect(issuer.grants.length).toBe(before);
    expect(searches.every((search) => search.authorization === undefined)).toBe(true);
    expect(await page.locator('header').getByRole('button', { name: 'Войти' }).count()).toBe(1);
    await env.screenshot(page, '22-forged-state-ru');
    await context.close();
  });

  it('on a stage the page cannot sign in to, says the API needs signed requests and how to make them', async () => {
    const context = await env.context();
    const page = await context.newPage();
    // The same API (it answers 401 without a token), as an `iam` stage's page would see it.
    await page.route('**/page-config.json', (route) =>
      route.fulfill({ contentType: 'application/json', body: '{"access":"iam"}' }),
    );
    await page.goto('/?q=Kosherbayev');
    const alert = page.getByRole('alert');
    await alert.waitFor();
    const text = await alert.innerText();
    expect(text).toContain('needs signed (SigV4) requests');
    expect(text).toContain(
      `awscurl --service execute-api "${new URL(env.stack.apiUrl).origin}/search?q=…"`,
    );
    expect(await page.getByRole('button', { name: 'Sign in' }).count()).toBe(0);
    await env.screenshot(page, '23-iam-stage');
    await context.close();
  });
});
