import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openEmbeddedIndex } from '../../functions/adapters/embedded-index/sqlite-article-index.ts';
import { describeStoryIndexBehaviour } from '../port/story-index-behaviour.ts';

describeStoryIndexBehaviour('embedded SQLite index', async () => {
  const dataDir = await mkdtemp(join(tmpdir(), 'embedded-stories-'));
  const index = await openEmbeddedIndex({ dataDir });
  return {
    index,
    cleanup: async () => {
      await index.close();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
});
