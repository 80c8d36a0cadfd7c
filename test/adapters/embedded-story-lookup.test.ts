import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openEmbeddedIndex } from '../../functions/adapters/embedded-index/sqlite-article-index.ts';
import { MAX_STORY_CANDIDATES } from '../../functions/adapters/embedded-index/story-bands.ts';
import { NEAR_DUPLICATE_DISTANCE } from '../../functions/core/ingest/story.ts';
import { hammingDistance } from '../../functions/core/text/fingerprint.ts';
import { testArticle } from '../port/article-index-behaviour.ts';

const hex64 = fc
  .tuple(fc.integer({ min: 0, max: 0xffffffff }), fc.integer({ min: 0, max: 0xffffffff }))
  .map(([high, low]) => high.toString(16).padStart(8, '0') + low.toString(16).padStart(8, '0'));

/** A fingerprint with the given bits (0–63, from the most significant) flipped. */
function flip(fingerprint: string, bits: readonly number[]): string {
  const digits = [...fingerprint].map((d) => Number.parseInt(d, 16));
  for (const bit of bits) {
    const i = Math.floor(bit / 4);
    digits[i] = (digits[i] ?? 0) ^ (8 >> (bit % 4));
  }
  return digits.map((d) => d.toString(16)).join('');
}

/** Whether two fingerprints agree on one of the four 16-bit blocks but for at most one bit. */
function shareABlock(a: string, b: string): boolean {
  return [0, 4, 8, 12].some(
    (at) =>
      hammingDistance(a.slice(at, at + 4).padEnd(16, '0'), b.slice(at, at + 4).padEnd(16, '0')) <=
      1,
  );
}

describe('story lookup in the embedded index', () => {
  let dataDir: string;

  beforeEach(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'story-lookup-'));
  });

  afterEach(async () => {
    await rm(dataDir, { recursive: true, force: true });
  });

  // The distance is measured by SQLite in integer arithmetic; it must be the very Hamming
  // distance story assignment uses, at every bit, including the sign bits of both halves.
  it('finds exactly the articles within reach that share a block, as the distance in JavaScript says', async () => {
    const index = await openEmbeddedIndex({ dataDir });
    let run = 0;
    try {
      await fc.assert(
        fc.asyncProperty(
          hex64,
          fc.array(fc.array(fc.integer({ min: 0, max: 63 }), { maxLength: 14 }), {
            minLength: 1,
            maxLength: 12,
          }),
          async (base, flips) => {
            run++;
            const stored = flips.map((bits, i) =>
              testArticle(`run-${run}/near-${i}.txt`, { fingerprint: flip(base, bits) }),
            );
            for (const article of stored) await index.upsert(article);
            const expected = stored
              .filter(
                (a) =>
                  hammingDistance(a.fingerprint, base) <= NEAR_DUPLICATE_DISTANCE &&
                  shareABlock(a.fingerprint, base),
              )
              .map((a) => a.id)
              .sort();
            const found = (await index.findSimilar(base)).map((c) => c.id).sort();
            for (const article of stored) await index.remove(article.id, `${article.sequencer}ff`);
            expect(found).toEqual(expected);
          },
        ),
        { numRuns: 60 },
      );
    } finally {
      await index.close();
    }
  });

  it('reads at most a bounded number of candidates, the nearest first', async () => {
    const index = await openEmbeddedIndex({ dataDir });
    try {
      const base = '0123456789abcdef';
      const copies = Array.from({ length: MAX_STORY_CANDIDATES + 20 }, (_, i) =>
        testArticle(`copy-${i}.txt`, { fingerprint: flip(base, [i % 60, (i + 3) % 60]) }),
      );
      const exact = testArticle('exact.txt', { fingerprint: base });
      for (const article of [...copies, exact]) await index.upsert(article);

      const found = await index.findSimilar(base);

      expect(found).toHaveLength(MAX_STORY_CANDIDATES);
      expect(found.map((c) => c.id)).toContain(exact.id);
    } finally {
      await index.close();
    }
  });

  it('empties a version 9 file, whose blocks held the fingerprint as text, and builds the integer blocks as the bucket refills it', async () => {
    const written = await openEmbeddedIndex({ dataDir });
    const original = testArticle('original.txt', { fingerprint: 'fedcba9876543210' });
    await written.upsert(original);
    await written.close();
    const db = new Database(join(dataDir, 'articles.sqlite'));
    db.exec(`
      DROP TRIGGER story_bands_on_insert;
      DROP TRIGGER story_bands_on_update;
      DROP TRIGGER story_bands_on_delete;
      DROP TABLE story_bands;
      CREATE TABLE story_bands (band INTEGER NOT NULL, value TEXT NOT NULL, doc INTEGER NOT NULL,
        fingerprint TEXT NOT NULL, PRIMARY KEY (band, value, doc)) STRICT, WITHOUT ROWID;
      PRAGMA user_version = 9;`);
    db.close();

    const replaced: number[] = [];

    const reopened = await openEmbeddedIndex({
      dataDir,
      onSchemaReplaced: (from) => replaced.push(from),
    });

    try {
      // Nothing is migrated: the file starts empty and the bucket fills it again.
      expect(replaced).toEqual([9]);
      expect(await reopened.findSimilar('fedcba9876543211')).toEqual([]);
      await reopened.upsert(original);
      expect((await reopened.findSimilar('fedcba9876543211')).map((c) => c.id)).toEqual([
        original.id,
      ]);
      const copy = testArticle('copy.txt', { fingerprint: 'fedcba9876543310' });
      await reopened.upsert(copy);
      expect((await reopened.findSimilar('fedcba9876543210')).map((c) => c.id).sort()).toEqual(
        [original.id, copy.id].sort(),
      );
    } finally {
      await reopened.close();
    }
  });
});
