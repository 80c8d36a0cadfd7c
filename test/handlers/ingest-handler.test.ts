import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ArticleLanguageDetector } from '../../functions/adapters/language/article-language-detector.ts';
import { silentLogger } from '../../functions/commons/logger.ts';
import { articleId } from '../../functions/core/article-id.ts';
import type { ArticleIndex } from '../../functions/core/ports.ts';
import { createIngestHandler, type IngestHandler } from '../../functions/ingest/handler.ts';
import { fixture, sqsEvent } from '../support/events.ts';
import { MemorySource, temporaryIndex } from '../support/fakes.ts';

const KEY = 'inbox/Новость + test 1.txt';
const TEXT =
  'Kosherbayev meets MPs\n\nKazakh Foreign Minister Yermek Kosherbayev met British lawmakers in London.';

let source: MemorySource;
let index: ArticleIndex;
let cleanup: () => Promise<void>;
let handler: IngestHandler;

beforeEach(async () => {
  // Prepare
  source = new MemorySource();
  ({ index, cleanup } = await temporaryIndex());
  handler = createIngestHandler({
    source,
    index,
    detector: new ArticleLanguageDetector(),
    clock: () => new Date('2026-02-27T10:00:00Z'),
    logger: silentLogger,
  });
});

afterEach(async () => cleanup());

describe('ingest handler', () => {
  it('indexes the object of a recorded SQS-wrapped S3 put, decoding its URL-encoded key', async () => {
    source.put('articles-dev', KEY, TEXT);

    const result = await handler(fixture('sqs-s3-put.json'));

    expect(result).toEqual({ batchItemFailures: [] });
    const article = await index.get(articleId('articles-dev', KEY));
    expect(article).toMatchObject({
      key: KEY,
      bucket: 'articles-dev',
      title: 'Kosherbayev meets MPs',
      language: 'en',
      sequencer: '0069A1F2B3C4D5E6F7',
      indexedAt: '2026-02-27T10:00:00.000Z',
    });
  });

  it('removes the article when its object is deleted', async () => {
    source.put('articles-dev', KEY, TEXT);
    await handler(fixture('sqs-s3-put.json'));

    const result = await handler(fixture('sqs-s3-delete.json'));

    expect(result.batchItemFailures).toEqual([]);
    expect(await index.get(articleId('articles-dev', KEY))).toBeNull();
  });

  it('ignores the test event S3 sends when notifications are set up', async () => {
    expect(await handler(fixture('sqs-s3-test-event.json'))).toEqual({ batchItemFailures: [] });
    expect(await index.listObjects()).toEqual([]);
  });

  it('fails only the message that failed, so SQS retries just that one', async () => {
    source.put('articles', 'good.txt', TEXT);
    const event = sqsEvent({ id: 'm1', kind: 'created', key: 'good.txt', sequencer: '01' }) as {
      Records: Array<Record<string, unknown>>;
    };
    event.Records.push({ ...event.Records[0], messageId: 'm2', body: '{"not": "s3"}' });

    const result = await handler(event);

    expect(result.batchItemFailures).toEqual([{ itemIdentifier: 'm2' }]);
    expect(await index.get(articleId('articles', 'good.txt'))).not.toBeNull();
  });

  it('asks for a retry when the bucket cannot be read', async () => {
    source.failWith = new Error('SlowDown');

    const result = await handler(
      sqsEvent({ id: 'm1', kind: 'created', key: 'a.txt', sequencer: '01' }),
    );

    expect(result.batchItemFailures).toEqual([{ itemIdentifier: 'm1' }]);
  });

  it('records a file it cannot read, with the reason, and does not retry it', async () => {
    source.put('articles', 'photo.txt', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0]));

    const result = await handler(
      sqsEvent({ id: 'm1', kind: 'created', key: 'photo.txt', sequencer: '01' }),
    );

    expect(result.batchItemFailures).toEqual([]);
    const [failure] = await index.listFailures(10);
    expect(failure).toMatchObject({ key: 'photo.txt', reason: 'unsupported-type' });
    expect(failure?.message).toContain('PNG');
  });

  it('clears the failure record once a good version of the file is indexed', async () => {
    source.put('articles', 'a.txt', new Uint8Array([0x41, 0]));
    await handler(sqsEvent({ id: 'm1', kind: 'created', key: 'a.txt', sequencer: '01' }));
    source.put('articles', 'a.txt', TEXT);

    await handler(sqsEvent({ id: 'm2', kind: 'created', key: 'a.txt', sequencer: '02' }));

    expect(await index.listFailures(10)).toEqual([]);
  });

  it('does not let a late, older put overwrite a newer version', async () => {
    source.put('articles', 'a.txt', 'New title\n\nNew body text.');
    await handler(sqsEvent({ id: 'm2', kind: 'created', key: 'a.txt', sequencer: '0002' }));
    source.put('articles', 'a.txt', 'Old title\n\nOld body text.');

    await handler(sqsEvent({ id: 'm1', kind: 'created', key: 'a.txt', sequencer: '0001' }));

    expect((await index.get(articleId('articles', 'a.txt')))?.title).toBe('New title');
  });

  it('does not bring back an article with a put older than its delete', async () => {
    source.put('articles', 'a.txt', TEXT);
    await handler(sqsEvent({ id: 'm2', kind: 'removed', key: 'a.txt', sequencer: '0002' }));

    await handler(sqsEvent({ id: 'm1', kind: 'created', key: 'a.txt', sequencer: '0001' }));

    expect(await index.get(articleId('articles', 'a.txt'))).toBeNull();
  });

  it('skips an object that was deleted before its put event arrived', async () => {
    const result = await handler(
      sqsEvent({ id: 'm1', kind: 'created', key: 'gone.txt', sequencer: '01' }),
    );

    expect(result.batchItemFailures).toEqual([]);
    expect(await index.listObjects()).toEqual([]);
  });

  it('rejects an event that is not an SQS event at all', async () => {
    await expect(handler({ detail: 'EventBridge?' })).rejects.toThrow();
  });
});
