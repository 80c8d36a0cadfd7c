/**
 * PKCE (RFC 7636) and the `state` of an OAuth 2.0 authorization request: random values from
 * the Web Crypto API, the challenge by S256 only (the plain method would send the verifier
 * itself through the browser's address bar).
 */

/** Bytes as base64url without padding (RFC 7636, appendix A). */
export function base64url(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replaceAll('+', '-').replaceAll('/', '_').replace(/=+$/, '');
}

/**
 * A random value of 32 bytes as 43 base64url characters: a code verifier (RFC 7636 asks for
 * 43–128 characters of 256 bits of entropy) or a `state`.
 */
export function randomToken(): string {
  return base64url(crypto.getRandomValues(new Uint8Array(32)));
}

/** The S256 code challenge of a verifier: base64url(SHA-256(ASCII(verifier))). */
export async function s256Challenge(verifier: string): Promise<string> {
  if (!/^[A-Za-z0-9\-._~]{43,128}$/.test(verifier)) {
    throw new Error('a code verifier is 43 to 128 unreserved characters');
  }
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(verifier));
  return base64url(new Uint8Array(digest));
}
