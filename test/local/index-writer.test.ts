import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  DEFAULT_INDEX_FILE,
  openEmbeddedIndex,
} from '../../functions/adapters/embedded-index/sqlite-article-index.ts';
import { type WriterThreadIndex, withWriterThread } from '../../local/writer/index-writer.ts';
import { testArticle } from '../port/article-index-behaviour.ts';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('the index writer thread', () => {
  let dataDir: string;
  let index: WriterThreadIndex | undefined;
  const open = async (idleMs: number) => {
    index = withWriterThread(
      await openEmbeddedIndex({ dataDir }),
      { dataDir, fileName: DEFAULT_INDEX_FILE },
      { idleMs },
    );
    return index;
  };
  const keys = async (writer: WriterThreadIndex) =>
    (await writer.listObjects()).map((o) => o.key).sort();

  beforeEach(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'index-writer-'));
  });
  afterEach(async () => {
    await index?.close();
    index = undefined;
    await rm(dataDir, { recursive: true, force: true });
  });

  it('starts with the first write, lets its thread go when idle, and starts another for the next', async () => {
    const writer = await open(100);
    expect(writer.writerRunning()).toBe(false);
    await writer.upsert(testArticle('a.txt'));
    expect(writer.writerRunning()).toBe(true);
    await sleep(400);
    expect(writer.writerRunning()).toBe(false);

    await writer.upsert(testArticle('b.txt'));

    expect(await keys(writer)).toEqual(['a.txt', 'b.txt']);
  });

  it('keeps writes asked for just as the idle thread is let go (none fails or is lost)', async () => {
    const writer = await open(1);
    for (let n = 0; n < 6; n++) {
      await writer.upsert(testArticle(`n${n}.txt`));
      await sleep(n % 2 === 0 ? 1 : 5);
    }
    await Promise.all([1, 2, 3].map((n) => writer.upsert(testArticle(`p${n}.txt`))));

    expect(await keys(writer)).toHaveLength(9);
  });
});
