import type { Article } from '../article.ts';
import { articleId } from '../article-id.ts';
import { RejectedArticleError } from '../errors.ts';
import { DEFAULT_MAX_BYTES, normaliseArticle } from '../normalise/normalise.ts';
import type {
  ArticleIndex,
  ArticleSource,
  Clock,
  DocumentLanguageDetector,
  WriteOutcome,
} from '../ports.ts';
import type { ObjectEvent } from './object-event.ts';
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
  /**
   * Turns an object's bytes into an article, as `normaliseArticle` does: the local stack runs
   * it on a thread of its own, so that a 19 MB file does not stall the API it also serves.
   * @default normaliseArticle, on this thread
   */
  normalise?: typeof normaliseArticle;
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
  const [result] = await ingestObjects([event], deps);
  if (result === undefined) throw new Error('no outcome for the event');
  if ('error' in result) throw result.error;
  return result;
}

/** What became of one event of a batch: its outcome, or the error to retry it for. */
export type BatchResult = IngestOutcome | { error: unknown };

/**
 * Applies the object events of one delivery, as `ingestObject` applies each, with the
 * articles written together: one durable commit for the batch where the index can
 * (`ArticleIndex.upsertAll`), instead of one per article. Events are independent: one that
 * fails is reported alone, and the order of writes does not matter, because every write is
 * ordered by its sequencer against the last applied for its key. An article's near-duplicates
 * are looked up among those already indexed and those earlier in the batch.
 */
export async function ingestObjects(
  events: readonly ObjectEvent[],
  deps: IngestDependencies,
): Promise<BatchResult[]> {
  const results: BatchResult[] = new Array(events.length);
  let pending: Array<{ at: number; article: Article }> = [];
  const flush = async () => {
    const outcomes = await writeAll(
      pending.map((p) => p.article),
      deps.index,
    );
    for (const [i, { at, article }] of pending.entries()) {
      results[at] = toResult(article, outcomes[i]);
    }
    pending = [];
  };
  for (const [at, event] of events.entries()) {
    // Events for one key take effect in the order they came, as they would one by one.
    const id = articleId(event.bucket, event.key);
    if (pending.some((p) => p.article.id === id)) await flush();
    try {
      const prepared = await prepare(event, deps, pending);
      if ('status' in prepared) results[at] = prepared;
      else pending.push({ at, article: prepared.article });
    } catch (error) {
      results[at] = { error };
    }
  }
  await flush();
  return results;
}

function toResult(article: Article, outcome: WriteResult | undefined): BatchResult {
  const { id } = article;
  if (outcome === undefined) return { error: new Error('the index gave no outcome') };
  if (typeof outcome === 'object') return outcome;
  if (outcome === 'stale') {
    return { status: 'skipped', id, why: 'a newer event for this key was already applied' };
  }
  return { status: 'indexed', id, article };
}

type WriteResult = WriteOutcome | { error: unknown };

// One commit for all where the index offers it; should that fail, each article on its own, so
// that one bad article does not fail its neighbours.
async function writeAll(articles: Article[], index: ArticleIndex): Promise<WriteResult[]> {
  if (articles.length === 0) return [];
  if (index.upsertAll && articles.length > 1) {
    try {
      return await index.upsertAll(articles);
    } catch {
      // Retried one by one below.
    }
  }
  const results: WriteResult[] = [];
  for (const article of articles) {
    try {
      const outcome = await index.upsert(article);
      if (outcome === 'applied') await index.clearFailure(article.bucket, article.key);
      results.push(outcome);
    } catch (error) {
      results.push({ error });
    }
  }
  return results;
}

/** An event applied at once (a removal, a rejection, a skip), or the article it makes. */
async function prepare(
  event: ObjectEvent,
  deps: IngestDependencies,
  batch: ReadonlyArray<{ article: Article }>,
): Promise<IngestOutcome | { article: Article }> {
  const id = articleId(event.bucket, event.key);
  if (event.kind === 'removed') {
    const outcome = await deps.index.remove(id, event.sequencer);
    await deps.index.clearFailure(event.bucket, event.key);
    return outcome === 'applied'
      ? { status: 'removed', id }
      : { status: 'skipped', id, why: 'a newer event for this key was already applied' };
  }

  const maxBytes = deps.maxBytes ?? DEFAULT_MAX_BYTES;
  // The version a rejection is about: the one read, else the one the event announced.
  let version = event.eTag;
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
    version = stored.eTag ?? version;
    const normalised = await (deps.normalise ?? normaliseArticle)(
      {
        bytes: stored.bytes,
        key: event.key,
        contentType: stored.contentType,
        receivedAt: stored.lastModified ?? deps.clock(),
      },
      { detector: deps.detector, maxBytes },
    );
    const storyId = deps.stories
      ? await assignStoryId(
          id,
          normalised.fingerprint,
          deps.stories,
          batch.map(({ article }) => ({
            id: article.id,
            storyId: article.storyId,
            fingerprint: article.fingerprint,
            indexedAt: article.indexedAt,
          })),
        )
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
      // The version actually read, which may be newer than the one the event announced.
      ...(stored.eTag !== undefined ? { eTag: stored.eTag } : {}),
    };
    return { article };
  } catch (error) {
    if (!(error instanceof RejectedArticleError)) throw error;
    return reject(event, id, error, deps, version);
  }
}

async function reject(
  event: ObjectEvent,
  id: string,
  error: RejectedArticleError,
  deps: IngestDependencies,
  eTag: string | undefined,
): Promise<IngestOutcome> {
  // A rejected new version must not leave the old one searchable as if it were current.
  await deps.index.remove(id, event.sequencer);
  await deps.index.recordFailure({
    bucket: event.bucket,
    key: event.key,
    reason: error.reason,
    message: error.message,
    failedAt: deps.clock().toISOString(),
    ...(eTag !== undefined ? { eTag } : {}),
  });
  return { status: 'rejected', id, reason: error.reason, message: error.message };
}
