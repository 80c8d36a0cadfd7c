import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { assignStoryId, type StoryIndex } from '../../functions/core/ingest/story.ts';
import type { ArticleIndex } from '../../functions/core/ports.ts';
import { testArticle } from './article-index-behaviour.ts';

/** An index that also finds near-duplicates, for one test, and how to dispose of it. */
export interface StoryIndexUnderTest {
  index: ArticleIndex & StoryIndex;
  cleanup: () => Promise<void>;
}

// Fingerprints of 16 hex digits (64 bits).
const BASE = '0123456789abcdef';
/** One bit away from BASE. */
const NEAR = '0123456789abcdee';
/**
 * Seven bits away from BASE, one in each of its first seven bytes: as far as a near-duplicate
 * can be and still be found whichever way an index cuts the fingerprint for lookup.
 */
const SEVEN_BITS = '0022446688aaccef';
/** Shares no byte with BASE, and differs in far more than 10 bits. */
const UNRELATED = 'fedcba9876543210';
/** Agrees with BASE on its last 16 bits, so any index may offer it, but differs in 48. */
const FAR_CANDIDATE = 'fedcba987654cdef';

/**
 * How every `StoryIndex` must find near-duplicate candidates, run against the embedded index
 * always and a real OpenSearch cluster when one is configured, like the ArticleIndex suite.
 */
export function describeStoryIndexBehaviour(
  name: string,
  makeIndex: () => Promise<StoryIndexUnderTest>,
): void {
  describe(`StoryIndex behaviour: ${name}`, () => {
    let subject: StoryIndexUnderTest;

    beforeEach(async () => {
      subject = await makeIndex();
    });

    afterEach(async () => {
      await subject.cleanup();
    });

    // Candidates are what story assignment then checks bit by bit: every article within 7 bits
    // must be among them, and an index may add a few more, but not articles that differ everywhere.
    it('finds every stored article within 7 bits, with what story assignment needs', async () => {
      const { index } = subject;
      const near = testArticle('near.txt', { fingerprint: NEAR, storyId: 'story-1' });
      const seven = testArticle('seven-bits.txt', { fingerprint: SEVEN_BITS });
      await index.upsert(near);
      await index.upsert(seven);
      await index.upsert(testArticle('unrelated.txt', { fingerprint: UNRELATED }));

      const found = await index.findSimilar(BASE);

      expect(found.sort((a, b) => a.id.localeCompare(b.id))).toEqual(
        [near, seven]
          .map((a) => ({
            id: a.id,
            storyId: a.storyId,
            fingerprint: a.fingerprint,
            indexedAt: a.indexedAt,
          }))
          .sort((a, b) => a.id.localeCompare(b.id)),
      );
    });

    it('does not find a deleted article, nor an article by the bands it had before', async () => {
      const { index } = subject;
      const deleted = testArticle('deleted.txt', { fingerprint: NEAR, sequencer: '01' });
      const changed = testArticle('changed.txt', { fingerprint: NEAR, sequencer: '01' });
      await index.upsert(deleted);
      await index.remove(deleted.id, '02');
      await index.upsert(changed);
      await index.upsert({ ...changed, fingerprint: UNRELATED, sequencer: '02' });

      expect(await index.findSimilar(BASE)).toEqual([]);
    });

    it('lets a copy join the story of the earliest indexed near-duplicate', async () => {
      const { index } = subject;
      await index.upsert(
        testArticle('later.txt', {
          fingerprint: NEAR,
          storyId: 'story-later',
          indexedAt: '2024-03-02T10:00:00.000Z',
        }),
      );
      await index.upsert(
        testArticle('first.txt', {
          fingerprint: '0123456789abcdff',
          storyId: 'story-first',
          indexedAt: '2024-03-01T10:00:00.000Z',
        }),
      );
      await index.upsert(
        testArticle('far.txt', {
          fingerprint: FAR_CANDIDATE,
          storyId: 'story-far',
          indexedAt: '2024-02-01T10:00:00.000Z',
        }),
      );

      expect(await assignStoryId('new', BASE, index)).toBe('story-first');
      expect(await assignStoryId('new', '55aa55aa55aa55aa', index)).toBe('new');
    });
  });
}
