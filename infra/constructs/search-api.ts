import type { RemovalPolicy } from 'aws-cdk-lib';
import { HttpApi, HttpMethod, PayloadFormatVersion } from 'aws-cdk-lib/aws-apigatewayv2';
import { HttpLambdaIntegration } from 'aws-cdk-lib/aws-apigatewayv2-integrations';
import type { RetentionDays } from 'aws-cdk-lib/aws-logs';
import type { IDomain } from 'aws-cdk-lib/aws-opensearchservice';
import { Construct } from 'constructs';
import { NodeFunction } from './node-function.ts';
import { grantDomainHttp } from './search-domain.ts';

/** OpenSearch HTTP methods the search function needs: `_search` and document reads only. */
export const SEARCH_DOMAIN_ACTIONS = ['es:ESHttpGet', 'es:ESHttpPost'] as const;

/** The public routes, all answered by the one search function. */
export const SEARCH_API_ROUTES = ['/search', '/articles/{id}', '/health'] as const;

/** Properties of a {@link SearchApi}. */
export interface SearchApiProps {
  /** The domain the search function reads from. */
  readonly domain: IDomain;
  /** Environment variables naming the bucket, domain and index, shared with the ingest side. */
  readonly environment: Readonly<Record<string, string>>;
  /**
   * How long search logs are kept.
   * @default RetentionDays.ONE_MONTH
   */
  readonly logRetention?: RetentionDays;
  /**
   * What happens to the search log group when it is removed.
   * @default RemovalPolicy.RETAIN
   */
  readonly logRemovalPolicy?: RemovalPolicy;
}

/** An HTTP API whose read-only routes are served by the search function. */
export class SearchApi extends Construct {
  /** The HTTP API; its `apiEndpoint` is the base URL of every route. */
  readonly api: HttpApi;
  /** Answers search, article and health requests. */
  readonly search: NodeFunction;

  constructor(scope: Construct, id: string, props: SearchApiProps) {
    super(scope, id);

    this.search = new NodeFunction(this, 'SearchFunction', {
      entry: 'functions/search/index.ts',
      serviceName: 'article-search',
      description: 'Answers article search and lookup requests',
      environment: props.environment,
      ...(props.logRetention === undefined ? {} : { logRetention: props.logRetention }),
      ...(props.logRemovalPolicy === undefined ? {} : { logRemovalPolicy: props.logRemovalPolicy }),
    });
    grantDomainHttp(props.domain, this.search.function, SEARCH_DOMAIN_ACTIONS);

    this.api = new HttpApi(this, 'HttpApi', {
      description: 'Article search',
    });
    const integration = new HttpLambdaIntegration('SearchIntegration', this.search.function, {
      payloadFormatVersion: PayloadFormatVersion.VERSION_2_0,
    });
    for (const path of SEARCH_API_ROUTES) {
      this.api.addRoutes({ path, methods: [HttpMethod.GET], integration });
    }
  }
}
