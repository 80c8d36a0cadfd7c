import type { APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import { createRemoteJWKSet, decodeProtectedHeader, type JWTPayload, jwtVerify } from 'jose';
import * as z from 'zod';
import type { HttpApiHandler } from './api-server.ts';

/** A JWT authorizer in front of the local API, as a `jwt` stage has in API Gateway. */
export interface LocalJwtAuthorizer {
  /** The issuer (`iss`); its JWKS is found through `<issuer>/.well-known/openid-configuration`. */
  issuer: string;
  /** Accepted `aud` values (or `client_id` when the token has no `aud`). */
  audience: readonly string[];
  /** The scope `/failures` needs, as on the stage. @default none: any valid token */
  operatorScope?: string;
}

// The routes a jwt stage puts behind its authorizer (infra/constructs/search-api.ts): the
// probe, the OpenAPI document and the page stay open; a path no route has is API Gateway's
// 404, before any authorizer.
const READER_ROUTE = /^\/(search|articles\/[^/]+|stories\/[^/]+)\/?$/;
const OPERATOR_ROUTE = /^\/failures\/?$/;

const DiscoverySchema = z.object({ jwks_uri: z.url() });

// API Gateway's answers, body and all, when its authorizer refuses.
const UNAUTHORIZED: APIGatewayProxyStructuredResultV2 = {
  statusCode: 401,
  headers: { 'content-type': 'application/json', 'www-authenticate': 'Bearer' },
  body: JSON.stringify({ message: 'Unauthorized' }),
};
const FORBIDDEN: APIGatewayProxyStructuredResultV2 = {
  statusCode: 403,
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify({ message: 'Forbidden' }),
};

/** Why a token is refused, for the log: API Gateway tells the caller only 401. */
export class TokenRefusedError extends Error {
  override readonly name = 'TokenRefusedError';
}

/**
 * Verifies a token as API Gateway's JWT authorizer does: the signature by a key of the
 * issuer's JWKS (RSA only, the `kid` must name one), `iss`, `aud` (or `client_id` when there
 * is no `aud`), `exp`, `nbf` and `iat`. Returns the claims, or throws {@link TokenRefusedError}.
 */
export function jwtVerifier(config: LocalJwtAuthorizer): (token: string) => Promise<JWTPayload> {
  let keys: Promise<ReturnType<typeof createRemoteJWKSet>> | undefined;
  const jwks = () => {
    keys ??= fetch(
      new URL('.well-known/openid-configuration', `${config.issuer.replace(/\/$/, '')}/`),
    )
      .then((response) => response.json())
      .then((body) => createRemoteJWKSet(new URL(DiscoverySchema.parse(body).jwks_uri)))
      .catch((error: unknown) => {
        keys = undefined;
        throw new TokenRefusedError(`the issuer's JWKS could not be read: ${String(error)}`);
      });
    return keys;
  };
  return async (token) => {
    let header: ReturnType<typeof decodeProtectedHeader>;
    try {
      header = decodeProtectedHeader(token);
    } catch {
      throw new TokenRefusedError('not a JWT');
    }
    if (!header.kid) throw new TokenRefusedError('the token names no key (kid)');
    try {
      const { payload } = await jwtVerify(token, await jwks(), {
        issuer: config.issuer,
        algorithms: ['RS256', 'RS384', 'RS512', 'PS256', 'PS384', 'PS512'],
        // No skew allowed: API Gateway compares with its own clock.
        clockTolerance: 0,
      });
      const now = Date.now() / 1000;
      if (payload.exp === undefined) throw new TokenRefusedError('the token has no exp');
      if (payload.iat !== undefined && payload.iat > now) {
        throw new TokenRefusedError('the token was issued in the future');
      }
      const audiences =
        payload.aud === undefined
          ? [payload.client_id].filter((id): id is string => typeof id === 'string')
          : [payload.aud].flat();
      if (!audiences.some((audience) => config.audience.includes(audience))) {
        throw new TokenRefusedError(`the token is for ${audiences.join(', ') || 'no audience'}`);
      }
      return payload;
    } catch (error) {
      if (error instanceof TokenRefusedError) throw error;
      throw new TokenRefusedError(error instanceof Error ? error.message : String(error));
    }
  };
}

function scopesOf(claims: JWTPayload): string[] {
  const scope = claims.scope ?? claims.scp;
  if (typeof scope === 'string') return scope.split(' ');
  return Array.isArray(scope) ? scope.filter((s): s is string => typeof s === 'string') : [];
}

/**
 * Puts a JWT authorizer in front of the search handler: the reader routes and `/failures`
 * want `Authorization: Bearer <token>` (or the bare token) valid for the issuer and audience,
 * and `/failures` the operator scope; everything else passes as on a `jwt` stage.
 */
export function withJwtAuthorizer(
  handler: HttpApiHandler,
  config: LocalJwtAuthorizer,
  onRefused: (reason: string) => void = () => {},
): HttpApiHandler {
  const verify = jwtVerifier(config);
  return async (event) => {
    const { rawPath, headers } = event as { rawPath?: string; headers?: Record<string, string> };
    const path = rawPath ?? '';
    const operators = OPERATOR_ROUTE.test(path);
    if (!operators && !READER_ROUTE.test(path)) return handler(event);
    const identity = headers?.authorization?.trim() ?? '';
    const token = identity.replace(/^Bearer\s+/i, '');
    if (token === '') {
      onRefused('no token');
      return UNAUTHORIZED;
    }
    let claims: JWTPayload;
    try {
      claims = await verify(token);
    } catch (error) {
      onRefused(error instanceof Error ? error.message : String(error));
      return UNAUTHORIZED;
    }
    if (operators && config.operatorScope && !scopesOf(claims).includes(config.operatorScope)) {
      onRefused(`the token lacks the scope ${config.operatorScope}`);
      return FORBIDDEN;
    }
    return handler(event);
  };
}
