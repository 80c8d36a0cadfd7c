import type { HttpRoute } from 'aws-cdk-lib/aws-apigatewayv2';
import { acknowledge } from '../compliance/acknowledge.ts';

/** What decides whether a route may answer without authorization. */
export interface OpenRouteContext {
  /** The stage chose public access and this route reads articles. */
  readonly public: boolean;
  /** The route is the liveness probe, which stays open whatever the stage chose. */
  readonly isProbe: boolean;
  /** The route serves the API's OpenAPI document, which stays open whatever the stage chose. */
  readonly isDescription?: boolean;
}

/**
 * Acknowledges routes that answer without authorization, each for its own reason: the reading
 * routes of a stage that chose public access, the liveness probe and the API's description. Any other route that
 * loses its authorizer by mistake is still reported.
 */
export function acknowledgeOpenRoutes(routes: HttpRoute[], context: OpenRouteContext): void {
  let reason: string;
  if (context.isProbe) {
    reason = 'Liveness probe for monitors: answers {"status":"ok"} and reads no data.';
  } else if (context.isDescription) {
    reason =
      'The OpenAPI document of the API, which integrators generate clients from: it is built into the function and reads no data.';
  } else if (context.public) {
    reason =
      'Public by the stage configuration (api.access public): the route only reads published articles, each client is rate-limited by AWS WAF and the stage is throttled; /failures stays SigV4-only.';
  } else {
    return;
  }
  for (const route of routes) acknowledge(route, 'AwsSolutions-APIG4', reason);
}

/**
 * Acknowledges the search page's routes, open in every stage: they serve the page's own HTML,
 * script and styles, which hold no article and no secret; the data stays behind the stage's
 * access.
 */
export function acknowledgePageRoutes(routes: HttpRoute[]): void {
  for (const route of routes) {
    acknowledge(
      route,
      'AwsSolutions-APIG4',
      'The search page (/ and /assets/*): static HTML, script and styles with no data; every article request the page makes meets the stage access.',
    );
  }
}
