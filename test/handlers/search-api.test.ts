import { readFileSync } from 'node:fs';
import { Validator } from '@seriousme/openapi-schema-validator';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ArticleLanguageDetector } from '../../functions/adapters/language/article-language-detector.ts';
import { QueryLetterDetector } from '../../functions/adapters/language/query-language-detector.ts';
import { silentLogger } from '../../functions/commons/logger.ts';
import { ingestObject } from '../../functions/core/ingest/ingest-object.ts';
import { createSearchHandler, type SearchHandler } from '../../functions/search/handler.ts';
import { openApiDocument } from '../../scripts/openapi/document.ts';
import { DOCUMENT_FILE } from '../../scripts/openapi/generate.ts';
import { httpGet } from '../support/events.ts';
import { MemorySource, temporaryIndex } from '../support/fakes.ts';

// The API as integrators see it, on the seeds ingested with story grouping (as the local stack
// does): stories, facets, filters of several values, and every answer checked against the
// OpenAPI document the API serves.

const SEEDS = [
  '000_3c279b70b705da45.txt',
  '001_a691a01f7ef01d8f.txt',
  '002_5054336fffde1a54.txt',
  '003_6fd011106239a770.txt',
  '004_a2073437ed539350.txt',
];

interface Hit {
  id: string;
  key: string;
  language: string;
  source: string | null;
  storyId: string;
  storySize: number;
  otherVersions: Array<{ id: string; language: string }>;
}
interface Body {
  total: number;
  totalStories?: number;
  hits: Hit[];
  facets: {
    language: Record<string, number>;
    source: Record<string, number>;
    month: Record<string, number>;
  };
  nextCursor: string | null;
  error?: string;
  parameter?: string;
  articles?: Array<{ key: string; publishedAt: string | null }>;
}

let cleanup: () => Promise<void>;
let handler: SearchHandler;
const document = JSON.parse(readFileSync(DOCUMENT_FILE, 'utf8')) as {
  paths: Record<string, { get: { responses: Record<string, unknown> } }>;
};
const ajv = new Ajv2020({ strict: false, allErrors: true });
ajv.addSchema(document, 'api');

/** The path template of the document that a request path falls under. */
function template(path: string): string {
  if (path.startsWith('/articles/')) return '/articles/{id}';
  if (path.startsWith('/stories/')) return '/stories/{storyId}';
  return path;
}

/**
 * Asks the handler and checks the answer against the document: its status is one the path
 * documents, and its body conforms to that status's schema.
 */
async function get(path: string): Promise<{ status: number; body: Body }> {
  const response = await handler(httpGet(path));
  const status = response.statusCode ?? 0;
  const body = JSON.parse(response.body ?? '{}') as Body;
  const pathTemplate = template(path.split('?')[0] ?? '/');
  const operation = document.paths[pathTemplate]?.get;
  expect(operation, `${pathTemplate} is documented`).toBeDefined();
  expect(Object.keys(operation?.responses ?? {})).toContain(String(status));
  const pointer = `api#/paths/${pathTemplate.replaceAll('/', '~1')}/get/responses/${status}/content/application~1json/schema`;
  const validate = ajv.getSchema(pointer);
  expect(validate, pointer).toBeDefined();
  const valid = validate?.(body);
  expect(valid, JSON.stringify(validate?.errors)).toBe(true);
  return { status, body };
}

beforeAll(async () => {
  const temporary = await temporaryIndex();
  cleanup = temporary.cleanup;
  const source = new MemorySource();
  const deps = {
    source,
    index: temporary.index,
    stories: temporary.index,
    detector: new ArticleLanguageDetector(),
    clock: () => new Date(),
    logger: silentLogger,
  };
  for (const [i, name] of SEEDS.entries()) {
    source.put('articles', name, readFileSync(new URL(`../../seeds/${name}`, import.meta.url)));
    await ingestObject(
      { kind: 'created', bucket: 'articles', key: name, sequencer: `0${i + 1}`, eventTime: '' },
      deps,
    );
  }
  handler = createSearchHandler({
    index: temporary.index,
    detector: new QueryLetterDetector(),
    logger: silentLogger,
  });
});

afterAll(async () => cleanup());

describe('the OpenAPI document', () => {
  it('is the document the schemas make (run `npm run openapi` after changing them)', () => {
    expect(JSON.parse(readFileSync(DOCUMENT_FILE, 'utf8'))).toEqual(openApiDocument());
  });

  it('is a valid OpenAPI 3.1 document, served at GET /openapi.json', async () => {
    const response = await handler(httpGet('/openapi.json'));
    const served = JSON.parse(response.body ?? '{}') as Parameters<Validator['validate']>[0];
    const validator = new Validator();

    const result = await validator.validate(served);

    expect(response.statusCode).toBe(200);
    expect(result.errors).toBeUndefined();
    expect(result.valid).toBe(true);
    expect(validator.version).toBe('3.1');
    expect(served).toEqual(document);
  });
});

describe('stories', () => {
  it('shows the two outlets’ copies of one release (seeds 001 and 002) as one story', async () => {
    const { body } = await get(`/search?q=${encodeURIComponent('Кошербаевым')}`);

    const story = body.hits.find((hit) => [SEEDS[1], SEEDS[2]].includes(hit.key));
    expect(story?.storySize).toBe(2);
    expect(story?.otherVersions).toHaveLength(1);
    expect(body.hits.filter((hit) => hit.storyId === story?.storyId)).toHaveLength(1);
    expect(body.hits).toHaveLength(4);
    expect(body.total).toBe(5);
    expect(body.totalStories).toBe(4);
    // The Russian seeds first, then the English story.
    expect(body.hits.map((hit) => hit.language)).toEqual(['ru', 'ru', 'ru', 'en']);
  });

  it('returns every copy with collapse=none', async () => {
    const { body } = await get(`/search?q=${encodeURIComponent('Кошербаевым')}&collapse=none`);

    expect(body.hits).toHaveLength(5);
    expect(body).not.toHaveProperty('totalStories');
    expect(body.hits.every((hit) => hit.storySize === 1 && hit.otherVersions.length === 0)).toBe(
      true,
    );
  });

  it('lists a story’s articles oldest first at GET /stories/{storyId}', async () => {
    const { body: search } = await get('/search?q=Kosherbayev');
    const story = search.hits.find((hit) => hit.storySize === 2);
    expect(story).toBeDefined();

    const { status, body } = await get(`/stories/${story?.storyId}`);

    expect(status).toBe(200);
    expect(body.articles?.map((a) => a.key).sort()).toEqual([SEEDS[1], SEEDS[2]]);
    const days = body.articles?.map((a) => a.publishedAt ?? '9999') ?? [];
    expect(days).toEqual([...days].sort());
  });

  it('answers 404 naming storyId for a story it does not know, 400 for a malformed one', async () => {
    const missing = await get(`/stories/${'0'.repeat(64)}`);
    const malformed = await get('/stories/nope');

    expect(missing).toMatchObject({ status: 404, body: { parameter: 'storyId' } });
    expect(malformed).toMatchObject({
      status: 400,
      body: { error: 'invalid_parameter', parameter: 'storyId' },
    });
  });
});

describe('filters and facets', () => {
  it('takes lang repeated or comma-separated, and counts languages as if it were unset', async () => {
    const repeated = await get('/search?q=Kosherbayev&lang=ru&lang=en&collapse=none');
    const commas = await get('/search?q=Kosherbayev&lang=ru,en&collapse=none');
    const russian = await get('/search?q=Kosherbayev&lang=ru');

    expect(repeated.body.total).toBe(5);
    expect(commas.body).toEqual(repeated.body);
    expect(russian.body.hits.every((hit) => hit.language === 'ru')).toBe(true);
    expect(russian.body.facets.language).toEqual({ ru: 3, en: 2 });
  });

  it('counts sources and months, and takes several sources at once', async () => {
    const { body } = await get('/search?collapse=none');
    const sources = Object.keys(body.facets.source);
    expect(sources.length).toBeGreaterThan(1);
    expect(Object.values(body.facets.month).reduce((a, b) => a + b, 0)).toBeGreaterThan(0);
    const [first = '', second = ''] = sources;

    const both = await get(
      `/search?collapse=none&source=${encodeURIComponent(first)}&source=${encodeURIComponent(second)}`,
    );

    expect(both.body.total).toBe(
      (body.facets.source[first] ?? 0) + (body.facets.source[second] ?? 0),
    );
    expect(both.body.hits.every((hit) => hit.source === first || hit.source === second)).toBe(true);
    expect(both.body.facets.source).toEqual(body.facets.source);
  });

  it('refuses a malformed filter by name, and a repeated single-valued parameter', async () => {
    expect(await get('/search?lang=russian')).toMatchObject({
      status: 400,
      body: { parameter: 'lang' },
    });
    expect(await get('/search?collapse=all')).toMatchObject({
      status: 400,
      body: { parameter: 'collapse' },
    });
    expect(await get('/search?hint=english')).toMatchObject({
      status: 400,
      body: { parameter: 'hint' },
    });
    expect(await get('/search?q=a&q=b')).toMatchObject({ status: 400, body: { parameter: 'q' } });
  });

  it('refuses a cursor made for the other kind of list', async () => {
    const { body } = await get('/search?size=1&collapse=none');
    expect(body.nextCursor).not.toBeNull();

    const response = await get(`/search?size=1&cursor=${body.nextCursor}`);

    expect(response).toMatchObject({ status: 400, body: { parameter: 'cursor' } });
  });

  it('pages through stories with the cursor, each story once', async () => {
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page: { body: Body } = await get(`/search?size=2${cursor ? `&cursor=${cursor}` : ''}`);
      seen.push(...page.body.hits.map((h) => h.storyId));
      cursor = page.body.nextCursor;
    } while (cursor !== null);

    expect(seen).toHaveLength(4);
    expect(new Set(seen).size).toBe(4);
  });
});

describe('other answers conform too', () => {
  it('describes an article, the failures, health and errors as the document says', async () => {
    const { body } = await get('/search?q=Kosherbayev');
    const id = body.hits[0]?.id ?? '';

    expect((await get(`/articles/${id}`)).status).toBe(200);
    expect((await get(`/articles/${'f'.repeat(64)}`)).status).toBe(404);
    expect((await get('/failures')).status).toBe(200);
    expect((await get('/health')).status).toBe(200);
    expect((await get('/search?size=0')).status).toBe(400);
  });
});
