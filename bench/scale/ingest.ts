import { PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import type { SQSEvent } from 'aws-lambda';
import { ArticleLanguageDetector } from '../../functions/adapters/language/article-language-detector.ts';
import { silentLogger } from '../../functions/commons/logger.ts';
import type { StoryIndex } from '../../functions/core/ingest/story.ts';
import type { ArticleIndex, ArticleSource, StoredObject } from '../../functions/core/ports.ts';
import { createIngestHandler } from '../../functions/ingest/handler.ts';
import { toS3EventRecord } from '../../local/s3-event-record.ts';
import { createSequencerClock } from '../../local/sequencer-clock.ts';
import type { ArchiveFile, ArchiveGenerator } from './corpus.ts';

/** Files of the archive, made in chunks so 100,000 never sit in memory at once. */
export function* chunks(generator: ArchiveGenerator, total: number, size: number) {
  for (let start = 0; start < total; start += size) {
    yield Array.from({ length: Math.min(size, total - start) }, () => generator.next());
  }
}

/** Uploads files into the local bucket, 16 at a time, as a sync client would. */
export async function upload(s3: S3Client, bucket: string, files: readonly ArchiveFile[]) {
  for (let i = 0; i < files.length; i += 16) {
    await Promise.all(
      files.slice(i, i + 16).map((file) =>
        s3.send(
          new PutObjectCommand({
            Bucket: bucket,
            Key: file.key,
            Body: file.body,
            ContentType: file.contentType,
          }),
        ),
      ),
    );
  }
}

/** The bytes of the chunk being ingested, as the bucket holds them. */
class MemorySource implements ArticleSource {
  files = new Map<string, ArchiveFile>();
  constructor(private readonly uploadedAt: Date) {}
  async get(_bucket: string, key: string): Promise<StoredObject | null> {
    const file = this.files.get(key);
    if (!file) return null;
    return {
      bytes: file.body,
      contentType: file.contentType,
      size: file.body.length,
      lastModified: this.uploadedAt,
    };
  }
}

/** What ingesting the archive cost. */
/**
 * One SQS delivery of S3 `ObjectCreated:Put` notifications for `files`, as the local queue
 * hands them to the ingest handler; message ids count up from `firstMessage`.
 */
export function putEvent(
  files: readonly ArchiveFile[],
  bucket: string,
  firstMessage: number,
  sequencer: () => string,
  time: Date,
): SQSEvent {
  return {
    Records: files.map((file, i) => ({
      messageId: String(firstMessage + i),
      receiptHandle: 'bench',
      body: JSON.stringify({
        Records: [
          toS3EventRecord(
            {
              eventName: 'ObjectCreated:Put',
              bucket,
              key: file.key,
              size: file.body.length,
              sourceIp: '127.0.0.1',
            },
            { region: 'us-east-1', sequencer: sequencer(), time },
          ),
        ],
      }),
      attributes: {
        ApproximateReceiveCount: '1',
        SentTimestamp: '0',
        SenderId: 'bench',
        ApproximateFirstReceiveTimestamp: '0',
      },
      messageAttributes: {},
      md5OfBody: '',
      eventSource: 'aws:sqs',
      eventSourceARN: 'arn:aws:sqs:us-east-1:000000000000:bench',
      awsRegion: 'us-east-1',
    })),
  };
}

export interface IngestMeasure {
  articles: number;
  wallSeconds: number;
  cpuSeconds: number;
  failed: number;
}

/**
 * Ingests files through the real ingest handler, 10 records per SQS event as Lambda receives
 * them, reading the bytes from memory: the time is the pipeline's (normalise, identify,
 * story lookup, index write), not the transfer's. CPU time is counted around the handler only.
 */
export async function ingestThroughHandler(
  index: ArticleIndex,
  stories: StoryIndex | undefined,
  bucket: string,
  batches: Iterable<ArchiveFile[]>,
): Promise<IngestMeasure> {
  const source = new MemorySource(new Date());
  const handler = createIngestHandler({
    source,
    index,
    ...(stories ? { stories } : {}),
    detector: new ArticleLanguageDetector(),
    clock: () => new Date(),
    logger: silentLogger,
  });
  const sequencer = createSequencerClock();
  let articles = 0;
  let failed = 0;
  let wall = 0;
  let cpu = 0;
  let message = 0;
  for (const files of batches) {
    source.files = new Map(files.map((f) => [f.key, f]));
    for (let i = 0; i < files.length; i += 10) {
      const event = putEvent(files.slice(i, i + 10), bucket, message, sequencer, new Date());
      message += Math.min(10, files.length - i);
      const startedCpu = process.cpuUsage();
      const started = performance.now();
      const response = await handler(event);
      wall += performance.now() - started;
      const used = process.cpuUsage(startedCpu);
      cpu += (used.user + used.system) / 1e6;
      failed += response.batchItemFailures.length;
      articles += event.Records.length;
    }
  }
  return { articles, wallSeconds: wall / 1000, cpuSeconds: cpu, failed };
}

/** An S3 client for the local server. */
export function localS3(url: string): S3Client {
  return new S3Client({
    endpoint: url,
    forcePathStyle: true,
    region: 'us-east-1',
    credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
  });
}
