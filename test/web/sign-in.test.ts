import { describe, expect, it } from 'vitest';
import {
  callbackOf,
  type FlowContext,
  finishSignIn,
  refreshTokens,
  type SignInSettings,
  startSignIn,
} from '../../web/src/auth/flow.ts';
import { base64url, randomToken, s256Challenge } from '../../web/src/auth/pkce.ts';
import {
  isExpired,
  parseSavedTokens,
  SignInError,
  tokensFromResponse,
} from '../../web/src/auth/tokens.ts';

const SETTINGS: SignInSettings = {
  clientId: 'newsroom-page',
  authorizationEndpoint: 'https://idp.example/oauth2/authorize',
  tokenEndpoint: 'https://idp.example/oauth2/token',
  scopes: ['openid', 'email'],
};
const REDIRECT = 'https://api.example/';
const NOW = 1_800_000_000_000;

/** sessionStorage's part the flow uses, in memory. */
function memoryStorage() {
  const items = new Map<string, string>();
  return {
    items,
    getItem: (key: string) => items.get(key) ?? null,
    setItem: (key: string, value: string) => void items.set(key, value),
    removeItem: (key: string) => void items.delete(key),
  };
}

/** A token endpoint that records what it was sent and answers `answer`. */
function tokenEndpoint(answer: unknown, status = 200) {
  const sent: URLSearchParams[] = [];
  const fetch: typeof globalThis.fetch = async (_input, init) => {
    sent.push(new URLSearchParams(String(init?.body)));
    return new Response(JSON.stringify(answer), {
      status,
      headers: { 'content-type': 'application/json' },
    });
  };
  return { sent, fetch };
}

function context(fetch: typeof globalThis.fetch, storage = memoryStorage()): FlowContext {
  return { storage, fetch, now: () => NOW };
}

describe('PKCE', () => {
  it("derives RFC 7636's S256 challenge from its verifier (appendix B)", async () => {
    expect(await s256Challenge('dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk')).toBe(
      'E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM',
    );
  });

  it("encodes RFC 7636's example octets as its verifier", () => {
    const octets = [
      116, 24, 223, 180, 151, 153, 224, 37, 79, 250, 96, 125, 216, 173, 187, 186, 22, 212, 37, 77,
      105, 214, 191, 240, 91, 88, 5, 88, 83, 132, 141, 121,
    ];
    expect(base64url(new Uint8Array(octets))).toBe('dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk');
  });

  it('makes verifiers of 43 unreserved characters, different every time', () => {
    const made = new Set(Array.from({ length: 50 }, randomToken));
    expect(made.size).toBe(50);
    for (const verifier of made) expect(verifier).toMatch(/^[A-Za-z0-9_-]{43}$/);
  });

  it('refuses a verifier RFC 7636 does not allow', async () => {
    await expect(s256Challenge('short')).rejects.toThrow('43 to 128 unreserved characters');
  });
});

describe('the authorization request', () => {
  it('asks for a code with an S256 challenge of the verifier it keeps, and a state', async () => {
    const storage = memoryStorage();
    const url = new URL(await startSignIn(SETTINGS, REDIRECT, '/?q=x', storage));
    const pending = JSON.parse(storage.items.get('article-search.sign-in') ?? '{}');
    expect(`${url.origin}${url.pathname}`).toBe(SETTINGS.authorizationEndpoint);
    expect(Object.fromEntries(url.searchParams)).toEqual({
      response_type: 'code',
      client_id: 'newsroom-page',
      redirect_uri: REDIRECT,
      scope: 'openid email',
      state: pending.state,
      code_challenge: await s256Challenge(pending.verifier),
      code_challenge_method: 'S256',
    });
    expect(pending.returnTo).toBe('/?q=x');
    expect(url.toString()).not.toContain(pending.verifier);
  });
});

describe('the callback', () => {
  it('reads a code or an error from the redirect, and nothing from an ordinary view', () => {
    expect(callbackOf('?code=c1&state=s1')).toEqual({ kind: 'code', code: 'c1', state: 's1' });
    expect(callbackOf('?error=access_denied&error_description=no&state=s1')).toEqual({
      kind: 'error',
      error: 'access_denied',
      description: 'no',
      state: 's1',
    });
    expect(callbackOf('?q=code&lang=en')).toBeUndefined();
  });

  it('trades the code and the verifier for tokens when the state is the one sent', async () => {
    const storage = memoryStorage();
    const url = new URL(await startSignIn(SETTINGS, REDIRECT, '/?q=x', storage));
    const { verifier } = JSON.parse(storage.items.get('article-search.sign-in') ?? '{}');
    const issuer = tokenEndpoint({
      access_token: 'a1',
      token_type: 'Bearer',
      expires_in: 3600,
      refresh_token: 'r1',
    });
    const state = url.searchParams.get('state') ?? '';
    const done = await finishSignIn(
      SETTINGS,
      REDIRECT,
      { kind: 'code', code: 'c1', state },
      context(issuer.fetch, storage),
    );
    expect(done).toEqual({
      tokens: { accessToken: 'a1', refreshToken: 'r1', expiresAt: NOW + 3_600_000 },
      returnTo: '/?q=x',
    });
    expect(Object.fromEntries(issuer.sent[0] ?? [])).toEqual({
      client_id: 'newsroom-page',
      grant_type: 'authorization_code',
      code: 'c1',
      redirect_uri: REDIRECT,
      code_verifier: verifier,
    });
    expect(storage.items.size).toBe(0);
  });

  it('refuses a callback whose state is not the one sent, without calling the issuer', async () => {
    const storage = memoryStorage();
    await startSignIn(SETTINGS, REDIRECT, '/', storage);
    const issuer = tokenEndpoint({ access_token: 'a1', token_type: 'Bearer' });
    const finishing = finishSignIn(
      SETTINGS,
      REDIRECT,
      { kind: 'code', code: 'c1', state: 'forged' },
      context(issuer.fetch, storage),
    );
    await expect(finishing).rejects.toMatchObject({ name: 'SignInError', reason: 'state' });
    expect(issuer.sent).toHaveLength(0);
  });

  it('refuses a callback when this tab started no sign-in (or used it up already)', async () => {
    const storage = memoryStorage();
    const url = new URL(await startSignIn(SETTINGS, REDIRECT, '/', storage));
    const state = url.searchParams.get('state') ?? '';
    const issuer = tokenEndpoint({ access_token: 'a1', token_type: 'Bearer', expires_in: 60 });
    const callback = { kind: 'code', code: 'c1', state } as const;
    await finishSignIn(SETTINGS, REDIRECT, callback, context(issuer.fetch, storage));
    await expect(
      finishSignIn(SETTINGS, REDIRECT, callback, context(issuer.fetch, storage)),
    ).rejects.toMatchObject({ reason: 'state' });
    expect(issuer.sent).toHaveLength(1);
  });

  it("passes on the issuer's refusal, once the state checks out", async () => {
    const storage = memoryStorage();
    const url = new URL(await startSignIn(SETTINGS, REDIRECT, '/', storage));
    const state = url.searchParams.get('state') ?? '';
    await expect(
      finishSignIn(
        SETTINGS,
        REDIRECT,
        { kind: 'error', error: 'access_denied', description: '', state },
        context(tokenEndpoint({}).fetch, storage),
      ),
    ).rejects.toMatchObject({ reason: 'issuer', message: 'the issuer refused: access_denied' });
  });

  it('names the status when the token endpoint refuses the code', async () => {
    const storage = memoryStorage();
    const url = new URL(await startSignIn(SETTINGS, REDIRECT, '/', storage));
    const state = url.searchParams.get('state') ?? '';
    const issuer = tokenEndpoint({ error: 'invalid_grant' }, 400);
    await expect(
      finishSignIn(
        SETTINGS,
        REDIRECT,
        { kind: 'code', code: 'c1', state },
        context(issuer.fetch, storage),
      ),
    ).rejects.toThrow('the token endpoint answered 400 (invalid_grant)');
  });
});

describe('token expiry and renewal', () => {
  it('counts an access token expired 30 s before its expiry, so no request carries a dying token', () => {
    const tokens = { accessToken: 'a', expiresAt: NOW + 60_000 };
    expect(isExpired(tokens, NOW)).toBe(false);
    expect(isExpired(tokens, NOW + 29_999)).toBe(false);
    expect(isExpired(tokens, NOW + 30_000)).toBe(true);
    expect(isExpired(tokens, NOW + 120_000)).toBe(true);
  });

  it("takes the expiry from the token's exp claim when the answer gives no expires_in", () => {
    const payload = base64url(new TextEncoder().encode(JSON.stringify({ exp: NOW / 1000 + 300 })));
    const tokens = tokensFromResponse(
      { access_token: `h.${payload}.s`, token_type: 'Bearer' },
      NOW,
    );
    expect(tokens.expiresAt).toBe(NOW + 300_000);
  });

  it('refuses an answer without a bearer access token', () => {
    expect(() => tokensFromResponse({ token_type: 'Bearer' }, NOW)).toThrow(SignInError);
    expect(() => tokensFromResponse({ access_token: 'a', token_type: 'mac' }, NOW)).toThrow(
      'a "mac" token, not a bearer token',
    );
  });

  it('renews with the refresh token, keeping it when the answer has no new one', async () => {
    const issuer = tokenEndpoint({ access_token: 'a2', token_type: 'Bearer', expires_in: 600 });
    const renewed = await refreshTokens(
      SETTINGS,
      { accessToken: 'a1', refreshToken: 'r1', expiresAt: NOW - 1 },
      context(issuer.fetch),
    );
    expect(renewed).toEqual({ accessToken: 'a2', refreshToken: 'r1', expiresAt: NOW + 600_000 });
    expect(Object.fromEntries(issuer.sent[0] ?? [])).toEqual({
      client_id: 'newsroom-page',
      grant_type: 'refresh_token',
      refresh_token: 'r1',
    });
  });

  it('asks for a new sign-in when there is no refresh token', async () => {
    const issuer = tokenEndpoint({});
    await expect(
      refreshTokens(SETTINGS, { accessToken: 'a1', expiresAt: NOW - 1 }, context(issuer.fetch)),
    ).rejects.toMatchObject({ reason: 'refresh' });
    expect(issuer.sent).toHaveLength(0);
  });

  it('reads back saved tokens, an unknown expiry included, and ignores damaged ones', () => {
    const tokens = { accessToken: 'a', expiresAt: Number.POSITIVE_INFINITY };
    expect(parseSavedTokens(JSON.stringify(tokens))).toEqual(tokens);
    expect(parseSavedTokens('{"accessToken":1}')).toBeUndefined();
    expect(parseSavedTokens('not json')).toBeUndefined();
    expect(parseSavedTokens(null)).toBeUndefined();
  });
});
