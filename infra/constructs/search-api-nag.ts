import type { HttpRoute } from 'aws-cdk-lib/aws-apigatewayv2';
import { acknowledge } from '../compliance/acknowledge.ts';

/** What decides whether a route may answer without authorization. */
export interface OpenRouteContext {
  /** The stage puts a JWT authorizer on its routes. */
  readonly apiHasJwt: boolean;
  /** The route is the liveness probe, which stays open even behind a JWT authorizer. */
  readonly isProbe: boolean;
}

/**
 * Acknowledges routes that answer without authorization, each for its own reason: every route
 * when the stage has no JWT authorizer (a public, read-only API), only the liveness probe when
 * it has one. A route that loses its authorizer by mistake is still reported.
 */
export function acknowledgeOpenRoutes(routes: HttpRoute[], context: OpenRouteContext): void {
  let reason: string;
  if (!context.apiHasJwt) {
    reason =
      'Public by design in this stage: the API only reads published news articles and is throttled; setting api.jwt in the stage configuration puts a JWT authorizer on every route.';
  } else if (context.isProbe) {
    reason = 'Liveness probe for monitors: answers {"status":"ok"} and reads no data.';
  } else {
    return;
  }
  for (const route of routes) acknowledge(route, 'AwsSolutions-APIG4', reason);
}
