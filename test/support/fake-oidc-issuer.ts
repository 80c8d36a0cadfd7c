import { createHash, generateKeyPairSync, type KeyObject, randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { exportJWK, type JWTPayload, SignJWT } from 'jose';

/** What the fake issuer hands out and how it behaves. */
export interface FakeIssuerOptions {
  /** The only client it knows, a public one (no secret). */
  clientId: string;
  /** Lifetime of the access tokens it issues. @default 3600 */
  accessTokenSeconds?: number;
}

/** One grant the token endpoint gave (or refused), for tests to look at. */
export interface Grant {
  type: string;
  ok: boolean;
  reason?: string;
}

/** A running fake OIDC issuer on loopback. */
export interface FakeIssuer {
  /** Its `iss`, also the base of its endpoints. */
  url: string;
  authorizationEndpoint: string;
  tokenEndpoint: string;
  /** Every request to the token endpoint, in order. */
  grants: Grant[];
  /** Access tokens it issued, in order. */
  issued: string[];
  /** Changes the lifetime of the access tokens issued from now on. */
  setAccessTokenSeconds(seconds: number): void;
  /**
   * Signs a token with claims of the test's choosing over a valid access token's (a claim
   * given as undefined is left out).
   */
  sign(
    claims?: Readonly<Record<string, unknown>>,
    options?: { key?: 'issuer' | 'stranger'; kid?: string },
  ): Promise<string>;
  close(): Promise<void>;
}

const base64url = (bytes: Buffer) => bytes.toString('base64url');

function body(request: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    request.on('error', reject);
  });
}

/**
 * A small OIDC issuer, as a Cognito user pool's hosted UI looks to a public client: discovery,
 * JWKS (one RSA key), `/authorize` that signs "editor" in at once and redirects with a code,
 * and `/token` that trades a code (checking the PKCE verifier, the redirect URI and the
 * client) or a refresh token for RS256 access tokens carrying `client_id`, not `aud`, as
 * Cognito's do.
 */
export async function startFakeIssuer(options: FakeIssuerOptions): Promise<FakeIssuer> {
  const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const stranger = generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey;
  const kid = 'fake-key-1';
  const jwk = { ...(await exportJWK(publicKey)), kid, alg: 'RS256', use: 'sig' };
  const codes = new Map<
    string,
    { challenge: string; redirectUri: string; clientId: string; scope: string }
  >();
  const refreshTokens = new Set<string>();
  const grants: Grant[] = [];
  const issued: string[] = [];
  let url = '';
  let lifetime = options.accessTokenSeconds ?? 3600;

  const sign = (
    claims: Readonly<Record<string, unknown>> = {},
    { key = 'issuer', kid: keyId = kid }: { key?: 'issuer' | 'stranger'; kid?: string } = {},
  ) => {
    const now = Math.floor(Date.now() / 1000);
    const signingKey: KeyObject = key === 'issuer' ? privateKey : stranger;
    const payload: JWTPayload = {
      iss: url,
      sub: 'editor',
      client_id: options.clientId,
      token_use: 'access',
      scope: 'openid',
      iat: now,
      exp: now + lifetime,
      ...claims,
    };
    for (const [name, value] of Object.entries(payload)) {
      if (value === undefined) delete payload[name];
    }
    return new SignJWT(payload).setProtectedHeader({ alg: 'RS256', kid: keyId }).sign(signingKey);
  };

  const json = (response: ServerResponse, status: number, value: unknown) => {
    response.writeHead(status, {
      'content-type': 'application/json',
      'cache-control': 'no-store',
      // Cognito's token endpoint answers browsers of any origin.
      'access-control-allow-origin': '*',
    });
    response.end(JSON.stringify(value));
  };

  const issueTokens = async (response: ServerResponse, type: string) => {
    const accessToken = await sign();
    const refreshToken = base64url(randomBytes(24));
    refreshTokens.add(refreshToken);
    issued.push(accessToken);
    grants.push({ type, ok: true });
    json(response, 200, {
      access_token: accessToken,
      refresh_token: refreshToken,
      token_type: 'Bearer',
      expires_in: lifetime,
    });
  };

  const refuse = (response: ServerResponse, type: string, reason: string) => {
    grants.push({ type, ok: false, reason });
    json(response, 400, { error: 'invalid_grant', error_description: reason });
  };

  const server = createServer(async (request, response) => {
    const requestUrl = new URL(request.url ?? '/', url);
    const route = `${request.method} ${requestUrl.pathname}`;
    if (route === 'GET /.well-known/openid-configuration') {
      return json(response, 200, {
        issuer: url,
        authorization_endpoint: `${url}/authorize`,
        token_endpoint: `${url}/token`,
        jwks_uri: `${url}/jwks`,
      });
    }
    if (route === 'GET /jwks') return json(response, 200, { keys: [jwk] });
    if (route === 'GET /authorize') {
      const params = requestUrl.searchParams;
      const redirectUri = params.get('redirect_uri') ?? '';
      if (
        params.get('client_id') !== options.clientId ||
        params.get('response_type') !== 'code' ||
        params.get('code_challenge_method') !== 'S256' ||
        !params.get('code_challenge') ||
        !redirectUri
      ) {
        response.writeHead(400, { 'content-type': 'text/plain' });
        return response.end('bad authorization request');
      }
      const code = base64url(randomBytes(16));
      codes.set(code, {
        challenge: params.get('code_challenge') ?? '',
        redirectUri,
        clientId: options.clientId,
        scope: params.get('scope') ?? '',
      });
      const back = new URL(redirectUri);
      back.searchParams.set('code', code);
      back.searchParams.set('state', params.get('state') ?? '');
      response.writeHead(302, { location: back.toString() });
      return response.end();
    }
    if (route === 'OPTIONS /token') {
      response.writeHead(204, {
        'access-control-allow-origin': '*',
        'access-control-allow-methods': 'POST',
        'access-control-allow-headers': 'content-type, accept',
      });
      return response.end();
    }
    if (route === 'POST /token') {
      const form = new URLSearchParams(await body(request));
      const type = form.get('grant_type') ?? '';
      if (form.get('client_id') !== options.clientId) return refuse(response, type, 'client');
      if (type === 'authorization_code') {
        const code = codes.get(form.get('code') ?? '');
        codes.delete(form.get('code') ?? '');
        if (!code) return refuse(response, type, 'unknown or used code');
        if (code.redirectUri !== form.get('redirect_uri')) {
          return refuse(response, type, 'redirect_uri');
        }
        const verifier = form.get('code_verifier') ?? '';
        const challenge = base64url(createHash('sha256').update(verifier).digest());
        if (challenge !== code.challenge) return refuse(response, type, 'code_verifier');
        return issueTokens(response, type);
      }
      if (type === 'refresh_token') {
        const token = form.get('refresh_token') ?? '';
        if (!refreshTokens.delete(token)) return refuse(response, type, 'refresh_token');
        return issueTokens(response, type);
      }
      return refuse(response, type, 'grant_type');
    }
    response.writeHead(404);
    response.end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url,
    authorizationEndpoint: `${url}/authorize`,
    tokenEndpoint: `${url}/token`,
    grants,
    issued,
    setAccessTokenSeconds: (seconds) => {
      lifetime = seconds;
    },
    sign,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
