import type { AsyncLocalStorage } from 'node:async_hooks';
import { Readable } from 'node:stream';
import type S3rver from 's3rver';
import { DUMMY_ACCOUNT } from 's3rver/lib/models/account.js';
import S3Error from 's3rver/lib/models/error.js';
import { changeFromS3rver, type ObjectChange } from '../s3-event-record.ts';
import {
  AwsChunkedBodyError,
  decodeAwsChunked,
  decodedHeaders,
  isAwsChunked,
} from './aws-chunked.ts';

/**
 * Lets any access key in: s3rver only knows its own dummy key and rejects others, but the
 * local stack should work with whatever credentials a developer's shell has. (s3rver never
 * verifies SigV4 signatures, and SigV2 mismatches are allowed by its options.)
 */
export function acceptAnyAccessKey(): S3rver.Middleware {
  return async (ctx, next) => {
    const authorization = String(ctx.headers.authorization ?? '');
    const credential = ctx.query['X-Amz-Credential'] ?? ctx.query.AWSAccessKeyId;
    const accessKeyId =
      /Credential=([^/,\s]+)\//.exec(authorization)?.[1] ??
      /^AWS ([^:\s]+):/.exec(authorization)?.[1] ??
      (typeof credential === 'string' ? credential.split('/')[0] : undefined);
    if (accessKeyId) DUMMY_ACCOUNT.createKeyPair(accessKeyId, accessKeyId);
    await next();
  };
}

/**
 * Makes a URL-encoded copy source readable to s3rver, which decodes it with `decodeURI` and
 * so misses `%2B` (`+`), `%2F` and other reserved characters the SDKs encode in keys.
 */
export function normaliseCopySource(): S3rver.Middleware {
  return async (ctx, next) => {
    const source = ctx.headers['x-amz-copy-source'];
    if (typeof source === 'string') {
      const [path = '', query] = source.split('?', 2);
      try {
        const readable = encodeURI(decodeURIComponent(path));
        ctx.headers['x-amz-copy-source'] = query === undefined ? readable : `${readable}?${query}`;
      } catch {
        throw new S3Error('InvalidArgument', `copy source is not valid URL encoding: ${source}`);
      }
    }
    await next();
  };
}

async function readBody(stream: Readable, maxBytes: number): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of stream) {
    const buffer = Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk as string);
    total += buffer.length;
    if (total > maxBytes) {
      throw new S3Error(
        'EntityTooLarge',
        `the local S3 server accepts bodies up to ${maxBytes} bytes`,
      );
    }
    chunks.push(buffer);
  }
  return Buffer.concat(chunks);
}

/**
 * Strips `aws-chunked` framing before s3rver stores the body, as S3 does. The body is decoded
 * in memory rather than as a stream because s3rver pipes the request without listening for
 * errors on it, so a malformed body found mid-stream would hang the request instead of failing.
 */
export function decodeAwsChunkedBodies(maxBytes: number): S3rver.Middleware {
  return async (ctx, next) => {
    if (!isAwsChunked(ctx.headers)) return next();
    try {
      const decoded = decodeAwsChunked(await readBody(ctx.req, maxBytes));
      const headers = decodedHeaders(ctx.headers, decoded.length);
      // s3rver reads the same headers object later, so it is updated in place.
      for (const name of Object.keys(ctx.headers)) delete ctx.headers[name];
      Object.assign(ctx.headers, headers);
      ctx.req = Readable.from([decoded]);
    } catch (error) {
      if (error instanceof AwsChunkedBodyError) throw new S3Error('IncompleteBody', error.message);
      throw error;
    }
    await next();
  };
}

/** What the change collector needs from the server around it. */
export interface ChangeCollectorOptions {
  /** Where s3rver's own events for the current request are gathered. */
  requestEvents: AsyncLocalStorage<S3rver.EventRecord[]>;
  /** s3rver leaves the ETag out of copy events; S3 includes it. */
  lookupETag(bucket: string, key: string): Promise<string | undefined>;
  emit(change: ObjectChange): void;
}

function multiDeleteKeys(body: unknown): string[] {
  const objects = (body as { Delete?: { Object?: unknown } } | undefined)?.Delete?.Object;
  const list = Array.isArray(objects) ? objects : objects === undefined ? [] : [objects];
  return list
    .map((object) => (object as { Key?: unknown } | null)?.Key)
    .filter((key) => key !== undefined && key !== null)
    .map(String);
}

/**
 * Turns what each successful request changed into object changes, once the request has been
 * handled (S3 also notifies after the write). s3rver's events are gathered per request so the
 * request can tell a multipart completion from a form POST; a multi-object delete emits no
 * event in s3rver at all, so its keys are read from the parsed request.
 */
export function collectChanges(options: ChangeCollectorOptions): S3rver.Middleware {
  return async (ctx, next) => {
    const records: S3rver.EventRecord[] = [];
    await options.requestEvents.run(records, next);
    if (ctx.status >= 300) return;
    const completedMultipart = ctx.method === 'POST' && 'uploadId' in ctx.query;
    for (const record of records) {
      const change = changeFromS3rver(record, completedMultipart);
      if (!change) continue;
      if (change.eventName === 'ObjectCreated:Copy' && change.eTag === undefined) {
        const eTag = await options.lookupETag(change.bucket, change.key);
        if (eTag !== undefined) change.eTag = eTag;
      }
      options.emit(change);
    }
    const bucket = /^\/([^/]+)\/?$/.exec(ctx.path)?.[1];
    if (ctx.method === 'POST' && 'delete' in ctx.query && bucket) {
      for (const key of multiDeleteKeys(ctx.request.body)) {
        options.emit({ eventName: 'ObjectRemoved:Delete', bucket, key, sourceIp: ctx.ip });
      }
    }
  };
}
