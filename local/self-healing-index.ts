import { existsSync, renameSync, statSync } from 'node:fs';
import Database from 'better-sqlite3';
import {
  FULL_CHECK_MAX_BYTES,
  fullCheckProblem,
  headerProblem,
  isCorruption,
  openingProblem,
} from '../functions/adapters/embedded-index/integrity.ts';
import type { EmbeddedIndex } from '../functions/adapters/embedded-index/sqlite-article-index.ts';
import type { Logger } from '../functions/commons/logger.ts';
import type { Article } from '../functions/core/article.ts';
import type { StoryCandidate } from '../functions/core/ingest/story.ts';
import type { IndexedObject, IngestFailure, WriteOutcome } from '../functions/core/ports.ts';
import type { SearchPage, SearchQuery } from '../functions/core/search/search-query.ts';

/** How the self-healing index opens its file, and whom it tells when it had to start afresh. */
export interface SelfHealingOptions {
  /** The index file. */
  file: string;
  /** Opens the index on `file` (creating it when missing). */
  open(): Promise<EmbeddedIndex>;
  log: Logger;
  /** @default FULL_CHECK_MAX_BYTES */
  fullCheckMaxBytes?: number;
}

/** An embedded index that moves a damaged file aside and starts an empty one in its place. */
export interface SelfHealingIndex extends EmbeddedIndex {
  /** Whether the index started empty because its file was damaged: it must be refilled. */
  readonly rebuilt: boolean;
  /**
   * Called after the file was found damaged while running and replaced by an empty one; the
   * stack then queues the whole bucket again.
   */
  onRebuilt(listener: () => void): void;
  /**
   * A search answered on this thread's own connection, never starting reader threads (see
   * `ThreadedIndex.searchHere`): how the stack warms the thread that answers first.
   */
  searchHere(query: SearchQuery): Promise<SearchPage>;
  /** Warms this thread's own connection (`EmbeddedIndex.warmUp`), as a reader warms its own. */
  warmUpHere(): Promise<void>;
}

// A file that is a cache of the bucket has nothing in it the bucket cannot give back, so a
// damaged one is not worth an operator's evening: it is moved aside (kept, for a post-mortem)
// and rebuilt from the bucket, with one line saying which file and where it went.
function moveAside(file: string, problem: string, log: Logger): void {
  const aside = `${file}.damaged-${new Date().toISOString().replaceAll(':', '-')}`;
  for (const suffix of ['', '-wal', '-shm']) {
    if (existsSync(`${file}${suffix}`)) renameSync(`${file}${suffix}`, `${aside}${suffix}`);
  }
  log.error(
    `the index file ${file} is damaged (${problem}); moved it to ${aside} and rebuilding the index from the bucket`,
  );
}

function checkFile(file: string, fullCheckMaxBytes: number): string | null {
  const header = headerProblem(file);
  if (header !== null || !existsSync(file)) return header;
  let db: Database.Database | undefined;
  try {
    db = new Database(file, { fileMustExist: true });
    db.pragma('busy_timeout = 5000');
    const opening = openingProblem(db);
    if (opening !== null) return opening;
    return statSync(file).size <= fullCheckMaxBytes ? fullCheckProblem(db) : null;
  } catch (error) {
    if (isCorruption(error)) return error instanceof Error ? error.message : String(error);
    throw error;
  } finally {
    db?.close();
  }
}

/**
 * Opens the embedded index after checking its file (`integrity.ts`): a damaged file is moved
 * aside and an empty index started, which reconciliation refills from the bucket. Damage found
 * later, by a search or a write that meets it, does the same while the stack runs: the failed
 * search is answered again from the new index, and `onRebuilt` listeners queue the bucket.
 */
export async function openSelfHealingIndex(options: SelfHealingOptions): Promise<SelfHealingIndex> {
  const { file, log } = options;
  const maxBytes = options.fullCheckMaxBytes ?? FULL_CHECK_MAX_BYTES;
  let rebuilt = false;
  const problem = checkFile(file, maxBytes);
  if (problem !== null) {
    moveAside(file, problem, log);
    rebuilt = true;
  }
  let current: EmbeddedIndex;
  try {
    current = await options.open();
  } catch (error) {
    if (!isCorruption(error)) throw error;
    moveAside(file, error instanceof Error ? error.message : String(error), log);
    rebuilt = true;
    current = await options.open();
  }

  const listeners: Array<() => void> = [];
  let replacing: Promise<void> | undefined;
  let closed = false;
  const replace = (error: unknown): Promise<void> => {
    replacing ??= (async () => {
      const damaged = current;
      await damaged.close().catch(() => undefined);
      moveAside(file, error instanceof Error ? error.message : String(error), log);
      current = await options.open();
      for (const listener of listeners) listener();
    })().finally(() => {
      replacing = undefined;
    });
    return replacing;
  };
  // Every call goes to the index of the moment; one that meets damage replaces the file, and
  // reads are answered again from the new index (empty, then refilling) rather than failing.
  const call = async <T>(use: (index: EmbeddedIndex) => Promise<T>): Promise<T> => {
    if (replacing) await replacing;
    const index = current;
    try {
      return await use(index);
    } catch (error) {
      if (closed || !isCorruption(error)) throw error;
      if (index === current) await replace(error);
      else if (replacing) await replacing;
      return use(current);
    }
  };

  return {
    get rebuilt() {
      return rebuilt;
    },
    onRebuilt: (listener) => {
      listeners.push(listener);
    },
    upsert: (article: Article): Promise<WriteOutcome> => call((i) => i.upsert(article)),
    upsertAll: (articles: readonly Article[]): Promise<WriteOutcome[]> =>
      call((i) =>
        i.upsertAll ? i.upsertAll(articles) : Promise.all(articles.map((a) => i.upsert(a))),
      ),
    remove: (id: string, sequencer: string) => call((i) => i.remove(id, sequencer)),
    get: (id: string): Promise<Article | null> => call((i) => i.get(id)),
    listStory: (storyId: string) => call((i) => i.listStory(storyId)),
    search: (query: SearchQuery): Promise<SearchPage> => call((i) => i.search(query)),
    searchHere: (query: SearchQuery): Promise<SearchPage> =>
      call((i) => (answersHere(i) ? i.searchHere(query) : i.search(query))),
    warmUpHere: () => call(async (i) => i.warmUp?.()),
    findSimilar: (fingerprint: string): Promise<StoryCandidate[]> =>
      call((i) => i.findSimilar(fingerprint)),
    listObjects: (): Promise<IndexedObject[]> => call((i) => i.listObjects()),
    listObjectsPage: (bucket: string, after: string, limit: number): Promise<IndexedObject[]> =>
      call((i) => pageOf(i, bucket, after, limit)),
    recordFailure: (failure: IngestFailure) => call((i) => i.recordFailure(failure)),
    clearFailure: (bucket: string, key: string) => call((i) => i.clearFailure(bucket, key)),
    listFailures: (limit: number): Promise<IngestFailure[]> => call((i) => i.listFailures(limit)),
    close: async () => {
      closed = true;
      if (replacing) await replacing.catch(() => undefined);
      await current.close();
    },
  };
}

function answersHere(
  index: EmbeddedIndex,
): index is EmbeddedIndex & Pick<SelfHealingIndex, 'searchHere'> {
  return typeof (index as Partial<SelfHealingIndex>).searchHere === 'function';
}

async function pageOf(
  index: EmbeddedIndex,
  bucket: string,
  after: string,
  limit: number,
): Promise<IndexedObject[]> {
  if (index.listObjectsPage) return index.listObjectsPage(bucket, after, limit);
  const byKey = (a: string, b: string) => Buffer.compare(Buffer.from(a), Buffer.from(b));
  return (await index.listObjects())
    .filter((o) => o.bucket === bucket && byKey(o.key, after) > 0)
    .sort((a, b) => byKey(a.key, b.key))
    .slice(0, limit);
}
