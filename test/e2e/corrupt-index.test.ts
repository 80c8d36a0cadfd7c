import { mkdtemp, readdir, rm, stat, truncate } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openEmbeddedIndex } from '../../functions/adapters/embedded-index/sqlite-article-index.ts';
import type { Logger } from '../../functions/commons/logger.ts';
import { parseQuery } from '../../functions/core/search/query-parser.ts';
import { openSelfHealingIndex } from '../../local/self-healing-index.ts';
import { BUCKET, LOCAL_CREDENTIALS, type LocalStack, startLocalStack } from '../../local/stack.ts';

const ARTICLES = 40;
const WORDS = [
  'railway',
  'harvest',
  'election',
  'museum',
  'drought',
  'airport',
  'festival',
  'bridge',
];

function article(n: number): string {
  const topic = WORDS[n % WORDS.length];
  const filler = Array.from({ length: 60 }, (_, i) => `${WORDS[(n + i) % WORDS.length]}${i % 7}`);
  return `The ${topic} story number ${n}\n\nReporters covered the ${topic} in town${n} today. ${filler.join(' ')}.\n`;
}

// Every block of the full-text index but its structure record (id 10) overwritten with random
// bytes: SQLite's own pages stay valid, only FTS5 can tell. (Shadow tables are writable only
// outside better-sqlite3's defensive mode.)
function garbleFullTextPages(file: string): void {
  const db = new Database(file);
  try {
    db.unsafeMode(true);
    db.prepare(
      'UPDATE article_terms_data SET block = randomblob(length(block)) WHERE id > 10',
    ).run();
  } finally {
    db.close();
  }
}

function recordingLogger(lines: string[]): (component: string) => Logger {
  const write = (message: string) => lines.push(message);
  return () => ({
    info: write,
    warn: write,
    error: write,
  });
}

async function searchTotal(stack: LocalStack, q: string): Promise<number> {
  const response = await fetch(`${stack.apiUrl}/search?q=${encodeURIComponent(q)}`);
  expect(response.status).toBe(200);
  return ((await response.json()) as { total: number }).total;
}

describe('a damaged index file', () => {
  let dataDir: string;
  let stack: LocalStack | undefined;
  const file = () => join(dataDir, 'articles.sqlite');

  beforeEach(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'corrupt-index-'));
    const first = await startLocalStack({ dataDir, apiPort: 0, s3Port: 0 });
    const s3 = new S3Client({
      endpoint: first.s3Url,
      forcePathStyle: true,
      region: 'us-east-1',
      credentials: LOCAL_CREDENTIALS,
    });
    for (let n = 0; n < ARTICLES; n++) {
      await s3.send(new PutObjectCommand({ Bucket: BUCKET, Key: `a${n}.txt`, Body: article(n) }));
    }
    s3.destroy();
    await first.drained();
    expect(await searchTotal(first, 'railway')).toBe(ARTICLES / WORDS.length);
    await first.stop();
  });
  afterEach(async () => {
    await stack?.stop();
    stack = undefined;
    await rm(dataDir, { recursive: true, force: true });
  });

  async function restartExpectingRebuild() {
    const lines: string[] = [];
    stack = await startLocalStack({
      dataDir,
      apiPort: 0,
      s3Port: 0,
      logger: recordingLogger(lines),
    });
    await stack.drained();
    const damaged = lines.filter((line) => line.includes('is damaged'));
    expect(damaged).toHaveLength(1);
    expect(damaged[0]).toContain(file());
    expect(damaged[0]).toContain('rebuilding the index from the bucket');
    const aside = (await readdir(dataDir)).filter((name) => name.includes('.damaged-'));
    expect(aside.length).toBeGreaterThan(0);
    // Everything is back, from the bucket.
    expect(await searchTotal(stack, 'railway')).toBe(ARTICLES / WORDS.length);
    expect(await searchTotal(stack, 'museum')).toBe(ARTICLES / WORDS.length);
    return lines;
  }

  it('rebuilds a truncated file from the bucket at start, with one line naming the file', async () => {
    const { size } = await stat(file());
    await truncate(file(), Math.floor(size / 2));

    const lines = await restartExpectingRebuild();
    expect(lines.find((line) => line.includes('is damaged'))).toContain('truncated');
  });

  it('rebuilds a file with garbage in its full-text pages at start', async () => {
    garbleFullTextPages(file());

    await restartExpectingRebuild();
  });

  it('rebuilds while running when a search meets damage the start-up check did not read', async () => {
    const lines: string[] = [];
    const index = await openSelfHealingIndex({
      file: file(),
      log: recordingLogger(lines)('index'),
      // As for a file too large for the full check at open.
      fullCheckMaxBytes: 0,
      open: () => openEmbeddedIndex({ dataDir }),
    });
    let rebuilt = 0;
    index.onRebuilt(() => rebuilt++);
    try {
      garbleFullTextPages(file());

      // Answered (from the new, empty index), not failed; the bucket is then queued again.
      const page = await index.search({
        text: 'railway',
        clauses: parseQuery('railway'),
        size: 10,
      });
      expect(page.hits).toEqual([]);
      expect(rebuilt).toBe(1);
      expect(lines.filter((line) => line.includes('is damaged'))).toHaveLength(1);
    } finally {
      await index.close();
    }
  });
});
