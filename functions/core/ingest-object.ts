import type { Article } from './article.ts';
import { articleId } from './article-id.ts';
import { RejectedArticleError } from './errors.ts';
import { DEFAULT_MAX_BYTES, normaliseArticle } from './normalise.ts';
import type { ObjectEvent } from './object-event.ts';
import type { ArticleIndex, ArticleSource, Clock, DocumentLanguageDetector } from './ports.ts';
import { assignStoryId, type StoryIndex } from './story.ts';

/** What ingesting one object event needs. */
export interface IngestDependencies {
  source: ArticleSource;
  index: ArticleIndex;
  detector: DocumentLanguageDetector;
  clock: Clock;
  /**
   * Finds near-duplicates already indexed, so copies of one story share a `storyId`.
   * @default none: every article is its own story
   */
  stories?: StoryIndex;
  /**
   * Largest object accepted, in bytes.
   * @default DEFAULT_MAX_BYTES (20 MiB)
   */
  maxBytes?: number;
}

/** What became of one object event. */
export type IngestOutcome =
  | { status: 'indexed'; id: string; article: Article }
  | { status: 'removed'; id: string }
  /** A newer event for the same key was already applied, or the object is already gone. */
  | { status: 'skipped'; id: string; why: string }
  | { status: 'rejected'; id: string; reason: string; message: string };

/**
 * Applies one created or removed object to the index. A file that cannot become an article is
 * recorded as a failure (with the reason) and reported as `rejected`; it is not retried,
 * because retrying cannot change the bytes. Anything else that goes wrong is thrown, so the
 * caller can retry the message.
 */
export async function ingestObject(
  event: ObjectEvent,
  deps: IngestDependencies,
): Promise<IngestOutcome> {
  const id = articleId(event.bucket, event.key);
  if (event.kind === 'removed') {
    const outcome = await deps.index.remove(id, event.sequencer);
    await deps.index.clearFailure(event.bucket, event.key);
    return outcome === 'applied'
      ? { status: 'removed', id }
      : { status: 'skipped', id, why: 'a newer event for this key was already applied' };
  }

  const maxBytes = deps.maxBytes ?? DEFAULT_MAX_BYTES;
  try {
    // The notification states the size: an oversized object is refused before it is downloaded.
    if (event.size !== undefined && event.size > maxBytes) {
      throw new RejectedArticleError(
        'too-large',
        `the file is ${event.size} bytes, over the limit of ${maxBytes}`,
      );
    }
    const stored = await deps.source.get(event.bucket, event.key);
    if (!stored) {
      // Deleted before we got here; its own removed event will clean up the index.
      return { status: 'skipped', id, why: 'the object no longer exists' };
    }
    const normalised = await normaliseArticle(
      {
        bytes: stored.bytes,
        key: event.key,
        contentType: stored.contentType,
        receivedAt: stored.lastModified ?? deps.clock(),
      },
      { detector: deps.detector, maxBytes },
    );
    const storyId = deps.stories
      ? await assignStoryId(id, normalised.fingerprint, deps.stories)
      : id;
    const article: Article = {
      id,
      bucket: event.bucket,
      key: event.key,
      ...normalised,
      storyId,
      size: stored.size,
      sequencer: event.sequencer,
      indexedAt: deps.clock().toISOString(),
    };
    const outcome = await deps.index.upsert(article);
    if (outcome === 'stale') {
      return { status: 'skipped', id, why: 'a newer event for this key was already applied' };
    }
    await deps.index.clearFailure(event.bucket, event.key);
    return { status: 'indexed', id, article };
  } catch (error) {
    if (!(error instanceof RejectedArticleError)) throw error;
    return reject(event, id, error, deps);
  }
}

async function reject(
  event: ObjectEvent,
  id: string,
  error: RejectedArticleError,
  deps: IngestDependencies,
): Promise<IngestOutcome> {
  // A rejected new version must not leave the old one searchable as if it were current.
  await deps.index.remove(id, event.sequencer);
  await deps.index.recordFailure({
    bucket: event.bucket,
    key: event.key,
    reason: error.reason,
    message: error.message,
    failedAt: deps.clock().toISOString(),
  });
  return { status: 'rejected', id, reason: error.reason, message: error.message };
}
