import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  ftsPhrase,
  toMatchExpression,
} from '../../functions/adapters/embedded-index/match-expression.ts';
import { SCHEMA_VERSION } from '../../functions/adapters/embedded-index/schema.ts';
import { openEmbeddedIndex } from '../../functions/adapters/embedded-index/sqlite-article-index.ts';
import { parseQuery } from '../../functions/core/query-parser.ts';
import { describeArticleIndexBehaviour, testArticle } from '../port/article-index-behaviour.ts';

async function temporaryDirectory(): Promise<string> {
  return mkdtemp(join(tmpdir(), 'embedded-index-'));
}

describeArticleIndexBehaviour('embedded SQLite index', async () => {
  const dataDir = await temporaryDirectory();
  const index = await openEmbeddedIndex({ dataDir });
  return {
    index,
    cleanup: async () => {
      await index.close();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
});

describe('openEmbeddedIndex', () => {
  let dataDir: string;

  beforeEach(async () => {
    dataDir = await temporaryDirectory();
  });

  afterEach(async () => {
    await rm(dataDir, { recursive: true, force: true });
  });

  it('keeps acknowledged writes, deletes and failures across close and reopen', async () => {
    // Prepare
    const kept = testArticle('kept.txt', { title: 'Harbour reopened', sequencer: '0A' });
    const deleted = testArticle('deleted.txt', { sequencer: '0A' });
    const first = await openEmbeddedIndex({ dataDir, fileName: 'news.sqlite' });
    await first.upsert(kept);
    await first.upsert(deleted);
    await first.remove(deleted.id, '0B');
    await first.recordFailure({
      bucket: 'news',
      key: 'broken.bin',
      reason: 'binary',
      message: 'broken.bin is not text',
      failedAt: '2024-03-01T10:00:00.000Z',
    });
    await first.close();

    // Act
    const reopened = await openEmbeddedIndex({ dataDir, fileName: 'news.sqlite' });

    // Assess
    try {
      expect(await reopened.get(kept.id)).toEqual(kept);
      expect(
        (await reopened.search({ text: 'harbour', clauses: parseQuery('harbour'), size: 10 }))
          .total,
      ).toBe(1);
      expect(await reopened.upsert({ ...deleted, sequencer: '0A' })).toBe('stale');
      expect((await reopened.listFailures(10)).map((f) => f.key)).toEqual(['broken.bin']);
    } finally {
      await reopened.close();
    }
  });

  it('creates a missing data directory and the default file in WAL mode with a schema version', async () => {
    const nested = join(dataDir, 'a', 'b');

    const index = await openEmbeddedIndex({ dataDir: nested });
    await index.close();

    const file = join(nested, 'articles.sqlite');
    expect(existsSync(file)).toBe(true);
    const db = new Database(file, { readonly: true });
    try {
      expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
      expect(db.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
    } finally {
      db.close();
    }
  });

  it('lets a second connection to the same file see acknowledged writes', async () => {
    const writer = await openEmbeddedIndex({ dataDir });
    const reader = await openEmbeddedIndex({ dataDir });
    try {
      const article = testArticle('shared.txt');

      await writer.upsert(article);

      expect(await reader.get(article.id)).toEqual(article);
    } finally {
      await writer.close();
      await reader.close();
    }
  });

  it('refuses a file written by a newer schema version', async () => {
    const db = new Database(join(dataDir, 'articles.sqlite'));
    db.pragma(`user_version = ${SCHEMA_VERSION + 1}`);
    db.close();

    await expect(openEmbeddedIndex({ dataDir })).rejects.toThrow(/schema version/);
  });

  it('answers any text a user can type without an FTS5 syntax error', async () => {
    const index = await openEmbeddedIndex({ dataDir });
    try {
      await index.upsert(testArticle('a.txt', { body: 'Cats "and" dogs -- NEAR(x) * OR ^y:z' }));

      await fc.assert(
        fc.asyncProperty(fc.string({ unit: 'binary', maxLength: 40 }), async (text) => {
          const page = await index.search({ text, clauses: parseQuery(text), size: 5 });
          expect(page.total).toBeGreaterThanOrEqual(0);
        }),
        { numRuns: 300 },
      );
    } finally {
      await index.close();
    }
  });

  it('may be closed twice', async () => {
    const index = await openEmbeddedIndex({ dataDir });

    await index.close();

    await expect(index.close()).resolves.toBeUndefined();
  });
});

describe('toMatchExpression', () => {
  it('quotes a single word as its stemmed term', () => {
    expect(toMatchExpression(parseQuery('Banks'))).toBe('"bank"');
  });

  it('requires every clause and keeps a quoted phrase together', () => {
    expect(toMatchExpression(parseQuery('rates "central banks"'))).toBe(
      '("rate" AND "central bank")',
    );
  });

  it('excludes negated clauses', () => {
    expect(toMatchExpression(parseQuery('bank -central -"river bank"'))).toBe(
      '"bank" NOT "central" NOT "river bank"',
    );
  });

  it('drops a clause with no searchable word', () => {
    expect(toMatchExpression([{ words: ['—'], negated: false }, ...parseQuery('bank')])).toBe(
      '"bank"',
    );
  });

  it('returns null when only exclusions or nothing searchable remain', () => {
    expect(toMatchExpression([{ words: ['bank'], negated: true }])).toBeNull();
    expect(toMatchExpression([{ words: ['…'], negated: false }])).toBeNull();
    expect(toMatchExpression([])).toBeNull();
  });

  it('doubles a double quote inside a phrase', () => {
    expect(ftsPhrase(['a"b', 'c'])).toBe('"a""b c"');
  });
});
