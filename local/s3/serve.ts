import { AsyncLocalStorage } from 'node:async_hooks';
import type { Server } from 'node:http';
import S3rver from 's3rver';
import type { ObjectChange } from '../s3-event-record.ts';
import {
  acceptAnyAccessKey,
  collectChanges,
  decodeAwsChunkedBodies,
  normaliseCopySource,
} from './edge-middleware.ts';
import { listObjectsFromCatalog } from './list-objects.ts';
import { ObjectStore, type OpenForWrite } from './object-store.ts';
import { writeGate } from './write-gate.ts';

/** Where and how the local S3-compatible server runs. */
export interface S3ServeOptions {
  /** Directory holding the catalog and the objects' files. */
  directory: string;
  host: string;
  /** 0 picks a free port. */
  port: number;
  /** Buckets created at start when missing. */
  buckets: string[];
  /** @default 64 MiB */
  maxChunkedBodyBytes?: number;
  /** Replaces how object files are opened (tests make the disk fail with it). */
  openForWrite?: OpenForWrite;
}

/** The S3 server running in this thread. */
export interface ServingS3 {
  port: number;
  store: ObjectStore;
  /** Refuses writes from now on; resolves once those in progress have reported their changes. */
  stopWrites(): Promise<void>;
  close(): Promise<void>;
}

const DEFAULT_MAX_CHUNKED_BODY = 64 * 1024 * 1024;
// A client that sends nothing for this long is dropped, so it cannot hold a connection forever.
const REQUEST_TIMEOUT_MS = 5 * 60_000;
// A request's head must arrive within this; an idle kept-alive connection is closed after the
// other. Both bound what a silent or half-sent connection holds.
const HEADERS_TIMEOUT_MS = 10_000;
const KEEP_ALIVE_TIMEOUT_MS = 5_000;
// At shutdown, requests in progress get this long before their connections are cut.
const CLOSE_GRACE_MS = 1_000;

/**
 * Serves S3 in this thread: s3rver parses and answers the requests, on our store (see
 * `ObjectStore`), with the fixes that make it behave like S3 for the AWS SDKs and CLI: any
 * credentials, `aws-chunked` bodies decoded, listings from the catalog, and one change per
 * modified object, reported to `onChange` once the write is committed.
 */
export async function serveS3(
  options: S3ServeOptions,
  onChange: (change: ObjectChange) => void,
): Promise<ServingS3> {
  const store = await ObjectStore.open({
    directory: options.directory,
    ...(options.openForWrite ? { openForWrite: options.openForWrite } : {}),
  });
  for (const bucket of options.buckets) store.catalog.putBucket(bucket);
  const server = new S3rver({
    address: options.host,
    port: options.port,
    silent: true,
    directory: options.directory,
    allowMismatchedSignatures: true,
    // Path-style only: a host name must never be mistaken for a bucket name.
    vhostBuckets: false,
    configureBuckets: [],
  });
  // s3rver's requests all reach the store through these two references.
  server.store = store;
  server.context.store = store;
  const requestEvents = new AsyncLocalStorage<S3rver.EventRecord[]>();
  const writes = writeGate();
  server.on('event', (event) => requestEvents.getStore()?.push(...event.Records));
  // A failure while answering one request is that request's; it must never stop the server.
  server.on('error', () => undefined);
  // Koa composes its middleware when the server starts listening, so these run first.
  server.middleware.unshift(
    // Outermost, so that a write counts as finished only once its change has been reported.
    writes.middleware,
    collectChanges({
      requestEvents,
      lookupETag: async (bucket, key) => store.catalog.object(bucket, key)?.etag,
      emit: onChange,
    }),
    acceptAnyAccessKey(),
    listObjectsFromCatalog(store.catalog),
    normaliseCopySource(),
    decodeAwsChunkedBodies(options.maxChunkedBodyBytes ?? DEFAULT_MAX_CHUNKED_BODY),
  );
  let address: Awaited<ReturnType<S3rver['run']>>;
  try {
    address = await server.run();
  } catch (error) {
    store.close();
    throw error;
  }
  const http = (server as unknown as { httpServer?: Server }).httpServer;
  http?.on('clientError', (_error, socket) => socket.destroy());
  if (http) {
    http.requestTimeout = REQUEST_TIMEOUT_MS;
    http.headersTimeout = HEADERS_TIMEOUT_MS;
    http.keepAliveTimeout = KEEP_ALIVE_TIMEOUT_MS;
  }
  return {
    port: address.port,
    store,
    stopWrites: () => writes.close(),
    async close() {
      // `server.close()` waits for every connection to end: idle kept-alive ones are closed at
      // once, and whatever is still open after a short grace (a half-sent request, a client
      // that stopped reading) is cut, so stopping ends within a bound.
      const closing = server.close();
      http?.closeIdleConnections();
      const cut = setTimeout(() => http?.closeAllConnections(), CLOSE_GRACE_MS);
      try {
        await closing;
      } finally {
        clearTimeout(cut);
        store.close();
      }
    },
  };
}
