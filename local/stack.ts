import { mkdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { S3Client } from '@aws-sdk/client-s3';
import { ArticleLanguageDetector } from '../functions/adapters/language/article-language-detector.ts';
import { QueryLetterDetector } from '../functions/adapters/language/query-language-detector.ts';
import { S3ArticleSource } from '../functions/adapters/s3/s3-article-source.ts';
import { type Logger, silentLogger } from '../functions/commons/logger.ts';
import { createIngestHandler } from '../functions/ingest/handler.ts';
import { createSearchHandler } from '../functions/search/handler.ts';
import { startApiServer } from './api-server.ts';
import {
  allDeadLetterSinks,
  failureRecordingDeadLetters,
  jsonLinesDeadLetters,
} from './dead-letter.ts';
import { captureFailureReasons } from './failure-reasons.ts';
import { LocalQueue } from './local-queue.ts';
import { type BucketObject, reconcileWithBucket } from './reconcile.ts';
import { type ObjectChange, toS3EventRecord } from './s3-event-record.ts';
import { type S3Server, startS3Server } from './s3-server.ts';
import { openSearchBackend, type SearchBackend } from './search-backend.ts';
import { seedOnFirstStart } from './seed.ts';
import { createSequencerClock } from './sequencer-clock.ts';
import { localQueueArn } from './sqs-event.ts';

/** A bucket's objects as reconciliation compares them, from the local server's catalog. */
async function* localListing(s3: S3Server, bucket: string): AsyncIterable<BucketObject[]> {
  for await (const page of s3.listBucket(bucket)) {
    yield page.map((o) => ({
      key: o.key,
      size: o.size,
      lastModified: new Date(o.lastModified),
      eTag: o.etag,
    }));
  }
}

/** The bucket articles are dropped into. */
export const BUCKET = 'articles';
/** The region every local ARN and client claims. */
export const REGION = 'us-east-1';
/** Credentials for the local S3 server, which accepts any. */
export const LOCAL_CREDENTIALS = { accessKeyId: 'local', secretAccessKey: 'local' };
const QUEUE_NAME = 'article-ingest';
// Long enough for a retry or two to finish; whatever is left is found again by reconciliation.
const SHUTDOWN_DRAIN_MS = 5_000;

/** How to run the local stack. */
export interface LocalStackOptions {
  /** Holds the bucket's objects, the index and the dead-letter file. */
  dataDir: string;
  /** @default '127.0.0.1' */
  host?: string;
  /** 0 picks a free port. @default 3000 */
  apiPort?: number;
  /** 0 picks a free port. @default 4569 */
  s3Port?: number;
  /** Files uploaded into the bucket the first time a data directory is used. @default none */
  seedsDir?: string;
  /** The index to run on. @default { kind: 'embedded' }, a SQLite file in `dataDir` */
  searchBackend?: SearchBackend;
  /** A logger per component (`s3`, `queue`, `ingest`, `search`, `api`, `index`, `stack`). */
  logger?: (component: string) => Logger;
  /** Wait before redelivering a failed message. */
  retryBackoffMs?: (receiveCount: number) => number;
}

/** A running local stack. */
export interface LocalStack {
  apiUrl: string;
  s3Url: string;
  bucket: string;
  dataDir: string;
  /** Resolves once every queued event has been ingested or dead-lettered. */
  drained(): Promise<void>;
  /** Stops serving, lets queued ingestion finish (up to a few seconds) and closes the index. */
  stop(): Promise<void>;
}

/**
 * Starts the whole pipeline on loopback with the deployed handlers: an S3-compatible server
 * whose changes become S3 notifications, a queue in SQS's place feeding the ingest handler,
 * and an HTTP server in API Gateway's place in front of the search handler. On start it
 * reconciles the index with the bucket and, the first time, uploads the seeds.
 */
export async function startLocalStack(options: LocalStackOptions): Promise<LocalStack> {
  const log = options.logger ?? (() => silentLogger);
  const stackLog = log('stack');
  const host = options.host ?? '127.0.0.1';
  const dataDir = resolve(options.dataDir);
  const cleanups: (() => Promise<unknown>)[] = [];
  const cleanUp = async () => {
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
  };

  try {
    await mkdir(dataDir, { recursive: true });
    // The S3 server's thread starts while the index opens.
    const [opened, started] = await Promise.allSettled([
      openSearchBackend(options.searchBackend ?? { kind: 'embedded' }, dataDir, log('index')),
      startS3Server({
        directory: join(dataDir, 's3'),
        host,
        port: options.s3Port ?? 4569,
        buckets: [BUCKET],
        logger: log('s3'),
      }),
    ]);
    if (opened.status === 'fulfilled') cleanups.push(() => opened.value.index.close());
    if (started.status === 'fulfilled') cleanups.push(() => started.value.close());
    if (opened.status === 'rejected') throw opened.reason;
    if (started.status === 'rejected') throw started.reason;
    const { index, stories } = opened.value;
    const s3 = started.value;
    const s3Client = new S3Client({
      endpoint: s3.url,
      forcePathStyle: true,
      region: REGION,
      credentials: LOCAL_CREDENTIALS,
    });
    cleanups.push(async () => s3Client.destroy());

    const detector = new ArticleLanguageDetector();
    const reasons = captureFailureReasons(log('ingest'));
    const ingest = createIngestHandler({
      source: new S3ArticleSource(s3Client),
      index,
      ...(stories ? { stories } : {}),
      detector,
      clock: () => new Date(),
      logger: reasons.logger,
    });
    const queueLog = log('queue');
    const queue = new LocalQueue({
      queue: { region: REGION, arn: localQueueArn(REGION, QUEUE_NAME) },
      consumer: ingest,
      deadLetters: allDeadLetterSinks(
        jsonLinesDeadLetters(join(dataDir, 'dead-letter.jsonl')),
        failureRecordingDeadLetters(index),
      ),
      logger: queueLog,
      failureReason: reasons.take,
      ...(options.retryBackoffMs ? { backoffMs: options.retryBackoffMs } : {}),
    });
    cleanups.push(async () => {
      const abandoned = await queue.close(SHUTDOWN_DRAIN_MS);
      if (abandoned > 0) {
        queueLog.warn('left messages undelivered; the next start reconciles them', { abandoned });
      }
    });

    const nextSequencer = createSequencerClock();
    const s3Log = log('s3');
    const publish = (change: ObjectChange, sequencer = nextSequencer()) => {
      const record = toS3EventRecord(change, { region: REGION, sequencer, time: new Date() });
      queue.send(JSON.stringify({ Records: [record] }));
      s3Log.info(`${change.eventName} ${change.key}`, { size: change.size });
    };
    // Subscribed before reconciling, so nothing that happens from here on can be missed.
    const unsubscribe = s3.onChange((change) => publish(change));
    cleanups.push(async () => unsubscribe());

    const summary = await reconcileWithBucket({
      list: (bucket) => localListing(s3, bucket),
      bucket: BUCKET,
      index,
      publish,
      sequencer: nextSequencer(),
    });
    stackLog.info(
      `reconciled: ${summary.inBucket} objects in the bucket, ${summary.indexed} indexed; ` +
        `${summary.created} to index, ${summary.removed} to remove, ` +
        `${summary.alreadyRejected} already rejected`,
    );

    const { seedsDir } = options;
    if (seedsDir !== undefined) {
      const seeded = await seedOnFirstStart({ s3: s3Client, bucket: BUCKET, seedsDir, dataDir });
      if (seeded)
        stackLog.info(`first start: uploaded ${seeded.length} seed files from ${seedsDir}`);
    }

    const api = await startApiServer({
      host,
      port: options.apiPort ?? 3000,
      // Queries are identified as the deployed search function identifies them.
      handler: createSearchHandler({
        index,
        detector: new QueryLetterDetector(),
        logger: log('search'),
      }),
      logger: log('api'),
    });
    cleanups.push(() => api.close());

    let stopping: Promise<void> | undefined;
    return {
      apiUrl: api.url,
      s3Url: s3.url,
      bucket: BUCKET,
      dataDir,
      drained: () => queue.drained(),
      stop() {
        stopping ??= cleanUp().then(() => stackLog.info('stopped'));
        return stopping;
      },
    };
  } catch (error) {
    await cleanUp();
    throw error;
  }
}
