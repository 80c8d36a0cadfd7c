import { Worker } from 'node:worker_threads';
import type { EmbeddedIndex } from '../../functions/adapters/embedded-index/sqlite-article-index.ts';
import type { SearchPage, SearchQuery } from '../../functions/core/search-query.ts';
import type { SearchReply, SearchRequest } from './search-worker.ts';

const ENTRY = new URL('./worker-entry.mjs', import.meta.url);

interface Reader {
  worker: Worker;
  pending: Map<number, { resolve(page: SearchPage): void; reject(error: Error): void }>;
}

/**
 * Answers the searches of an embedded index on reader threads, each with its own connection to
 * the file: a search ranks in SQLite and makes snippets synchronously, so on the one thread that
 * also serves HTTP and ingests, concurrent searches only queued behind each other. Everything
 * else (writes, article lookups, failures) stays on the index as it was.
 */
export async function withSearchReaders(
  index: EmbeddedIndex,
  file: string,
  readers: number,
): Promise<EmbeddedIndex> {
  const pool: Reader[] = [];
  let next = 0;
  for (let i = 0; i < readers; i++) {
    const worker = new Worker(ENTRY, { workerData: { file } });
    const reader: Reader = { worker, pending: new Map() };
    worker.on('message', (reply: SearchReply) => {
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
  const search = (query: SearchQuery): Promise<SearchPage> => {
    // The reader with the fewest searches waiting, so one slow search does not hold up others.
    const reader = pool.reduce((a, b) => (b.pending.size < a.pending.size ? b : a));
    const id = next++;
    return new Promise((resolve, reject) => {
      reader.pending.set(id, { resolve, reject });
      const request: SearchRequest = { id, query };
      reader.worker.postMessage(request);
    });
  };
  const close = async () => {
    await Promise.all(pool.map((reader) => reader.worker.terminate()));
    await index.close();
  };
  return Object.assign(Object.create(index) as EmbeddedIndex, { search, close });
}
