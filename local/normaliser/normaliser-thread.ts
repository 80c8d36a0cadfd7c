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
}

/** The normaliser's thread failed (it ran out of memory, or crashed): the delivery is retried. */
export class NormaliserThreadError extends Error {
  override readonly name = 'NormaliserThreadError';
}

/**
 * Runs normalisation off the thread that serves the API, so that a 19 MB file taking seconds
 * to normalise leaves searches and `/health` answering. The thread starts with the first file
 * (a stack that ingests nothing holds no second heap) and again after a crash.
 */
export function startNormaliserThread(): NormaliserThread {
  let worker: Worker | undefined;
  let next = 0;
  const pending = new Map<
    number,
    { resolve(article: NormalisedArticle): void; reject(error: Error): void }
  >();
  const failAll = (error: Error) => {
    for (const waiting of pending.values()) waiting.reject(error);
    pending.clear();
  };
  const started = (): Worker => {
    if (worker) return worker;
    const thread = new Worker(ENTRY);
    thread.on('message', (reply: NormaliseReply) => {
      const waiting = pending.get(reply.id);
      pending.delete(reply.id);
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
      failAll(new NormaliserThreadError(`the normaliser thread failed: ${error.message}`));
    });
    thread.on('exit', (code) => {
      if (worker === thread) worker = undefined;
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
    async close() {
      const thread = worker;
      worker = undefined;
      if (thread) await thread.terminate();
      failAll(new NormaliserThreadError('the normaliser thread was closed'));
    },
  };
}
