import { Duration, type RemovalPolicy } from 'aws-cdk-lib';
import { AccessLogFormat } from 'aws-cdk-lib/aws-apigateway';
import {
  CorsHttpMethod,
  HttpApi,
  HttpMethod,
  HttpNoneAuthorizer,
  type HttpStage,
  type IHttpRouteAuthorizer,
  LogGroupLogDestination,
  PayloadFormatVersion,
} from 'aws-cdk-lib/aws-apigatewayv2';
import { HttpIamAuthorizer, HttpJwtAuthorizer } from 'aws-cdk-lib/aws-apigatewayv2-authorizers';
import { HttpLambdaIntegration } from 'aws-cdk-lib/aws-apigatewayv2-integrations';
import { type IRole, ManagedPolicy, PolicyStatement } from 'aws-cdk-lib/aws-iam';
import { LogGroup, RetentionDays } from 'aws-cdk-lib/aws-logs';
import { Construct } from 'constructs';
import { acknowledgeWildcards } from '../compliance/acknowledge.ts';
import type { ApiAccess, SearchApiConfig } from '../config/stage-config.ts';
import { NodeFunction, PROJECT_ROOT } from './node-function.ts';
import { acknowledgeOpenRoutes, acknowledgePageRoutes } from './search-api-nag.ts';
import { PAGE_ROUTES, pageBuildCommand, pageConfigEnvironment } from './search-page.ts';

/** Powertools service name of the search function: on its logs, traces and metrics. */
export const SEARCH_SERVICE_NAME = 'article-search';

/** The routes, all answered by the one search function. */
export const SEARCH_API_ROUTES = [
  '/search',
  '/articles/{id}',
  '/stories/{storyId}',
  '/failures',
  '/health',
  '/openapi.json',
] as const;

/** A route of the search API. */
export type SearchApiRoute = (typeof SEARCH_API_ROUTES)[number];

/** The routes that read articles: for readers. */
export const READER_ROUTES: readonly SearchApiRoute[] = [
  '/search',
  '/articles/{id}',
  '/stories/{storyId}',
];

/** The route that shows object keys and error messages: for operators only, in every stage. */
export const OPERATOR_ROUTE: SearchApiRoute = '/failures';

/** The route that answers without a token even when the API requires one: a liveness probe. */
export const UNAUTHENTICATED_ROUTE: SearchApiRoute = '/health';

/**
 * The API's own description, open like the probe: integrators generate clients from it before
 * they hold a token, and it shows no article, key or error.
 */
export const DESCRIPTION_ROUTE: SearchApiRoute = '/openapi.json';

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

/** How one route is authorized, by the stage's access. */
function routeAuthorization(
  access: ApiAccess,
  route: SearchApiRoute,
  jwt: HttpJwtAuthorizer | undefined,
): { authorizer: IHttpRouteAuthorizer; authorizationScopes?: string[] } {
  if (route === UNAUTHENTICATED_ROUTE || route === DESCRIPTION_ROUTE) {
    return { authorizer: new HttpNoneAuthorizer() };
  }
  const operators = route === OPERATOR_ROUTE;
  if (access.kind === 'jwt' && jwt) {
    return operators
      ? { authorizer: jwt, authorizationScopes: [access.operatorScope] }
      : { authorizer: jwt };
  }
  if (access.kind === 'public' && !operators) return { authorizer: new HttpNoneAuthorizer() };
  return { authorizer: new HttpIamAuthorizer() };
}

/**
 * An HTTP API whose read-only routes are served by the search function: throttled per stage,
 * with JSON access logs, CORS for GET, and the access the stage chose (IAM, JWT or public);
 * `/failures` is for operators whatever the stage chose, `/health` and `/openapi.json` for
 * anyone.
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
  /**
   * Lets an identity call `/search` and `/articles/{id}`, for stages with IAM access: attach it
   * to the users and roles that read articles.
   */
  readonly readerPolicy?: ManagedPolicy;
  /**
   * Lets an identity call every route, `/failures` included, where it is SigV4-signed (IAM and
   * public access): attach it to the people who run the stage.
   */
  readonly operatorPolicy?: ManagedPolicy;

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
      // The search page, served by this function from the API's origin, is built beside it.
      afterBundling: (outputDir) => [pageBuildCommand(PROJECT_ROOT, outputDir)],
      role: props.role,
      metricsNamespace: props.metricsNamespace,
      environment: { ...props.environment, ...pageConfigEnvironment(props.access) },
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
    });
    const { access } = props;
    const jwt =
      access.kind === 'jwt'
        ? new HttpJwtAuthorizer('JwtAuthorizer', access.issuer, {
            jwtAudience: [...access.audience],
          })
        : undefined;

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
      const routes = this.api.addRoutes({
        path,
        methods: [HttpMethod.GET],
        integration,
        ...routeAuthorization(access, path, jwt),
      });
      acknowledgeOpenRoutes(routes, {
        public: access.kind === 'public' && READER_ROUTES.includes(path),
        isProbe: path === UNAUTHENTICATED_ROUTE,
        isDescription: path === DESCRIPTION_ROUTE,
      });
    }

    // The page is a static shell holding no data: it loads in every stage, and its requests
    // for articles meet the stage's access like any other client's.
    for (const path of PAGE_ROUTES) {
      acknowledgePageRoutes(
        this.api.addRoutes({
          path,
          methods: [HttpMethod.GET],
          integration,
          authorizer: new HttpNoneAuthorizer(),
        }),
      );
    }

    if (access.kind === 'iam') {
      this.readerPolicy = this.invokePolicy('ReaderPolicy', READER_ROUTES, 'read articles');
    }
    if (access.kind !== 'jwt') {
      this.operatorPolicy = this.invokePolicy(
        'OperatorPolicy',
        access.kind === 'iam' ? [...READER_ROUTES, OPERATOR_ROUTE] : [OPERATOR_ROUTE],
        'read articles and the failures of the ingest pipeline',
      );
    }
  }

  // execute-api:Invoke on GET of the given routes of the $default stage, and nothing else.
  private invokePolicy(id: string, routes: readonly SearchApiRoute[], what: string) {
    const resource = (route: SearchApiRoute) =>
      this.api.arnForExecuteApi('GET', route.replace(/\{\w+\}/, '*'), '$default');
    const policy = new ManagedPolicy(this, id, {
      description: `Calls the article search API to ${what}`,
      statements: [
        new PolicyStatement({ actions: ['execute-api:Invoke'], resources: routes.map(resource) }),
      ],
    });
    if (routes.includes('/articles/{id}')) {
      acknowledgeWildcards(
        policy,
        /^Resource::arn:(?:<AWS::Partition>|aws[\w-]*):execute-api:.*\/GET\/(?:articles|stories)\/\*$/,
        'Articles and stories are read by id: the wildcard stands for the id in GET /articles/{id} and GET /stories/{storyId} and covers nothing else.',
      );
    }
    return policy;
  }
}
