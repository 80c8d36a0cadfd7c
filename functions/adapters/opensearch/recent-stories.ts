import { type StoryCandidate, storyBands } from '../../core/ingest/story.ts';

/**
 * How long a written article is remembered: well past the refresh interval (1 s by default),
 * after which searches find it anyway, with room for a refresh delayed by load.
 */
export const RECENT_STORY_MS = 30_000;
/** Bound on what is remembered, so a long backfill cannot grow it without limit. */
export const MAX_RECENT_STORIES = 5_000;

/**
 * The articles this process wrote in the last seconds, for story lookup. Searches see a write
 * only after the next refresh, so without this two copies of one release ingested within a
 * second (two files dropped together, one SQS batch) would each name their own story; a real
 * node showed it on the seeds. Writes from other processes (concurrent function instances)
 * still become visible only at the refresh.
 */
export class RecentStories {
  // Both in the order written, oldest first, so expiry stops at the first entry still young.
  private readonly written = new Map<string, { candidate: StoryCandidate; at: number }>();
  private readonly deleted = new Map<string, number>();

  constructor(private readonly now: () => number = Date.now) {}

  /** An article was written. */
  remember(candidate: StoryCandidate): void {
    this.deleted.delete(candidate.id);
    this.written.delete(candidate.id);
    this.written.set(candidate.id, { candidate, at: this.now() });
    this.expire();
  }

  /** An article was deleted: not a candidate, even while searches still show it. */
  forget(id: string): void {
    this.written.delete(id);
    this.deleted.delete(id);
    this.deleted.set(id, this.now());
    this.expire();
  }

  /**
   * The candidates the index found, with the remembered articles sharing a band with the
   * fingerprint; what this process wrote or deleted since replaces what the index shows.
   */
  withRecent(fingerprint: string, found: StoryCandidate[]): StoryCandidate[] {
    this.expire();
    const bands = new Set(bandKeys(fingerprint));
    const recent = [...this.written.values()]
      .map((entry) => entry.candidate)
      .filter((c) => bandKeys(c.fingerprint).some((key) => bands.has(key)));
    const replaced = new Set(recent.map((c) => c.id));
    const older = found.filter((c) => !replaced.has(c.id) && !this.deleted.has(c.id));
    return [...older, ...recent];
  }

  private expire(): void {
    const oldest = this.now() - RECENT_STORY_MS;
    for (const map of [this.written, this.deleted]) {
      for (const [id, entry] of map) {
        const at = typeof entry === 'number' ? entry : entry.at;
        if (at >= oldest && map.size <= MAX_RECENT_STORIES) break;
        map.delete(id);
      }
    }
  }
}

function bandKeys(fingerprint: string): string[] {
  return storyBands(fingerprint).map(([band, value]) => `${band}:${value}`);
}
