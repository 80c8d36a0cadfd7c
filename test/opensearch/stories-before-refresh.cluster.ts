import { afterEach, describe, expect, it } from 'vitest';
import {
  type OpenSearchIndex,
  openOpenSearchIndex,
} from '../../functions/adapters/opensearch/opensearch-article-index.ts';
import { assignStoryId } from '../../functions/core/ingest/story.ts';
import { testArticle } from '../port/article-index-behaviour.ts';
import { clusterClient, deleteIndices, freshIndexName } from './cluster-support.ts';

// Found on the real node: with the cluster's own refresh (the Lambdas' setting), a copy ingested
// within a second of its original did not see it, so two outlets' copies of one release dropped
// together named two stories.
describe('story lookup before the next refresh, on a real node', () => {
  const indexName = freshIndexName('stories');
  let index: OpenSearchIndex | undefined;

  afterEach(async () => {
    await index?.close();
    await deleteIndices(indexName);
  });

  it('joins a copy to the story of an original written a moment ago', async () => {
    index = await openOpenSearchIndex({ client: clusterClient(), indexName, refresh: 'false' });
    const original = testArticle('original.txt', { fingerprint: '0123456789abcdef' });
    await index.upsert(original);

    const storyId = await assignStoryId('copy', '0123456789abcdee', index);

    expect(storyId).toBe(original.storyId);
  });
});
