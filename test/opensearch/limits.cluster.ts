import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type OpenSearchIndex,
  openOpenSearchIndex,
} from '../../functions/adapters/opensearch/opensearch-article-index.ts';
import { parseQuery } from '../../functions/core/search/query-parser.ts';
import { testArticle } from '../port/article-index-behaviour.ts';
import { clusterClient, deleteIndices, freshIndexName } from './cluster-support.ts';

// What the adapter claims about a real node's limits: listing follows `search_after` past the
// 10,000-hit result window, and a body longer than `index.highlight.max_analyzed_offset`
// (1,000,000 characters) is still found, with a snippet, instead of failing the search.
describe('past the cluster limits, on a real node', () => {
  const indexName = freshIndexName('limits');
  let index: OpenSearchIndex;

  beforeAll(async () => {
    index = await openOpenSearchIndex({ client: clusterClient(), indexName });
  });

  afterAll(async () => {
    await index.close();
    await deleteIndices(indexName);
  });

  it('lists every object of an index holding more than 10,000 articles', async () => {
    const count = 10_050;
    for (let i = 0; i < count; i += 1_000) {
      const group = Array.from({ length: Math.min(1_000, count - i) }, (_, j) =>
        testArticle(`bulk/${i + j}.txt`, { body: 'Short.', title: 'Short' }),
      );
      await Promise.all(group.map((article) => index.upsert(article)));
    }
    const admin = clusterClient();
    await admin.indices.refresh({ index: `${indexName}-v1` });
    await admin.close();

    const objects = await index.listObjects();

    expect(objects).toHaveLength(count);
    expect(new Set(objects.map((o) => o.key)).size).toBe(count);
  });

  it('finds an article whose body is longer than the highlighter may analyse, with a snippet', async () => {
    const filler = 'Nothing of note happened in the provinces today. '.repeat(25_000);
    const article = testArticle('huge.txt', { body: `${filler}Qorvendal reopened.` });
    await index.upsert(article);
    const admin = clusterClient();
    await admin.indices.refresh({ index: `${indexName}-v1` });
    await admin.close();

    const page = await index.search({
      text: 'Qorvendal',
      clauses: parseQuery('Qorvendal'),
      size: 5,
    });

    expect(article.body.length).toBeGreaterThan(1_000_000);
    expect(page.hits.map((hit) => hit.id)).toEqual([article.id]);
    expect(page.hits[0]?.snippet).toContain('<mark>Qorvendal</mark>');
  });
});
