import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { DeleteObjectCommand, PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startS3Server } from '../../local/s3-server.ts';
import type { SearchBackend } from '../../local/search-backend.ts';
import { BUCKET, type LocalStack, startLocalStack } from '../../local/stack.ts';

const SEEDS_DIR = fileURLToPath(new URL('../../seeds', import.meta.url));
const ENGLISH_SEEDS = ['001_a691a01f7ef01d8f.txt', '002_5054336fffde1a54.txt'];
const RUSSIAN_SEEDS = [
  '000_3c279b70b705da45.txt',
  '003_6fd011106239a770.txt',
  '004_a2073437ed539350.txt',
];

interface SearchHit {
  id: string;
  key: string;
  language: string;
}

interface Failure {
  key: string;
  reason: string;
  message: string;
}

function article(word: string): string {
  return [
    `The ${word} bridge reopens in Almaty`,
    '',
    `Engineers reopened the ${word} bridge on Monday after three months of repairs, the city`,
    'administration said. Traffic is expected to return to normal by the end of the week.',
  ].join('\n');
}

// A write is searchable once the index refreshes: at once in the embedded index, within the
// refresh interval (1 s) in OpenSearch. What a user is promised is 3 s.
const SEARCHABLE = { timeout: 3_000, interval: 50 };

async function waitFor<T>(what: string, probe: () => Promise<T | undefined>, timeoutMs = 5_000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const result = await probe();
    if (result !== undefined) return result;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** What the scenario runs on, and what it leaves behind to delete. */
export interface EndToEndBackend {
  searchBackend: SearchBackend;
  cleanup(): Promise<void>;
}

/**
 * The local stack from the outside, as a user meets it: seeds indexed on first start, a file
 * put with the AWS SDK found over HTTP within 2 s, deleted and gone, restarts and catch-up.
 * Runs on the embedded index (`local-stack.test.ts`) and on a real OpenSearch node
 * (`test/opensearch/local-stack.cluster.ts`).
 */
export function describeLocalStackEndToEnd(name: string, backend: () => Promise<EndToEndBackend>) {
  describe(`local stack, end to end, on ${name}`, () => {
    let dataDir: string;
    let stack: LocalStack | undefined;
    let s3: S3Client | undefined;
    let index: EndToEndBackend | undefined;

    const start = async () => {
      s3?.destroy();
      stack = await startLocalStack({
        dataDir,
        apiPort: 0,
        s3Port: 0,
        seedsDir: SEEDS_DIR,
        ...(index ? { searchBackend: index.searchBackend } : {}),
      });
      // Credentials nobody configured anywhere: the local S3 server must accept any.
      s3 = new S3Client({
        endpoint: stack.s3Url,
        forcePathStyle: true,
        region: 'us-east-1',
        credentials: { accessKeyId: 'e2e', secretAccessKey: 'e2e' },
      });
      await stack.drained();
    };

    const client = (): S3Client => {
      if (!s3) throw new Error('the stack is not running');
      return s3;
    };

    const api = async (path: string): Promise<{ status: number; body: unknown }> => {
      if (!stack) throw new Error('the stack is not running');
      const response = await fetch(`${stack.apiUrl}${path}`);
      return { status: response.status, body: await response.json() };
    };

    // Article by article (`collapse=none`): the scenario follows each seed.
    const search = async (q: string, lang?: string): Promise<SearchHit[]> => {
      const { status, body } = await api(
        `/search?q=${encodeURIComponent(q)}&size=50&collapse=none${lang ? `&lang=${lang}` : ''}`,
      );
      expect(status).toBe(200);
      return (body as { hits: SearchHit[] }).hits;
    };

    const keysFor = async (q: string, lang?: string) =>
      (await search(q, lang)).map((hit) => hit.key).sort();

    beforeAll(async () => {
      dataDir = await mkdtemp(join(tmpdir(), 'local-stack-e2e-'));
      index = await backend();
      await start();
    });

    afterAll(async () => {
      s3?.destroy();
      await stack?.stop();
      await index?.cleanup();
      if (dataDir) await rm(dataDir, { recursive: true, force: true });
    });

    it('indexes the English seeds on first start', async () => {
      await expect.poll(() => keysFor('Kosherbayev', 'en'), SEARCHABLE).toEqual(ENGLISH_SEEDS);
    });

    it('indexes the Russian seeds on first start', async () => {
      await expect.poll(() => keysFor('Кошербаевым', 'ru'), SEARCHABLE).toEqual(RUSSIAN_SEEDS);
    });

    it('finds the name in either script in every seed, through transliteration', async () => {
      const all = [...ENGLISH_SEEDS, ...RUSSIAN_SEEDS].sort();
      await expect.poll(() => keysFor('Kosherbayev'), SEARCHABLE).toEqual(all);
      await expect.poll(() => keysFor('Кошербаевым'), SEARCHABLE).toEqual(all);
    });

    it('gives two outlets’ copies of one press release one storyId, and another story its own', async () => {
      const storyOf = async (key: string): Promise<string> => {
        const hit = (await search('Kosherbayev')).find((h) => h.key === key);
        const { body } = await api(`/articles/${hit?.id}`);
        return (body as { storyId: string }).storyId;
      };
      const [copy1, copy2, other] = await Promise.all(
        [ENGLISH_SEEDS[0], ENGLISH_SEEDS[1], RUSSIAN_SEEDS[1]].map((key) => storyOf(key ?? '')),
      );
      expect(copy1).toBe(copy2);
      expect(other).not.toBe(copy1);
    });

    it('shows those two copies as one story, with the other copy beside it', async () => {
      const { body } = await api(`/search?q=${encodeURIComponent('Кошербаевым')}`);
      const { hits, total, totalStories } = body as {
        hits: Array<SearchHit & { storySize: number; otherVersions: Array<{ id: string }> }>;
        total: number;
        totalStories: number;
      };

      expect(total).toBe(5);
      expect(totalStories).toBe(4);
      const story = hits.find((hit) => hit.storySize === 2);
      expect([ENGLISH_SEEDS[0], ENGLISH_SEEDS[1]]).toContain(story?.key);
      expect(story?.otherVersions).toHaveLength(1);
      expect(hits).toHaveLength(4);
    });

    it('makes a dropped file searchable in under 2 s, whatever characters its key has', async () => {
      const key = 'inbox/Новость + test 1.txt';
      const bytes = Buffer.from(article('Vorkelmund'));
      const started = Date.now();

      // A stream body, as when uploading a file: the SDK frames it as aws-chunked.
      await client().send(
        new PutObjectCommand({
          Bucket: BUCKET,
          Key: key,
          Body: Readable.from([bytes]),
          ContentLength: bytes.length,
          ContentType: 'text/plain',
        }),
      );
      const hits = await waitFor('the dropped file', async () => {
        const found = await search('Vorkelmund');
        return found.length > 0 ? found : undefined;
      });

      expect(Date.now() - started).toBeLessThan(2_000);
      expect(hits.map((hit) => hit.key)).toEqual([key]);
    });

    it('serves the normalised article by id', async () => {
      const [hit] = await search('Vorkelmund');

      const { status, body } = await api(`/articles/${hit?.id}`);

      expect(status).toBe(200);
      expect(body).toMatchObject({
        id: hit?.id,
        bucket: BUCKET,
        key: 'inbox/Новость + test 1.txt',
        title: 'The Vorkelmund bridge reopens in Almaty',
        language: 'en',
        contentType: expect.stringContaining('text/plain'),
        body: expect.stringContaining('Engineers reopened the Vorkelmund bridge'),
      });
    });

    it('serves the search page at /, with the script it loads, from the API origin', async () => {
      if (!stack) throw new Error('the stack is not running');
      const page = await fetch(`${stack.apiUrl}/`);
      expect(page.status).toBe(200);
      expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
      expect(page.headers.get('content-security-policy')).toContain("script-src 'self'");
      const script = /src="(\/assets\/[^"]+\.js)"/.exec(await page.text())?.[1];
      const asset = await fetch(`${stack.apiUrl}${script}`);
      expect(asset.status).toBe(200);
      expect(asset.headers.get('content-type')).toMatch(/^text\/javascript/);
    });

    it('forgets a file once it is deleted from the bucket', async () => {
      await client().send(
        new DeleteObjectCommand({ Bucket: BUCKET, Key: 'inbox/Новость + test 1.txt' }),
      );

      await waitFor('the deleted file to leave the index', async () =>
        (await search('Vorkelmund')).length === 0 ? true : undefined,
      );
    });

    it('lists a file that cannot be an article under /failures, with the reason', async () => {
      const bytes = Buffer.concat([Buffer.from('Looks like text'), Buffer.from([0, 1, 2, 0, 255])]);

      await client().send(
        new PutObjectCommand({ Bucket: BUCKET, Key: 'inbox/binary.txt', Body: bytes }),
      );
      const failure = await waitFor('the rejection', async () => {
        const { body } = await api('/failures');
        return (body as { failures: Failure[] }).failures.find((f) => f.key === 'inbox/binary.txt');
      });

      expect(failure.reason).toBe('binary');
      expect(failure.message).not.toBe('');
    });

    it('still serves every article after a restart, without uploading or indexing the seeds again', async () => {
      const indexedAt = async (id: string | undefined) =>
        ((await api(`/articles/${id}`)).body as { indexedAt: string }).indexedAt;
      const [seed] = await search('Kosherbayev');
      const firstIndexedAt = await indexedAt(seed?.id);
      await stack?.stop();

      await start();

      await expect.poll(() => keysFor('Kosherbayev', 'en'), SEARCHABLE).toEqual(ENGLISH_SEEDS);
      await expect.poll(() => keysFor('Кошербаевым', 'ru'), SEARCHABLE).toEqual(RUSSIAN_SEEDS);
      // A re-upload would have produced an event and a new version of the article.
      expect(await indexedAt(seed?.id)).toBe(firstIndexedAt);
    });

    it('catches up at start with files added and removed while the pipeline was down', async () => {
      await stack?.stop();
      // Only the storage runs now: nothing listens to its changes, as after a crash between
      // an upload and its indexing.
      const storage = await startS3Server({
        directory: join(dataDir, 's3'),
        host: '127.0.0.1',
        port: 0,
        buckets: [BUCKET],
      });
      const offline = new S3Client({
        endpoint: storage.url,
        forcePathStyle: true,
        region: 'us-east-1',
        credentials: { accessKeyId: 'e2e', secretAccessKey: 'e2e' },
      });
      try {
        await offline.send(
          new PutObjectCommand({
            Bucket: BUCKET,
            Key: 'while-down.md',
            Body: article('Quorantine'),
          }),
        );
        await offline.send(new DeleteObjectCommand({ Bucket: BUCKET, Key: ENGLISH_SEEDS[0] }));
      } finally {
        offline.destroy();
        await storage.close();
      }

      await start();

      await expect.poll(() => keysFor('Quorantine'), SEARCHABLE).toEqual(['while-down.md']);
      await expect
        .poll(() => keysFor('Kosherbayev', 'en'), SEARCHABLE)
        .toEqual(ENGLISH_SEEDS.slice(1));
      const deadLetters = await readFile(join(dataDir, 'dead-letter.jsonl'), 'utf8').catch(
        () => '',
      );
      expect(deadLetters).toBe('');
    });
  });
}
