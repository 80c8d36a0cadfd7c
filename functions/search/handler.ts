import type { APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import type { Logger } from '../commons/logger.ts';
import { METRIC, type Metrics, noMetrics } from '../commons/metrics.ts';
import { InvalidRequestError, NotFoundError } from '../core/errors.ts';
import type { ArticleIndex, QueryLanguageDetector } from '../core/ports.ts';
import {
  ArticleResponseSchema,
  FailuresResponseSchema,
  REPEATABLE_SEARCH_PARAMETERS,
  type SearchParameters,
  SearchParametersSchema,
  SearchResponseSchema,
  StoryResponseSchema,
} from '../core/search/api-schema.ts';
import { articlePart, parseBodyOffset } from '../core/search/article-part.ts';
import { getArticle, getStory, searchArticles } from '../core/search/search-articles.ts';
import * as z from '../core/zod.ts';
import { errorResponse, json } from './http-response.ts';
import { OPENAPI_DOCUMENT } from './openapi-document.ts';
import type { PageAssets } from './page-assets.ts';

// Only what routing needs from an API Gateway HTTP API (payload 2.0) event.
const HttpEventSchema = z.object({
  rawPath: z.string(),
  rawQueryString: z._default(z.string(), ''),
  headers: z._default(z.record(z.string(), z.string()), {}),
  requestContext: z.object({ http: z.object({ method: z.string() }) }),
});

const SEARCH_PARAMETERS = Object.keys(SearchParametersSchema.shape);
const REPEATABLE: readonly string[] = REPEATABLE_SEARCH_PARAMETERS;
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
  /**
   * The search page, served at `/` with its assets, from the API's own origin.
   * @default none: `/` answers 404
   */
  page?: PageAssets | undefined;
}

/** The search Lambda: API Gateway HTTP API events (payload 2.0) in, JSON responses out. */
export type SearchHandler = (event: unknown) => Promise<APIGatewayProxyStructuredResultV2>;

// An article takes one parameter: where in its body to start (a long body comes in parts).
function articleParameter(rawQuery: string): string | undefined {
  const params = new URLSearchParams(rawQuery);
  for (const name of params.keys()) {
    if (name !== 'offset') {
      throw new InvalidRequestError(name, `unknown parameter ${name}; an article takes offset`);
    }
  }
  const values = params.getAll('offset');
  if (values.length > 1) throw new InvalidRequestError('offset', 'offset may be given only once');
  return values[0];
}

// rawQueryString keeps repeated parameters apart, which queryStringParameters would join with
// commas: `lang` and `source` may repeat (several values, any of which matches); any other
// repeated parameter is ambiguous, so it is refused by name.
function searchParameters(rawQuery: string): SearchParameters {
  const params = new URLSearchParams(rawQuery);
  const result: Record<string, string | string[] | undefined> = {};
  for (const name of SEARCH_PARAMETERS) {
    const values = params.getAll(name);
    if (REPEATABLE.includes(name)) {
      result[name] = values.length > 0 ? values : undefined;
      continue;
    }
    if (values.length > 1) throw new InvalidRequestError(name, `${name} may be given only once`);
    result[name] = values[0];
  }
  for (const name of params.keys()) {
    if (!SEARCH_PARAMETERS.includes(name)) {
      throw new InvalidRequestError(
        name,
        `unknown parameter ${name}; use ${SEARCH_PARAMETERS.join(', ')}`,
      );
    }
  }
  return result;
}

/**
 * Builds the search API handler: GET /search, /articles/{id}, /stories/{storyId}, /failures,
 * /health and /openapi.json, and the search page at / with its assets. Answers are shaped by
 * the schemas the OpenAPI document describes.
 */
export function createSearchHandler({
  index,
  detector,
  logger,
  metrics = noMetrics,
  page,
}: SearchHandlerDependencies): SearchHandler {
  const timedSearch = async (rawQueryString: string) => {
    metrics.count(METRIC.searches);
    const started = performance.now();
    try {
      const answer = await searchArticles({ index, detector }, searchParameters(rawQueryString));
      return json(200, SearchResponseSchema.parse(answer));
    } finally {
      metrics.milliseconds(METRIC.searchLatency, performance.now() - started);
    }
  };
  const respond: SearchHandler = async (event) => {
    try {
      const { rawPath, rawQueryString, requestContext, headers } = HttpEventSchema.parse(event);
      const method = requestContext.http.method.toUpperCase();
      const path = rawPath.replace(/\/+$/, '') || '/';
      if (method !== 'GET' && method !== 'HEAD') {
        return json(405, {
          error: 'method_not_allowed',
          message: `${method} is not allowed; use GET`,
        });
      }
      if (path === '/health') return json(200, { status: 'ok' });
      if (path === '/openapi.json') return json(200, OPENAPI_DOCUMENT);
      if (path === '/failures') {
        const failures = await index.listFailures(FAILURE_LIST_LIMIT);
        return json(200, FailuresResponseSchema.parse({ failures }));
      }
      if (path === '/search') return await timedSearch(rawQueryString);
      const article = /^\/articles\/([^/]+)$/.exec(path);
      if (article?.[1]) {
        const offset = parseBodyOffset(articleParameter(rawQueryString));
        const found = await getArticle(index, article[1]);
        return json(200, ArticleResponseSchema.parse(articlePart(found, offset)));
      }
      const story = /^\/stories\/([^/]+)$/.exec(path);
      if (story?.[1]) return json(200, StoryResponseSchema.parse(await getStory(index, story[1])));
      const pageFile = page?.respond({ path, headers });
      if (pageFile) return pageFile;
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
