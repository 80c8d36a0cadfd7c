import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import {
  CopyObjectCommand,
  DeleteObjectCommand,
  DeleteObjectsCommand,
  GetObjectCommand,
  PutObjectCommand,
  S3Client,
} from '@aws-sdk/client-s3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ObjectChange } from '../../local/s3-event-record.ts';
import { type S3Server, startS3Server } from '../../local/s3-server.ts';

describe('local S3 server', () => {
  let directory: string;
  let server: S3Server;
  let client: S3Client;
  const changes: ObjectChange[] = [];

  beforeAll(async () => {
    directory = await mkdtemp(join(tmpdir(), 's3-server-test-'));
    server = await startS3Server({ directory, host: '127.0.0.1', port: 0, buckets: ['articles'] });
    server.onChange((change) => changes.push(change));
    client = new S3Client({
      endpoint: server.url,
      forcePathStyle: true,
      region: 'us-east-1',
      // Not s3rver's built-in key: any credentials must be accepted.
      credentials: { accessKeyId: 'AKIAANYTHING', secretAccessKey: 'whatever' },
    });
  });

  afterAll(async () => {
    client?.destroy();
    await server?.close();
    if (directory) await rm(directory, { recursive: true, force: true });
  });

  async function read(key: string): Promise<{ bytes: Buffer; encoding: string | undefined }> {
    const response = await client.send(new GetObjectCommand({ Bucket: 'articles', Key: key }));
    const bytes = Buffer.from((await response.Body?.transformToByteArray()) ?? []);
    return { bytes, encoding: response.ContentEncoding };
  }

  it('stores the exact bytes of a streamed upload, not its aws-chunked framing', async () => {
    // Prepare: a stream body makes the SDK send aws-chunked with a checksum trailer.
    const content = Buffer.from('Streamed article\nwith two lines ✓', 'utf8');
    const body = Readable.from([content.subarray(0, 7), content.subarray(7)]);

    // Act
    await client.send(
      new PutObjectCommand({
        Bucket: 'articles',
        Key: 'streamed.txt',
        Body: body,
        ContentLength: content.length,
        ContentType: 'text/plain',
      }),
    );

    // Assess
    const stored = await read('streamed.txt');
    expect(stored.bytes.equals(content)).toBe(true);
    expect(stored.encoding).toBeUndefined();
  });

  it('keeps a real content encoding while dropping aws-chunked', async () => {
    const content = Buffer.from('not really gzip');
    await client.send(
      new PutObjectCommand({
        Bucket: 'articles',
        Key: 'encoded.bin',
        Body: Readable.from([content]),
        ContentLength: content.length,
        ContentEncoding: 'gzip',
      }),
    );

    const stored = await read('encoded.bin');
    expect(stored.bytes.equals(content)).toBe(true);
    expect(stored.encoding).toBe('gzip');
  });

  it('reports puts, copies and deletes as changes with the raw key', async () => {
    changes.length = 0;
    const key = 'inbox/Новость + test 1.txt';

    await client.send(new PutObjectCommand({ Bucket: 'articles', Key: key, Body: 'hello' }));
    await client.send(
      new CopyObjectCommand({
        Bucket: 'articles',
        Key: 'copy.txt',
        CopySource: `articles/${encodeURIComponent(key)}`,
      }),
    );
    await client.send(new DeleteObjectCommand({ Bucket: 'articles', Key: key }));

    // Changes come from the S3 thread by message, which may land after the HTTP answer.
    await expect
      .poll(() => changes)
      .toEqual([
        expect.objectContaining({
          eventName: 'ObjectCreated:Put',
          bucket: 'articles',
          key,
          size: 5,
        }),
        expect.objectContaining({
          eventName: 'ObjectCreated:Copy',
          key: 'copy.txt',
          size: 5,
          eTag: '5d41402abc4b2a76b9719d911017c592',
        }),
        expect.objectContaining({ eventName: 'ObjectRemoved:Delete', key }),
      ]);
  });

  it('reports every key of a multi-object delete, which s3rver itself does not', async () => {
    changes.length = 0;

    await client.send(
      new DeleteObjectsCommand({
        Bucket: 'articles',
        Delete: { Objects: [{ Key: 'copy.txt' }, { Key: 'streamed.txt' }] },
      }),
    );

    await expect
      .poll(() => changes.map((c) => [c.eventName, c.key]))
      .toEqual([
        ['ObjectRemoved:Delete', 'copy.txt'],
        ['ObjectRemoved:Delete', 'streamed.txt'],
      ]);
  });

  it('rejects a body whose aws-chunked framing is broken', async () => {
    const response = await fetch(`${server.url}/articles/broken.txt`, {
      method: 'PUT',
      headers: { 'content-encoding': 'aws-chunked', 'x-amz-decoded-content-length': '5' },
      body: 'zz\r\nhello\r\n0\r\n\r\n',
    });

    expect(response.status).toBe(400);
    expect(await response.text()).toContain('IncompleteBody');
  });
});
