import { Fn } from 'aws-cdk-lib';
import type { HttpApi } from 'aws-cdk-lib/aws-apigatewayv2';
import {
  AllowedMethods,
  CachePolicy,
  Distribution,
  OriginRequestPolicy,
  PriceClass,
  ViewerProtocolPolicy,
} from 'aws-cdk-lib/aws-cloudfront';
import { HttpOrigin } from 'aws-cdk-lib/aws-cloudfront-origins';
import { Construct } from 'constructs';
import { acknowledge } from '../compliance/acknowledge.ts';

/** Properties of a {@link PublicApiDistribution}. */
export interface PublicApiDistributionProps {
  readonly api: HttpApi;
  /** ARN of the CloudFront web ACL that limits each client. */
  readonly webAclArn: string;
}

/**
 * CloudFront in front of a public HTTP API, so AWS WAF can limit each client: nothing is
 * cached (every answer comes from the API), every viewer header but Host is passed on.
 */
export class PublicApiDistribution extends Construct {
  readonly distribution: Distribution;

  constructor(scope: Construct, id: string, props: PublicApiDistributionProps) {
    super(scope, id);
    // https://<id>.execute-api.<region>.amazonaws.com -> the host name.
    const apiHost = Fn.select(2, Fn.split('/', props.api.apiEndpoint));
    this.distribution = new Distribution(this, 'Distribution', {
      comment: 'Article search API, limited per client by AWS WAF',
      defaultBehavior: {
        origin: new HttpOrigin(apiHost),
        viewerProtocolPolicy: ViewerProtocolPolicy.HTTPS_ONLY,
        allowedMethods: AllowedMethods.ALLOW_GET_HEAD_OPTIONS,
        cachePolicy: CachePolicy.CACHING_DISABLED,
        originRequestPolicy: OriginRequestPolicy.ALL_VIEWER_EXCEPT_HOST_HEADER,
      },
      webAclId: props.webAclArn,
      priceClass: PriceClass.PRICE_CLASS_100,
    });
    acknowledge(
      this.distribution,
      'AwsSolutions-CFR1',
      'News search is for readers anywhere: no country is refused.',
    );
    acknowledge(
      this.distribution,
      'AwsSolutions-CFR3',
      'Every request is logged already, as JSON, by the API stage behind this distribution.',
    );
    acknowledge(
      this.distribution,
      'AwsSolutions-CFR4',
      'The default CloudFront certificate cannot set a minimum TLS version; a custom domain with its own certificate would (TLS 1.2 is what the API itself requires).',
    );
  }
}
