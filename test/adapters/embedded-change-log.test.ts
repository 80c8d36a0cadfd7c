import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { registerFunctions } from '../../functions/adapters/embedded-index/article-facts.ts';
import { ArticleSearch } from '../../functions/adapters/embedded-index/article-search.ts';
import { ArticleLengths } from '../../functions/adapters/embedded-index/form-scores.ts';
import { SCHEMA_VERSION } from '../../functions/adapters/embedded-index/schema.ts';
import {
  DEFAULT_INDEX_FILE,
  type EmbeddedIndex,
  openEmbeddedIndex,
} from '../../functions/adapters/embedded-index/sqlite-article-index.ts';
import { parseQuery } from '../../functions/core/search/query-parser.ts';
import type { SearchPage, SearchQuery } from '../../functions/core/search/search-query.ts';
import { testArticle } from '../port/article-index-behaviour.ts';

// A reader keeps copies of per-article rows (facet columns, articles' lengths, the frequent
// terms' postings) and follows other connections' writes through the change log
// (`article_facts_changes`, article-changes.ts), numbered from 1 in each file. When another
// process builds the file again (a build of another schema version empties it in place and
// writes the bucket into it anew), the log starts again from 1 under the reader's feet: its
// entries must not be taken for a continuation of the old log, whose articles and row ids are
// gone. Whatever the new log's length, the reader must answer as one that reads every row afresh.

const QUERIES: SearchQuery[] = [
  { text: '', clauses: [], size: 20, collapse: true },
  { text: 'harbour', clauses: parseQuery('harbour'), size: 20 },
  { text: 'storm', clauses: parseQuery('storm'), size: 20 },
  { text: 'wheat storm', clauses: parseQuery('wheat storm'), size: 20 },
];

/** What must agree: the hits in order with their scores, totals, stories and every facet. */
function answer(page: SearchPage): string {
  return JSON.stringify({
    hits: page.hits.map((hit) => [hit.id, hit.score]),
    total: page.total,
    stories: page.totalStories,
    facets: page.facets,
  });
}

describe('a reader following the change log of a file another process builds again', () => {
  let dataDir: string;
  let file: string;
  let writer: EmbeddedIndex;
  const connections: Database.Database[] = [];

  /** A searcher on a read-only connection of its own. */
  function reader(): { db: Database.Database; search: ArticleSearch } {
    const db = new Database(file, { readonly: true });
    registerFunctions(db);
    connections.push(db);
    return { db, search: new ArticleSearch(db) };
  }

  /** Writes `count` new articles, one log entry each, in `language` with `words` of each. */
  async function write(
    prefix: string,
    count: number,
    language: string,
    words: (i: number) => string,
  ) {
    for (let i = 0; i < count; i++) {
      await writer.upsert(
        testArticle(`${prefix}-${i}.txt`, {
          language,
          languages: [{ language, share: 1 }],
          source: `${prefix} wire`,
          publishedAt: `2021-0${1 + (i % 9)}-15`,
          body: `${words(i)} ${'grain '.repeat(i)}`.trim(),
          sequencer: (0x100 + i).toString(16).toUpperCase(),
        }),
      );
    }
  }

  /** Empties the file in place and gives it our layout again, as a build of another version. */
  async function buildAgain(): Promise<void> {
    await writer.close();
    const other = new Database(file);
    other.pragma(`user_version = ${SCHEMA_VERSION - 1}`);
    other.close();
    writer = await openEmbeddedIndex({ dataDir });
  }

  function expectAsFresh(search: ArticleSearch): void {
    const fresh = reader().search;
    for (const query of QUERIES) {
      expect(answer(search.search(query)), query.text).toBe(answer(fresh.search(query)));
    }
  }

  beforeEach(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'change-log-'));
    file = join(dataDir, DEFAULT_INDEX_FILE);
    writer = await openEmbeddedIndex({ dataDir });
  });

  afterEach(async () => {
    for (const db of connections.splice(0)) db.close();
    await writer?.close();
    if (dataDir) await rm(dataDir, { recursive: true, force: true });
  });

  // The new log ends where the reader's copy ended: the log said nothing had changed.
  it('reads every row again when the new log is as long as the one it had read', async () => {
    await write('old', 6, 'en', (i) => (i % 3 === 0 ? 'harbour wheat' : 'wheat storm storm'));
    const { search } = reader();
    search.warmUp({ postings: Number.POSITIVE_INFINITY, minDocs: 1 });
    expectAsFresh(search);

    await buildAgain();
    await write('new', 6, 'ru', (i) => (i % 2 === 0 ? 'harbour harbour storm' : 'wheat'));

    expectAsFresh(search);
    expect(search.search(QUERIES[0] as SearchQuery).facets.language).toEqual({ ru: 6 });
  });

  // The new log goes past the reader's point: its entries after that point looked like the
  // changes since, and the first ones (articles at the old articles' row ids) were never read.
  it('reads every row again when the new log is longer than the one it had read', async () => {
    await write('old', 4, 'en', (i) => (i % 3 === 0 ? 'harbour wheat' : 'wheat storm storm'));
    const { search } = reader();
    search.warmUp({ postings: Number.POSITIVE_INFINITY, minDocs: 1 });
    expectAsFresh(search);

    await buildAgain();
    await write('new', 7, 'kk', (i) => (i % 2 === 0 ? 'harbour harbour storm' : 'wheat'));

    expectAsFresh(search);
    expect(search.search(QUERIES[0] as SearchQuery).facets.language).toEqual({ kk: 7 });
  });

  it('keeps the articles’ lengths of the new file, as FTS5 counts them', async () => {
    await write('old', 5, 'en', () => 'harbour wheat storm');
    const db = new Database(file, { readonly: true });
    connections.push(db);
    db.exec('CREATE VIRTUAL TABLE temp.instances USING fts5vocab(main, article_terms, instance)');
    const lengths = new ArticleLengths(db);
    const compared = () =>
      db.transaction(() => {
        const kept: Record<number, number> = {};
        lengths.current('').forEach((length, doc) => {
          if (length !== 0) kept[doc] = length;
        });
        const fts = Object.fromEntries(
          db.prepare('SELECT doc, count(*) FROM temp.instances GROUP BY doc').raw().all() as Array<
            [number, number]
          >,
        );
        return { kept, fts };
      })();
    expect(compared().kept).toEqual(compared().fts);

    await buildAgain();
    await write('new', 5, 'en', () => 'harbour');

    const { kept, fts } = compared();
    expect(kept).toEqual(fts);
  });

  it('draws a new epoch when the log alone is made again, and keeps it on every other open', async () => {
    const epoch = () =>
      connections.at(-1)?.prepare('SELECT epoch FROM article_facts_changes_epoch').pluck().all();
    reader();
    const first = epoch();
    expect(first).toEqual([expect.stringMatching(/^[0-9a-f]{16}$/)]);
    await writer.close();
    writer = await openEmbeddedIndex({ dataDir });
    expect(epoch()).toEqual(first);

    // As a build before the log, or a hand, dropped it: the next open makes it again from 1.
    await writer.close();
    const other = new Database(file);
    other.exec(`DROP TRIGGER article_facts_changes_on_insert;
      DROP TRIGGER article_facts_changes_on_delete;
      DROP TABLE article_facts_changes;`);
    other.close();
    writer = await openEmbeddedIndex({ dataDir });

    expect(epoch()).toHaveLength(1);
    expect(epoch()).not.toEqual(first);
  });

  it('follows a file whose log has no epoch yet as a file without the log, until it gains one', async () => {
    await write('old', 3, 'en', () => 'harbour');
    // As a file written by the build before the epoch: the log, and no epoch.
    const other = new Database(file);
    other.exec('DROP TABLE article_facts_changes_epoch');
    other.close();
    const { search } = reader();
    search.warmUp({ postings: Number.POSITIVE_INFINITY, minDocs: 1 });
    expectAsFresh(search);

    await write('more', 2, 'kk', () => 'harbour storm');
    expectAsFresh(search);

    await writer.close();
    writer = await openEmbeddedIndex({ dataDir });
    await write('late', 2, 'ru', () => 'storm');
    expectAsFresh(search);
    expect(search.search(QUERIES[0] as SearchQuery).facets.language).toEqual({
      en: 3,
      kk: 2,
      ru: 2,
    });
  });
});
