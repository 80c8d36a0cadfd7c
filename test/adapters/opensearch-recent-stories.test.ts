import { describe, expect, it } from 'vitest';
import {
  MAX_RECENT_STORIES,
  RECENT_STORY_MS,
  RecentStories,
} from '../../functions/adapters/opensearch/recent-stories.ts';
import type { StoryCandidate } from '../../functions/core/ingest/story.ts';

const BASE = '0123456789abcdef';
/** Shares seven bands with BASE. */
const NEAR = '0123456789abcdee';
/** Shares no band with BASE. */
const UNRELATED = 'fedcba9876543210';

const candidate = (id: string, fingerprint: string, storyId = id): StoryCandidate => ({
  id,
  storyId,
  fingerprint,
  indexedAt: '2026-01-01T00:00:00.000Z',
});

function clock() {
  let now = 1_000_000;
  return { now: () => now, advance: (ms: number) => (now += ms) };
}

describe('articles written before the next refresh, for story lookup', () => {
  it('offers an article written a moment ago that shares a band, before any search can see it', () => {
    const recent = new RecentStories();
    recent.remember(candidate('a', NEAR));
    recent.remember(candidate('b', UNRELATED));

    expect(recent.withRecent(BASE, [])).toEqual([candidate('a', NEAR)]);
  });

  it('keeps what the index found, replacing an article by the version written since', () => {
    const recent = new RecentStories();
    recent.remember(candidate('a', NEAR, 'new-story'));

    const merged = recent.withRecent(BASE, [
      candidate('a', NEAR, 'old-story'),
      candidate('c', NEAR),
    ]);

    expect(merged).toEqual([candidate('c', NEAR), candidate('a', NEAR, 'new-story')]);
  });

  it('drops an article deleted since, even while searches still show it', () => {
    const recent = new RecentStories();
    recent.remember(candidate('a', NEAR));
    recent.forget('a');
    recent.forget('c');

    expect(recent.withRecent(BASE, [candidate('c', NEAR)])).toEqual([]);
  });

  it('forgets writes once searches must see them, and never holds more than its bound', () => {
    const time = clock();
    const recent = new RecentStories(time.now);
    recent.remember(candidate('old', NEAR));
    time.advance(RECENT_STORY_MS + 1);

    expect(recent.withRecent(BASE, [])).toEqual([]);

    for (let i = 0; i <= MAX_RECENT_STORIES; i++) recent.remember(candidate(`n${i}`, NEAR));
    const kept = recent.withRecent(BASE, []);
    expect(kept).toHaveLength(MAX_RECENT_STORIES);
    expect(kept[0]?.id).toBe('n1');
  });
});
