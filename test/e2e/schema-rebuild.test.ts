import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SCHEMA_VERSION } from '../../functions/adapters/embedded-index/schema.ts';
import { DEFAULT_INDEX_FILE } from '../../functions/adapters/embedded-index/sqlite-article-index.ts';
import type { Logger } from '../../functions/commons/logger.ts';
import { type LocalStack, startLocalStack } from '../../local/stack.ts';

let dataDir: string;
let stack: LocalStack | undefined;

beforeEach(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'schema-rebuild-'));
});

afterEach(async () => {
  await stack?.stop();
  stack = undefined;
  await rm(dataDir, { recursive: true, force: true });
});

const keysFound = async (running: LocalStack, word: string) => {
  const answer = await fetch(`${running.apiUrl}/search?q=${word}`);
  return ((await answer.json()) as { hits: { key: string }[] }).hits.map((hit) => hit.key);
};

describe('an index file of another schema version, at start-up', () => {
  it('is emptied, said so in one log line, and rebuilt from the bucket', async () => {
    stack = await startLocalStack({ dataDir, apiPort: 0, s3Port: 0 });
    const s3 = new S3Client({
      endpoint: stack.s3Url,
      forcePathStyle: true,
      region: 'us-east-1',
      credentials: { accessKeyId: 'e2e', secretAccessKey: 'e2e' },
    });
    await s3.send(
      new PutObjectCommand({
        Bucket: 'articles',
        Key: 'bridge.txt',
        Body: 'The Zhibek bridge reopens\n\nEngineers reopened the Zhibek bridge on Monday.',
        ContentType: 'text/plain',
      }),
    );
    s3.destroy();
    await stack.drained();
    expect(await keysFound(stack, 'Zhibek')).toEqual(['bridge.txt']);
    await stack.stop();
    stack = undefined;
    // What an earlier build left: its own version number on a file this build cannot read.
    const db = new Database(join(dataDir, DEFAULT_INDEX_FILE));
    db.pragma(`user_version = ${SCHEMA_VERSION - 1}`);
    db.close();
    const lines: string[] = [];
    const recording = (component: string): Logger => ({
      info() {},
      warn: (message) => lines.push(`${component}: ${message}`),
      error: (message) => lines.push(`${component}: ${message}`),
    });

    stack = await startLocalStack({ dataDir, apiPort: 0, s3Port: 0, logger: recording });
    await stack.drained();

    expect(lines.filter((line) => line.includes('schema version'))).toEqual([
      `index: the index file had schema version ${SCHEMA_VERSION - 1}, this build uses ${SCHEMA_VERSION}: it starts empty and is rebuilt from the bucket`,
    ]);
    await expect.poll(() => keysFound(stack as LocalStack, 'Zhibek')).toEqual(['bridge.txt']);
  });
});
