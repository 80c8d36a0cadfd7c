import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openEmbeddedIndex } from '../../functions/adapters/embedded-index/sqlite-article-index.ts';
import { startS3Server } from '../../local/s3-server.ts';
import { BUCKET, LOCAL_CREDENTIALS, type LocalStack, startLocalStack } from '../../local/stack.ts';

// Two versions of one article of exactly the same size, told apart by one word.
const version = (word: string) =>
  `Bridge reopens in Almaty\n\nEngineers reopened the ${word} bridge on Monday after repairs, the city said.\n`;
const V1 = version('alphaville');
const V2 = version('omegaville');

function s3Client(url: string): S3Client {
  return new S3Client({
    endpoint: url,
    forcePathStyle: true,
    region: 'us-east-1',
    credentials: LOCAL_CREDENTIALS,
  });
}

async function put(url: string, key: string, body: string | Uint8Array) {
  const client = s3Client(url);
  try {
    return await client.send(new PutObjectCommand({ Bucket: BUCKET, Key: key, Body: body }));
  } finally {
    client.destroy();
  }
}

async function searchKeys(stack: LocalStack, q: string): Promise<string[]> {
  const response = await fetch(`${stack.apiUrl}/search?q=${encodeURIComponent(q)}`);
  expect(response.status).toBe(200);
  const page = (await response.json()) as { hits: { key: string }[] };
  return page.hits.map((hit) => hit.key);
}

describe('an overwrite within the same second, never delivered before the stack stopped', () => {
  let dataDir: string;
  let stack: LocalStack | undefined;
  const start = async () => {
    stack = await startLocalStack({ dataDir, apiPort: 0, s3Port: 0 });
    await stack.drained();
    return stack;
  };

  beforeEach(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'same-second-'));
  });
  afterEach(async () => {
    await stack?.stop();
    stack = undefined;
    await rm(dataDir, { recursive: true, force: true });
  });

  // The state a crash leaves: v1 indexed (or rejected), then v2 of the same size stored within
  // the same second, its event lost with the process. The bucket's listing cannot tell the two
  // apart by size or time; only the ETag can.
  async function overwriteWhileDown(key: string, body: string) {
    const catalog = join(dataDir, 's3', 'catalog.sqlite');
    const readTime = () => {
      const db = new Database(catalog);
      try {
        const row = db
          .prepare('SELECT last_modified FROM objects WHERE bucket = ? AND key = ?')
          .get(BUCKET, key) as { last_modified: number };
        return row.last_modified;
      } finally {
        db.close();
      }
    };
    const v1Time = readTime();
    const s3 = await startS3Server({
      directory: join(dataDir, 's3'),
      host: '127.0.0.1',
      port: 0,
      buckets: [BUCKET],
    });
    try {
      await put(s3.url, key, body);
    } finally {
      await s3.close();
    }
    const db = new Database(catalog);
    try {
      db.prepare('UPDATE objects SET last_modified = ? WHERE bucket = ? AND key = ?').run(
        v1Time,
        BUCKET,
        key,
      );
    } finally {
      db.close();
    }
  }

  it('indexes the new version at the next start (an indexed v1, a same-size v2)', async () => {
    const first = await start();
    await put(first.s3Url, 'bridge.txt', V1);
    await first.drained();
    expect(await searchKeys(first, 'alphaville')).toEqual(['bridge.txt']);
    await first.stop();

    await overwriteWhileDown('bridge.txt', V2);

    const second = await start();
    expect(await searchKeys(second, 'omegaville')).toEqual(['bridge.txt']);
    expect(await searchKeys(second, 'alphaville')).toEqual([]);
  });

  it('retries the new version at the next start (a rejected v1, a same-size v2)', async () => {
    const first = await start();
    // As long as V2, and binary: rejected.
    const junk = new Uint8Array(Buffer.byteLength(V2)).map((_, i) => (i * 7919) % 256);
    await put(first.s3Url, 'bridge.txt', junk);
    await first.drained();
    expect(first.activity().rejected).toBe(1);
    await first.stop();

    await overwriteWhileDown('bridge.txt', V2);

    const second = await start();
    expect(await searchKeys(second, 'omegaville')).toEqual(['bridge.txt']);
    const failures = (await (await fetch(`${second.apiUrl}/failures`)).json()) as {
      failures: unknown[];
    };
    expect(failures.failures).toEqual([]);
  });

  it('leaves no accepted write unindexed when stopping: writes are refused before events stop', async () => {
    const running = await start();
    // One attempt each: a refusal is seen as it is, not retried away by the SDK.
    const client = new S3Client({
      endpoint: running.s3Url,
      forcePathStyle: true,
      region: 'us-east-1',
      credentials: LOCAL_CREDENTIALS,
      maxAttempts: 1,
    });
    const accepted = new Map<string, string>();
    const refused: string[] = [];
    let writing = true;
    // Several writers at once, so that some write is in flight whenever the stop begins.
    const writers = Array.from({ length: 6 }, async (_, writer) => {
      for (let n = 0; writing && n < 200; n++) {
        const key = `burst-${writer}-${n}.txt`;
        try {
          const answer = await client.send(
            new PutObjectCommand({ Bucket: BUCKET, Key: key, Body: version(`w${writer}n${n}x`) }),
          );
          accepted.set(key, String(answer.ETag).replaceAll('"', ''));
        } catch (error) {
          refused.push(`${key}: ${(error as { name?: string }).name} ${(error as Error).message}`);
          return;
        }
      }
    });
    await new Promise((resolve) => setTimeout(resolve, 400));
    await running.stop();
    writing = false;
    await Promise.all(writers);
    client.destroy();
    stack = undefined;

    expect(accepted.size).toBeGreaterThan(0);
    // A write that came too late was told so, with S3's "try again" answer, never reset.
    for (const line of refused) expect(line).toMatch(/ServiceUnavailable|ECONNREFUSED/);
    // Every accepted write is indexed, in the accepted version, without any reconciliation.
    const index = await openEmbeddedIndex({ dataDir });
    try {
      const indexed = new Map((await index.listObjects()).map((o) => [o.key, o.eTag]));
      for (const [key, eTag] of accepted) expect(indexed.get(key), key).toBe(eTag);
    } finally {
      await index.close();
    }
  });
});
