import { Duration, type RemovalPolicy } from 'aws-cdk-lib';
import { AccessLogFormat } from 'aws-cdk-lib/aws-apigateway';
import {
  CorsHttpMethod,
  HttpApi,
  HttpMethod,
  HttpNoneAuthorizer,
  type HttpStage,
  LogGroupLogDestination,
  PayloadFormatVersion,
} from 'aws-cdk-lib/aws-apigatewayv2';
import { HttpJwtAuthorizer } from 'aws-cdk-lib/aws-apigatewayv2-authorizers';
import { HttpLambdaIntegration } from 'aws-cdk-lib/aws-apigatewayv2-integrations';
import type { IRole } from 'aws-cdk-lib/aws-iam';
import { LogGroup, RetentionDays } from 'aws-cdk-lib/aws-logs';
import { Construct } from 'constructs';
import type { SearchApiConfig } from '../config/stage-config.ts';
import { NodeFunction } from './node-function.ts';
import { acknowledgeOpenRoutes } from './search-api-nag.ts';

/** Powertools service name of the search function: on its logs, traces and metrics. */
export const SEARCH_SERVICE_NAME = 'article-search';

/** The public routes, all answered by the one search function. */
export const SEARCH_API_ROUTES = ['/search', '/articles/{id}', '/health'] as const;

/** The route that answers without a token even when the API requires one: a liveness probe. */
export const UNAUTHENTICATED_ROUTE = '/health';

// One JSON object per request, with the fields an operator filters on first.
const ACCESS_LOG_FORMAT = AccessLogFormat.custom(
  JSON.stringify({
    requestId: '$context.requestId',
    requestTime: '$context.requestTime',
    ip: '$context.identity.sourceIp',
    method: '$context.httpMethod',
    routeKey: '$context.routeKey',
    path: '$context.path',
    status: '$context.status',
    responseLength: '$context.responseLength',
    responseLatency: '$context.responseLatency',
    integrationLatency: '$context.integrationLatency',
    integrationError: '$context.integrationErrorMessage',
    authorizerError: '$context.authorizer.error',
    userAgent: '$context.identity.userAgent',
  }),
);

/** Properties of a {@link SearchApi}. */
export interface SearchApiProps extends SearchApiConfig {
  /** The search function's execution role: the one the domain maps to its read-only role. */
  readonly role: IRole;
  /** Environment variables naming the bucket, domain and index, shared with the ingest side. */
  readonly environment: Readonly<Record<string, string>>;
  /** CloudWatch namespace of the function's metrics. */
  readonly metricsNamespace: string;
  /**
   * How long search and access logs are kept.
   * @default RetentionDays.ONE_MONTH
   */
  readonly logRetention?: RetentionDays;
  /**
   * What happens to the search and access log groups when they are removed.
   * @default RemovalPolicy.RETAIN
   */
  readonly logRemovalPolicy?: RemovalPolicy;
}

/**
 * An HTTP API whose read-only routes are served by the search function: throttled per stage,
 * with JSON access logs, CORS for GET, and a JWT authorizer when the stage configures one.
 */
export class SearchApi extends Construct {
  /** The HTTP API; its `apiEndpoint` is the base URL of every route. */
  readonly api: HttpApi;
  /** The `$default` stage, which carries the throttling and the access logs. */
  readonly stage: HttpStage;
  /** Where API Gateway writes one line per request. */
  readonly accessLogGroup: LogGroup;
  /** Answers search, article and health requests. */
  readonly search: NodeFunction;

  constructor(scope: Construct, id: string, props: SearchApiProps) {
    super(scope, id);
    const logs = {
      ...(props.logRetention === undefined ? {} : { logRetention: props.logRetention }),
      ...(props.logRemovalPolicy === undefined ? {} : { logRemovalPolicy: props.logRemovalPolicy }),
    };

    this.search = new NodeFunction(this, 'SearchFunction', {
      entry: 'functions/search/index.ts',
      serviceName: SEARCH_SERVICE_NAME,
      description: 'Answers article search and lookup requests',
      // A search waits on the cold start: mapping traces costs it a third more (bench:scale).
      sourceMapsAtRuntime: false,
      role: props.role,
      metricsNamespace: props.metricsNamespace,
      environment: props.environment,
      ...logs,
    });

    this.api = new HttpApi(this, 'HttpApi', {
      description: 'Article search',
      // The stage is created below, where throttling and access logs can be set on it.
      createDefaultStage: false,
      ...(props.corsAllowOrigins.length === 0
        ? {}
        : {
            corsPreflight: {
              allowOrigins: [...props.corsAllowOrigins],
              allowMethods: [CorsHttpMethod.GET],
              allowHeaders: ['authorization', 'content-type'],
              maxAge: Duration.hours(1),
            },
          }),
      ...(props.jwt === undefined
        ? {}
        : {
            defaultAuthorizer: new HttpJwtAuthorizer('JwtAuthorizer', props.jwt.issuer, {
              jwtAudience: [...props.jwt.audience],
            }),
          }),
    });

    this.accessLogGroup = new LogGroup(this, 'AccessLogs', {
      retention: props.logRetention ?? RetentionDays.ONE_MONTH,
      ...(props.logRemovalPolicy === undefined ? {} : { removalPolicy: props.logRemovalPolicy }),
    });
    this.stage = this.api.addStage('DefaultStage', {
      stageName: '$default',
      autoDeploy: true,
      throttle: { rateLimit: props.throttle.rateLimit, burstLimit: props.throttle.burstLimit },
      accessLogSettings: {
        destination: new LogGroupLogDestination(this.accessLogGroup),
        format: ACCESS_LOG_FORMAT,
      },
    });

    const integration = new HttpLambdaIntegration('SearchIntegration', this.search.function, {
      payloadFormatVersion: PayloadFormatVersion.VERSION_2_0,
    });
    for (const path of SEARCH_API_ROUTES) {
      const isProbe = path === UNAUTHENTICATED_ROUTE;
      const routes = this.api.addRoutes({
        path,
        methods: [HttpMethod.GET],
        integration,
        ...(isProbe ? { authorizer: new HttpNoneAuthorizer() } : {}),
      });
      acknowledgeOpenRoutes(routes, { apiHasJwt: props.jwt !== undefined, isProbe });
    }
  }
}
