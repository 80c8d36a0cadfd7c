import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { registerFunctions } from '../../functions/adapters/embedded-index/article-facts.ts';
import { ArticleSearch } from '../../functions/adapters/embedded-index/article-search.ts';
import {
  compareText,
  FacetColumns,
} from '../../functions/adapters/embedded-index/facet-columns.ts';
import {
  embeddedQuery,
  membershipExpression,
} from '../../functions/adapters/embedded-index/match-expression.ts';
import {
  DAYS_MATCH,
  filterParameters,
  LANGUAGES_MATCH,
  SOURCES_MATCH,
} from '../../functions/adapters/embedded-index/search-facets.ts';
import {
  DEFAULT_INDEX_FILE,
  type EmbeddedIndex,
  openEmbeddedIndex,
} from '../../functions/adapters/embedded-index/sqlite-article-index.ts';
import { parseQuery } from '../../functions/core/search/query-parser.ts';
import { planQuery } from '../../functions/core/search/query-plan.ts';
import type { SearchQuery } from '../../functions/core/search/search-query.ts';
import { testArticle } from '../port/article-index-behaviour.ts';
import { propertyRuns } from '../support/property-runs.ts';

// A reader keeps the facts it counts facets over in memory (facet-columns.ts) and follows the
// writes of other connections through `article_facts_changes`, reading only the rows changed. Its
// counts must be at once those of a reader that reads every row afresh, whose counts
// embedded-facets.test.ts checks against the rule itself.

const LANGUAGES = ['en', 'ru', 'kk'];
const SOURCES = ['Wire One', 'wire one', 'Daily', null];
const DAYS = ['2021-01-15', '2021-06-30', '2022-03-01', null];
const WORDS = ['harbour', 'wheat', 'storm'];

/** The queries whose counts are compared: browsing and a word, with and without filters. */
function queries(): SearchQuery[] {
  const browse: SearchQuery = { text: '', clauses: [], size: 3, collapse: true };
  const word: SearchQuery = { text: 'harbour', clauses: parseQuery('harbour'), size: 3 };
  const filters: Array<Partial<SearchQuery>> = [
    {},
    { languages: ['ru'] },
    { sources: ['WIRE ONE'] },
    { publishedFrom: '2021-06-01', publishedTo: '2022-12-31' },
  ];
  return [browse, word, { ...word, collapse: true }].flatMap((q) =>
    filters.map((f) => ({ ...q, ...f })),
  );
}

/** What must agree: totals, stories and every facet, in order. */
function counted(search: ArticleSearch, query: SearchQuery): string {
  const page = search.search(query);
  return JSON.stringify({ total: page.total, stories: page.totalStories, facets: page.facets });
}

type Operation =
  | {
      kind: 'upsert';
      key: number;
      language: string;
      source: string | null;
      day: string | null;
      story: number;
      words: string[];
    }
  | { kind: 'remove'; key: number };

const operation: fc.Arbitrary<Operation> = fc.oneof(
  fc.record({
    kind: fc.constant('upsert' as const),
    key: fc.integer({ min: 0, max: 11 }),
    language: fc.constantFrom(...LANGUAGES),
    source: fc.constantFrom(...SOURCES),
    day: fc.constantFrom(...DAYS),
    story: fc.integer({ min: 0, max: 4 }),
    words: fc.subarray(WORDS, { minLength: 1 }),
  }),
  fc.record({ kind: fc.constant('remove' as const), key: fc.integer({ min: 0, max: 11 }) }),
);

describe('facet columns kept current across connections', () => {
  let dataDir: string;
  let index: EmbeddedIndex;
  let reader: Database.Database;
  let search: ArticleSearch;
  let sequence = 0;

  const sequencer = () => (++sequence).toString(16).toUpperCase().padStart(12, '0');
  const apply = async (op: Operation) => {
    const key = `a-${op.key}.txt`;
    if (op.kind === 'remove') {
      await index.remove(testArticle(key).id, sequencer());
      return;
    }
    await index.upsert(
      testArticle(key, {
        language: op.language,
        source: op.source,
        publishedAt: op.day,
        storyId: `story-${op.story}`,
        body: `${op.words.join(' ')}.`,
        sequencer: sequencer(),
      }),
    );
  };
  /** Checks before any write and after every batch of random writes and deletes. */
  const afterEveryWrite = (check: () => void, seed: number) =>
    fc.assert(
      fc.asyncProperty(
        fc.array(fc.array(operation, { maxLength: 4 }), { maxLength: 6 }),
        async (batches) => {
          check();
          for (const batch of batches) {
            for (const op of batch) await apply(op);
            check();
          }
        },
      ),
      { numRuns: propertyRuns(60), seed },
    );
  /** A reader that has read nothing yet: every row afresh. */
  const fresh = () => {
    const db = new Database(join(dataDir, DEFAULT_INDEX_FILE), { readonly: true });
    registerFunctions(db);
    return { db, search: new ArticleSearch(db) };
  };
  const expectCurrent = () => {
    const other = fresh();
    try {
      for (const query of queries()) {
        expect(counted(search, query)).toBe(counted(other.search, query));
      }
    } finally {
      other.db.close();
    }
  };

  beforeEach(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'facet-columns-'));
    index = await openEmbeddedIndex({ dataDir });
    ({ db: reader, search } = fresh());
  });

  afterEach(async () => {
    reader?.close();
    await index?.close();
    if (dataDir) await rm(dataDir, { recursive: true, force: true });
  });

  it('counts what the index holds after every write and delete of another connection', async () => {
    // Counted once first, so that the reader holds columns to keep current.
    await afterEveryWrite(expectCurrent, 12);
  });

  it('tests the filters as article_facts does after every write, with nothing counted between', async () => {
    // The ranker's test of a search's filters (`filter`, see match-ranker.ts) brings the
    // columns up to date itself: here no count ever runs on this reader.
    const columns = new FacetColumns(reader);
    const filterSets = [
      { languages: ['ru'] },
      { languages: ['en', 'kk'], sources: ['WIRE ONE', 'daily'] },
      { publishedFrom: '2021-06-30', publishedTo: '2022-03-01' },
      { publishedTo: '2021-06-29' },
      { publishedFrom: '2021-07-01', sources: ['Wire One'] },
    ].map((f) => filterParameters({ text: '', clauses: [], size: 1, ...f }));
    const passing = reader
      .prepare(
        `SELECT doc FROM article_facts f WHERE ${LANGUAGES_MATCH} AND ${SOURCES_MATCH}
         AND ${DAYS_MATCH} ORDER BY doc`,
      )
      .pluck();
    const highest = reader.prepare('SELECT coalesce(max(rowid), 0) FROM articles').pluck();
    const expectSame = () => {
      const last = Number(highest.get()) + 2;
      for (const filters of filterSets) {
        const test = columns.filter(filters, '');
        const mine = [...Array(last).keys()].filter((doc) => test(doc));
        expect(mine).toEqual(passing.all(filters));
      }
    };
    await afterEveryWrite(expectSame, 13);
  });

  it('follows a replaced article to its new language, source, day and story', async () => {
    const browse: SearchQuery = { text: '', clauses: [], size: 3, collapse: true };
    await apply({
      kind: 'upsert',
      key: 1,
      language: 'en',
      source: 'Daily',
      day: '2021-01-15',
      story: 1,
      words: ['wheat'],
    });
    await apply({
      kind: 'upsert',
      key: 2,
      language: 'en',
      source: 'Daily',
      day: '2021-01-15',
      story: 1,
      words: ['wheat'],
    });
    expect(search.search(browse)).toMatchObject({
      total: 2,
      totalStories: 1,
      facets: { language: { en: 2 }, source: { Daily: 2 }, month: { '2021-01': 2 } },
    });

    await apply({
      kind: 'upsert',
      key: 2,
      language: 'ru',
      source: 'Wire One',
      day: null,
      story: 2,
      words: ['wheat'],
    });

    expect(search.search(browse)).toMatchObject({
      total: 2,
      totalStories: 2,
      facets: {
        language: { en: 1, ru: 1 },
        source: { Daily: 1, 'Wire One': 1 },
        month: { '2021-01': 1 },
      },
    });

    await apply({ kind: 'remove', key: 1 });

    expect(search.search(browse)).toMatchObject({
      total: 1,
      totalStories: 1,
      facets: { language: { ru: 1 }, source: { 'Wire One': 1 }, month: {} },
    });
  });

  it('reads every row again when the changes it missed are no longer kept', async () => {
    await apply({
      kind: 'upsert',
      key: 1,
      language: 'en',
      source: 'Daily',
      day: null,
      story: 1,
      words: ['storm'],
    });
    expectCurrent();
    await apply({
      kind: 'upsert',
      key: 2,
      language: 'kk',
      source: 'Daily',
      day: null,
      story: 2,
      words: ['storm'],
    });
    await apply({
      kind: 'upsert',
      key: 3,
      language: 'kk',
      source: null,
      day: null,
      story: 3,
      words: ['storm'],
    });
    // As if thousands of writes had passed: the log no longer reaches back to the reader's.
    const writer = new Database(join(dataDir, DEFAULT_INDEX_FILE));
    writer.exec(
      'DELETE FROM article_facts_changes WHERE seq < (SELECT max(seq) FROM article_facts_changes)',
    );
    writer.close();

    expectCurrent();
    expect(JSON.parse(counted(search, queries()[0] as SearchQuery)).facets.language).toEqual({
      en: 1,
      kk: 2,
    });
  });

  it('follows the index on a file without the change log', async () => {
    const writer = new Database(join(dataDir, DEFAULT_INDEX_FILE));
    // As a file written before the log was: neither the table nor its triggers.
    writer.exec(`DROP TRIGGER article_facts_changes_on_insert;
      DROP TRIGGER article_facts_changes_on_delete;
      DROP TABLE article_facts_changes;`);
    writer.close();
    await apply({
      kind: 'upsert',
      key: 1,
      language: 'en',
      source: 'Daily',
      day: null,
      story: 1,
      words: ['storm'],
    });
    expectCurrent();

    await apply({
      kind: 'upsert',
      key: 2,
      language: 'ru',
      source: 'Daily',
      day: null,
      story: 2,
      words: ['storm'],
    });
    await apply({ kind: 'remove', key: 1 });

    expectCurrent();
    expect(search.search(queries()[0] as SearchQuery).facets.language).toEqual({ ru: 1 });
  });

  it('counts a query too long for one FTS5 expression as the same query written short', async () => {
    for (let key = 0; key < 8; key++) {
      await apply({
        kind: 'upsert',
        key,
        language: LANGUAGES[key % 3] as string,
        source: SOURCES[key % 4] ?? null,
        day: DAYS[key % 4] ?? null,
        story: key % 3,
        words: WORDS.slice(key % 3),
      });
    }
    // Words no article has, excluded: the same matches, in more forms than one expression holds.
    const exclusions = Array.from(
      { length: 70 },
      (_, i) => ` -zzq${String.fromCharCode(97 + (i % 26))}${i}`,
    );
    const short = 'harbour storm';
    const long = `${short}${exclusions.join('')}`;
    const plan = planQuery(parseQuery(long));
    expect(plan && membershipExpression(embeddedQuery(plan))).toBeNull();

    const counts = (text: string) =>
      counted(search, { text, clauses: parseQuery(text), size: 3, collapse: true });

    expect(JSON.parse(counts(short)).total).toBeGreaterThan(0);
    expect(counts(long)).toBe(counts(short));
  });

  it('counts on the writing connection itself after its own writes', async () => {
    const browse: SearchQuery = { text: '', clauses: [], size: 3 };
    await apply({
      kind: 'upsert',
      key: 1,
      language: 'en',
      source: 'Daily',
      day: null,
      story: 1,
      words: ['storm'],
    });
    expect((await index.search(browse)).total).toBe(1);

    await apply({
      kind: 'upsert',
      key: 2,
      language: 'ru',
      source: 'Daily',
      day: null,
      story: 2,
      words: ['storm'],
    });
    await apply({ kind: 'remove', key: 1 });

    expect((await index.search(browse)).facets.language).toEqual({ ru: 1 });
  });
});

describe('compareText', () => {
  it('orders as SQLite orders TEXT: by code point, a character beyond U+FFFF last', () => {
    const words = ['b', 'a', 'ab', '', '\u{1F600}', '\uFF21', 'Я', 'я'];
    const db = new Database(':memory:');
    const sqlite = db
      .prepare('SELECT value FROM json_each(?) ORDER BY value')
      .pluck()
      .all(JSON.stringify(words));
    db.close();

    expect([...words].sort(compareText)).toEqual(sqlite);
  });
});
