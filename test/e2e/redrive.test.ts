import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type LocalStack, type LocalStackOptions, startLocalStack } from '../../local/stack.ts';
import { articles } from '../support/articles-cli.ts';

const ARTICLE = [
  'The Zhibek bridge reopens in Almaty',
  '',
  'Engineers reopened the Zhibek bridge on Monday after three months of repairs, the city',
  'administration said. Traffic is expected to return to normal by the end of the week.',
].join('\n');

let dataDir: string;
let stack: LocalStack | undefined;

beforeEach(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'redrive-e2e-'));
});

afterEach(async () => {
  await stack?.stop();
  stack = undefined;
  await rm(dataDir, { recursive: true, force: true });
});

async function start(options: Partial<LocalStackOptions> = {}): Promise<LocalStack> {
  await stack?.stop();
  stack = await startLocalStack({ dataDir, apiPort: 0, s3Port: 0, ...options });
  await stack.drained();
  return stack;
}

async function put(running: LocalStack, key: string): Promise<void> {
  const s3 = new S3Client({
    endpoint: running.s3Url,
    forcePathStyle: true,
    region: 'us-east-1',
    credentials: { accessKeyId: 'e2e', secretAccessKey: 'e2e' },
  });
  await s3.send(
    new PutObjectCommand({
      Bucket: 'articles',
      Key: key,
      Body: ARTICLE,
      ContentType: 'text/plain',
    }),
  );
  s3.destroy();
}

const keysFound = async (running: LocalStack) => {
  const answer = await fetch(`${running.apiUrl}/search?q=Zhibek`);
  return ((await answer.json()) as { hits: { key: string }[] }).hits.map((hit) => hit.key);
};

/** Starts a stack whose every object read times out, and dead-letters one upload through it. */
async function deadLetterOneUpload(key: string): Promise<void> {
  const failing = await start({ readTimeoutMs: 0, retryBackoffMs: () => 1 });
  await put(failing, key);
  await expect.poll(() => failing.activity().deadLettered, { timeout: 10_000 }).toBe(1);
  await failing.drained();
  const failures = (await (await fetch(`${failing.apiUrl}/failures`)).json()) as {
    failures: { key: string; reason: string }[];
  };
  expect(failures.failures).toEqual([
    expect.objectContaining({ key, reason: 'retries-exhausted' }),
  ]);
}

const deadLetterLines = async (running: LocalStack) =>
  (await readFile(running.deadLetterFile, 'utf8').catch(() => '')).split('\n').filter(Boolean);

describe('dead letters, redriven', () => {
  it('retries an object that failed for a passing reason at the next start, once repaired', async () => {
    await deadLetterOneUpload('timed-out.txt');

    const repaired = await start();

    await expect.poll(() => keysFound(repaired), { timeout: 5_000 }).toEqual(['timed-out.txt']);
    expect(await deadLetterLines(repaired)).toEqual([]);
    expect(repaired.activity()).toMatchObject({ indexed: 1, deadLettered: 0 });
  });

  it('leaves other dead letters for `articles redrive`, which retries them and says how it went', async () => {
    await deadLetterOneUpload('broken.txt');
    // The same letter, but for a failure that does not pass by itself (a bug meeting the file).
    const file = join(dataDir, 'dead-letter.jsonl');
    const letter = JSON.parse((await readFile(file, 'utf8')).trim()) as Record<string, unknown>;
    await writeFile(
      file,
      `${JSON.stringify({ ...letter, reason: 'TypeError: x is undefined', transient: false })}\n`,
    );
    const restarted = await start();
    expect(await keysFound(restarted)).toEqual([]);
    expect(await deadLetterLines(restarted)).toHaveLength(1);

    const { stdout } = await articles(['redrive', '--api', restarted.apiUrl]);

    expect(stdout).toContain('redrove 1 dead letters (they had failed with TypeError 1)');
    expect(stdout).toContain('1 ingested, 0 dead-lettered again');
    expect(await keysFound(restarted)).toEqual(['broken.txt']);
    expect(await deadLetterLines(restarted)).toEqual([]);
  });

  it('says when no local stack is running, and what to do', async () => {
    const result = await articles(['redrive', '--api', 'http://127.0.0.1:9']);

    expect(result).toMatchObject({ code: 1, stderr: expect.stringContaining('npm start') });
  });
});
