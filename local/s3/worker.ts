import { stat } from 'node:fs/promises';
import { parentPort, workerData } from 'node:worker_threads';
import type { ObjectChange } from '../s3-event-record.ts';
import { lowerThreadPriority } from '../thread-priority.ts';
import type { ListedObject } from './catalog.ts';
import { type S3ServeOptions, serveS3 } from './serve.ts';

/** How far below the other threads the S3 server's runs (a nice value, 0 to 19). */
const S3_THREAD_NICE = 10;

/** What the S3 server's thread tells the thread that started it. */
export type S3WorkerMessage =
  | { type: 'ready'; port: number }
  | { type: 'failed'; message: string }
  | { type: 'change'; change: ObjectChange }
  | { type: 'swept'; files: number }
  | { type: 'listed'; request: number; objects: ListedObject[]; next: string | null }
  | { type: 'writes-stopped' }
  | { type: 'closed' };

/** What the starting thread asks of the S3 server's thread. */
export type S3WorkerRequest =
  | 'close'
  | 'stop-writes'
  | { type: 'list'; request: number; bucket: string; after: string; limit: number };

// The local S3 server's own thread: listings, uploads and their disk writes never wait for, or
// hold up, the event loop that answers searches and runs the ingest.
const port = parentPort;
if (port === null) throw new Error('the S3 worker must run in a worker thread');
const post = (message: S3WorkerMessage) => port.postMessage(message);

try {
  const serving = await serveS3(workerData as S3ServeOptions, (change) =>
    post({ type: 'change', change }),
  );
  port.on('message', (message: S3WorkerRequest) => {
    if (message === 'close') {
      serving.close().then(
        () => post({ type: 'closed' }),
        () => post({ type: 'closed' }),
      );
      return;
    }
    if (message === 'stop-writes') {
      serving.stopWrites().then(() => post({ type: 'writes-stopped' }));
      return;
    }
    // A page of the bucket read from the catalog directly, for reconciliation at start: the
    // same rows a ListObjectsV2 page holds, without the XML in between.
    const page = serving.store.catalog.list(message.bucket, {
      prefix: '',
      delimiter: '',
      after: message.after,
      maxKeys: message.limit,
    });
    post({
      type: 'listed',
      request: message.request,
      objects: page.objects,
      next: page.truncated ? (page.next ?? null) : null,
    });
  });
  // Below the API's thread on a busy machine: a client listing the whole bucket keeps this thread
  // busy for seconds, and `/health` and searches must not wait for the CPU behind it. The libuv
  // pool's threads take the priority of the thread that first needs them, so they are made here
  // first (a no-op if another thread already did) and keep the normal one.
  await stat((workerData as S3ServeOptions).directory);
  lowerThreadPriority(S3_THREAD_NICE);
  post({ type: 'ready', port: serving.port });
  // Files left by a crash mid-write are found once the server already answers.
  serving.store.sweep().then(
    (files) => post({ type: 'swept', files }),
    () => undefined,
  );
} catch (error) {
  post({ type: 'failed', message: error instanceof Error ? error.message : String(error) });
}
