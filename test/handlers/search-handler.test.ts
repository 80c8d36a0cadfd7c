import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ArticleLanguageDetector } from '../../functions/adapters/language/article-language-detector.ts';
import { silentLogger } from '../../functions/commons/logger.ts';
import { articleId } from '../../functions/core/article-id.ts';
import { ingestObject } from '../../functions/core/ingest/ingest-object.ts';
import type { ArticleIndex } from '../../functions/core/ports.ts';
import { createSearchHandler, type SearchHandler } from '../../functions/search/handler.ts';
import { fixture, httpGet } from '../support/events.ts';
import { MemorySource, temporaryIndex } from '../support/fakes.ts';

const SEEDS = [
  '000_3c279b70b705da45.txt',
  '001_a691a01f7ef01d8f.txt',
  '002_5054336fffde1a54.txt',
  '003_6fd011106239a770.txt',
  '004_a2073437ed539350.txt',
];

let index: ArticleIndex;
let cleanup: () => Promise<void>;
let handler: SearchHandler;

interface Body {
  total: number;
  relaxed: boolean;
  hits: Array<{
    key: string;
    language: string;
    snippet: string;
    id: string;
    publishedAt: string | null;
  }>;
  facets: { language: Record<string, number> };
  nextCursor: string | null;
  message?: string;
  parameter?: string;
}

async function get(
  path: string,
): Promise<{ status: number; body: Body; headers: Record<string, unknown> }> {
  const response = await handler(httpGet(path));
  return {
    status: response.statusCode ?? 0,
    body: JSON.parse(response.body ?? '{}') as Body,
    headers: (response.headers ?? {}) as Record<string, unknown>,
  };
}

beforeAll(async () => {
  ({ index, cleanup } = await temporaryIndex());
  const source = new MemorySource();
  const deps = {
    source,
    index,
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
  handler = createSearchHandler({ index, detector: deps.detector, logger: silentLogger });
});

afterAll(async () => cleanup());

function keysOf(hits: Body['hits']): string[] {
  return hits.map((hit) => hit.key).sort();
}

describe('GET /search', () => {
  it('finds every seed by the minister’s Latin name, the Russian ones by transliteration', async () => {
    const { status, body } = await get('/search?q=Kosherbayev');
    expect(status).toBe(200);
    expect(body.hits.map((h) => h.key).sort()).toEqual([...SEEDS].sort());
    // The English seeds say the name itself, so they rank above its transliterations.
    expect(
      body.hits
        .slice(0, 2)
        .map((h) => h.key)
        .sort(),
    ).toEqual([SEEDS[1], SEEDS[2]]);
  });

  it('finds every seed by an inflected Russian form of the name (recorded event)', async () => {
    const response = await handler(fixture('apigw-v2-search.json'));
    const body = JSON.parse(response.body ?? '{}') as Body;
    expect(body.hits.map((h) => h.key).sort()).toEqual([...SEEDS].sort());
    expect(body.hits.every((h) => h.snippet.includes('<mark>'))).toBe(true);
    // The Russian seeds say the name itself, so they rank above its transliterations.
    expect(
      body.hits
        .slice(0, 3)
        .map((h) => h.key)
        .sort(),
    ).toEqual([SEEDS[0], SEEDS[3], SEEDS[4]]);
    const russian = await get(
      '/search?q=%D0%9A%D0%BE%D1%88%D0%B5%D1%80%D0%B1%D0%B0%D0%B5%D0%B2%D1%8B%D0%BC&lang=ru',
    );
    expect(russian.body.hits.map((h) => h.key).sort()).toEqual([SEEDS[0], SEEDS[3], SEEDS[4]]);
  });

  it('answers the questions people type as sentences with every seed in their language', async () => {
    const english = await get('/search?q=Kazakhstan+foreign+minister+visit+to+London');
    const russian = await get(
      `/search?q=${encodeURIComponent('министр иностранных дел визит в Лондон')}`,
    );

    // Every seed in the query's language, first; the others follow through names and
    // translations.
    expect(keysOf(english.body.hits.slice(0, 2))).toEqual([SEEDS[1], SEEDS[2]]);
    expect(keysOf(russian.body.hits.slice(0, 3))).toEqual([SEEDS[0], SEEDS[3], SEEDS[4]]);
    expect(keysOf(english.body.hits)).toEqual(SEEDS);
    expect(english.body.relaxed).toBe(false);
  });

  it('finds both names across scripts: Kosherbayev Cooper finds the Russian seed with Купер', async () => {
    const { body } = await get('/search?q=Kosherbayev+Cooper');

    expect(keysOf(body.hits)).toContain(SEEDS[3]);
    expect(body.hits[0]?.language).toBe('en');
  });

  it('lists the Russian seeds after the English ones for an English query about the meeting', async () => {
    const { body } = await get('/search?q=foreign+minister+meeting+in+London');

    expect(body.hits.map((h) => h.language)).toEqual(['en', 'en', 'ru', 'ru', 'ru']);
  });

  it('filters by source and publication day, case-insensitively for the source', async () => {
    const { body: all } = await get('/search');
    const dated = all.hits.filter((h) => h.publishedAt !== null);
    const first = dated[0];
    expect(first).toBeDefined();
    const day = first?.publishedAt ?? '';

    const { status, body } = await get(`/search?from=${day}&to=${day}`);

    expect(status).toBe(200);
    expect(body.hits.map((h) => h.key).sort()).toEqual(
      dated
        .filter((h) => h.publishedAt === day)
        .map((h) => h.key)
        .sort(),
    );
    const unknown = await get('/search?source=No%20Such%20Wire');
    expect(unknown.body).toMatchObject({ total: 0, hits: [] });
  });

  it('filters by language but counts every language in the facet', async () => {
    const { body } = await get('/search?q=Kazakhstan&lang=en');
    expect(body.hits.length).toBeGreaterThan(0);
    expect(body.hits.every((h) => h.language === 'en')).toBe(true);
    const all = await get('/search?lang=ru');
    expect(all.body.total).toBe(3);
    expect(all.body.facets.language).toEqual({ ru: 3, en: 2 });
  });

  it('pages with a cursor through every article exactly once', async () => {
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page: { body: Body } = await get(`/search?size=2${cursor ? `&cursor=${cursor}` : ''}`);
      seen.push(...page.body.hits.map((h) => h.key));
      cursor = page.body.nextCursor;
    } while (cursor);
    expect(seen.sort()).toEqual([...SEEDS].sort());
  });

  it.each([
    ['size=0', 'size=0', 'size'],
    ['size=101', 'size=101', 'size'],
    ['size=ten', 'size=ten', 'size'],
    ['lang=russian', 'lang=russian', 'lang'],
    ['a forged cursor', 'cursor=bm90LWEtY3Vyc29y', 'cursor'],
    ['q given twice', 'q=a&q=b', 'q'],
    ['an unknown parameter', 'page=2', 'page'],
    ['an empty source', 'source=%20', 'source'],
    ['a day that does not exist', 'from=2024-02-30', 'from'],
    ['a day not written YYYY-MM-DD', 'to=1.3.2024', 'to'],
    ['a range that ends before it starts', 'from=2024-03-02&to=2024-03-01', 'to'],
    ['q over 4,000 characters', `q=${'x'.repeat(4001)}`, 'q'],
  ])('answers 400 naming the parameter for %s', async (_, query, parameter) => {
    const { status, body } = await get(`/search?${query}`);
    expect(status).toBe(400);
    expect(body.parameter).toBe(parameter);
    expect(body.message).toContain(parameter);
  });

  it('answers with JSON and safe headers', async () => {
    const { headers } = await get('/search?q=London');
    expect(headers['content-type']).toMatch(/^application\/json/);
    expect(headers['x-content-type-options']).toBe('nosniff');
  });
});

describe('GET /articles/{id}', () => {
  it('answers the whole normalised document', async () => {
    const id = articleId('articles', SEEDS[1] ?? '');
    const response = await handler(httpGet(`/articles/${id}`));
    expect(response.statusCode).toBe(200);
    expect(JSON.parse(response.body ?? '{}')).toMatchObject({ id, key: SEEDS[1], language: 'en' });
  });

  it('answers 404 for an unknown id and 400 for something that is not an id', async () => {
    expect((await handler(httpGet(`/articles/${'0'.repeat(64)}`))).statusCode).toBe(404);
    expect((await handler(httpGet('/articles/%E0%A4%A'))).statusCode).toBe(400);
  });
});

describe('other routes', () => {
  it('answers /health with 200', async () => {
    expect((await handler(httpGet('/health'))).statusCode).toBe(200);
  });

  it('answers 404 for unknown paths and 405 for writes', async () => {
    expect((await handler(httpGet('/nope'))).statusCode).toBe(404);
    expect((await handler(httpGet('/search', 'POST'))).statusCode).toBe(405);
  });

  it('answers a bare 500 for an event that is not an HTTP API event (a wiring fault)', async () => {
    const response = await handler({ hello: 'world' });
    expect(response.statusCode).toBe(500);
    expect(response.body).not.toContain('ZodError');
  });
});
