import type { APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import { z } from 'zod';
import type { Logger } from '../commons/logger.ts';
import { METRIC, type Metrics, noMetrics } from '../commons/metrics.ts';
import { InvalidRequestError, NotFoundError } from '../core/errors.ts';
import type { ArticleIndex, QueryLanguageDetector } from '../core/ports.ts';
import {
  getArticle,
  type SearchParameters,
  searchArticles,
} from '../core/search/search-articles.ts';
import { errorResponse, json } from './http-response.ts';

// Only what routing needs from an API Gateway HTTP API (payload 2.0) event.
const HttpEventSchema = z.object({
  rawPath: z.string(),
  rawQueryString: z.string().default(''),
  requestContext: z.object({ http: z.object({ method: z.string() }) }),
});

const SEARCH_PARAMETERS = ['q', 'lang', 'source', 'from', 'to', 'size', 'cursor'] as const;
const FAILURE_LIST_LIMIT = 100;

/** What the search handler is built from. */
export interface SearchHandlerDependencies {
  index: ArticleIndex;
  /** Names the languages a query is written in, so that articles in them rank higher. */
  detector: QueryLanguageDetector;
  logger: Logger;
  /**
   * Where request counts and search latency go.
   * @default noMetrics
   */
  metrics?: Metrics;
}

/** The search Lambda: API Gateway HTTP API events (payload 2.0) in, JSON responses out. */
export type SearchHandler = (event: unknown) => Promise<APIGatewayProxyStructuredResultV2>;

// rawQueryString keeps repeated parameters apart, which queryStringParameters would join
// with commas; a repeated parameter is ambiguous, so it is refused by name.
function searchParameters(rawQuery: string): SearchParameters {
  const params = new URLSearchParams(rawQuery);
  const result: SearchParameters = {};
  for (const name of SEARCH_PARAMETERS) {
    const values = params.getAll(name);
    if (values.length > 1) throw new InvalidRequestError(name, `${name} may be given only once`);
    result[name] = values[0];
  }
  for (const name of params.keys()) {
    if (!(SEARCH_PARAMETERS as readonly string[]).includes(name)) {
      throw new InvalidRequestError(
        name,
        `unknown parameter ${name}; use ${SEARCH_PARAMETERS.join(', ')}`,
      );
    }
  }
  return result;
}

/** Builds the search API handler: GET /search, /articles/{id}, /failures and /health. */
export function createSearchHandler({
  index,
  detector,
  logger,
  metrics = noMetrics,
}: SearchHandlerDependencies): SearchHandler {
  const timedSearch = async (rawQueryString: string) => {
    metrics.count(METRIC.searches);
    const started = performance.now();
    try {
      return json(200, await searchArticles({ index, detector }, searchParameters(rawQueryString)));
    } finally {
      metrics.milliseconds(METRIC.searchLatency, performance.now() - started);
    }
  };
  const respond: SearchHandler = async (event) => {
    try {
      const { rawPath, rawQueryString, requestContext } = HttpEventSchema.parse(event);
      const method = requestContext.http.method.toUpperCase();
      const path = rawPath.replace(/\/+$/, '') || '/';
      if (method !== 'GET' && method !== 'HEAD') {
        return json(405, {
          error: 'method_not_allowed',
          message: `${method} is not allowed; use GET`,
        });
      }
      if (path === '/health') return json(200, { status: 'ok' });
      if (path === '/failures') {
        return json(200, { failures: await index.listFailures(FAILURE_LIST_LIMIT) });
      }
      if (path === '/search') return await timedSearch(rawQueryString);
      const article = /^\/articles\/([^/]+)$/.exec(path);
      if (article?.[1]) return json(200, await getArticle(index, article[1]));
      throw new NotFoundError(`no route for ${path}; try /search?q=…`);
    } catch (error) {
      return errorResponse(error, logger);
    }
  };
  return async (event) => {
    const response = await respond(event);
    const status = response.statusCode ?? 200;
    if (status >= 500) metrics.count(METRIC.serverErrors);
    else if (status >= 400) metrics.count(METRIC.clientErrors);
    return response;
  };
}
