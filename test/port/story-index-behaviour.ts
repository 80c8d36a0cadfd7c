import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ArticleIndex } from '../../functions/core/ports.ts';
import { assignStoryId, type StoryIndex } from '../../functions/core/story.ts';
import { testArticle } from './article-index-behaviour.ts';

/** An index that also finds near-duplicates, for one test, and how to dispose of it. */
export interface StoryIndexUnderTest {
  index: ArticleIndex & StoryIndex;
  cleanup: () => Promise<void>;
}

// Fingerprints 16 hex digits long, cut into eight 2-digit bands.
const BASE = '0123456789abcdef';
/** One bit away from BASE: shares seven bands. */
const NEAR = '0123456789abcdee';
/** Shares only the last band with BASE, and differs in far more than 10 bits. */
const ONE_BAND = 'fedcba98765432ef';
/** Shares no band with BASE. */
const UNRELATED = 'fedcba9876543210';

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

    it('finds every stored article that shares a band, with what story assignment needs', async () => {
      const { index } = subject;
      const near = testArticle('near.txt', { fingerprint: NEAR, storyId: 'story-1' });
      const oneBand = testArticle('one-band.txt', { fingerprint: ONE_BAND });
      await index.upsert(near);
      await index.upsert(oneBand);
      await index.upsert(testArticle('unrelated.txt', { fingerprint: UNRELATED }));

      const found = await index.findSimilar(BASE);

      expect(found.sort((a, b) => a.id.localeCompare(b.id))).toEqual(
        [near, oneBand]
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
          fingerprint: ONE_BAND,
          storyId: 'story-far',
          indexedAt: '2024-02-01T10:00:00.000Z',
        }),
      );

      expect(await assignStoryId('new', BASE, index)).toBe('story-first');
      expect(await assignStoryId('new', '55aa55aa55aa55aa', index)).toBe('new');
    });
  });
}
