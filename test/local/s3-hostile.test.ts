import { mkdir, mkdtemp, open, readdir, rm, writeFile } from 'node:fs/promises';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  GetObjectCommand,
  ListObjectsV2Command,
  PutObjectCommand,
  paginateListObjectsV2,
  S3Client,
} from '@aws-sdk/client-s3';
import Database from 'better-sqlite3';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { serveS3 } from '../../local/s3/serve.ts';
import type { ObjectChange } from '../../local/s3-event-record.ts';
import { type S3Server, startS3Server } from '../../local/s3-server.ts';

const BUCKET = 'articles';

function clientFor(url: string): S3Client {
  return new S3Client({
    endpoint: url,
    forcePathStyle: true,
    region: 'us-east-1',
    credentials: { accessKeyId: 'any', secretAccessKey: 'any' },
  });
}

async function text(client: S3Client, key: string): Promise<string> {
  const response = await client.send(new GetObjectCommand({ Bucket: BUCKET, Key: key }));
  return (await response.Body?.transformToString()) ?? '';
}

async function allKeys(client: S3Client, prefix?: string): Promise<string[]> {
  const keys: string[] = [];
  for await (const page of paginateListObjectsV2(
    { client },
    { Bucket: BUCKET, ...(prefix ? { Prefix: prefix } : {}) },
  )) {
    for (const object of page.Contents ?? []) keys.push(object.Key ?? '');
  }
  return keys;
}

/** A raw request, so that a path is sent exactly as written (`fetch` resolves `..`). */
function raw(
  url: string,
  method: string,
  path: string,
  body?: string,
): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const target = new URL(url);
    const req = request({ host: target.hostname, port: target.port, method, path }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () =>
        resolve({ status: response.statusCode ?? 0, body: Buffer.concat(chunks).toString() }),
      );
    });
    req.on('error', reject);
    req.end(body);
  });
}

describe('local S3 server, against what S3 clients send', () => {
  let directory: string;
  let server: S3Server;
  let client: S3Client;
  const changes: ObjectChange[] = [];

  beforeAll(async () => {
    directory = await mkdtemp(join(tmpdir(), 's3-hostile-'));
    server = await startS3Server({
      directory: join(directory, 's3'),
      host: '127.0.0.1',
      port: 0,
      buckets: [BUCKET],
    });
    server.onChange((change) => changes.push(change));
    client = clientFor(server.url);
  });

  afterAll(async () => {
    client?.destroy();
    await server?.close();
    if (directory) await rm(directory, { recursive: true, force: true });
  });

  it('stores and lists keys with one long segment exactly, up to S3’s 1,024 bytes', async () => {
    const keys = [234, 240, 241, 255, 300, 1024].map((n) => 'a'.repeat(n - 4) + '.txt');
    for (const key of keys) {
      await client.send(new PutObjectCommand({ Bucket: BUCKET, Key: key, Body: key }));
    }

    for (const key of keys) expect(await text(client, key)).toBe(key);
    const listed = await allKeys(client, 'aaaa');
    expect(listed).toEqual([...keys].sort());
  });

  it('refuses a key over 1,024 bytes with S3’s KeyTooLongError, and keeps serving', async () => {
    const key = `${'я'.repeat(512)}.txt`; // 1,028 bytes of UTF-8

    const put = client.send(new PutObjectCommand({ Bucket: BUCKET, Key: key, Body: 'x' }));

    await expect(put).rejects.toMatchObject({ name: 'KeyTooLongError' });
    const listing = await client.send(new ListObjectsV2Command({ Bucket: BUCKET }));
    expect(listing.Contents?.some((o) => o.Key === key)).toBe(false);
  });

  it('treats .. in a key as characters, never as a path', async () => {
    const outside = await readdir(directory);

    const inside = await raw(server.url, 'PUT', `/${BUCKET}/keep/../x.txt`, 'dots');
    const outward = await raw(server.url, 'PUT', `/${BUCKET}/../../../name`, 'escape');

    expect(inside.status).toBe(200);
    expect(await text(client, 'keep/../x.txt')).toBe('dots');
    expect(outward.status).toBe(200);
    expect(await text(client, '../../../name')).toBe('escape');
    expect(await readdir(directory)).toEqual(outside);
    const listed = await allKeys(client);
    expect(listed).toContain('keep/../x.txt');
    expect(listed).toContain('../../../name');
    expect(listed).not.toContain('x.txt');
  });

  it('answers a missing key with a non-Latin name as NoSuchKey, not a crash', async () => {
    const missing = client.send(new GetObjectCommand({ Bucket: BUCKET, Key: 'нет/такого.txt' }));

    await expect(missing).rejects.toMatchObject({ name: 'NoSuchKey' });
    expect(await text(client, 'keep/../x.txt')).toBe('dots');
  });

  it('serves a reader the whole old object while an overwrite lands', async () => {
    const old = 'old '.repeat(2_000_000); // 8 MB: the reader is still reading when the write lands
    await client.send(new PutObjectCommand({ Bucket: BUCKET, Key: 'overwritten.txt', Body: old }));
    const reading = await client.send(
      new GetObjectCommand({ Bucket: BUCKET, Key: 'overwritten.txt' }),
    );

    await client.send(
      new PutObjectCommand({ Bucket: BUCKET, Key: 'overwritten.txt', Body: 'new text' }),
    );

    expect(await reading.Body?.transformToString()).toBe(old);
    expect(await text(client, 'overwritten.txt')).toBe('new text');
  });

  it('leaves no object behind when an upload is cut off mid-body', async () => {
    await client.send(new PutObjectCommand({ Bucket: BUCKET, Key: 'cut.txt', Body: 'whole' }));
    const target = new URL(server.url);

    await new Promise<void>((resolve) => {
      const req = request({
        host: target.hostname,
        port: target.port,
        method: 'PUT',
        path: `/${BUCKET}/cut.txt`,
        headers: { 'content-length': 1_000_000 },
      });
      req.on('error', () => resolve());
      req.write('x'.repeat(100_000), () => {
        req.destroy();
        setTimeout(resolve, 200);
      });
    });

    expect(await text(client, 'cut.txt')).toBe('whole');
    expect(changes.filter((c) => c.key === 'cut.txt')).toHaveLength(1);
  });

  it('lists every one of 1,500 objects across pages, in S3’s key order', async () => {
    const keys = Array.from({ length: 1_500 }, (_, i) => `bulk/${String(i).padStart(4, '0')}.txt`);
    for (let i = 0; i < keys.length; i += 50) {
      await Promise.all(
        keys
          .slice(i, i + 50)
          .map((Key) => client.send(new PutObjectCommand({ Bucket: BUCKET, Key, Body: Key }))),
      );
    }

    expect(await allKeys(client, 'bulk/')).toEqual(keys);
    const byFolder = await client.send(
      new ListObjectsV2Command({ Bucket: BUCKET, Delimiter: '/', MaxKeys: 2 }),
    );
    expect(byFolder.IsTruncated).toBe(true);
    const next = await client.send(
      new ListObjectsV2Command({
        Bucket: BUCKET,
        Delimiter: '/',
        ContinuationToken: byFolder.NextContinuationToken,
      }),
    );
    const prefixes = [...(byFolder.CommonPrefixes ?? []), ...(next.CommonPrefixes ?? [])];
    expect(prefixes.map((p) => p.Prefix)).toEqual(['../', 'bulk/', 'keep/']);
  });

  it('refuses a continuation token it did not issue', async () => {
    const listing = client.send(
      new ListObjectsV2Command({ Bucket: BUCKET, ContinuationToken: 'not-a-token' }),
    );

    await expect(listing).rejects.toMatchObject({ name: 'InvalidArgument' });
  });
});

describe('local S3 server, when the disk or its records fail', () => {
  let directory: string;
  const stops: Array<() => Promise<void>> = [];

  beforeAll(async () => {
    directory = await mkdtemp(join(tmpdir(), 's3-faults-'));
  });

  afterEach(async () => {
    for (const stop of stops.splice(0)) await stop();
  });

  afterAll(async () => {
    if (directory) await rm(directory, { recursive: true, force: true });
  });

  it('answers a write on a full disk with an S3 error and keeps the object as it was', async () => {
    const store = join(directory, 'full');
    const healthy = await serveS3(
      { directory: store, host: '127.0.0.1', port: 0, buckets: [BUCKET] },
      () => undefined,
    );
    const before = clientFor(`http://127.0.0.1:${healthy.port}`);
    await before.send(new PutObjectCommand({ Bucket: BUCKET, Key: 'kept.txt', Body: 'kept' }));
    before.destroy();
    await healthy.close();
    // Every file written now lands on /dev/full, which refuses writes with ENOSPC.
    const full = await serveS3(
      {
        directory: store,
        host: '127.0.0.1',
        port: 0,
        buckets: [BUCKET],
        openForWrite: () => open('/dev/full', 'w'),
      },
      () => undefined,
    );
    stops.push(() => full.close());
    const client = clientFor(`http://127.0.0.1:${full.port}`);
    stops.push(async () => client.destroy());

    // Both sent at once and both awaited together, so neither rejection is ever unobserved.
    const [put, created] = await Promise.allSettled([
      client.send(
        new PutObjectCommand({ Bucket: BUCKET, Key: 'kept.txt', Body: 'x'.repeat(100_000) }),
      ),
      client.send(
        new PutObjectCommand({ Bucket: BUCKET, Key: 'new.txt', Body: 'x'.repeat(100_000) }),
      ),
    ]);

    expect(put).toMatchObject({
      status: 'rejected',
      reason: { $metadata: { httpStatusCode: 503 } },
    });
    expect(created).toMatchObject({
      status: 'rejected',
      reason: { $metadata: { httpStatusCode: 503 } },
    });
    expect(await text(client, 'kept.txt')).toBe('kept');
    expect(await allKeys(client)).toEqual(['kept.txt']);
  });

  it('keeps listing and serving a bucket whose record of one object is damaged', async () => {
    const store = join(directory, 'damaged');
    const first = await serveS3(
      { directory: store, host: '127.0.0.1', port: 0, buckets: [BUCKET] },
      () => undefined,
    );
    const writer = clientFor(`http://127.0.0.1:${first.port}`);
    for (const Key of ['a.txt', 'b.txt', 'c.txt']) {
      await writer.send(new PutObjectCommand({ Bucket: BUCKET, Key, Body: Key }));
    }
    writer.destroy();
    await first.close();
    const db = new Database(join(store, 'catalog.sqlite'));
    db.prepare("UPDATE objects SET metadata = '{not json' WHERE key = 'b.txt'").run();
    db.close();

    const again = await serveS3(
      { directory: store, host: '127.0.0.1', port: 0, buckets: [BUCKET] },
      () => undefined,
    );
    stops.push(() => again.close());
    const client = clientFor(`http://127.0.0.1:${again.port}`);
    stops.push(async () => client.destroy());

    expect(await allKeys(client)).toEqual(['a.txt', 'b.txt', 'c.txt']);
    expect(await text(client, 'b.txt')).toBe('b.txt');
  });

  it('sweeps the files an interrupted write left, and only those', async () => {
    const store = join(directory, 'swept');
    const first = await serveS3(
      { directory: store, host: '127.0.0.1', port: 0, buckets: [BUCKET] },
      () => undefined,
    );
    const writer = clientFor(`http://127.0.0.1:${first.port}`);
    await writer.send(new PutObjectCommand({ Bucket: BUCKET, Key: 'live.txt', Body: 'live' }));
    writer.destroy();
    const shard = join(store, 'objects', 'ff');
    await mkdir(shard, { recursive: true });
    await writeFile(join(shard, 'ff00000000000000000000000000dead'), 'half-written');

    const removed = await first.store.sweep();
    await first.close();

    expect(removed).toBe(1);
    const again = await serveS3(
      { directory: store, host: '127.0.0.1', port: 0, buckets: [BUCKET] },
      () => undefined,
    );
    stops.push(() => again.close());
    const client = clientFor(`http://127.0.0.1:${again.port}`);
    stops.push(async () => client.destroy());
    expect(await text(client, 'live.txt')).toBe('live');
  });

  it('takes over the buckets an earlier build’s s3rver kept, key by key', async () => {
    const store = join(directory, 'from-s3rver');
    await mkdir(join(store, BUCKET, 'inbox'), { recursive: true });
    await writeFile(join(store, BUCKET, 'inbox', 'a.txt._S3rver_object'), 'first');
    await writeFile(
      join(store, BUCKET, 'inbox', 'a.txt._S3rver_metadata.json'),
      JSON.stringify({ 'content-type': 'text/plain' }),
    );
    await writeFile(join(store, BUCKET, 'b.txt._S3rver_object'), 'second');

    const served = await serveS3(
      { directory: store, host: '127.0.0.1', port: 0, buckets: [BUCKET] },
      () => undefined,
    );
    stops.push(() => served.close());
    const client = clientFor(`http://127.0.0.1:${served.port}`);
    stops.push(async () => client.destroy());

    expect(await allKeys(client)).toEqual(['b.txt', 'inbox/a.txt']);
    const first = await client.send(new GetObjectCommand({ Bucket: BUCKET, Key: 'inbox/a.txt' }));
    expect(first.ContentType).toBe('text/plain');
    expect(await first.Body?.transformToString()).toBe('first');
    expect(await readdir(store)).not.toContain(BUCKET);
  });
});
