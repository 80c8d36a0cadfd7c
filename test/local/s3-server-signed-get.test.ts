import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DeleteObjectCommand, PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SignedGetArticleSource } from '../../functions/adapters/s3/signed-get-source.ts';
import { type S3Server, startS3Server } from '../../local/s3-server.ts';

// The ingest function's reader against the local stack's S3 server: objects written by the SDK
// under awkward keys are read back by the signed GET, byte for byte, and a deleted one is null.
describe('signed GET against the local S3 server', () => {
  let directory: string;
  let server: S3Server;
  let client: S3Client;
  let source: SignedGetArticleSource;
  const credentials = { accessKeyId: 'AKIAANYTHING', secretAccessKey: 'whatever' };

  beforeAll(async () => {
    directory = await mkdtemp(join(tmpdir(), 's3-signed-get-test-'));
    server = await startS3Server({ directory, host: '127.0.0.1', port: 0, buckets: ['articles'] });
    client = new S3Client({
      endpoint: server.url,
      forcePathStyle: true,
      region: 'us-east-1',
      credentials,
    });
    source = new SignedGetArticleSource({
      region: 'us-east-1',
      endpoint: server.url,
      credentials: async () => credentials,
    });
  });

  afterAll(async () => {
    client?.destroy();
    await server?.close();
    if (directory) await rm(directory, { recursive: true, force: true });
  });

  const KEYS = [
    'plain.txt',
    'with space/and more.html',
    'unicode/Привет мир — ünïcödé 日本語.md',
    'a+b=c&d.txt',
    '100%/done%20twice.txt',
    '~tilde/x~y.txt',
    "quotes'(x)*!.txt",
    'odd?#[]@$,;:.txt',
  ];

  it('reads what the SDK wrote, under every kind of key', async () => {
    for (const [i, key] of KEYS.entries()) {
      const body = `article ${i}: ${key}`;
      await client.send(
        new PutObjectCommand({
          Bucket: 'articles',
          Key: key,
          Body: body,
          ContentType: 'text/plain',
        }),
      );

      const stored = await source.get('articles', key);

      expect({ key, text: Buffer.from(stored?.bytes ?? []).toString('utf8') }).toEqual({
        key,
        text: body,
      });
      expect(stored?.contentType).toBe('text/plain');
      expect(stored?.size).toBe(Buffer.byteLength(body));
      expect(stored?.eTag).toMatch(/^[0-9a-f]{32}$/);
    }
  });

  it('answers null for a deleted object', async () => {
    await client.send(
      new PutObjectCommand({ Bucket: 'articles', Key: 'gone soon.txt', Body: 'x' }),
    );
    await client.send(new DeleteObjectCommand({ Bucket: 'articles', Key: 'gone soon.txt' }));

    expect(await source.get('articles', 'gone soon.txt')).toBeNull();
  });
});
