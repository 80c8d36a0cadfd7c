import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { registerFunctions } from '../../functions/adapters/embedded-index/article-facts.ts';
import { ArticleSearch } from '../../functions/adapters/embedded-index/article-search.ts';
import {
  FrequentTerms,
  type FrequentTermsBudget,
} from '../../functions/adapters/embedded-index/frequent-terms.ts';
import type { PositionList } from '../../functions/adapters/embedded-index/phrase-positions.ts';
import {
  DEFAULT_INDEX_FILE,
  openEmbeddedIndex,
} from '../../functions/adapters/embedded-index/sqlite-article-index.ts';
import type { ArticleIndex } from '../../functions/core/ports.ts';
import { parseQuery } from '../../functions/core/search/query-parser.ts';
import type { SearchPage } from '../../functions/core/search/search-query.ts';
import { testArticle } from '../port/article-index-behaviour.ts';
import { seeded } from '../support/seeded.ts';

// A reader chooses its frequent terms (frequent-terms.ts) when it starts, and again whenever
// the choice no longer fits the index (`selectionStale`, asked in its idle time): a reader
// started on an empty or small index gains the terms once the index is large enough, and a
// term let go (too far behind the log, or past the budget) is read again.

const WORDS = ['harbour', 'wheat', 'ships', 'market', 'storm', 'river', 'пшеница', 'рынок', 'порт'];

function article(rand: () => number, key: string) {
  const pick = () => WORDS[Math.floor(rand() * WORDS.length)] as string;
  const words = Array.from({ length: 4 + Math.floor(rand() * 20) }, pick);
  return testArticle(key, { title: `${pick()} ${pick()}`, body: `${words.join(' ')}.` });
}

const BUDGET: FrequentTermsBudget = {
  postings: Number.POSITIVE_INFINITY,
  minDocs: 20,
  positions: { minDocs: 20, bytes: Number.POSITIVE_INFINITY, patchAfterMs: 0 },
};

describe('the frequent terms chosen again when the index changes', () => {
  let dataDir: string;
  let writer: ArticleIndex;
  let written = 0;
  const rand = seeded(91);
  const connections: Database.Database[] = [];

  function connection(): Database.Database {
    const db = new Database(join(dataDir, DEFAULT_INDEX_FILE), { readonly: true });
    registerFunctions(db);
    connections.push(db);
    return db;
  }

  async function write(count: number): Promise<void> {
    for (let i = 0; i < count; i++) await writer.upsert(article(rand, `a-${written++}.txt`));
  }

  /** Every term of `minDocs` articles or more, as FTS5 holds it now, with its articles. */
  function frequent(db: Database.Database, minDocs: number): Array<[string, number[]]> {
    const terms = db
      .prepare('SELECT term FROM temp.article_terms_rows WHERE doc >= ? ORDER BY term')
      .pluck()
      .all(minDocs) as string[];
    const docs = db
      .prepare('SELECT DISTINCT doc FROM temp.article_terms_instances WHERE term = ? ORDER BY doc')
      .pluck();
    return terms.map((term) => [term, docs.all(term) as number[]]);
  }

  function reselect(tier: FrequentTerms, budget: FrequentTermsBudget): number {
    tier.startBuild(budget);
    let steps = 0;
    while (tier.buildStep()) steps++;
    return steps;
  }

  beforeEach(async () => {
    written = 0;
    dataDir = await mkdtemp(join(tmpdir(), 'frequent-reselect-'));
    writer = await openEmbeddedIndex({ dataDir });
  });

  afterEach(async () => {
    for (const db of connections.splice(0)) db.close();
    await writer?.close();
    if (dataDir) await rm(dataDir, { recursive: true, force: true });
  });

  it('keeps nothing on an empty index, sees the index grow past the threshold, and then keeps the terms FTS5 holds', async () => {
    // Prepare: a tier chosen on an empty index.
    const db = connection();
    const tier = new FrequentTerms(db);
    tier.build(BUDGET);
    expect(tier.size.terms).toBe(0);
    expect(tier.positionsSize.terms).toBe(0);
    expect(tier.selectionStale()).toBe(false);

    // Act: fewer articles than any term could be chosen for, then enough.
    await write(10);
    const tooFew = tier.selectionStale();
    await write(50);
    const enough = tier.selectionStale();
    reselect(tier, BUDGET);

    // Assess: the terms of 20 articles or more, each as FTS5 lists it, and positions for them.
    expect(tooFew).toBe(false);
    expect(enough).toBe(true);
    const terms = frequent(db, 20);
    expect(terms.length).toBeGreaterThan(3);
    expect(tier.size.terms).toBe(terms.length);
    expect(tier.positionsSize.terms).toBe(terms.length);
    for (const [term, docs] of terms) expect([...(tier.postings(term)?.docs ?? [])]).toEqual(docs);
    expect(tier.selectionStale()).toBe(false);
  });

  it('chooses again when the index grows or shrinks by more than a quarter, not for fewer changes', async () => {
    await write(80);
    const db = connection();
    const tier = new FrequentTerms(db);
    tier.build(BUDGET);
    expect(tier.selectionStale()).toBe(false);

    // A few writes (an eighth): the choice stands.
    await write(10);
    expect(tier.selectionStale()).toBe(false);
    expect(tier.selectionStale()).toBe(false);
    // More than a quarter since the choice: chosen again.
    await write(15);
    expect(tier.selectionStale()).toBe(true);
    reselect(tier, BUDGET);
    expect(tier.selectionStale()).toBe(false);
    // Shrunk by more than a quarter: chosen again, and what it keeps is what FTS5 holds.
    for (let i = 0; i < 30; i++) await writer.remove(testArticle(`a-${i}.txt`).id, 'FF');
    expect(tier.selectionStale()).toBe(true);
    reselect(tier, BUDGET);
    const terms = frequent(db, 20);
    expect(tier.size.terms).toBe(terms.length);
    for (const [term, docs] of terms) expect([...(tier.postings(term)?.docs ?? [])]).toEqual(docs);
  });

  it('reads again a term’s positions let go because the log no longer reached back to them', async () => {
    // Prepare: positions kept, then writes, and a log that no longer reaches back.
    await write(60);
    const db = connection();
    const tier = new FrequentTerms(db);
    tier.build(BUDGET);
    const before = tier.positionsSize;
    const [first, second] = frequent(db, 20).map(([term]) => term);
    expect(db.transaction(() => tier.phrase([first as string, second as string]))()).not.toBeNull();
    await write(2);
    const trimmer = new Database(join(dataDir, DEFAULT_INDEX_FILE));
    trimmer.exec(
      'DELETE FROM article_facts_changes WHERE seq < (SELECT max(seq) FROM article_facts_changes)',
    );
    trimmer.close();
    expect(db.transaction(() => tier.phrase([first as string, second as string]))()).toBeNull();
    expect(tier.positionsSize.terms).toBeLessThan(before.terms);

    // Act
    const stale = tier.selectionStale();
    reselect(tier, BUDGET);

    // Assess: every term's positions kept again, as a tier chosen afresh reads them.
    expect(stale).toBe(true);
    const fresh = new FrequentTerms(db);
    fresh.build(BUDGET);
    expect(tier.positionsSize.terms).toBe(fresh.positionsSize.terms);
    const arrays = (lists: PositionList[] | null) =>
      lists?.map(({ docs, starts, positions }) => ({ docs, starts, positions })) ?? null;
    const lists = db.transaction(() => [
      arrays(tier.phrase([first as string, second as string])),
      arrays(fresh.phrase([first as string, second as string])),
    ])();
    expect(lists[0]).not.toBeNull();
    expect(lists[0]).toEqual(lists[1]);
    expect(tier.positionsSize).toEqual(fresh.positionsSize);
  });

  it('reads again, within the budget, a term let go because the writes grew it past the budget', async () => {
    // Prepare: a budget exactly what the terms hold, then writes that grow them.
    await write(60);
    const db = connection();
    const exact = new FrequentTerms(db);
    exact.build({ postings: Number.POSITIVE_INFINITY, minDocs: 20 });
    const budget = { postings: exact.size.postings, minDocs: 20 };
    const tier = new FrequentTerms(db);
    tier.build(budget);
    await write(12);
    for (const [term] of frequent(db, 20)) tier.postings(term);
    const after = tier.size;
    expect(after.postings).toBeLessThanOrEqual(budget.postings);

    // Act
    const stale = tier.selectionStale();
    reselect(tier, budget);

    // Assess: the terms a tier chosen afresh keeps, each as FTS5 lists it, within the budget.
    expect(stale).toBe(true);
    const fresh = new FrequentTerms(db);
    fresh.build(budget);
    expect(tier.size).toEqual(fresh.size);
    expect(tier.size.postings).toBeLessThanOrEqual(budget.postings);
    for (const [term, docs] of frequent(db, 20)) {
      const kept = tier.postings(term);
      expect(kept === null, term).toBe(fresh.postings(term) === null);
      if (kept !== null) expect([...kept.docs], term).toEqual(docs);
    }
  });

  it('answers as the statement does after a reader started on an empty index chose its terms again', async () => {
    // Prepare: a searcher started on the empty index, as a reader thread starts.
    const kept = new ArticleSearch(connection(), 'ranker');
    kept.startFrequentTerms(BUDGET);
    while (kept.frequentTermsStep()) {}
    expect(kept.frequentTermsStale()).toBe(false);
    await write(80);

    // Act: in its idle time, it sees the choice is stale and reads the terms again.
    const stale = kept.frequentTermsStale();
    kept.startFrequentTerms(BUDGET);
    while (kept.frequentTermsStep()) {}

    // Assess: the same pages, scores and facets as the statement's.
    expect(stale).toBe(true);
    const reference = new ArticleSearch(connection(), 'statement');
    const ranking = (page: SearchPage) => page.hits.map((hit) => [hit.id, hit.score, hit.sort]);
    for (const text of [
      'harbour',
      'wheat ships',
      '"market storm"',
      'рынок порт',
      '"river harbour"',
    ]) {
      const query = { text, clauses: parseQuery(text), size: 10 };
      const mine = kept.search(query);
      const theirs = reference.search(query);
      expect(ranking(mine), text).toEqual(ranking(theirs));
      expect(mine.total, text).toBe(theirs.total);
      expect(mine.facets, text).toEqual(theirs.facets);
    }
  });
});
