import { Worker } from 'node:worker_threads';
import type { EmbeddedIndex } from '../../functions/adapters/embedded-index/sqlite-article-index.ts';
import type { WriteOutcome } from '../../functions/core/ports.ts';
import { threadEntry } from '../thread-entry.ts';
import type { WriteReply, WriteRequest } from './messages.ts';

const ENTRY = threadEntry(new URL('./worker-entry.mjs', import.meta.url), 'writer-thread');

/** An error the writer's thread met, with SQLite's code kept (busy, full and corrupt matter). */
class IndexWriteError extends Error {
  override readonly name = 'IndexWriteError';
  constructor(
    message: string,
    readonly code?: string,
  ) {
    super(message);
  }
}

type Request = WriteRequest extends infer R
  ? R extends { id: number }
    ? Omit<R, 'id'>
    : never
  : never;

/**
 * The embedded index with its writes (upserts, removals, failure records) made on a thread of
 * their own, over a second connection to the same file; reads stay where they were (here, and
 * the search readers). The thread starts with the first write.
 */
export function withWriterThread(
  index: EmbeddedIndex,
  where: { dataDir: string; fileName: string },
): EmbeddedIndex {
  let worker: Promise<Worker> | undefined;
  let next = 0;
  const pending = new Map<number, { resolve(value: unknown): void; reject(error: Error): void }>();
  const failAll = (error: Error) => {
    for (const waiting of pending.values()) waiting.reject(error);
    pending.clear();
  };
  const start = (): Promise<Worker> => {
    worker ??= new Promise<Worker>((resolve, reject) => {
      const thread = new Worker(ENTRY, {
        workerData: where,
        resourceLimits: { maxYoungGenerationSizeMb: 4 },
      });
      thread.on('message', (reply: WriteReply) => {
        if ('ready' in reply) return resolve(thread);
        if ('failed' in reply) {
          // The next write tries again (after a rebuild, the file is a new one).
          worker = undefined;
          void thread.terminate();
          return reject(new IndexWriteError(reply.failed));
        }
        const waiting = pending.get(reply.id);
        pending.delete(reply.id);
        if ('error' in reply)
          waiting?.reject(new IndexWriteError(reply.error.message, reply.error.code));
        else waiting?.resolve(reply.outcome);
      });
      thread.on('error', (error) => {
        reject(error);
        failAll(new IndexWriteError(`the index writer thread failed: ${error.message}`));
      });
      thread.on('exit', () => {
        worker = undefined;
        failAll(new IndexWriteError('the index writer thread stopped'));
      });
    });
    return worker;
  };
  const send = async <T>(request: Request): Promise<T> => {
    const thread = await start();
    const id = next++;
    return new Promise<T>((resolve, reject) => {
      pending.set(id, { resolve: resolve as (value: unknown) => void, reject });
      thread.postMessage({ ...request, id } as WriteRequest);
    });
  };
  const writes: Partial<EmbeddedIndex> = {
    upsert: (article) => send<WriteOutcome>({ method: 'upsert', article }),
    upsertAll: (articles) => send<WriteOutcome[]>({ method: 'upsertAll', articles: [...articles] }),
    remove: (articleId, sequencer) =>
      send<WriteOutcome>({ method: 'remove', articleId, sequencer }),
    recordFailure: (failure) => send<void>({ method: 'recordFailure', failure }),
    clearFailure: (bucket, key) => send<void>({ method: 'clearFailure', bucket, key }),
    close: async () => {
      const running = worker;
      worker = undefined;
      if (running) {
        const thread = await running.catch(() => undefined);
        if (thread) {
          const exited = new Promise((resolve) => thread.once('exit', resolve));
          thread.postMessage('close');
          await exited;
        }
      }
      await index.close();
    },
  };
  return Object.assign(Object.create(index) as EmbeddedIndex, writes);
}
