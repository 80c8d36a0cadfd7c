import { Stack, type StackProps } from 'aws-cdk-lib';
import { CfnWebACL } from 'aws-cdk-lib/aws-wafv2';
import type { Construct } from 'constructs';
import type { PerClientRateLimit, StageName } from '../config/stage-config.ts';

/** CloudFront's web ACLs exist only here, whatever region the stage runs in. */
export const EDGE_REGION = 'us-east-1';

/** Properties of an {@link ApiEdgeStack}. */
export interface ApiEdgeStackProps extends StackProps {
  readonly stageName: StageName;
  readonly perClientLimit: PerClientRateLimit;
}

const TOO_MANY_REQUESTS = 'too-many-requests';

/**
 * The per-client rate limit of a public API: an AWS WAF web ACL for the CloudFront
 * distribution in front of the HTTP API, counting requests per client IP over five minutes and
 * answering 429 beyond the limit. AWS WAF cannot be attached to an HTTP API (only to REST APIs,
 * and usage plans too are REST-only and need API keys a public audience does not have), so
 * CloudFront carries it; its web ACLs live in us-east-1, hence a stack of their own there.
 */
export class ApiEdgeStack extends Stack {
  /** The web ACL; the service stack's distribution names it by ARN. */
  readonly webAcl: CfnWebACL;

  constructor(scope: Construct, id: string, props: ApiEdgeStackProps) {
    super(scope, id, { ...props, crossRegionReferences: true });
    const metric = (name: string) => ({
      cloudWatchMetricsEnabled: true,
      metricName: `article-search-${props.stageName}-${name}`,
      sampledRequestsEnabled: true,
    });
    this.webAcl = new CfnWebACL(this, 'ApiWebAcl', {
      scope: 'CLOUDFRONT',
      // AWS WAF takes letters, digits, spaces and a few signs here: no parentheses.
      description: `Per-client rate limit of the article search API, stage ${props.stageName}`,
      defaultAction: { allow: {} },
      visibilityConfig: metric('api'),
      customResponseBodies: {
        [TOO_MANY_REQUESTS]: {
          contentType: 'APPLICATION_JSON',
          content: JSON.stringify({
            error: 'too_many_requests',
            message: `over ${props.perClientLimit.requestsPerFiveMinutes} requests in five minutes from one address; wait a little`,
          }),
        },
      },
      rules: [
        {
          name: 'PerClientRateLimit',
          priority: 0,
          action: {
            block: {
              customResponse: { responseCode: 429, customResponseBodyKey: TOO_MANY_REQUESTS },
            },
          },
          statement: {
            rateBasedStatement: {
              limit: props.perClientLimit.requestsPerFiveMinutes,
              aggregateKeyType: 'IP',
              evaluationWindowSec: 300,
            },
          },
          visibilityConfig: metric('per-client-limit'),
        },
      ],
    });
  }
}
