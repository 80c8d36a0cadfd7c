/** The tokens of a signed-in person, as the page keeps them (memory and sessionStorage). */
export interface Tokens {
  accessToken: string;
  /** To get a new access token without signing in again, when the issuer gave one. */
  refreshToken?: string;
  /** When the access token expires, in milliseconds since the epoch. */
  expiresAt: number;
}

/** Why signing in did not succeed: shown to the person, in their language, by its `reason`. */
export class SignInError extends Error {
  override readonly name = 'SignInError';
  constructor(
    readonly reason: 'state' | 'issuer' | 'token-response' | 'refresh',
    message: string,
  ) {
    super(message);
  }
}

// Tokens are treated as expired this long before they are, so that a request that leaves just
// before the expiry does not arrive just after it.
const EXPIRY_MARGIN_MS = 30_000;

/** True once the access token is expired, or about to be. */
export function isExpired(tokens: Tokens, now: number): boolean {
  return now >= tokens.expiresAt - EXPIRY_MARGIN_MS;
}

// The `exp` claim of a JWT, read (not verified: the API verifies) for when the issuer gives
// no `expires_in`.
function jwtExpiry(token: string): number | undefined {
  const payload = token.split('.')[1];
  if (!payload) return undefined;
  try {
    const json: unknown = JSON.parse(atob(payload.replaceAll('-', '+').replaceAll('_', '/')));
    const exp = typeof json === 'object' && json !== null ? Reflect.get(json, 'exp') : undefined;
    return typeof exp === 'number' ? exp * 1000 : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The tokens of a token endpoint's answer (RFC 6749, 5.1), or a {@link SignInError}. A refresh
 * answer may leave the refresh token out: the previous one is kept then.
 */
export function tokensFromResponse(body: unknown, now: number, previous?: Tokens): Tokens {
  const field = (name: string): unknown =>
    typeof body === 'object' && body !== null ? Reflect.get(body, name) : undefined;
  const accessToken = field('access_token');
  const tokenType = field('token_type');
  if (typeof accessToken !== 'string' || accessToken === '') {
    throw new SignInError('token-response', 'the token endpoint answered without an access token');
  }
  if (typeof tokenType !== 'string' || tokenType.toLowerCase() !== 'bearer') {
    throw new SignInError(
      'token-response',
      `the token endpoint gave a "${String(tokenType)}" token, not a bearer token`,
    );
  }
  const expiresIn = field('expires_in');
  const expiresAt =
    typeof expiresIn === 'number' && expiresIn > 0
      ? now + expiresIn * 1000
      : (jwtExpiry(accessToken) ?? Number.POSITIVE_INFINITY);
  const refresh = field('refresh_token');
  const refreshToken =
    typeof refresh === 'string' && refresh !== '' ? refresh : previous?.refreshToken;
  return refreshToken === undefined
    ? { accessToken, expiresAt }
    : { accessToken, refreshToken, expiresAt };
}

/** Reads tokens the page saved, or undefined when there are none or they are damaged. */
export function parseSavedTokens(saved: string | null): Tokens | undefined {
  if (!saved) return undefined;
  try {
    const value: unknown = JSON.parse(saved);
    if (typeof value !== 'object' || value === null) return undefined;
    const accessToken = Reflect.get(value, 'accessToken');
    const refreshToken = Reflect.get(value, 'refreshToken');
    // JSON keeps no infinity: an expiry the issuer did not tell is saved as null.
    const expiry = Reflect.get(value, 'expiresAt');
    const expiresAt = expiry === null ? Number.POSITIVE_INFINITY : expiry;
    if (typeof accessToken !== 'string' || typeof expiresAt !== 'number') return undefined;
    return typeof refreshToken === 'string'
      ? { accessToken, refreshToken, expiresAt }
      : { accessToken, expiresAt };
  } catch {
    return undefined;
  }
}
