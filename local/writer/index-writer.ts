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

// How long the writer's thread may wait for work before it is let go. A bulk ingest leaves its
// heap at 150-280 MiB (the analysis memos, which are bounded, and the garbage V8 keeps room
// for), which nothing else ever gives back; a new thread opens the index again in well under a
// second, once per burst of writes.
const IDLE_RELEASE_MS = 30_000;

/** The embedded index with its writes on a thread of their own. */
export interface WriterThreadIndex extends EmbeddedIndex {
  /** Whether the writer's thread is running now (it starts with a write, and is let go idle). */
  writerRunning(): boolean;
}

/**
 * The embedded index with its writes (upserts, removals, failure records) made on a thread of
 * their own, over a second connection to the same file; reads stay where they were (here, and
 * the search readers). The thread starts with the first write, and is let go after `idleMs`
 * with no write to make (the next write starts another).
 */
export function withWriterThread(
  index: EmbeddedIndex,
  where: { dataDir: string; fileName: string },
  options: { idleMs?: number } = {},
): WriterThreadIndex {
  const idleMs = options.idleMs ?? IDLE_RELEASE_MS;
  let worker: Promise<Worker> | undefined;
  let idle: NodeJS.Timeout | undefined;
  let next = 0;
  const pending = new Map<number, { resolve(value: unknown): void; reject(error: Error): void }>();
  const failAll = (error: Error) => {
    for (const waiting of pending.values()) waiting.reject(error);
    pending.clear();
  };
  // Closes a thread's connection and ends it: only when nothing is pending, so no write is lost.
  const stopThread = async (running: Promise<Worker>) => {
    const thread = await running.catch(() => undefined);
    if (!thread) return;
    const exited = new Promise((resolve) => thread.once('exit', resolve));
    thread.postMessage('close');
    await exited;
  };
  const release = () => {
    const running = worker;
    if (!running || pending.size > 0) return;
    worker = undefined;
    void stopThread(running);
  };
  const settled = () => {
    if (pending.size > 0) return;
    clearTimeout(idle);
    idle = setTimeout(release, idleMs);
    idle.unref();
  };
  const start = (): Promise<Worker> => {
    clearTimeout(idle);
    if (worker) return worker;
    const starting = new Promise<Worker>((resolve, reject) => {
      const thread = new Worker(ENTRY, {
        workerData: where,
        resourceLimits: { maxYoungGenerationSizeMb: 4 },
      });
      thread.on('message', (reply: WriteReply) => {
        if ('ready' in reply) return resolve(thread);
        if ('failed' in reply) {
          // The next write tries again (after a rebuild, the file is a new one).
          if (worker === starting) worker = undefined;
          void thread.terminate();
          return reject(new IndexWriteError(reply.failed));
        }
        const waiting = pending.get(reply.id);
        pending.delete(reply.id);
        if ('error' in reply)
          waiting?.reject(new IndexWriteError(reply.error.message, reply.error.code));
        else waiting?.resolve(reply.outcome);
        settled();
      });
      thread.on('error', (error) => {
        reject(error);
        // A thread let go has nothing pending; the requests are its successor's.
        if (worker !== starting) return;
        failAll(new IndexWriteError(`the index writer thread failed: ${error.message}`));
      });
      thread.on('exit', () => {
        if (worker !== starting) return;
        worker = undefined;
        failAll(new IndexWriteError('the index writer thread stopped'));
      });
    });
    worker = starting;
    return starting;
  };
  const send = <T>(request: Request): Promise<T> => {
    const id = next++;
    return new Promise<T>((resolve, reject) => {
      // Pending from now on, before the thread is ready: an idle thread is never let go
      // between a write being asked for and its being posted.
      pending.set(id, { resolve: resolve as (value: unknown) => void, reject });
      start().then(
        (thread) => thread.postMessage({ ...request, id } as WriteRequest),
        (error: unknown) => {
          pending.delete(id);
          reject(error instanceof Error ? error : new IndexWriteError(String(error)));
        },
      );
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
      clearTimeout(idle);
      const running = worker;
      worker = undefined;
      if (running) await stopThread(running);
      await index.close();
    },
  };
  return Object.assign(Object.create(index) as EmbeddedIndex, writes, {
    writerRunning: () => worker !== undefined,
  });
}
