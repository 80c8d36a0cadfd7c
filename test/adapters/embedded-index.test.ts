import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { embeddedQuery } from '../../functions/adapters/embedded-index/match-expression.ts';
import { SCHEMA_VERSION } from '../../functions/adapters/embedded-index/schema.ts';
import { openEmbeddedIndex } from '../../functions/adapters/embedded-index/sqlite-article-index.ts';
import { parseQuery } from '../../functions/core/search/query-parser.ts';
import { planQuery } from '../../functions/core/search/query-plan.ts';
import { FIELD_WEIGHTS } from '../../functions/core/search/ranking.ts';
import { describeArticleIndexBehaviour, testArticle } from '../port/article-index-behaviour.ts';
import { temporaryIndex } from '../support/fakes.ts';
import { propertyRuns } from '../support/property-runs.ts';

async function temporaryDirectory(): Promise<string> {
  return mkdtemp(join(tmpdir(), 'embedded-index-'));
}

describeArticleIndexBehaviour('embedded SQLite index', temporaryIndex);

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

  it('continues a cursor on another connection with the very same scores after a write', async () => {
    // Prepare: a reader thread has a connection of its own, without the first page's kept hits;
    // after a write it ranks the next page again from the statistics the cursor carries.
    const first = await openEmbeddedIndex({ dataDir });
    const second = await openEmbeddedIndex({ dataDir });
    const words = ['harbour', 'reopened', 'ships', 'storm'];
    for (let i = 0; i < 30; i++) {
      await first.upsert(
        testArticle(`a-${i}.txt`, {
          title: i % 4 === 0 ? 'Harbour storm' : `Report ${i}`,
          body: Array.from({ length: (i % 9) + 2 }, (_, j) => words[(i * j) % 4]).join(' '),
        }),
      );
    }
    const request = {
      text: 'harbour ships storm',
      clauses: parseQuery('harbour ships storm'),
      size: 3,
    };

    try {
      // Act
      const oneShot = await first.search({ ...request, size: 100 });
      const visited: Array<[string, number]> = [];
      let page = await first.search(request);
      const late = testArticle('late.txt', { title: 'Harbour', body: 'storm ships storm' });
      await first.upsert(late);
      for (let turn = 1; page.hits.length > 0; turn++) {
        const earlier = page.hits.filter((hit) => hit.id !== late.id);
        visited.push(...earlier.map((hit): [string, number] => [hit.id, hit.score]));
        const after = page.hits.at(-1)?.sort;
        if (after === undefined) break;
        page = await (turn % 2 === 0 ? first : second).search({ ...request, after });
      }

      // Assess
      expect(oneShot.total).toBeGreaterThan(20);
      expect(visited).toEqual(oneShot.hits.map((hit) => [hit.id, hit.score]));
    } finally {
      await first.close();
      await second.close();
    }
  });

  it('empties a file of an older schema version and says so, for the bucket to fill again', async () => {
    // A file exactly as version 1 wrote it: one Russian article, indexed without `translit`.
    const db = new Database(join(dataDir, 'articles.sqlite'));
    db.exec(`
      CREATE TABLE articles (doc INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE,
        bucket TEXT NOT NULL, key TEXT NOT NULL, title TEXT NOT NULL, body TEXT NOT NULL,
        language TEXT NOT NULL, language_confidence REAL NOT NULL, published_at TEXT,
        source TEXT, credits TEXT NOT NULL, encoding TEXT NOT NULL, content_type TEXT NOT NULL,
        word_count INTEGER NOT NULL, content_hash TEXT NOT NULL, size INTEGER NOT NULL,
        sequencer TEXT NOT NULL, indexed_at TEXT NOT NULL) STRICT;
      CREATE INDEX articles_by_language ON articles (language);
      CREATE VIRTUAL TABLE article_terms USING fts5(title, body, names, content = '',
        contentless_delete = 1,
        tokenize = "unicode61 remove_diacritics 0 categories 'L* M* N* P* S* C*'");
      CREATE TABLE sequencers (id TEXT PRIMARY KEY, sequencer TEXT NOT NULL,
        deleted INTEGER NOT NULL CHECK (deleted IN (0, 1))) STRICT, WITHOUT ROWID;
      CREATE TABLE failures (bucket TEXT NOT NULL, key TEXT NOT NULL, reason TEXT NOT NULL,
        message TEXT NOT NULL, failed_at TEXT NOT NULL, PRIMARY KEY (bucket, key))
        STRICT, WITHOUT ROWID;
      INSERT INTO articles VALUES (1, '${'a'.repeat(64)}', 'news', 'ru.txt', 'Визит',
        'Министр Кошербаев прибыл.', 'ru', 0.9, '2024-03-01', NULL, '[]', 'utf-8',
        'text/plain', 3, '${'c'.repeat(64)}', 10, '0A', '2024-03-01T10:00:00.000Z');
      INSERT INTO article_terms (rowid, title, body, names)
        VALUES (1, 'визит', 'министр кошерба прибыл', 'кошербаев');
      INSERT INTO sequencers VALUES ('${'a'.repeat(64)}', '0A', 0);
      PRAGMA user_version = 1;`);
    db.close();
    const replaced: [number, number][] = [];

    const reopened = await openEmbeddedIndex({
      dataDir,
      onSchemaReplaced: (from, to) => replaced.push([from, to]),
    });

    try {
      expect(replaced).toEqual([[1, SCHEMA_VERSION]]);
      expect(await reopened.get('a'.repeat(64))).toBeNull();
      expect(await reopened.listObjects()).toEqual([]);
      const russian = testArticle('ru.txt', { title: 'Визит', body: 'Министр Кошербаев прибыл.' });
      await reopened.upsert(russian);
      const search = (text: string) =>
        reopened.search({ text, clauses: parseQuery(text), size: 10 });
      expect((await search('Kosherbayev')).hits.map((h) => h.key)).toEqual(['ru.txt']);
    } finally {
      await reopened.close();
    }
    const again: number[] = [];
    const third = await openEmbeddedIndex({
      dataDir,
      onSchemaReplaced: (from) => again.push(from),
    });
    await third.close();
    expect(again).toEqual([]);
  });

  it('empties a file written by a newer schema version too: the bucket is what counts', async () => {
    const written = await openEmbeddedIndex({ dataDir });
    await written.upsert(testArticle('a.txt'));
    await written.close();
    const db = new Database(join(dataDir, 'articles.sqlite'));
    db.pragma(`user_version = ${SCHEMA_VERSION + 1}`);
    db.close();
    const replaced: number[] = [];

    const reopened = await openEmbeddedIndex({
      dataDir,
      onSchemaReplaced: (from) => replaced.push(from),
    });

    try {
      expect(replaced).toEqual([SCHEMA_VERSION + 1]);
      expect(await reopened.listObjects()).toEqual([]);
    } finally {
      await reopened.close();
    }
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
        { numRuns: propertyRuns(300) },
      );
    } finally {
      await index.close();
    }
  });

  it('writes a batch as each article alone: a key twice keeps the newer, a stale one loses', async () => {
    // Prepare
    const index = await openEmbeddedIndex({ dataDir });
    const search = async (text: string) =>
      (await index.search({ text, clauses: parseQuery(text), size: 10 })).hits.map((h) => h.id);
    try {
      const current = testArticle('current.txt', {
        body: 'Ferry timetable changed',
        sequencer: '0B',
      });
      await index.upsert(current);
      const first = testArticle('twice.txt', {
        body: 'Harbour closed for repairs',
        sequencer: '01',
      });
      const second = { ...first, body: 'Harbour reopened to ferries', sequencer: '02' };
      const stale = { ...current, body: 'Lighthouse repainted', sequencer: '0A' };
      const fresh = testArticle('fresh.txt', {
        body: 'Lighthouse keeper retires',
        sequencer: '01',
      });

      // Act
      const outcomes = await index.upsertAll?.([first, stale, second, fresh]);

      // Assess
      expect(outcomes).toEqual(['applied', 'stale', 'applied', 'applied']);
      expect(await index.get(first.id)).toEqual(second);
      expect(await search('repairs')).toEqual([]);
      expect(await search('reopened')).toEqual([first.id]);
      expect(await search('lighthouse')).toEqual([fresh.id]);
      expect(await search('timetable')).toEqual([current.id]);
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

function fts(text: string, relaxed = false) {
  const plan = planQuery(parseQuery(text), relaxed);
  if (plan === null) throw new Error(`nothing to search in ${text}`);
  return embeddedQuery(plan);
}

describe('embeddedQuery', () => {
  it('searches a word by its stem, and by its name keys in their own columns at their weights', () => {
    expect(fts('Banks').forms).toEqual([
      ['{title body names} : "bank"', 0, 'o', 1],
      ['translit : "banks"', 0, 'o', FIELD_WEIGHTS.translit],
      ['sounds : "c:pnks"', 0, 'o', FIELD_WEIGHTS.sounds],
      // Its translations, in the article's own words.
      ['{title body} : "банк"', 0, 'o', FIELD_WEIGHTS.translation],
      ['{title body} : "банковск"', 0, 'o', FIELD_WEIGHTS.translation],
    ]);
  });

  it('searches a Russian surname by its stem, its transliterations and its sound in Latin', () => {
    expect(fts('Кошербаевым').forms.map(([expression]) => expression)).toEqual([
      '{title body names} : "кошербаев"',
      'translit : "kosherbaevim"',
      'translit : "kosherbaev"',
      'sounds : "l:kxrpfm"',
      'sounds : "l:kxrpf"',
    ]);
  });

  it('numbers clauses required first, then optional, then excluded, phrases kept together', () => {
    const query = fts('rates "central banks" -river');

    expect(query.forms.map(([expression, clause, kind]) => [expression, clause, kind])).toEqual([
      ['{title body} : "central bank"', 0, 'r'],
      ['{title body names} : "rate"', 1, 'o'],
      ['translit : "rates"', 1, 'o'],
      ['sounds : "c:rs"', 1, 'o'],
      ['{title body} : "ставк"', 1, 'o'],
      ['{title body} : "курс"', 1, 'o'],
      ['{title body} : "темп"', 1, 'o'],
      // An exclusion leaves out the word and its spellings, not its translations.
      ['{title body names} : "river"', 2, 'x'],
      ['translit : "river"', 2, 'x'],
      ['sounds : "c:rfr"', 2, 'x'],
    ]);
    expect(query).toMatchObject({ required: 1, optional: 1, minimum: 1 });
  });

  it('pairs neighbouring words for proximity and weighs a repeated word', () => {
    const query = fts('Kazakhstan foreign minister minister visit');

    expect(query.pairs).toEqual([
      ['{title body} : NEAR("kazakhstan" "foreign", 8)', 0, 1],
      ['{title body} : NEAR("foreign" "minist", 8)', 1, 2],
      ['{title body} : NEAR("minist" "visit", 8)', 2, 3],
    ]);
    // Lower-case words of a longer query are looked up only as words, not as names.
    expect(query.forms.filter(([, clause]) => clause === 2)).toEqual([
      ['{title body names} : "minist"', 2, 'o', 2],
      ['{title body} : "министр"', 2, 'o', 2 * FIELD_WEIGHTS.translation],
    ]);
    expect(query).toMatchObject({ optional: 4, minimum: 1 });
  });

  it('needs both words of two, and any one word, required ones included, when relaxed', () => {
    expect(fts('Kosherbayev Cooper')).toMatchObject({ required: 0, optional: 2, minimum: 2 });
    expect(fts('+bank rates', true)).toMatchObject({ required: 0, optional: 2, minimum: 1 });
  });

  it('drops a clause with no searchable word', () => {
    const plan = planQuery([
      { words: ['—'], occurrence: 'optional', quoted: false },
      ...parseQuery('bank'),
    ]);
    expect(plan && embeddedQuery(plan).forms.map(([expression]) => expression)).toEqual([
      '{title body names} : "bank"',
      'translit : "bank"',
      'sounds : "c:pnk"',
      '{title body} : "банк"',
    ]);
  });
});
