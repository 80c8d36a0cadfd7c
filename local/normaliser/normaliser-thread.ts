import { Worker } from 'node:worker_threads';
import type { NormalisedArticle } from '../../functions/core/article.ts';
import { RejectedArticleError } from '../../functions/core/errors.ts';
import type { ArticleFile, NormaliseOptions } from '../../functions/core/normalise/normalise.ts';
import { threadEntry } from '../thread-entry.ts';
import type { NormaliseReply, NormaliseRequest } from './messages.ts';

const ENTRY = threadEntry(new URL('./worker-entry.mjs', import.meta.url), 'normaliser-thread');

/** `normaliseArticle` on a thread of its own. */
export interface NormaliserThread {
  /** As `normaliseArticle`; the thread uses its own language detector. */
  normalise(file: ArticleFile, options: NormaliseOptions): Promise<NormalisedArticle>;
  close(): Promise<void>;
  /** Whether a thread is running now (it is let go after a while with nothing to do). */
  isRunning(): boolean;
}

/** The normaliser's thread failed (it ran out of memory, or crashed): the delivery is retried. */
export class NormaliserThreadError extends Error {
  override readonly name = 'NormaliserThreadError';
}

// How long the thread may wait for work before it is let go. A bulk ingest leaves its heap at
// a few hundred MiB (word memos, and the garbage V8 keeps room for), which nothing else ever
// gives back; a new thread costs well under a second of CPU, once per burst of files.
const IDLE_RELEASE_MS = 30_000;

/**
 * Runs normalisation off the thread that serves the API, so that a 19 MB file taking seconds
 * to normalise leaves searches and `/health` answering. The thread starts with the first file
 * (a stack that ingests nothing holds no second heap), again after a crash, and again after
 * it was released for having nothing to do for `idleMs`.
 */
export function startNormaliserThread(options: { idleMs?: number } = {}): NormaliserThread {
  const idleMs = options.idleMs ?? IDLE_RELEASE_MS;
  let worker: Worker | undefined;
  let idle: NodeJS.Timeout | undefined;
  let next = 0;
  const pending = new Map<
    number,
    { resolve(article: NormalisedArticle): void; reject(error: Error): void }
  >();
  const failAll = (error: Error) => {
    for (const waiting of pending.values()) waiting.reject(error);
    pending.clear();
  };
  const release = () => {
    const thread = worker;
    worker = undefined;
    if (thread) void thread.terminate();
  };
  const settled = () => {
    if (pending.size > 0) return;
    clearTimeout(idle);
    idle = setTimeout(release, idleMs);
    idle.unref();
  };
  const started = (): Worker => {
    clearTimeout(idle);
    if (worker) return worker;
    // A young generation as small as the other threads' (the writer's, the S3 server's): an
    // unbounded one let a bulk ingest's short-lived garbage grow the heap to hundreds of MiB.
    const thread = new Worker(ENTRY, { resourceLimits: { maxYoungGenerationSizeMb: 4 } });
    thread.on('message', (reply: NormaliseReply) => {
      const waiting = pending.get(reply.id);
      pending.delete(reply.id);
      settled();
      if (!waiting) return;
      if ('article' in reply) waiting.resolve(reply.article);
      else if ('rejected' in reply) {
        waiting.reject(new RejectedArticleError(reply.rejected.reason, reply.rejected.message));
      } else {
        const error = new Error(reply.error.message);
        if (reply.error.stack) error.stack = reply.error.stack;
        waiting.reject(error);
      }
    });
    thread.on('error', (error) => {
      // A thread released or closed has nothing pending; the requests are its successor's.
      if (worker !== thread) return;
      failAll(new NormaliserThreadError(`the normaliser thread failed: ${error.message}`));
    });
    thread.on('exit', (code) => {
      if (worker !== thread) return;
      worker = undefined;
      failAll(new NormaliserThreadError(`the normaliser thread stopped (exit code ${code})`));
    });
    // Not a reason to keep the process alive on its own.
    thread.unref();
    worker = thread;
    return thread;
  };
  return {
    normalise(file, options) {
      const thread = started();
      const id = next++;
      return new Promise<NormalisedArticle>((resolve, reject) => {
        pending.set(id, { resolve, reject });
        const request: NormaliseRequest = {
          id,
          file: {
            bytes: file.bytes,
            key: file.key,
            contentType: file.contentType,
            receivedAt: file.receivedAt.toISOString(),
          },
          ...(options.maxBytes !== undefined ? { maxBytes: options.maxBytes } : {}),
        };
        thread.postMessage(request);
      });
    },
    isRunning() {
      return worker !== undefined;
    },
    async close() {
      clearTimeout(idle);
      const thread = worker;
      worker = undefined;
      if (thread) await thread.terminate();
      failAll(new NormaliserThreadError('the normaliser thread was closed'));
    },
  };
}
