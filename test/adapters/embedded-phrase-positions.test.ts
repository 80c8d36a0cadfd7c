import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applyFacetChangesSchema } from '../../functions/adapters/embedded-index/article-changes.ts';
import { FormScorer } from '../../functions/adapters/embedded-index/form-scores.ts';
import { FrequentTerms } from '../../functions/adapters/embedded-index/frequent-terms.ts';
import { ftsPhrase } from '../../functions/adapters/embedded-index/match-expression.ts';
import { BM25 } from '../../functions/adapters/embedded-index/match-ranker.ts';
import { registerRankingFunctions } from '../../functions/adapters/embedded-index/ranking-snapshot.ts';
import { propertyRuns } from '../support/property-runs.ts';

// Phrases of kept terms are matched and scored from their positions (phrase-positions.ts),
// claimed bit for bit what FTS5 gives. The ranker's test (embedded-ranker.test.ts) checks it on
// generated articles, where a run of one word is rare; here FTS5 itself is the reference on
// rows of a four-word vocabulary in every column, so that overlapping instances (`"a a"` in
// `a a a`), a word repeated in the phrase, a phrase in one column only or across two (which is
// no match), rows rewritten shorter and deleted rows all occur in every case.

const WORDS = ['a', 'b', 'по', 'не'];
const COLUMNS = ['title', 'body', 'names', 'translit', 'sounds'];

describe('phrases matched from the kept positions', () => {
  let dir: string;
  let writer: Database.Database;
  let reader: Database.Database;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'phrase-positions-'));
    const file = join(dir, 'index.sqlite');
    writer = new Database(file);
    writer.pragma('journal_mode = WAL');
    // The index's own table (schema.ts), and the facts table whose triggers log the changes.
    writer.exec(`
      CREATE VIRTUAL TABLE article_terms USING fts5(${COLUMNS.join(', ')}, content = '',
        contentless_delete = 1,
        tokenize = "unicode61 remove_diacritics 0 categories 'L* M* N* P* S* C*'");
      CREATE TABLE article_facts (doc INTEGER PRIMARY KEY);`);
    applyFacetChangesSchema(writer);
    reader = new Database(file, { readonly: true });
    registerRankingFunctions(reader);
  });

  afterAll(async () => {
    reader.close();
    writer.close();
    await rm(dir, { recursive: true, force: true });
  });

  const text = fc
    .array(fc.constantFrom(...WORDS), { maxLength: 10 })
    .map((words) => words.join(' '));
  const row = fc.array(text, { minLength: COLUMNS.length, maxLength: COLUMNS.length });
  const write = fc.record({ doc: fc.integer({ min: 1, max: 60 }), row: fc.option(row) });
  const phrase = fc.array(fc.constantFrom(...WORDS), { minLength: 2, maxLength: 5 });

  it('gives FTS5’s matches and bm25 bit for bit, through writes, rewrites and deletes', () => {
    const insert = writer.prepare(
      `INSERT INTO article_terms (rowid, ${COLUMNS.join(', ')}) VALUES (?, ?, ?, ?, ?, ?)`,
    );
    const apply = writer.transaction((doc: number, values: string[] | null) => {
      writer.prepare('DELETE FROM article_terms WHERE rowid = ?').run(doc);
      writer.prepare('DELETE FROM article_facts WHERE doc = ?').run(doc);
      if (values === null) return;
      insert.run(doc, ...values);
      writer.prepare('INSERT INTO article_facts (doc) VALUES (?)').run(doc);
    });
    const [k1 = 0, b = 0, oneMinusB = 0, k1PlusOne = 0] = reader
      .prepare('SELECT 1.2, 0.75, 1 - 0.75, 1.2 + 1.0')
      .raw()
      .get() as number[];
    const fts = reader
      .prepare(`SELECT rowid, -${BM25} FROM article_terms WHERE article_terms MATCH ?`)
      .raw();
    const averages = reader
      .prepare('SELECT fts_rows(block), fts_tokens(block) FROM article_terms_data WHERE id = 1')
      .raw();
    let compared = 0;
    let matched = 0;
    let reselected = 0;

    fc.assert(
      fc.property(
        fc.array(write, { minLength: 1, maxLength: 40 }),
        fc.array(fc.array(write, { maxLength: 6 }), { maxLength: 4 }),
        fc.array(phrase, { minLength: 1, maxLength: 8 }),
        (first, later, phrases) => {
          writer.exec('DELETE FROM article_terms; DELETE FROM article_facts;');
          for (const { doc, row: values } of first) apply(doc, values);
          // Every word's positions kept, a write patched in at once.
          const budget = {
            postings: 0,
            minDocs: 1,
            positions: { minDocs: 1, bytes: Number.POSITIVE_INFINITY, patchAfterMs: 0 },
          };
          const tier = new FrequentTerms(reader);
          tier.build(budget);
          const scorer = new FormScorer(reader, { k1, b, oneMinusB, k1PlusOne }, null, tier);
          for (const [round, writes] of [[], ...later].entries()) {
            for (const { doc, row: values } of writes) apply(doc, values);
            // Chosen again when the rows grew or shrank by a quarter, as a reader does when
            // idle: the positions kept through it patched as before, the new ones read.
            if (round % 2 === 1 && tier.selectionStale()) {
              tier.build(budget);
              reselected++;
            }
            reader.transaction(() => {
              const [rows, tokens] = averages.get() as [number, number];
              if (rows === 0) return;
              for (const terms of phrases) {
                for (const columns of ['{title body}', '{title body names}']) {
                  const expression = `${columns} : ${ftsPhrase(terms)}`;
                  const reference = fts.all(expression) as Array<[number, number]>;
                  const kept = tier.phrase(terms) !== null;
                  const mine = scorer.scores(expression, { rows, tokens }, `v${round}`);
                  // A word no row holds is not kept: FTS5 answers, as it does for rarer terms.
                  if (!kept) {
                    expect(mine).toBeNull();
                    continue;
                  }

                  expect([...(mine?.docs ?? [])], expression).toEqual(reference.map(([d]) => d));
                  expect([...(mine?.scores ?? [])], expression).toEqual(
                    reference.map(([, s]) => s),
                  );
                  expect(scorer.keptMatches(expression)).toEqual(reference.map(([d]) => d));
                  compared++;
                  matched += reference.length;
                }
              }
            })();
          }
        },
      ),
      { numRuns: propertyRuns(150) },
    );
    expect(compared).toBeGreaterThan(20);
    expect(matched).toBeGreaterThan(20);
    expect(reselected).toBeGreaterThan(0);
  });
});
