import { randomToken, s256Challenge } from './pkce.ts';
import { SignInError, type Tokens, tokensFromResponse } from './tokens.ts';

/** How the page signs a person in, as `/page-config.json` tells it. */
export interface SignInSettings {
  clientId: string;
  authorizationEndpoint: string;
  tokenEndpoint: string;
  scopes: string[];
}

/** Where the flow keeps what must survive the trip to the issuer: sessionStorage in the page. */
export interface FlowStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

/** What the flow needs from the outside world, injected so that tests can play the issuer. */
export interface FlowContext {
  storage: FlowStorage;
  fetch: typeof fetch;
  now: () => number;
}

const PENDING_KEY = 'article-search.sign-in';

interface Pending {
  state: string;
  verifier: string;
  /** The page's URL (path and query) before signing in, to come back to. */
  returnTo: string;
}

/**
 * Starts signing in: keeps a new verifier and state (this tab only) and returns the issuer's
 * authorization URL to send the browser to.
 */
export async function startSignIn(
  settings: SignInSettings,
  redirectUri: string,
  returnTo: string,
  storage: FlowStorage,
): Promise<string> {
  const pending: Pending = { state: randomToken(), verifier: randomToken(), returnTo };
  storage.setItem(PENDING_KEY, JSON.stringify(pending));
  const url = new URL(settings.authorizationEndpoint);
  url.search = new URLSearchParams({
    response_type: 'code',
    client_id: settings.clientId,
    redirect_uri: redirectUri,
    scope: settings.scopes.join(' '),
    state: pending.state,
    code_challenge: await s256Challenge(pending.verifier),
    code_challenge_method: 'S256',
  }).toString();
  return url.toString();
}

/** The parameters of the issuer's redirect back to the page, if the URL is one. */
export type Callback =
  | { kind: 'code'; code: string; state: string }
  | { kind: 'error'; error: string; description: string; state: string };

/** The query parameters an authorization response adds, removed from the URL once read. */
export const CALLBACK_PARAMETERS = [
  'code',
  'state',
  'error',
  'error_description',
  'error_uri',
  'session_state',
  'iss',
];

/** Reads an authorization response (RFC 6749, 4.1.2) from the page's query, if it carries one. */
export function callbackOf(query: string): Callback | undefined {
  const params = new URLSearchParams(query);
  const state = params.get('state') ?? '';
  const code = params.get('code');
  const error = params.get('error');
  if (code) return { kind: 'code', code, state };
  if (error)
    return { kind: 'error', error, description: params.get('error_description') ?? '', state };
  return undefined;
}

async function tokenRequest(
  settings: SignInSettings,
  body: Record<string, string>,
  context: FlowContext,
  reason: 'token-response' | 'refresh',
  previous?: Tokens,
): Promise<Tokens> {
  const sent = context.now();
  let response: Response;
  try {
    response = await context.fetch(settings.tokenEndpoint, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json' },
      body: new URLSearchParams({ client_id: settings.clientId, ...body }).toString(),
    });
  } catch (error) {
    throw new SignInError(reason, `the token endpoint could not be reached: ${String(error)}`);
  }
  const answer: unknown = await response.json().catch(() => undefined);
  if (!response.ok) {
    const code =
      typeof answer === 'object' && answer !== null ? Reflect.get(answer, 'error') : undefined;
    throw new SignInError(
      reason,
      `the token endpoint answered ${response.status}${typeof code === 'string' ? ` (${code})` : ''}`,
    );
  }
  // Expiry is counted from when the request left, so a slow answer cannot stretch it.
  return tokensFromResponse(answer, sent, previous);
}

/**
 * Finishes signing in from the issuer's redirect: the state must be the one this tab sent
 * (else the response is someone else's, and is refused); the code is traded, with the
 * verifier, for tokens. The pending sign-in is used up either way.
 */
export async function finishSignIn(
  settings: SignInSettings,
  redirectUri: string,
  callback: Callback,
  context: FlowContext,
): Promise<{ tokens: Tokens; returnTo: string }> {
  const saved = context.storage.getItem(PENDING_KEY);
  context.storage.removeItem(PENDING_KEY);
  const pending = parsePending(saved);
  if (!pending || callback.state === '' || callback.state !== pending.state) {
    throw new SignInError(
      'state',
      'the sign-in answer does not belong to a sign-in this tab started',
    );
  }
  if (callback.kind === 'error') {
    throw new SignInError(
      'issuer',
      `the issuer refused: ${callback.error}${callback.description ? ` (${callback.description})` : ''}`,
    );
  }
  const tokens = await tokenRequest(
    settings,
    {
      grant_type: 'authorization_code',
      code: callback.code,
      redirect_uri: redirectUri,
      code_verifier: pending.verifier,
    },
    context,
    'token-response',
  );
  return { tokens, returnTo: pending.returnTo };
}

/** A new access token for the refresh token, or a {@link SignInError} (sign in again then). */
export function refreshTokens(
  settings: SignInSettings,
  tokens: Tokens,
  context: FlowContext,
): Promise<Tokens> {
  if (!tokens.refreshToken) {
    return Promise.reject(new SignInError('refresh', 'the sign-in expired and cannot be renewed'));
  }
  return tokenRequest(
    settings,
    { grant_type: 'refresh_token', refresh_token: tokens.refreshToken },
    context,
    'refresh',
    tokens,
  );
}

function parsePending(saved: string | null): Pending | undefined {
  if (!saved) return undefined;
  try {
    const value: unknown = JSON.parse(saved);
    if (typeof value !== 'object' || value === null) return undefined;
    const state = Reflect.get(value, 'state');
    const verifier = Reflect.get(value, 'verifier');
    const returnTo = Reflect.get(value, 'returnTo');
    if (typeof state !== 'string' || typeof verifier !== 'string' || typeof returnTo !== 'string') {
      return undefined;
    }
    // Only a path of this page: never an address elsewhere.
    return {
      state,
      verifier,
      returnTo: returnTo.startsWith('/') && !returnTo.startsWith('//') ? returnTo : '/',
    };
  } catch {
    return undefined;
  }
}
