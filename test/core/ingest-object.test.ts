import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  type EmbeddedIndex,
  openEmbeddedIndex,
} from '../../functions/adapters/embedded-index/sqlite-article-index.ts';
import { STORY_BLOCKS } from '../../functions/adapters/embedded-index/story-bands.ts';
import { ArticleLanguageDetector } from '../../functions/adapters/language/article-language-detector.ts';
import { articleId } from '../../functions/core/article-id.ts';
import {
  type IngestDependencies,
  ingestObject,
  ingestObjects,
} from '../../functions/core/ingest/ingest-object.ts';
import type { ObjectEvent } from '../../functions/core/ingest/object-event.ts';
import type { ArticleSource, StoredObject } from '../../functions/core/ports.ts';

const BUCKET = 'articles';
const NOW = new Date('2026-03-01T12:00:00Z');

/** An in-memory bucket with upload times, that can refuse to be read. */
class Bucket implements ArticleSource {
  readonly objects = new Map<string, StoredObject>();
  reads = 0;

  put(key: string, bytes: Uint8Array, lastModified: Date | null = NOW): void {
    this.objects.set(key, { bytes, contentType: null, size: bytes.length, lastModified });
  }

  async get(_bucket: string, key: string): Promise<StoredObject | null> {
    this.reads++;
    return this.objects.get(key) ?? null;
  }
}

let sequence = 0;
function created(key: string, size?: number): ObjectEvent {
  sequence++;
  return {
    kind: 'created',
    bucket: BUCKET,
    key,
    sequencer: sequence.toString(16).padStart(8, '0'),
    eventTime: NOW.toISOString(),
    ...(size === undefined ? {} : { size }),
  };
}

function removed(key: string): ObjectEvent {
  sequence++;
  return {
    kind: 'removed',
    bucket: BUCKET,
    key,
    sequencer: sequence.toString(16).padStart(8, '0'),
    eventTime: NOW.toISOString(),
  };
}

const seed = (name: string) => readFile(new URL(`../../seeds/${name}`, import.meta.url));

describe('ingestObject', () => {
  let dataDir: string;
  let index: EmbeddedIndex;
  let bucket: Bucket;
  let clock: Date;
  let deps: IngestDependencies;

  beforeEach(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'ingest-object-'));
    index = await openEmbeddedIndex({ dataDir });
    bucket = new Bucket();
    clock = NOW;
    deps = {
      source: bucket,
      index,
      stories: index,
      detector: new ArticleLanguageDetector(),
      clock: () => clock,
    };
  });

  afterEach(async () => {
    await index.close();
    await rm(dataDir, { recursive: true, force: true });
  });

  async function ingest(key: string, bytes: Uint8Array) {
    bucket.put(key, bytes);
    clock = new Date(clock.getTime() + 1000);
    const outcome = await ingestObject(created(key), deps);
    if (outcome.status !== 'indexed') throw new Error(`${key}: ${JSON.stringify(outcome)}`);
    return outcome.article;
  }

  function bandRows(key?: string): number {
    const db = new Database(join(dataDir, 'articles.sqlite'), { readonly: true });
    try {
      const row = key
        ? db
            .prepare(
              'SELECT count(*) AS n FROM story_bands b JOIN articles a ON a.doc = b.doc WHERE a.key = ?',
            )
            .get(key)
        : db.prepare('SELECT count(*) AS n FROM story_bands').get();
      return (row as { n: number }).n;
    } finally {
      db.close();
    }
  }

  it('gives two outlets’ copies of one press release one story, named by the first', async () => {
    const first = await ingest('mfa/001.txt', await seed('001_a691a01f7ef01d8f.txt'));
    const second = await ingest('astana-times/002.txt', await seed('002_5054336fffde1a54.txt'));

    expect(first.storyId).toBe(first.id);
    expect(second.storyId).toBe(first.id);
    expect((await index.get(second.id))?.storyId).toBe(first.id);
  });

  it('keeps a different story apart', async () => {
    const english = await ingest('mfa/001.txt', await seed('001_a691a01f7ef01d8f.txt'));
    const cooper = await ingest('kt/003.txt', await seed('003_6fd011106239a770.txt'));

    expect(cooper.storyId).toBe(cooper.id);
    expect(cooper.storyId).not.toBe(english.storyId);
  });

  it('stores a fingerprint’s bands with the article and frees them when it is deleted', async () => {
    await ingest('mfa/001.txt', await seed('001_a691a01f7ef01d8f.txt'));
    await ingest('kt/003.txt', await seed('003_6fd011106239a770.txt'));
    expect(bandRows()).toBe(2 * STORY_BLOCKS);

    expect((await ingestObject(removed('mfa/001.txt'), deps)).status).toBe('removed');

    expect(bandRows('mfa/001.txt')).toBe(0);
    expect(bandRows()).toBe(STORY_BLOCKS);
    // The remaining article's near-duplicate no longer finds a story to join.
    const again = await ingest('astana-times/002.txt', await seed('002_5054336fffde1a54.txt'));
    expect(again.storyId).toBe(again.id);
  });

  it('replaces the bands when a new version of an object changes its text', async () => {
    await ingest('a.txt', await seed('001_a691a01f7ef01d8f.txt'));
    const changed = await ingest('a.txt', await seed('003_6fd011106239a770.txt'));

    expect(bandRows()).toBe(STORY_BLOCKS);
    expect(await index.findSimilar(changed.fingerprint)).toEqual([
      expect.objectContaining({ id: changed.id, fingerprint: changed.fingerprint }),
    ]);
  });

  it('makes every article its own story when no story index is given', async () => {
    const { stories: _, ...withoutStories } = deps;
    deps = withoutStories;
    await ingest('mfa/001.txt', await seed('001_a691a01f7ef01d8f.txt'));
    const second = await ingest('astana-times/002.txt', await seed('002_5054336fffde1a54.txt'));
    expect(second.storyId).toBe(second.id);
  });

  it('dates a dateline without a year by the object’s upload time', async () => {
    bucket.put('kt.txt', await seed('003_6fd011106239a770.txt'), new Date('2025-03-10T08:00:00Z'));
    const outcome = await ingestObject(created('kt.txt'), deps);
    expect(outcome.status === 'indexed' && outcome.article.publishedAt).toBe('2025-02-27');
  });

  it('falls back to the clock when the store gives no upload time', async () => {
    bucket.put('kt.txt', await seed('003_6fd011106239a770.txt'), null);
    clock = new Date('2024-06-01T00:00:00Z');
    const outcome = await ingestObject(created('kt.txt'), deps);
    expect(outcome.status === 'indexed' && outcome.article.publishedAt).toBe('2024-02-27');
  });

  it('refuses an object over the size limit from its notification, without downloading it', async () => {
    const outcome = await ingestObject(created('huge.txt', 25 * 1024 * 1024), deps);

    expect(outcome).toMatchObject({ status: 'rejected', reason: 'too-large' });
    expect(bucket.reads).toBe(0);
    expect((await index.listFailures(10))[0]).toMatchObject({
      key: 'huge.txt',
      reason: 'too-large',
    });
  });

  it('records a rejected file with its reason and removes the version it replaces', async () => {
    const article = await ingest('a.txt', await seed('001_a691a01f7ef01d8f.txt'));
    bucket.put('a.txt', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0, 0]));

    const outcome = await ingestObject(created('a.txt'), deps);

    expect(outcome).toMatchObject({ status: 'rejected', reason: 'malformed' });
    expect(await index.get(articleId(BUCKET, 'a.txt'))).toBeNull();
    expect(bandRows()).toBe(0);
    expect(article.id).toBe(articleId(BUCKET, 'a.txt'));
  });

  describe('a batch of events', () => {
    it('writes its articles in one commit of the index', async () => {
      const seeds = [
        '001_a691a01f7ef01d8f.txt',
        '000_3c279b70b705da45.txt',
        '003_6fd011106239a770.txt',
      ];
      for (const name of seeds) bucket.put(name, await seed(name));
      const commits: number[] = [];
      const upsertAll = index.upsertAll?.bind(index);
      const counting = Object.assign(Object.create(index) as EmbeddedIndex, {
        upsertAll: async (articles: Parameters<NonNullable<EmbeddedIndex['upsertAll']>>[0]) => {
          commits.push(articles.length);
          return (await upsertAll?.(articles)) ?? [];
        },
      });

      const results = await ingestObjects(
        seeds.map((name) => created(name)),
        {
          ...deps,
          index: counting,
        },
      );

      expect(results.map((r) => ('status' in r ? r.status : 'error'))).toEqual([
        'indexed',
        'indexed',
        'indexed',
      ]);
      expect(commits).toEqual([3]);
      for (const name of seeds) expect(await index.get(articleId(BUCKET, name))).not.toBeNull();
    });

    it('joins a near-duplicate to a story earlier in the same batch', async () => {
      bucket.put('001.txt', await seed('001_a691a01f7ef01d8f.txt'));
      bucket.put('002.txt', await seed('002_5054336fffde1a54.txt'));

      const [first, second] = await ingestObjects([created('001.txt'), created('002.txt')], deps);

      expect(first).toMatchObject({ status: 'indexed' });
      expect(second).toMatchObject({
        status: 'indexed',
        article: { storyId: articleId(BUCKET, '001.txt') },
      });
    });

    it('applies a create and a delete of one key in the order they came', async () => {
      bucket.put('gone.txt', await seed('001_a691a01f7ef01d8f.txt'));

      const results = await ingestObjects([created('gone.txt'), removed('gone.txt')], deps);

      expect(results.map((r) => ('status' in r ? r.status : 'error'))).toEqual([
        'indexed',
        'removed',
      ]);
      expect(await index.get(articleId(BUCKET, 'gone.txt'))).toBeNull();
    });

    it('reports a failed write against its own event only', async () => {
      bucket.put('a.txt', await seed('001_a691a01f7ef01d8f.txt'));
      bucket.put('b.txt', await seed('003_6fd011106239a770.txt'));
      const failing = Object.assign(Object.create(index) as EmbeddedIndex, {
        upsertAll: async () => {
          throw new Error('disk I/O error');
        },
        upsert: async (article: Parameters<EmbeddedIndex['upsert']>[0]) => {
          if (article.key === 'a.txt') throw new Error('disk I/O error');
          return index.upsert(article);
        },
      });

      const [a, b] = await ingestObjects([created('a.txt'), created('b.txt')], {
        ...deps,
        index: failing,
      });

      expect(a).toMatchObject({ error: expect.any(Error) });
      expect(b).toMatchObject({ status: 'indexed' });
    });
  });
});
