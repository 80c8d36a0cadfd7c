import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { articleId } from '../../functions/core/article-id.ts';
import { BUCKET, type LocalStack, startLocalStack } from '../../local/stack.ts';
import { RecordingOpenSearch } from '../opensearch-standin/recording-opensearch.ts';

const SEEDS_DIR = fileURLToPath(new URL('../../seeds', import.meta.url));
const SEED_LANGUAGES: Record<string, string> = {
  '000_3c279b70b705da45.txt': 'ru',
  '001_a691a01f7ef01d8f.txt': 'en',
  '002_5054336fffde1a54.txt': 'en',
  '003_6fd011106239a770.txt': 'ru',
  '004_a2073437ed539350.txt': 'ru',
};

type Json = Record<string, unknown>;

function lines(body: string): Json[] {
  return body
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as Json);
}

/** `[{ create: { _id } }, document]` pairs of a `_bulk` body. */
function bulkActions(body: string): { op: string; id: string; doc: Json }[] {
  const all = lines(body);
  const out: { op: string; id: string; doc: Json }[] = [];
  for (let i = 0; i < all.length; i += 2) {
    const [op, meta] = Object.entries(all[i] ?? {})[0] ?? ['', {}];
    out.push({ op, id: String((meta as Json)._id), doc: all[i + 1] ?? {} });
  }
  return out;
}

describe('local stack with SEARCH_BACKEND=opensearch, against a recording stand-in', () => {
  const opensearch = new RecordingOpenSearch({ refuseBulks: 1 });
  let dataDir: string;
  let stack: LocalStack | undefined;
  let searchStatus = 0;
  let searchBody: {
    total: number;
    totalStories?: number;
    hits: { key: string; otherVersions: { id: string }[] }[];
    facets: { language: Record<string, number> };
  };

  beforeAll(async () => {
    const node = await opensearch.start();
    dataDir = await mkdtemp(join(tmpdir(), 'local-stack-opensearch-'));
    stack = await startLocalStack({
      dataDir,
      apiPort: 0,
      s3Port: 0,
      seedsDir: SEEDS_DIR,
      searchBackend: {
        kind: 'opensearch',
        config: {
          node,
          auth: { kind: 'none' },
          indexName: 'articles',
          refresh: 'false',
          tlsInsecure: false,
        },
      },
    });
    await stack.drained();
    const response = await fetch(`${stack.apiUrl}/search?q=Kosherbayev&size=50`);
    searchStatus = response.status;
    searchBody = (await response.json()) as typeof searchBody;
  });

  afterAll(async () => {
    await stack?.stop();
    await opensearch.stop();
    if (dataDir) await rm(dataDir, { recursive: true, force: true });
  });

  it('creates a strict mapping with Russian and English analysis behind read and write aliases', () => {
    const [created, ...again] = opensearch.sent('PUT', '/articles-v1');
    expect(again).toEqual([]);
    const body = JSON.parse(created?.body ?? '{}') as Json;
    expect(body).toMatchObject({
      settings: {
        analysis: {
          filter: {
            russian_stemmer: { type: 'snowball', language: 'Russian' },
            english_stemmer: { type: 'snowball', language: 'English' },
          },
          analyzer: {
            russian_text: { filter: ['lowercase', 'russian_stemmer'] },
            english_text: { filter: ['lowercase', 'english_stemmer'] },
          },
        },
      },
      mappings: {
        dynamic: 'strict',
        properties: {
          title: { fields: { ru: { analyzer: 'russian_text' }, en: { analyzer: 'english_text' } } },
          body: { fields: { ru: { analyzer: 'russian_text' }, en: { analyzer: 'english_text' } } },
          language: { type: 'keyword' },
          translit: { type: 'text', analyzer: 'whitespace' },
        },
      },
      aliases: { articles: {}, 'articles-write': { is_write_index: true } },
    });
    // Every later request goes through an alias, never the versioned index itself.
    expect(opensearch.requests.filter((r) => r.path.startsWith('/articles-v1/'))).toEqual([]);
  });

  it('retries the bulk refused with 429, with the same writes', () => {
    const bulks = opensearch.sent('*', '/articles-write/_bulk');
    expect(bulks[0]?.status).toBe(429);
    expect(bulks[1]?.status).toBe(200);
    expect(bulkActions(bulks[1]?.body ?? '')).toEqual(bulkActions(bulks[0]?.body ?? ''));
    // The writer retried at once; the message was not failed and redelivered (which would
    // have read the stored versions again first).
    const [refused, retried] = bulks.map((b) => opensearch.requests.indexOf(b));
    expect(retried).toBe((refused ?? 0) + 1);
    expect(bulks.every((b) => b.query.require_alias === 'true')).toBe(true);
  });

  it('indexes every seed with an explicit id and its language', async () => {
    const seeds = (await readdir(SEEDS_DIR)).sort();
    const indexed = opensearch
      .sent('*', '/articles-write/_bulk')
      .filter((b) => b.status === 200)
      .flatMap((b) => bulkActions(b.body));

    expect(seeds).toEqual(Object.keys(SEED_LANGUAGES));
    expect(
      indexed
        .map((a) => [a.op, a.id, a.doc.key, a.doc.language])
        .sort((x, y) => String(x[2]).localeCompare(String(y[2]))),
    ).toEqual(seeds.map((key) => ['create', articleId(BUCKET, key), key, SEED_LANGUAGES[key]]));
  });

  it("groups the two outlets' copies of one press release into one story, and only them", () => {
    const docs = new Map(
      opensearch
        .sent('*', '/articles-write/_bulk')
        .filter((b) => b.status === 200)
        .flatMap((b) => bulkActions(b.body))
        .map((a) => [String(a.doc.key), a.doc]),
    );
    const story = (key: string) => docs.get(key)?.storyId;
    const id = (key: string) => articleId(BUCKET, key);

    expect(story('001_a691a01f7ef01d8f.txt')).toBe(story('002_5054336fffde1a54.txt'));
    expect([id('001_a691a01f7ef01d8f.txt'), id('002_5054336fffde1a54.txt')]).toContain(
      story('001_a691a01f7ef01d8f.txt'),
    );
    for (const key of [
      '000_3c279b70b705da45.txt',
      '003_6fd011106239a770.txt',
      '004_a2073437ed539350.txt',
    ]) {
      expect(story(key)).toBe(id(key));
    }
    expect(docs.get('003_6fd011106239a770.txt')?.storyBands).toHaveLength(8);
    // Candidates were looked up by band through the read alias.
    const lookups = opensearch
      .sent('*', '/articles/_search')
      .map((r) => JSON.stringify(JSON.parse(r.body)))
      .filter((body) => body.includes('storyBands'));
    expect(lookups.length).toBeGreaterThanOrEqual(5);
  });

  it('searches with multi_match, highlights, a language aggregation and a timeout', () => {
    const search = opensearch
      .sent('*', '/articles/_search')
      .map((r) => JSON.parse(r.body) as Json)
      .find((body) => JSON.stringify(body.query).includes('Kosherbayev'));

    // The word's forms; a name alone favours no language (query-favour.ts), so no
    // function_score wraps them.
    const word = {
      bool: {
        should: expect.arrayContaining([
          {
            multi_match: expect.objectContaining({ query: 'Kosherbayev', type: 'cross_fields' }),
          },
          { match: { translit: { query: 'kosherbaev', boost: 0.5 } } },
        ]),
      },
    };
    expect(search).toMatchObject({
      query: {
        bool: {
          must: [{ bool: { must: [word] } }],
        },
      },
      highlight: { fields: { body: {} }, pre_tags: ['<mark>'] },
      aggs: { language: { terms: { field: 'language' } } },
      collapse: { field: 'storyId' },
      timeout: '4s',
      track_total_hits: true,
    });
    expect(JSON.stringify(search)).not.toContain('query_string');
  });

  it('answers the API from the index: every seed for the Latin name, by story, with the facets', () => {
    expect(searchStatus).toBe(200);
    // Seeds 001 and 002 are two outlets' copies of one release: one story.
    const shown = searchBody.hits.map((h) => h.key);
    const other = searchBody.hits.flatMap((h) => h.otherVersions.map((v) => v.id));
    expect(shown).toHaveLength(4);
    expect(other).toHaveLength(1);
    expect(searchBody.total).toBe(5);
    expect(searchBody.totalStories).toBe(4);
    expect(searchBody.facets.language).toEqual({ ru: 3, en: 2 });
  });
});
