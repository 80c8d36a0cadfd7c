import { createHash } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DeleteObjectCommand, PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import type { SQSEvent } from 'aws-lambda';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { EventQueue } from '../../cli/aws/ingest-queue.ts';
import { reconcileBucket } from '../../cli/reconcile-stage.ts';
import type { EmbeddedIndex } from '../../functions/adapters/embedded-index/sqlite-article-index.ts';
import { openEmbeddedIndex } from '../../functions/adapters/embedded-index/sqlite-article-index.ts';
import { ArticleLanguageDetector } from '../../functions/adapters/language/article-language-detector.ts';
import { S3ArticleSource } from '../../functions/adapters/s3/s3-article-source.ts';
import { silentLogger } from '../../functions/commons/logger.ts';
import { parseS3Notification } from '../../functions/commons/s3-notification.ts';
import { articleId } from '../../functions/core/article-id.ts';
import { createIngestHandler } from '../../functions/ingest/handler.ts';
import { type S3Server, startS3Server } from '../../local/s3-server.ts';
import { BUCKET, type LocalStack, startLocalStack } from '../../local/stack.ts';
import { RecordingOpenSearch } from '../opensearch-standin/recording-opensearch.ts';
import { articles } from '../support/articles-cli.ts';
import { type FakeSqs, fakeAwsEnv, startFakeSqs } from '../support/fake-sqs.ts';

const SEEDS_DIR = fileURLToPath(new URL('../../seeds', import.meta.url));

const article = (word: string, extra = '') =>
  [
    `The ${word} bridge reopens in Almaty`,
    '',
    `Engineers reopened the ${word} bridge on Monday after three months of repairs, the city`,
    `administration said. Traffic is expected to return to normal by the end of the week.${extra}`,
  ].join('\n');

const s3ClientFor = (url: string) =>
  new S3Client({
    endpoint: url,
    forcePathStyle: true,
    region: 'us-east-1',
    credentials: { accessKeyId: 'test', secretAccessKey: 'test' },
  });

// The bucket and index of the local stack, with nothing between them: what a deployed stage
// looks like after notifications were off, or its domain was rebuilt.
describe('reconciling a bucket with its index', () => {
  let dir: string;
  let s3Server: S3Server;
  let s3: S3Client;
  let index: EmbeddedIndex;
  let ingest: ReturnType<typeof createIngestHandler>;
  // Delivers queued events to the ingest handler, as SQS and Lambda would.
  const sent: string[] = [];
  const queue: EventQueue = {
    async send(bodies, onSent) {
      sent.push(...bodies);
      const event: SQSEvent = {
        Records: bodies.map((body, i) => ({ messageId: `m${i}`, body }) as SQSEvent['Records'][0]),
      };
      const { batchItemFailures } = await ingest(event);
      onSent?.(bodies.length);
      return { failed: batchItemFailures.length };
    },
  };
  const put = (key: string, body: string) =>
    s3.send(
      new PutObjectCommand({ Bucket: BUCKET, Key: key, Body: body, ContentType: 'text/plain' }),
    );

  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'reconcile-'));
    s3Server = await startS3Server({
      directory: join(dir, 's3'),
      host: '127.0.0.1',
      port: 0,
      buckets: [BUCKET],
    });
    s3 = s3ClientFor(s3Server.url);
    index = await openEmbeddedIndex({ dataDir: dir });
    ingest = createIngestHandler({
      source: new S3ArticleSource(s3),
      index,
      detector: new ArticleLanguageDetector(),
      clock: () => new Date(),
      logger: silentLogger,
    });
    sent.length = 0;
  });

  afterEach(async () => {
    s3.destroy();
    await s3Server.close();
    await index.close();
    await rm(dir, { recursive: true, force: true });
  });

  const indexedKeys = async () => (await index.listObjects()).map((o) => o.key).sort();

  it('queues what differs, and the index then matches the bucket', async () => {
    // Indexed once, as the pipeline would have.
    await put('kept.txt', article('Kept'));
    await put('changed.txt', article('Changed'));
    await put('deleted.txt', article('Deleted'));
    await queue.send(
      ['kept.txt', 'changed.txt', 'deleted.txt'].map((key) =>
        JSON.stringify({
          Records: [
            {
              eventVersion: '2.1',
              eventSource: 'aws:s3',
              awsRegion: 'us-east-1',
              eventTime: new Date().toISOString(),
              eventName: 'ObjectCreated:Put',
              s3: {
                s3SchemaVersion: '1.0',
                bucket: { name: BUCKET, arn: `arn:aws:s3:::${BUCKET}` },
                object: { key, size: 1, sequencer: '0055AED6DCD90281E5' },
              },
            },
          ],
        }),
      ),
    );
    // Then changed behind the index's back.
    await put('changed.txt', article('Changed', ' It now has a second sentence added.'));
    await s3.send(new DeleteObjectCommand({ Bucket: BUCKET, Key: 'deleted.txt' }));
    await put('new.txt', article('New'));
    sent.length = 0;
    const listed: number[] = [];
    const queued: number[] = [];

    const summary = await reconcileBucket({
      s3,
      bucket: BUCKET,
      region: 'us-east-1',
      index,
      queue,
      progress: { listed: (n) => listed.push(n), queued: (done) => queued.push(done) },
    });

    expect(summary).toEqual({
      bucket: BUCKET,
      inBucket: 3,
      indexed: 3,
      missing: 1,
      changed: 1,
      removed: 1,
      alreadyRejected: 0,
      queued: 3,
      failed: 0,
      dryRun: false,
    });
    expect(await indexedKeys()).toEqual(['changed.txt', 'kept.txt', 'new.txt']);
    const changed = await index.get(articleId(BUCKET, 'changed.txt'));
    expect(changed?.body).toContain('second sentence');
    expect(listed.at(-1)).toBe(3);
    expect(queued.at(-1)).toBe(3);
  });

  it('gives a made-up event the sequencer just after the one indexed, so later real events win', async () => {
    await put('a.txt', article('Alpha'));
    await queue.send([
      JSON.stringify({
        Records: [
          {
            eventVersion: '2.1',
            eventSource: 'aws:s3',
            awsRegion: 'us-east-1',
            eventTime: new Date().toISOString(),
            eventName: 'ObjectCreated:Put',
            s3: {
              s3SchemaVersion: '1.0',
              bucket: { name: BUCKET, arn: `arn:aws:s3:::${BUCKET}` },
              object: { key: 'a.txt', size: 1, sequencer: '0055AED6DCD90281E5' },
            },
          },
        ],
      }),
    ]);
    await s3.send(new DeleteObjectCommand({ Bucket: BUCKET, Key: 'a.txt' }));
    sent.length = 0;

    await reconcileBucket({ s3, bucket: BUCKET, region: 'us-east-1', index, queue });

    const events = sent.flatMap((body) => parseS3Notification(body));
    expect(events).toEqual([
      expect.objectContaining({ kind: 'removed', key: 'a.txt', sequencer: '0055AED6DCD90281E6' }),
    ]);
  });

  it('leaves a file already rejected since it last changed alone, and queues nothing in a dry run', async () => {
    await put('empty.txt', '');
    await index.recordFailure({
      bucket: BUCKET,
      key: 'empty.txt',
      reason: 'empty',
      message: 'the file is empty',
      failedAt: new Date(Date.now() + 5_000).toISOString(),
    });
    await put('new.txt', article('New'));

    const summary = await reconcileBucket({
      s3,
      bucket: BUCKET,
      region: 'us-east-1',
      index,
      queue,
      dryRun: true,
    });

    expect(summary).toMatchObject({ missing: 1, alreadyRejected: 1, queued: 0, dryRun: true });
    expect(sent).toEqual([]);
  });
});

describe('articles reconcile, the command', () => {
  const opensearch = new RecordingOpenSearch();
  let node: string;
  let dataDir: string;
  let stack: LocalStack | undefined;
  let s3Server: S3Server | undefined;
  let sqs: FakeSqs;
  const batches: { QueueUrl: string; Entries: { Id: string; MessageBody: string }[] }[] = [];

  beforeAll(async () => {
    node = await opensearch.start();
    dataDir = await mkdtemp(join(tmpdir(), 'reconcile-cli-'));
    // The seeds, indexed by the local stack into an OpenSearch stand-in.
    stack = await startLocalStack({
      dataDir,
      apiPort: 0,
      s3Port: 0,
      seedsDir: SEEDS_DIR,
      searchBackend: {
        kind: 'opensearch',
        config: {
          node,
          auth: { kind: 'none' },
          indexName: 'articles',
          refresh: 'false',
          tlsInsecure: false,
        },
      },
    });
    await stack.drained();
    await stack.stop();
    stack = undefined;
    // Then, with nothing listening for events: one object added, one seed deleted.
    s3Server = await startS3Server({
      directory: join(dataDir, 's3'),
      host: '127.0.0.1',
      port: 0,
      buckets: [BUCKET],
    });
    const s3 = s3ClientFor(s3Server.url);
    await s3.send(new PutObjectCommand({ Bucket: BUCKET, Key: 'late.txt', Body: article('Late') }));
    await s3.send(new DeleteObjectCommand({ Bucket: BUCKET, Key: '000_3c279b70b705da45.txt' }));
    s3.destroy();
    sqs = await startFakeSqs({
      SendMessageBatch: (input) => {
        const batch = input as (typeof batches)[0];
        batches.push(batch);
        return {
          Successful: batch.Entries.map((e) => ({
            Id: e.Id,
            MessageId: `id-${e.Id}`,
            MD5OfMessageBody: createHash('md5').update(e.MessageBody).digest('hex'),
          })),
          Failed: [],
        };
      },
    });
  });

  afterAll(async () => {
    await stack?.stop();
    await s3Server?.close();
    await sqs?.close();
    await opensearch.stop();
    if (dataDir) await rm(dataDir, { recursive: true, force: true });
  });

  it('queues an event for each difference and prints a summary', async () => {
    const queueUrl = `${sqs.url}/123456789012/dev-Service-Queue`;
    const { stdout } = await articles(
      ['reconcile', '--bucket', BUCKET, '--queue-url', queueUrl, '--endpoint', s3Server?.url ?? ''],
      { env: { ...fakeAwsEnv({ SQS: sqs.url }), OPENSEARCH_URL: node } },
    );

    expect(stdout).toContain(`s3://${BUCKET}: 5 objects; the index: 5 articles`);
    expect(stdout).toContain('to index: 1 (1 missing, 0 changed); to remove: 1');
    expect(stdout).toContain('queued 2 events for the ingest function');
    expect(batches.map((b) => b.QueueUrl)).toEqual([queueUrl]);
    const events = (batches[0]?.Entries ?? []).flatMap((e) => parseS3Notification(e.MessageBody));
    expect(events).toEqual([
      expect.objectContaining({ kind: 'created', key: 'late.txt', sequencer: '0' }),
      expect.objectContaining({ kind: 'removed', key: '000_3c279b70b705da45.txt' }),
    ]);
    // Just after the sequencer the stack's own event left in the index.
    expect(events[1]?.sequencer).toMatch(/^[0-9A-F]+$/);
  });

  it('says what is missing when it does not know where to work', async () => {
    const result = await articles(['reconcile'], { env: fakeAwsEnv({}) });

    expect(result).toMatchObject({ code: 1, stderr: expect.stringContaining('give --stage') });
  });
});
