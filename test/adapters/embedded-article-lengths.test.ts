import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ArticleLengths } from '../../functions/adapters/embedded-index/form-scores.ts';
import {
  DEFAULT_INDEX_FILE,
  type EmbeddedIndex,
  openEmbeddedIndex,
} from '../../functions/adapters/embedded-index/sqlite-article-index.ts';
import { testArticle } from '../port/article-index-behaviour.ts';

// A reader keeps every article's length in tokens in memory (form-scores.ts), for bm25 computed
// in JavaScript. In each read transaction they must be the index's as that transaction sees it,
// whatever another connection wrote since: here they are compared with the number of term
// instances FTS5 lists for each article, which counts the same tokens by another road.

const WORDS = ['harbour', 'wheat', 'storm', 'grain', 'port', 'rain', 'ship'];

function body(seed: number): string {
  return Array.from({ length: 3 + ((seed * 7) % 23) }, (_, i) => WORDS[(seed + i * 3) % 7]).join(
    ' ',
  );
}

describe('the articles’ lengths a reader keeps', () => {
  let dataDir: string;
  let writer: EmbeddedIndex;
  let reader: Database.Database;
  let lengths: ArticleLengths;
  let version = 0;

  beforeEach(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'article-lengths-'));
    writer = await openEmbeddedIndex({ dataDir });
    reader = new Database(join(dataDir, DEFAULT_INDEX_FILE), { readonly: true });
    reader.exec(
      'CREATE VIRTUAL TABLE temp.instances USING fts5vocab(main, article_terms, instance)',
    );
    lengths = new ArticleLengths(reader);
  });

  afterEach(async () => {
    reader.close();
    await writer.close();
    await rm(dataDir, { recursive: true, force: true });
  });

  /** The kept lengths and FTS5's instances per article, read in one read transaction. */
  function compared(): { kept: Record<number, number>; fts: Record<number, number> } {
    return reader.transaction(() => {
      // A new `version` at each look: a file without the change log is then read whole.
      const current = lengths.current(String(version++));
      const fts: Record<number, number> = {};
      for (const [doc, n] of reader
        .prepare('SELECT doc, count(*) FROM temp.instances GROUP BY doc')
        .raw()
        .all() as Array<[number, number]>) {
        fts[doc] = n;
      }
      const kept: Record<number, number> = {};
      current.forEach((length, doc) => {
        if (length !== 0) kept[doc] = length;
      });
      return { kept, fts };
    })();
  }

  async function write(round: number): Promise<void> {
    for (let i = 0; i < 5; i++) {
      const key = `a-${(round * 3 + i) % 8}.txt`;
      await writer.upsert(
        testArticle(key, {
          body: body(round * 5 + i),
          sequencer: (0x1000 + round * 16 + i).toString(16).toUpperCase(),
        }),
      );
    }
    await writer.remove(
      testArticle(`a-${(round * 5) % 8}.txt`).id,
      (0x1000 + round * 16 + 9).toString(16).toUpperCase(),
    );
  }

  it('are the index’s after articles are added, replaced and removed by another connection', async () => {
    for (let round = 0; round < 4; round++) {
      await write(round);
      const { kept, fts } = compared();

      expect(Object.keys(fts).length).toBeGreaterThan(0);
      expect(kept).toEqual(fts);
    }
  });

  it('are the index’s on a file without the change log', async () => {
    const db = new Database(join(dataDir, DEFAULT_INDEX_FILE));
    db.exec(`DROP TRIGGER article_facts_changes_on_insert;
      DROP TRIGGER article_facts_changes_on_delete;
      DROP TABLE article_facts_changes;`);
    db.close();
    for (let round = 0; round < 3; round++) {
      await write(round);
      const { kept, fts } = compared();

      expect(kept).toEqual(fts);
    }
  });

  it('are the index’s when the changes a reader missed are no longer kept', async () => {
    await write(0);
    compared();
    await write(1);
    const db = new Database(join(dataDir, DEFAULT_INDEX_FILE));
    db.exec(
      'DELETE FROM article_facts_changes WHERE seq < (SELECT max(seq) FROM article_facts_changes)',
    );
    db.close();
    await write(2);
    const { kept, fts } = compared();

    expect(kept).toEqual(fts);
  });
});
