import { afterEach, describe, expect, it } from 'vitest';
import { indexNames } from '../../functions/adapters/opensearch/index-design.ts';
import {
  type OpenSearchIndex,
  openOpenSearchIndex,
} from '../../functions/adapters/opensearch/opensearch-article-index.ts';
import { parseQuery } from '../../functions/core/search/query-parser.ts';
import { testArticle } from '../port/article-index-behaviour.ts';
import { clusterClient, deleteIndices, freshIndexName } from './cluster-support.ts';

// OpenSearch forgets a real delete after `index.gc_deletes` (60 s by default), after which a
// late, older create would bring a document back. The adapter writes tombstones instead; this
// shortens gc_deletes to nothing and waits past it, so a real delete would have been forgotten.
const GC_DELETES = '100ms';

describe('tombstones outlive index.gc_deletes, on a real node', () => {
  const indexName = freshIndexName('tombstones');
  let index: OpenSearchIndex | undefined;

  afterEach(async () => {
    await index?.close();
    await deleteIndices(indexName);
  });

  it('keeps an article deleted when an older PUT arrives late, long after the delete', async () => {
    index = await openOpenSearchIndex({ client: clusterClient(), indexName, refresh: 'true' });
    const admin = clusterClient();
    await admin.indices.putSettings({
      index: indexNames(indexName).versioned,
      body: { index: { gc_deletes: GC_DELETES } },
    });
    await admin.close();
    const article = testArticle('late.txt', { sequencer: '0A', body: 'Zendravik reopened.' });
    await index.upsert(article);
    expect(await index.remove(article.id, '0B')).toBe('applied');

    await new Promise((resolve) => setTimeout(resolve, 1_000));
    const late = await index.upsert(article);

    expect(late).toBe('stale');
    expect(await index.get(article.id)).toBeNull();
    const page = await index.search({
      text: 'Zendravik',
      clauses: parseQuery('Zendravik'),
      size: 10,
    });
    expect(page.total).toBe(0);
    expect((await index.listObjects()).map((o) => o.id)).not.toContain(article.id);
  });

  it('applies a PUT newer than the delete, which brings the article back', async () => {
    index = await openOpenSearchIndex({ client: clusterClient(), indexName, refresh: 'true' });
    const article = testArticle('back.txt', { sequencer: '0A' });
    await index.upsert(article);
    await index.remove(article.id, '0B');

    const newer = { ...article, sequencer: '0C' };

    expect(await index.upsert(newer)).toBe('applied');
    expect(await index.get(article.id)).toEqual(newer);
  });
});
