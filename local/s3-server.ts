import { Worker } from 'node:worker_threads';
import type { Logger } from '../functions/commons/logger.ts';
import type { ListedObject } from './s3/catalog.ts';
import type { S3ServeOptions } from './s3/serve.ts';
import type { S3WorkerMessage, S3WorkerRequest } from './s3/worker.ts';
import type { ObjectChange } from './s3-event-record.ts';
import { threadEntry } from './thread-entry.ts';
import { httpUrl } from './urls.ts';

/** Where and how the local S3-compatible server runs. */
export type S3ServerOptions = Omit<S3ServeOptions, 'openForWrite'> & {
  /** Where the server's own troubles are reported. */
  logger?: Logger;
};

/** A running local S3-compatible server. */
export interface S3Server {
  url: string;
  /** Subscribes to object changes; returns the unsubscribe function. */
  onChange(listener: (change: ObjectChange) => void): () => void;
  /** Every object of a bucket in key order, read from the server's catalog page by page. */
  listBucket(bucket: string): AsyncIterable<ListedObject[]>;
  /**
   * Refuses writes from now on (`503 ServiceUnavailable`); resolves once the writes already
   * accepted have delivered their changes here.
   */
  stopWrites(): Promise<void>;
  close(): Promise<void>;
}

// A page of the bucket for reconciliation at start: small enough that its objects are gone by
// the next minor collection of the heap they are copied into (see INDEX_PAGE in reconcile.ts).
const LIST_PAGE = 1_000;

const WORKER = threadEntry(new URL('./s3/worker-entry.mjs', import.meta.url), 's3-thread');

/**
 * Starts the local S3 server in a thread of its own (see `serveS3`), so that no listing or
 * upload, however large, delays a search. Its object changes arrive here, in order.
 */
export async function startS3Server(options: S3ServerOptions): Promise<S3Server> {
  const { logger, ...serveOptions } = options;
  const listeners = new Set<(change: ObjectChange) => void>();
  const listings = new Map<
    number,
    (page: { objects: ListedObject[]; next: string | null }) => void
  >();
  let requests = 0;
  const writesStopped: Array<() => void> = [];
  const worker = new Worker(WORKER, {
    workerData: serveOptions,
    // A small young generation: the thread's allocations are short-lived request buffers, and
    // the default (tens of MiB per thread) was a fifth of the stack's memory after start.
    resourceLimits: { maxYoungGenerationSizeMb: 4 },
  });
  let closing = false;
  const closed = new Promise<void>((resolve) => worker.once('exit', () => resolve()));
  const port = await new Promise<number>((resolve, reject) => {
    worker.on('message', (message: S3WorkerMessage) => {
      switch (message.type) {
        case 'ready':
          return resolve(message.port);
        case 'failed':
          return reject(new Error(message.message));
        case 'change':
          for (const listener of listeners) listener(message.change);
          return;
        case 'swept':
          if (message.files > 0) {
            logger?.info(`removed ${message.files} object files a crash had left unfinished`);
          }
          return;
        case 'listed':
          listings.get(message.request)?.(message);
          listings.delete(message.request);
          return;
        case 'writes-stopped':
          for (const resolve of writesStopped.splice(0)) resolve();
          return;
        case 'closed':
          void worker.terminate();
          return;
        default:
          return;
      }
    });
    worker.once('error', reject);
    worker.once('exit', (code) => {
      if (!closing) {
        const error = new Error(`the local S3 server stopped unexpectedly (exit code ${code})`);
        logger?.error(error.message);
        reject(error);
      }
    });
  });
  return {
    url: httpUrl(options.host, port),
    onChange(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    async *listBucket(bucket) {
      let after: string | null = '';
      while (after !== null) {
        const request = requests++;
        const page = await new Promise<{ objects: ListedObject[]; next: string | null }>(
          (resolve) => {
            listings.set(request, resolve);
            const message: S3WorkerRequest = {
              type: 'list',
              request,
              bucket,
              after: after ?? '',
              limit: LIST_PAGE,
            };
            worker.postMessage(message);
          },
        );
        yield page.objects;
        after = page.next;
      }
    },
    stopWrites() {
      if (closing) return Promise.resolve();
      return new Promise<void>((resolve) => {
        writesStopped.push(resolve);
        worker.postMessage('stop-writes' satisfies S3WorkerRequest);
      });
    },
    async close() {
      if (closing) return closed;
      closing = true;
      worker.postMessage('close');
      const timer = setTimeout(() => void worker.terminate(), 5_000);
      await closed;
      clearTimeout(timer);
    },
  };
}
