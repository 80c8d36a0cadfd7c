import { afterEach, describe, expect, it } from 'vitest';
import { articleIndexBody, indexNames } from '../../functions/adapters/opensearch/index-design.ts';
import { openOpenSearchIndex } from '../../functions/adapters/opensearch/opensearch-article-index.ts';
import { ConfigError } from '../../functions/core/errors.ts';
import { parseQuery } from '../../functions/core/search/query-parser.ts';
import { testArticle } from '../port/article-index-behaviour.ts';
import { clusterClient, deleteIndices, freshIndexName } from './cluster-support.ts';

// The fields a build before per-paragraph languages, scripts and story bands created its index
// with: what a deployed stage holds when a build adding fields reaches it.
const ADDED_SINCE = ['languages', 'script', 'storyBands', 'storyId'];

/** Creates the index as an earlier build did, with some fields missing or typed otherwise. */
async function createEarlierIndex(
  base: string,
  change: (properties: Record<string, unknown>) => void,
) {
  const body = articleIndexBody(indexNames(base), 'icu');
  const properties = { ...(body.mappings?.properties ?? {}) } as Record<string, unknown>;
  change(properties);
  const admin = clusterClient();
  const mappings = { ...body.mappings, properties } as NonNullable<typeof body.mappings>;
  await admin.indices.create({ index: indexNames(base).versioned, body: { ...body, mappings } });
  await admin.close();
}

describe('an index created by an earlier build, on a real node', () => {
  const indexName = freshIndexName('upgrade');

  afterEach(async () => {
    await deleteIndices(indexName);
  });

  it('takes the fields added since in place, and stores and finds articles with them', async () => {
    await createEarlierIndex(indexName, (properties) => {
      for (const field of ADDED_SINCE) delete properties[field];
    });
    const article = testArticle('upgraded.txt', {
      language: 'ru',
      languages: [
        { language: 'ru', share: 0.7 },
        { language: 'kk', share: 0.3 },
      ],
      script: 'Cyrl',
      body: 'Министр провёл переговоры в Астане.',
    });

    const index = await openOpenSearchIndex({
      client: clusterClient(),
      indexName,
      refresh: 'true',
    });
    try {
      expect(await index.upsert(article)).toBe('applied');
      expect(await index.get(article.id)).toEqual(article);
      const page = await index.search({
        text: 'переговоры',
        clauses: parseQuery('переговоры'),
        languages: ['ru'],
        size: 10,
      });
      expect(page.hits.map((hit) => hit.id)).toEqual([article.id]);
      expect(await index.findSimilar(article.fingerprint)).toHaveLength(1);
    } finally {
      await index.close();
    }
    const admin = clusterClient();
    const mapping = await admin.indices.getMapping({ index: indexNames(indexName).versioned });
    await admin.close();
    const fields = Object.keys(
      (Object.values(mapping.body)[0] as { mappings: { properties: object } }).mappings.properties,
    );
    expect(fields).toEqual(expect.arrayContaining(ADDED_SINCE));
  });

  it('refuses to start, naming INDEX_VERSION, when a field changed type', async () => {
    await createEarlierIndex(indexName, (properties) => {
      properties.publishedDay = { type: 'keyword' };
    });

    const opening = openOpenSearchIndex({ client: clusterClient(), indexName });

    await expect(opening).rejects.toThrow(ConfigError);
    await expect(opening).rejects.toThrow(/INDEX_VERSION/);
  });
});
