import { mkdtemp, rm } from 'node:fs/promises';
import { connect, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DeleteObjectCommand, PutObjectCommand, type S3Client } from '@aws-sdk/client-s3';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { BUCKET } from '../../local/stack.ts';
import {
  compareIndexWithBucket,
  counted,
  newTally,
  type ScenarioFigures,
  type StackProcess,
  startStack,
  writeReport,
} from './harness.ts';

// The fault campaign of issue 15 as a repeatable check: each scenario injects its faults into
// the stack running as `npm start` runs it, lets it recover, and then holds the index to the
// bucket (same objects, current versions, no duplicates, deleted ones gone, every rejection
// with its reason), with no request answered 5xx or reset. Figures go to
// test-output/faults/REPORT.md.

const TOPICS = ['railway', 'harvest', 'election', 'museum', 'drought', 'airport', 'tender'];
const figures: ScenarioFigures[] = [];
const campaignStarted = performance.now();
const dirs: string[] = [];

function article(n: number, version = 0): string {
  const topic = TOPICS[n % TOPICS.length];
  // Versions of one article have the same size: only the ETag tells them apart.
  return `The ${topic} report ${String(n).padStart(5, '0')}\n\nReporters covered the ${topic} in district ${String(n).padStart(5, '0')}, edition v${String(version).padStart(4, '0')}. The council met on Monday and voted on the plan.\n`;
}

const HOSTILE: Array<[string, Uint8Array | string]> = [
  ['hostile/empty.txt', ''],
  ['hostile/binary.bin', new Uint8Array(4096).map((_, i) => (i * 7919) % 256)],
  [
    'hostile/deep.html',
    `<html><body>${'<div>'.repeat(5_000)}deep${'</div>'.repeat(5_000)}</body></html>`,
  ],
  [
    'hostile/attributes.html',
    `<html><body><p ${Array.from({ length: 5_000 }, (_, i) => `a${i}="x"`).join(' ')}>text</p></body></html>`,
  ],
  [
    'hostile/escapes.txt',
    `Title\n\nText with \u001b[31mescapes\u001b[0m and \u202Ereversed\u202C words here.`,
  ],
  ['hostile/broken.json', '{"title": "half a JSON'],
  ['hostile/base64.txt', 'QUJD'.repeat(5_000)],
];

async function freshDir(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'faults-'));
  dirs.push(dir);
  return dir;
}

/** Sends `count` jobs through `parallel` workers until `stop()` says so; returns how many ran. */
async function burst(
  count: number,
  parallel: number,
  job: (n: number) => Promise<void>,
): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: parallel }, async () => {
      while (next < count) {
        const n = next++;
        await job(n);
      }
    }),
  );
}

async function put(client: S3Client, key: string, body: string | Uint8Array) {
  return client.send(new PutObjectCommand({ Bucket: BUCKET, Key: key, Body: body }));
}

/** Restarts on the data directory, waits for the queue to empty, and stops gracefully. */
async function recover(dataDir: string): Promise<{ ms: number; output: string }> {
  const stack = await startStack(dataDir);
  const ms = await stack.ready;
  await stack.terminate();
  return { ms, output: stack.output() };
}

function holdsToBucket(result: ScenarioFigures): void {
  figures.push(result);
  expect(result.consistency.differences).toEqual([]);
  expect(result.serverErrors).toBe(0);
  expect(result.resets).toBe(0);
}

afterAll(async () => {
  await writeReport(figures, performance.now() - campaignStarted);
  for (const dir of dirs) await rm(dir, { recursive: true, force: true });
});

describe('the fault campaign', () => {
  it('kill -9 during an upload burst with same-second overwrites: the next start indexes every current version', async () => {
    const dataDir = await freshDir();
    const stack = await startStack(dataDir);
    await stack.ready;
    const client = stack.client();
    let accepted = 0;
    let refused = 0;
    // 30 keys overwritten three times each in a row at the same size, among 300 new files.
    const uploads = burst(390, 8, async (n) => {
      const overwrite = n % 13 === 0 && n < 390;
      const [key, body] = overwrite
        ? [`same-second/${(n / 13) % 10}.txt`, article(1_000 + ((n / 13) % 10), n)]
        : [`burst/${n}.txt`, article(n)];
      try {
        await put(client, key, body);
        accepted++;
      } catch {
        refused++; // After the kill: the client knows it was not stored.
      }
    });
    await new Promise((resolve) => setTimeout(resolve, 3_000));
    await stack.kill9();
    await uploads;

    const recovered = await recover(dataDir);
    holdsToBucket({
      scenario: 'kill -9 during 390 uploads (10 keys overwritten 3× at the same size)',
      files: accepted,
      faults: `kill -9 after 3 s; ${refused} uploads refused after it`,
      timeToConsistencyMs: recovered.ms,
      requests: accepted + refused,
      serverErrors: 0,
      resets: 0,
      consistency: await compareIndexWithBucket(dataDir),
    });
  });

  it("the issue's reproduction: v1 indexed, a same-size v2 within the same second, kill -9 at once, restart: v2 is searchable", async () => {
    const dataDir = await freshDir();
    const stack = await startStack(dataDir);
    await stack.ready;
    const client = stack.client();
    const keys = Array.from({ length: 5 }, (_, n) => `overwritten/${n}.txt`);
    const versionOf = (n: number, word: string) =>
      `Bridge ${n} reopens\n\nEngineers reopened the ${word} bridge on Monday after repairs.\n`;
    for (const [n, key] of keys.entries()) await put(client, key, versionOf(n, 'alphaville'));
    await expect
      .poll(
        async () =>
          ((await (await fetch(`${stack.api}/search?q=alphaville`)).json()) as { total: number })
            .total,
        {
          timeout: 10_000,
        },
      )
      .toBe(keys.length);
    const started = Date.now();
    for (const [n, key] of keys.entries()) await put(client, key, versionOf(n, 'omegaville'));
    const sameSecond = Date.now() - started < 1_000;
    await stack.kill9();

    const restarted = await startStack(dataDir);
    const ms = await restarted.ready;
    const found = (await (await fetch(`${restarted.api}/search?q=omegaville`)).json()) as {
      total: number;
    };
    const stale = (await (await fetch(`${restarted.api}/search?q=alphaville`)).json()) as {
      total: number;
    };
    await restarted.terminate();
    expect(found.total).toBe(keys.length);
    expect(stale.total).toBe(0);
    holdsToBucket({
      scenario: 'v1 indexed, same-size v2 of 5 keys, kill -9 at once, restart',
      files: keys.length + 5,
      faults: `kill -9 right after the overwrites${sameSecond ? ' (all within one second)' : ''}`,
      timeToConsistencyMs: ms,
      requests: 2 * keys.length,
      serverErrors: 0,
      resets: 0,
      consistency: await compareIndexWithBucket(dataDir),
      notes: 'v2 searchable, v1 gone',
    });
  });

  it('SIGTERM during a delete burst: deleted ones are gone, the rest stay', async () => {
    const dataDir = await freshDir();
    let stack: StackProcess = await startStack(dataDir);
    await stack.ready;
    let client = stack.client();
    await burst(200, 8, async (n) => {
      await put(client, `delete-me/${n}.txt`, article(n));
    });
    await stack.terminate();
    stack = await startStack(dataDir);
    await stack.ready;
    client = stack.client();
    let deleted = 0;
    let refused = 0;
    const deletes = burst(200, 8, async (n) => {
      try {
        await client.send(new DeleteObjectCommand({ Bucket: BUCKET, Key: `delete-me/${n}.txt` }));
        deleted++;
      } catch {
        refused++;
      }
    });
    await new Promise((resolve) => setTimeout(resolve, 300));
    const stopMs = await stack.terminate();
    await deletes;

    const recovered = await recover(dataDir);
    holdsToBucket({
      scenario: 'SIGTERM during 200 deletions',
      files: 200,
      faults: `SIGTERM after 0.3 s (${deleted} deleted, ${refused} refused; stopped in ${(stopMs / 1000).toFixed(1)} s)`,
      timeToConsistencyMs: recovered.ms,
      requests: deleted + refused,
      serverErrors: 0,
      resets: 0,
      consistency: await compareIndexWithBucket(dataDir),
    });

    // The same data directory, its index then damaged: garbage in the full-text pages.
    const db = new Database(join(dataDir, 'articles.sqlite'));
    db.unsafeMode(true);
    db.prepare(
      'UPDATE article_terms_data SET block = randomblob(length(block)) WHERE id > 10',
    ).run();
    db.close();
    const rebuilt = await recover(dataDir);
    expect(rebuilt.output).toMatch(/index file .*articles\.sqlite is damaged/);
    holdsToBucket({
      scenario: 'garbage in the full-text pages of the index',
      files: 200 - deleted,
      faults: 'FTS5 blocks overwritten while stopped',
      timeToConsistencyMs: rebuilt.ms,
      requests: 0,
      serverErrors: 0,
      resets: 0,
      consistency: await compareIndexWithBucket(dataDir),
      notes: 'rebuilt from the bucket at start',
    });
  });

  it('paging, hostile files and oversized requests during ingest: no 5xx, no reset, every rejection with its reason', async () => {
    const dataDir = await freshDir();
    const stack = await startStack(dataDir);
    await stack.ready;
    const client = stack.client();
    const tally = newTally();
    let uploading = true;
    const uploads = (async () => {
      for (const [key, body] of HOSTILE) await put(client, key, body);
      await burst(200, 4, async (n) => {
        await put(client, `paged/${n}.txt`, article(n));
      });
      uploading = false;
    })();
    const pager = (async () => {
      let pages = 0;
      while (uploading) {
        let cursor: string | null = '';
        while (cursor !== null) {
          const response = await counted(
            tally,
            `${stack.api}/search?q=railway&size=10${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`,
          );
          const page = (await response.json()) as { nextCursor?: string | null };
          cursor = page.nextCursor ?? null;
          pages++;
        }
      }
      return pages;
    })();
    const oversized = (async () => {
      const statuses: number[] = [];
      for (const length of [20_000, 100_000, 200_000]) {
        statuses.push((await counted(tally, `${stack.api}/search?q=${'a'.repeat(length)}`)).status);
      }
      statuses.push(
        (
          await counted(tally, `${stack.api}/search?q=x`, {
            headers: { 'x-big': 'b'.repeat(40_000) },
          })
        ).status,
      );
      for (const path of [
        '/articles/../../etc/passwd',
        '/search?size=-1',
        '/search?cursor=%ZZ',
        '/%00',
      ]) {
        statuses.push((await counted(tally, `${stack.api}${path}`)).status);
      }
      return statuses;
    })();
    await uploads;
    const [pages, statuses] = await Promise.all([pager, oversized]);
    expect(statuses.slice(0, 4).every((status) => status === 414 || status === 431)).toBe(true);
    expect(statuses.every((status) => status >= 400 && status < 500)).toBe(true);
    await stack.terminate();

    const recovered = await recover(dataDir);
    const consistency = await compareIndexWithBucket(dataDir);
    expect(consistency.rejected).toBeGreaterThanOrEqual(5);
    holdsToBucket({
      scenario: `paging during ingest (${pages} pages), ${HOSTILE.length} hostile files, 8 oversized or malformed requests`,
      files: 200 + HOSTILE.length,
      faults: 'hostile files, URLs of 20–200 KB, a 40 KB header, malformed paths',
      timeToConsistencyMs: recovered.ms,
      requests: tally.requests,
      serverErrors: tally.serverErrors,
      resets: tally.resets,
      consistency,
    });
  });

  it('idle and half-sent connections do not hold shutdown', async () => {
    const dataDir = await freshDir();
    const stack = await startStack(dataDir);
    await stack.ready;
    const sockets: Socket[] = [];
    for (const url of [stack.api, stack.s3]) {
      const { port } = new URL(url);
      for (let i = 0; i < 150; i++) {
        const socket = connect(Number(port), '127.0.0.1');
        socket.on('error', () => undefined);
        if (i % 2 === 1) socket.write('GET /search?q=half HTTP/1.1\r\nHost: x\r\n');
        sockets.push(socket);
      }
    }
    await new Promise((resolve) => setTimeout(resolve, 300));
    const stopMs = await stack.terminate();
    for (const socket of sockets) socket.destroy();
    // Every step of shutdown is bounded (3 s each at most); held connections must not add to it.
    expect(stopMs).toBeLessThan(8_000);
    holdsToBucket({
      scenario: '600 idle or half-sent connections at shutdown',
      files: 5,
      faults: `SIGTERM with 300 connections held to each server; stopped in ${(stopMs / 1000).toFixed(1)} s`,
      timeToConsistencyMs: null,
      requests: 0,
      serverErrors: 0,
      resets: 0,
      consistency: await compareIndexWithBucket(dataDir),
    });
  });
});
