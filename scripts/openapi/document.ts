import * as z from 'zod';
import {
  ArticleResponseSchema,
  ErrorResponseSchema,
  FailuresResponseSchema,
  HealthResponseSchema,
  SearchParametersSchema,
  SearchResponseSchema,
  StoryResponseSchema,
} from '../../functions/core/search/api-schema.ts';

// The OpenAPI 3.1 document of the search API, made from the zod schemas the handler validates
// requests and shapes answers with (functions/core/search/api-schema.ts). zod 4's own
// `z.toJSONSchema` writes JSON Schema draft 2020-12, which is OpenAPI 3.1's schema dialect, so
// no converter stands between the two; this file only lays out the paths. `npm run openapi`
// writes it to functions/search/openapi.json, which the handler serves as it is, and a test
// fails when that file is not what this makes.

type JsonSchema = Record<string, unknown>;

const COMPONENT = '#/components/schemas/';

/** The schemas named with `.meta({ id })`, as components, referred to by `$ref`. */
function components(): Record<string, JsonSchema> {
  const named = [
    SearchResponseSchema,
    StoryResponseSchema,
    ArticleResponseSchema,
    FailuresResponseSchema,
    HealthResponseSchema,
    ErrorResponseSchema,
  ];
  for (const schema of named) {
    if (typeof z.globalRegistry.get(schema)?.id !== 'string') {
      throw new Error('every response schema needs a meta id');
    }
  }
  // Nested named schemas (SearchHit, StoryVersion…) are in the global registry and come along.
  const { schemas } = z.toJSONSchema(z.globalRegistry, {
    uri: (id) => `${COMPONENT}${id}`,
    target: 'draft-2020-12',
  });
  return Object.fromEntries(
    Object.entries(schemas).map(([id, schema]) => {
      const { $schema: _dialect, $id: _id, ...rest } = schema as JsonSchema;
      return [id, rest];
    }),
  );
}

const ref = (id: string) => ({ $ref: `${COMPONENT}${id}` });

function jsonResponse(description: string, id: string) {
  return { description, content: { 'application/json': { schema: ref(id) } } };
}

const ERRORS = {
  '400': jsonResponse('A parameter is malformed: `parameter` names it.', 'Error'),
  '404': jsonResponse('Nothing has that id, or no such route.', 'Error'),
  '405': jsonResponse('Only GET and HEAD are answered.', 'Error'),
  '414': jsonResponse(
    'The request line is too long (the local stack takes 16 KiB; API Gateway less).',
    'Error',
  ),
  '500': jsonResponse('The service failed; try again.', 'Error'),
};

/** `GET /search`'s query parameters, one per field of the parameters' schema. */
function searchParameters(): JsonSchema[] {
  const object = z.toJSONSchema(SearchParametersSchema, {
    io: 'input',
    target: 'draft-2020-12',
    unrepresentable: 'any',
  }) as { properties: Record<string, JsonSchema>; required?: string[] };
  return Object.entries(object.properties).map(([name, schema]) => {
    const { description, ...rest } = schema;
    const list = rest.type === 'array';
    return {
      name,
      in: 'query',
      required: false,
      ...(typeof description === 'string' ? { description } : {}),
      ...(list ? { style: 'form', explode: true } : {}),
      schema: rest,
    };
  });
}

function idParameter(name: string, description: string) {
  return {
    name,
    in: 'path',
    required: true,
    description,
    schema: { type: 'string', pattern: '^[0-9a-f]{64}$' },
  };
}

/** The whole document. */
export function openApiDocument(): JsonSchema {
  return {
    openapi: '3.1.0',
    jsonSchemaDialect: 'https://json-schema.org/draft/2020-12/schema',
    info: {
      title: 'article-search',
      version: '1',
      description:
        'Multilingual full-text search over news articles: ranked hits grouped by story, facets by language, source and month, cursor paging, and the whole normalised article.',
    },
    paths: {
      '/search': {
        get: {
          operationId: 'searchArticles',
          summary: 'Search articles, or browse them newest first',
          parameters: searchParameters(),
          responses: {
            '200': jsonResponse('One page of hits, with totals and facets.', 'SearchResponse'),
            ...pick(ERRORS, '400', '405', '414', '500'),
          },
        },
      },
      '/articles/{id}': {
        get: {
          operationId: 'getArticle',
          summary: 'The whole normalised article',
          parameters: [
            idParameter('id', 'An article id, as a hit gives it.'),
            {
              name: 'offset',
              in: 'query',
              required: false,
              description:
                "Where in the body to start (UTF-16 code units): the previous answer's `bodyPart.nextOffset`. 0 when absent.",
              schema: { type: 'string', pattern: '^[0-9]{1,12}$' },
            },
          ],
          responses: {
            '200': jsonResponse('The article.', 'Article'),
            ...pick(ERRORS, '400', '405', '414', '500'),
            '404': jsonResponse(
              'Nothing has that id, the body does not reach `offset`, or no such route: `parameter` names which.',
              'Error',
            ),
          },
        },
      },
      '/stories/{storyId}': {
        get: {
          operationId: 'getStory',
          summary: 'Every article of a story, oldest first',
          parameters: [idParameter('storyId', 'A story id, as a hit gives it.')],
          responses: {
            '200': jsonResponse("The story's articles.", 'Story'),
            ...pick(ERRORS, '400', '404', '405', '414', '500'),
          },
        },
      },
      '/failures': {
        get: {
          operationId: 'listFailures',
          summary: 'Files that could not become articles, newest first (at most 100)',
          responses: {
            '200': jsonResponse('The failures.', 'Failures'),
            ...pick(ERRORS, '405', '414', '500'),
          },
        },
      },
      '/health': {
        get: {
          operationId: 'health',
          summary: 'Whether the service answers',
          responses: { '200': jsonResponse('It does.', 'Health'), ...pick(ERRORS, '405', '414') },
        },
      },
      '/openapi.json': {
        get: {
          operationId: 'openApiDocument',
          summary: 'This document',
          responses: {
            '200': {
              description: 'The OpenAPI 3.1 document of this API.',
              content: { 'application/json': { schema: { type: 'object' } } },
            },
            ...pick(ERRORS, '405', '414'),
          },
        },
      },
    },
    components: { schemas: components() },
  };
}

function pick<T>(record: Record<string, T>, ...keys: string[]): Record<string, T> {
  return Object.fromEntries(
    keys.flatMap((key) => {
      const value = record[key];
      return value === undefined ? [] : [[key, value] as const];
    }),
  );
}
