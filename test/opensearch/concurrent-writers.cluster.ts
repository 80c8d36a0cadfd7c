import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { random } from '../../bench/opensearch/corpus.ts';
import {
  type OpenSearchIndex,
  openOpenSearchIndex,
} from '../../functions/adapters/opensearch/opensearch-article-index.ts';
import { testArticle } from '../port/article-index-behaviour.ts';
import { clusterClient, deleteIndices, freshIndexName } from './cluster-support.ts';

// Concurrent function instances write the same articles: each writer reads the stored version,
// decides, and writes conditionally on the `_seq_no` it read, so the loser of a race gets a 409
// from the node and decides again. Here three writers (three clients, as three Lambdas) send
// every event of 40 objects in shuffled orders at once; whatever interleaving the node sees,
// each object ends in the state of its newest event.
describe('writers racing on the same articles, on a real node', () => {
  const indexName = freshIndexName('race');
  const writers: OpenSearchIndex[] = [];

  beforeAll(async () => {
    for (let i = 0; i < 3; i++) {
      writers.push(await openOpenSearchIndex({ client: clusterClient(), indexName }));
    }
  });

  afterAll(async () => {
    for (const writer of writers) await writer.close();
    await deleteIndices(indexName);
  });

  it('ends with every article in the state of its newest event', async () => {
    const next = random(42);
    const events = Array.from({ length: 40 }, (_, object) =>
      Array.from({ length: 6 }, (_, version) => ({
        key: `race/${object}.txt`,
        sequencer: (version + 1).toString(16).padStart(4, '0'),
        // Every third object's newest event is a delete.
        remove: version === 5 && object % 3 === 0,
      })),
    ).flat();
    const shuffled = () => [...events].sort(() => next() - 0.5);

    await Promise.all(
      writers.map((writer) =>
        Promise.all(
          shuffled().map((event) => {
            const article = testArticle(event.key, { sequencer: event.sequencer });
            return event.remove
              ? writer.remove(article.id, event.sequencer)
              : writer.upsert(article);
          }),
        ),
      ),
    );

    const reader = writers[0] as OpenSearchIndex;
    for (let object = 0; object < 40; object++) {
      const stored = await reader.get(testArticle(`race/${object}.txt`).id);
      if (object % 3 === 0) expect(stored).toBeNull();
      else expect(stored?.sequencer).toBe('0006');
    }
  });
});
