import { Worker } from 'node:worker_threads';
import type { EmbeddedIndex } from '../../functions/adapters/embedded-index/sqlite-article-index.ts';
import type { Logger } from '../../functions/commons/logger.ts';
import type { SearchPage, SearchQuery } from '../../functions/core/search/search-query.ts';
import { threadEntry } from '../thread-entry.ts';
import type { SearchReply, SearchRequest } from './search-worker.ts';

const ENTRY = threadEntry(new URL('./worker-entry.mjs', import.meta.url), 'reader-thread');

interface Reader {
  worker: Worker;
  ready: boolean;
  pending: Map<number, { resolve(page: SearchPage): void; reject(error: Error): void }>;
}

/**
 * Answers the searches of an embedded index on reader threads, each with its own connection to
 * the file: a search ranks in SQLite and makes snippets synchronously, so on the one thread that
 * also serves HTTP and ingests, concurrent searches only queued behind each other. Everything
 * else (writes, article lookups, failures) stays on the index as it was.
 */
/** An embedded index whose searches run on reader threads. */
export interface ThreadedIndex extends EmbeddedIndex {
  /** Starts the reader threads if need be; resolves once every one of them answers. */
  readersReady(): Promise<void>;
  /** Whether the reader threads were started (by a search or `readersReady`). */
  readonly readersStarted: boolean;
  /**
   * Answers on this thread's own connection without starting the readers: the stack warms this
   * thread with it at start, since it answers the first searches while the readers get ready.
   */
  searchHere(query: SearchQuery): Promise<SearchPage>;
}

export function withSearchReaders(
  index: EmbeddedIndex,
  file: string,
  readers: number,
  /** Where a reader's trouble is told (a step of its idle work that failed). */
  log?: Logger,
): ThreadedIndex {
  const pool: Reader[] = [];
  let next = 0;
  let allReady: () => void = () => undefined;
  const ready = new Promise<void>((resolve) => {
    allReady = resolve;
  });
  // Started on the first search, not at start-up: until someone searches they would only
  // hold memory (each thread is a JavaScript heap of its own). Until one is ready (a second or
  // so), searches are answered here, on the index's own connection, as before.
  const start = () => {
    for (let i = 0; i < readers; i++) {
      const worker = new Worker(ENTRY, {
        workerData: { file },
        // As the S3 thread: each reader's garbage is per search, and small.
        resourceLimits: { maxYoungGenerationSizeMb: 4 },
      });
      const reader: Reader = { worker, ready: false, pending: new Map() };
      worker.on('message', (reply: SearchReply) => {
        if ('trouble' in reply) {
          log?.error(reply.trouble);
          return;
        }
        if ('ready' in reply) {
          reader.ready = true;
          if (pool.every((r) => r.ready)) allReady();
          return;
        }
        const waiting = reader.pending.get(reply.id);
        reader.pending.delete(reply.id);
        if ('error' in reply) waiting?.reject(new Error(reply.error));
        else waiting?.resolve(reply.page);
      });
      worker.on('error', (error) => {
        for (const waiting of reader.pending.values()) waiting.reject(error);
        reader.pending.clear();
      });
      pool.push(reader);
    }
  };
  const search = (query: SearchQuery): Promise<SearchPage> => {
    if (pool.length === 0) start();
    const answering = pool.filter((r) => r.ready);
    if (answering.length === 0) return index.search(query);
    // The reader with the fewest searches waiting, so one slow search does not hold up others.
    const reader = answering.reduce((a, b) => (b.pending.size < a.pending.size ? b : a));
    const id = next++;
    return new Promise((resolve, reject) => {
      reader.pending.set(id, { resolve, reject });
      const request: SearchRequest = { id, query };
      reader.worker.postMessage(request);
    });
  };
  const close = async () => {
    await Promise.all(pool.map((reader) => reader.worker.terminate()));
    // A search still waiting would otherwise never be answered.
    for (const reader of pool) {
      for (const waiting of reader.pending.values()) waiting.reject(new Error('the index closed'));
      reader.pending.clear();
    }
    await index.close();
  };
  const readersReady = () => {
    if (pool.length === 0) start();
    return ready;
  };
  const threaded = Object.assign(Object.create(index) as EmbeddedIndex, {
    search,
    close,
    readersReady,
    searchHere: (query: SearchQuery) => index.search(query),
  });
  // A getter (Object.assign would copy its value of the moment).
  return Object.defineProperty(threaded, 'readersStarted', {
    get: () => pool.length > 0,
  }) as typeof threaded & { readonly readersStarted: boolean };
}
