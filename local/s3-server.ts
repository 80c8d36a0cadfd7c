import { AsyncLocalStorage } from 'node:async_hooks';
import S3rver from 's3rver';
import {
  acceptAnyAccessKey,
  collectChanges,
  decodeAwsChunkedBodies,
  normaliseCopySource,
} from './s3-edge-middleware.ts';
import type { ObjectChange } from './s3-event-record.ts';
import { httpUrl } from './urls.ts';

/** Where and how the local S3-compatible server runs. */
export interface S3ServerOptions {
  /** Directory holding the buckets' objects. */
  directory: string;
  host: string;
  /** 0 picks a free port. */
  port: number;
  /** Buckets created at start when missing. */
  buckets: string[];
  /** @default 64 MiB */
  maxChunkedBodyBytes?: number;
}

/** A running local S3-compatible server. */
export interface S3Server {
  url: string;
  /** Subscribes to object changes; returns the unsubscribe function. */
  onChange(listener: (change: ObjectChange) => void): () => void;
  close(): Promise<void>;
}

const DEFAULT_MAX_CHUNKED_BODY = 64 * 1024 * 1024;

/**
 * Starts s3rver with the fixes that make it behave like S3 for the AWS SDKs and CLI: any
 * credentials, `aws-chunked` bodies decoded, and one change per modified object.
 */
export async function startS3Server(options: S3ServerOptions): Promise<S3Server> {
  const server = new S3rver({
    address: options.host,
    port: options.port,
    silent: true,
    directory: options.directory,
    allowMismatchedSignatures: true,
    // Path-style only: a host name must never be mistaken for a bucket name.
    vhostBuckets: false,
    configureBuckets: options.buckets.map((name) => ({ name })),
  });
  const requestEvents = new AsyncLocalStorage<S3rver.EventRecord[]>();
  const listeners = new Set<(change: ObjectChange) => void>();
  server.on('event', (event) => requestEvents.getStore()?.push(...event.Records));
  // Koa composes its middleware when the server starts listening, so these run first.
  server.middleware.unshift(
    collectChanges({
      requestEvents,
      lookupETag: async (bucket, key) =>
        (await server.store.getMetadata(bucket, key)).etag?.replaceAll('"', ''),
      emit: (change) => {
        for (const listener of listeners) listener(change);
      },
    }),
    acceptAnyAccessKey(),
    normaliseCopySource(),
    decodeAwsChunkedBodies(options.maxChunkedBodyBytes ?? DEFAULT_MAX_CHUNKED_BODY),
  );
  const address = await server.run();
  return {
    url: httpUrl(options.host, address.port),
    onChange(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    close: () => server.close(),
  };
}
