import { mkdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { S3Client } from '@aws-sdk/client-s3';
import * as z from 'zod';
import { ArticleLanguageDetector } from '../functions/adapters/language/article-language-detector.ts';
import { QueryLetterDetector } from '../functions/adapters/language/query-language-detector.ts';
import { SignedGetArticleSource } from '../functions/adapters/s3/signed-get-source.ts';
import { type Logger, silentLogger } from '../functions/commons/logger.ts';
import type { DocumentLanguageDetector } from '../functions/core/ports.ts';
import { searchArticles } from '../functions/core/search/search-articles.ts';
import type { SearchQuery } from '../functions/core/search/search-query.ts';
import { createIngestHandler } from '../functions/ingest/handler.ts';
import { createSearchHandler } from '../functions/search/handler.ts';
import { PageAssets } from '../functions/search/page-assets.ts';
import { OPEN_PAGE_CONFIG, type PageSignIn } from '../functions/search/page-config.ts';
import { buildPage } from '../web/build.ts';
import { countingMetrics, type StackActivity } from './activity.ts';
import {
  type HttpApiHandler,
  LOCAL_ROUTE_PREFIX,
  type LocalRoute,
  startApiServer,
} from './api-server.ts';
import { allDeadLetterSinks, DeadLetterFile, failureRecordingDeadLetters } from './dead-letter.ts';
import { captureFailureReasons } from './failure-reasons.ts';
import { type LocalJwtAuthorizer, withJwtAuthorizer } from './jwt-authorizer.ts';
import { LocalQueue, type QueueConsumer, type SendOptions } from './local-queue.ts';
import { startNormaliserThread } from './normaliser/normaliser-thread.ts';
import { WARM_UP_QUERY } from './readers/warm-up.ts';
import { type BucketObject, reconcileWithBucket } from './reconcile.ts';
import { type RedriveResult, redriveDeadLetters } from './redrive.ts';
import { type ObjectChange, toS3EventRecord } from './s3-event-record.ts';
import { type S3Server, startS3Server } from './s3-server.ts';
import { openSearchBackend, type SearchBackend } from './search-backend.ts';
import { seedOnFirstStart } from './seed.ts';
import { createSequencerClock } from './sequencer-clock.ts';
import { localQueueArn } from './sqs-event.ts';

/** A bucket's objects as reconciliation compares them, from the local server's catalog. */
export async function* localListing(s3: S3Server, bucket: string): AsyncIterable<BucketObject[]> {
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
/** Where dead letters are kept, in the data directory. */
export const DEAD_LETTER_FILE = 'dead-letter.jsonl';
/** The local operation `articles redrive` calls. */
export const REDRIVE_ROUTE = `POST ${LOCAL_ROUTE_PREFIX}redrive`;
const QUEUE_NAME = 'article-ingest';
// Longest a stop waits for the events of accepted writes to be ingested, retries included (a
// message's five deliveries take about 3 s of backoff). Past it, what is left is found again by
// the next start's reconciliation, which compares the bucket with the index by ETag.
const SHUTDOWN_DRAIN_MS = 60_000;
// An object read that takes longer fails its delivery (and is retried); it also bounds how
// long a delivery in progress can hold up shutdown.
const READ_TIMEOUT_MS = 10_000;
// A step of shutdown that takes longer is left behind, so stopping always ends.
const STOP_STEP_MS = 3_000;
// Longest the S3 server's writes in progress are waited for at shutdown.
const STOP_WRITES_MS = 2_000;
const REDRIVE_WAIT_MS = 60_000;

const RedriveRequest = z.object({
  select: z.enum(['all', 'transient']).default('all'),
  waitMs: z.number().int().min(0).max(REDRIVE_WAIT_MS).default(REDRIVE_WAIT_MS),
});

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
  /**
   * Demand a bearer token from this issuer on the reading routes, as a `jwt` stage does, and
   * (with `pageSignIn`) let the page sign people in there.
   * @default none: the API is open, as it always was locally
   */
  jwt?: LocalJwtAuthorizer & { pageSignIn?: PageSignIn };
  /** A logger per component (`s3`, `queue`, `ingest`, `search`, `api`, `index`, `stack`). */
  logger?: (component: string) => Logger;
  /** Wait before redelivering a failed message. */
  retryBackoffMs?: (receiveCount: number) => number;
  /** Longest one object read may take. @default 10 s */
  readTimeoutMs?: number;
  /**
   * Longest a stop waits for the writes it accepted to be ingested; what is left then is
   * queued again by the next start's reconciliation. @default 60 s
   */
  stopDrainMs?: number;
  /** Wraps the ingest handler as the queue calls it: tests slow ingestion down with it. */
  wrapIngest?: (ingest: QueueConsumer) => QueueConsumer;
}

/** A running local stack. */
export interface LocalStack {
  apiUrl: string;
  s3Url: string;
  bucket: string;
  dataDir: string;
  /** The local dead-letter queue: a JSON-lines file. */
  deadLetterFile: string;
  /** Resolves once every queued event has been ingested or dead-lettered. */
  drained(): Promise<void>;
  /** What became of the events queued since the stack started. */
  activity(): StackActivity;
  /**
   * Stops serving, refuses writes, ingests every write it accepted (up to `stopDrainMs`) and
   * closes the index.
   */
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
  // Each step of shutdown, last started first, with the longest it may take.
  const cleanups: { what: string; run: () => Promise<unknown>; boundMs?: number }[] = [];
  const cleanUp = async () => {
    for (const { what, run, boundMs = STOP_STEP_MS } of cleanups.splice(0).reverse()) {
      let timer: NodeJS.Timeout | undefined;
      const late = new Promise<'late'>((resolve) => {
        timer = setTimeout(() => resolve('late'), boundMs);
      });
      const outcome = await Promise.race([run(), late]);
      clearTimeout(timer);
      if (outcome === 'late') {
        stackLog.warn(`${what} did not stop within ${boundMs / 1000} s; left behind`);
      }
    }
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
    if (opened.status === 'fulfilled')
      cleanups.push({ what: 'the index', run: () => opened.value.index.close() });
    if (started.status === 'fulfilled')
      cleanups.push({ what: 'the S3 server', run: () => started.value.close() });
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
    cleanups.push({ what: 'the S3 client', run: async () => s3Client.destroy() });

    // Languages are identified on the normaliser's thread, with its own model; the handler is
    // given one here only because the ingest function's wiring takes one. Loaded on first use
    // (none, while the normaliser thread does the work): about 17 MiB less at every start.
    let mainThreadDetector: ArticleLanguageDetector | undefined;
    const detector: DocumentLanguageDetector = {
      detectDocument(paragraphs) {
        mainThreadDetector ??= new ArticleLanguageDetector();
        return mainThreadDetector.detectDocument(paragraphs);
      },
    };
    // Files are normalised on a thread of their own: a large one takes seconds of CPU, which
    // would otherwise stall every search and `/health` on this thread.
    const normaliser = startNormaliserThread();
    cleanups.push({ what: 'the normaliser thread', run: () => normaliser.close() });
    const reasons = captureFailureReasons(log('ingest'));
    const outcomes = countingMetrics();
    const ingest = createIngestHandler({
      // The reader the ingest function uses (one signed GET an object), pointed at the local
      // server, so every local run and test reads objects as the deployed function does.
      source: new SignedGetArticleSource({
        endpoint: s3.url,
        region: REGION,
        credentials: async () => LOCAL_CREDENTIALS,
        readTimeoutMs: options.readTimeoutMs ?? READ_TIMEOUT_MS,
      }),
      index,
      ...(stories ? { stories } : {}),
      detector,
      normalise: (file, normaliseOptions) => normaliser.normalise(file, normaliseOptions),
      clock: () => new Date(),
      logger: reasons.logger,
      metrics: outcomes.metrics,
    });
    const deadLetters = new DeadLetterFile(join(dataDir, DEAD_LETTER_FILE));
    const queueLog = log('queue');
    const queue = new LocalQueue({
      queue: { region: REGION, arn: localQueueArn(REGION, QUEUE_NAME) },
      consumer: options.wrapIngest ? options.wrapIngest(ingest) : ingest,
      deadLetters: allDeadLetterSinks(deadLetters.append, failureRecordingDeadLetters(index)),
      logger: queueLog,
      failureReason: reasons.take,
      ...(options.retryBackoffMs ? { backoffMs: options.retryBackoffMs } : {}),
    });
    const drainMs = options.stopDrainMs ?? SHUTDOWN_DRAIN_MS;
    cleanups.push({
      what: 'the queue',
      // The drain, then the delivery in progress, whose object read is bounded too.
      boundMs: drainMs + (options.readTimeoutMs ?? READ_TIMEOUT_MS) + STOP_STEP_MS,
      run: async () => {
        // Every write accepted is ingested before the stack stops (none is accepted once this
        // runs: the S3 event feed's step, before it, refused writes and waited for their
        // events). Events reconciliation made up at start are let go: the next start makes
        // them again, so a stop in the middle of a bulk rebuild does not wait for it.
        const waiting = queue.depth;
        if (waiting > 0) {
          queueLog.info(
            `stopping: ingesting the events queued for accepted writes first (at most ${drainMs / 1000} s; a second Ctrl+C stops at once)`,
            { queued: waiting },
          );
        }
        const closed = await queue.close(drainMs);
        if (closed.leftToReplay > 0) {
          queueLog.info(
            `left ${closed.leftToReplay} events of start-up reconciliation undelivered; the next start queues them again`,
          );
        }
        if (closed.timedOut) {
          queueLog.warn(
            `stopped waiting after ${drainMs / 1000} s with ${closed.unfinished} events of accepted writes not ingested; the next start's reconciliation queues their objects again`,
            { unfinished: closed.unfinished },
          );
        }
      },
    });

    const nextSequencer = createSequencerClock();
    const s3Log = log('s3');
    const publish = (
      change: ObjectChange,
      sequencer = nextSequencer(),
      sendOptions: SendOptions = {},
    ) => {
      const record = toS3EventRecord(change, { region: REGION, sequencer, time: new Date() });
      queue.send(JSON.stringify({ Records: [record] }), sendOptions);
      s3Log.info(`${change.eventName} ${change.key}`, { size: change.size });
    };
    // Subscribed before reconciling, so nothing that happens from here on can be missed.
    const unsubscribe = s3.onChange((change) => publish(change));
    cleanups.push({
      what: 'the S3 event feed',
      // Writes are refused before events stop being delivered, so that no write is accepted
      // with nothing left to index it; one still unfinished when the wait ends (a stalled
      // upload) is found by the next start's reconciliation, which compares ETags.
      run: async () => {
        let timer: NodeJS.Timeout | undefined;
        await Promise.race([
          s3.stopWrites(),
          new Promise((resolve) => {
            timer = setTimeout(resolve, STOP_WRITES_MS);
          }),
        ]);
        clearTimeout(timer);
        unsubscribe();
      },
    });

    const reconcile = async () => {
      const summary = await reconcileWithBucket({
        list: (bucket) => localListing(s3, bucket),
        bucket: BUCKET,
        index,
        publish: (change, sequencer) => publish(change, sequencer, { replayable: true }),
        sequencer: nextSequencer(),
      });
      stackLog.info(
        `reconciled: ${summary.inBucket} objects in the bucket, ${summary.indexed} indexed; ` +
          `${summary.created} to index, ${summary.removed} to remove, ` +
          `${summary.alreadyRejected} already rejected`,
      );
    };
    await reconcile();
    // A damaged index file found while running was replaced by an empty one: the whole bucket
    // is queued again, as at a start on a new data directory.
    opened.value.healing?.onRebuilt(() => {
      reconcile().catch((error: unknown) =>
        stackLog.error('could not queue the bucket for the rebuilt index', {
          error: error instanceof Error ? error.message : String(error),
        }),
      );
    });

    // Dead letters whose failure may have passed (the S3 server was down, the disk was full)
    // get another chance at every start; the rest wait for `articles redrive`.
    const redriven = await redriveDeadLetters({ deadLetters, queue, select: 'transient' });
    if (redriven.redriven > 0 || redriven.kept > 0 || redriven.unreadable > 0) {
      stackLog.info(describeStartRedrive(redriven, deadLetters.path));
    }

    const { seedsDir } = options;
    if (seedsDir !== undefined) {
      const seeded = await seedOnFirstStart({ s3: s3Client, bucket: BUCKET, seedsDir, dataDir });
      if (seeded)
        stackLog.info(`first start: uploaded ${seeded.length} seed files from ${seedsDir}`);
    }

    const redrive: LocalRoute = async (body) => {
      const request = RedriveRequest.safeParse(body.length === 0 ? {} : safeJson(body));
      if (!request.success) {
        return jsonAnswer(400, {
          error: 'invalid_request',
          message: `expected {"select": "all" | "transient", "waitMs": 0..${REDRIVE_WAIT_MS}}`,
        });
      }
      const result = await redriveDeadLetters({ deadLetters, queue, ...request.data });
      stackLog.info(`redrive: ${result.redriven} dead letters sent back to the queue`, {
        ...result,
      });
      return jsonAnswer(200, result);
    };
    const queryDetector = new QueryLetterDetector();
    const { jwt } = options;
    const pageConfig = jwt
      ? { access: 'jwt' as const, ...(jwt.pageSignIn ? { signIn: jwt.pageSignIn } : {}) }
      : OPEN_PAGE_CONFIG;
    const authLog = log('authorizer');
    const guarded = (handler: HttpApiHandler): HttpApiHandler =>
      jwt
        ? withJwtAuthorizer(handler, jwt, (reason) => authLog.info(`token refused: ${reason}`))
        : handler;
    const api = await startApiServer({
      host,
      port: options.apiPort ?? 3000,
      // Queries are identified as the deployed search function identifies them.
      handler: guarded(
        createSearchHandler({
          index,
          detector: queryDetector,
          logger: log('search'),
          // The search page, built from source at every start, as the deployed function serves it.
          page: new PageAssets(await buildPage(), pageConfig),
        }),
      ),
      logger: log('api'),
      localRoutes: { [REDRIVE_ROUTE]: redrive },
    });
    cleanups.push({ what: 'the search API', run: () => api.close() });
    // The first user's search is answered warm: one search now, on this thread's own
    // connection, reads the query lexicon and prepares the index's statements here, where the
    // first searches are answered while the reader threads start (they start with the first
    // search and warm themselves before taking any: search-worker.ts), and the articles'
    // lengths a common word is scored with are read then too (`warmUpHere`). Not the readers
    // themselves: until someone searches they would only hold memory (about 150 MiB at 100,000
    // articles). In the background: serving does not wait for it. OpenSearch is left alone (a
    // cluster counts and logs every request).
    const { healing } = opened.value;
    if (healing) {
      const here = Object.assign(Object.create(index) as typeof index, {
        search: (query: SearchQuery) => healing.searchHere(query),
      });
      searchArticles({ index: here, detector: queryDetector }, { q: WARM_UP_QUERY })
        .then(() => healing.warmUpHere())
        .catch((error: unknown) =>
          stackLog.warn('the warm-up search failed', {
            error: error instanceof Error ? error.message : String(error),
          }),
        );
    }

    let stopping: Promise<void> | undefined;
    return {
      apiUrl: api.url,
      s3Url: s3.url,
      bucket: BUCKET,
      dataDir,
      deadLetterFile: deadLetters.path,
      drained: () => queue.drained(),
      activity: () => ({ ...outcomes.counts(), deadLettered: queue.tally()['dead-lettered'] }),
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

function safeJson(body: Buffer): unknown {
  try {
    return JSON.parse(body.toString('utf8'));
  } catch {
    return undefined;
  }
}

function jsonAnswer(statusCode: number, body: unknown) {
  return {
    statusCode,
    headers: { 'content-type': 'application/json; charset=utf-8' },
    body: JSON.stringify(body),
  };
}

function describeStartRedrive(result: RedriveResult, file: string): string {
  const kinds = Object.entries(result.failures)
    .map(([kind, n]) => `${kind} ${n}`)
    .join(', ');
  const parts = [
    result.redriven > 0
      ? `redriving ${result.redriven} dead letters whose failure may have passed (${kinds})`
      : 'no dead letter failed for a reason that passes with time',
  ];
  if (result.kept > 0) {
    parts.push(`${result.kept} stay in ${file}; \`npx articles redrive\` retries them`);
  }
  if (result.unreadable > 0) {
    parts.push(`${result.unreadable} unreadable lines in ${file} are left as they are`);
  }
  return parts.join('; ');
}
