import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  type EmbeddedIndex,
  openEmbeddedIndex,
} from '../../functions/adapters/embedded-index/sqlite-article-index.ts';
import type { ArticleSource, StoredObject } from '../../functions/core/ports.ts';

/** An in-memory bucket standing in for S3, for handler tests. */
export class MemorySource implements ArticleSource {
  readonly objects = new Map<string, StoredObject>();
  /** Set to make the next reads fail, as a throttled or unreachable S3 would. */
  failWith: Error | null = null;

  put(bucket: string, key: string, text: string | Uint8Array, contentType = 'text/plain'): void {
    const bytes = typeof text === 'string' ? new TextEncoder().encode(text) : text;
    this.objects.set(`${bucket}/${key}`, {
      bytes,
      contentType,
      size: bytes.length,
      lastModified: new Date(0),
    });
  }

  async get(bucket: string, key: string): Promise<StoredObject | null> {
    if (this.failWith) throw this.failWith;
    return this.objects.get(`${bucket}/${key}`) ?? null;
  }
}

/** A real embedded index in a fresh temporary directory, removed by `cleanup`. */
export async function temporaryIndex(): Promise<{
  index: EmbeddedIndex;
  cleanup: () => Promise<void>;
}> {
  const dataDir = await mkdtemp(join(tmpdir(), 'article-index-'));
  const index = await openEmbeddedIndex({ dataDir });
  return {
    index,
    cleanup: async () => {
      await index.close();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}
