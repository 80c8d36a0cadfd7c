import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PlainBm25 } from '../../bench/relevance/bm25.ts';
import { findCollections, loadCollection } from '../../bench/relevance/collection.ts';
import { pairedBootstrap, scoreRanking, summarise } from '../../bench/relevance/metrics.ts';

describe('relevance metrics', () => {
  const judged = new Map([
    ['a', 2],
    ['b', 1],
    ['c', 0],
    ['d', 1],
  ]);

  it('scores a ranking as trec_eval does', () => {
    const scores = scoreRanking(['b', 'x', 'a', 'c'], judged);

    // Relevant: a, b, d. Found b at 1 and a at 3: AP = (1/1 + 2/3) / 3.
    expect(scores.ap).toBeCloseTo((1 + 2 / 3) / 3, 10);
    // DCG = 1/log2(2) + 2/log2(4); ideal = 2/log2(2) + 1/log2(3) + 1/log2(4).
    expect(scores.ndcg10).toBeCloseTo((1 + 2 / 2) / (2 + 1 / Math.log2(3) + 1 / 2), 10);
    expect(scores.p10).toBeCloseTo(0.2, 10);
    expect(scores.recall100).toBeCloseTo(2 / 3, 10);
    expect(scores.empty).toBe(false);
  });

  it('gives an empty answer zero everywhere and counts it', () => {
    const scores = scoreRanking([], judged);

    expect(scores).toEqual({ ap: 0, ndcg10: 0, p10: 0, recall100: 0, empty: true });
    expect(summarise([scores, scoreRanking(['a'], judged)]).emptyShare).toBe(0.5);
  });

  it('bootstraps an interval around the mean difference of paired scores', () => {
    const a = [0.5, 0.6, 0.7, 0.8];
    const ci = pairedBootstrap(a, [0.4, 0.5, 0.6, 0.7]);

    expect(ci.low).toBeCloseTo(0.1, 10);
    expect(ci.high).toBeCloseTo(0.1, 10);
    const spread = pairedBootstrap(a, [0.8, 0.1, 0.7, 0.2]);
    expect(spread.low).toBeLessThan(spread.high);
  });
});

describe('plain BM25 baseline', () => {
  it('ranks by term frequency and rarity, ignoring stop words, ties by id', () => {
    const bm25 = new PlainBm25(0.9, 0.4);
    bm25.add('d1', 'The harbour reopened. The harbour is busy.');
    bm25.add('d2', 'The harbour reopened after the storm.');
    bm25.add('d3', 'The storm passed.');
    bm25.add('d4', 'The storm passed.');

    expect(bm25.search('harbour')).toEqual(['d1', 'd2']);
    expect(bm25.search('the storm')).toEqual(['d3', 'd4', 'd2']);
    expect(bm25.search('the')).toEqual([]);
  });
});

describe('test collections', () => {
  let dir: string;

  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'collection-'));
  });

  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('reads a collection and keeps only queries with a relevant document', async () => {
    await writeFile(join(dir, 'docs.jsonl'), '{"id":"1","title":"t","text":"x"}\n');
    await writeFile(join(dir, 'queries.jsonl'), '{"id":"q1","text":"x"}\n{"id":"q2","text":"y"}\n');
    await writeFile(join(dir, 'qrels.tsv'), 'query_id\tdoc_id\trelevance\nq1\t1\t2\nq2\t1\t0\n');

    const collection = loadCollection(dir);

    expect(findCollections(dir)).toEqual([dir]);
    expect(collection.queries.map((q) => q.id)).toEqual(['q1']);
    expect(collection.qrels.get('q1')?.get('1')).toBe(2);
  });

  it('says where the data is missing', () => {
    expect(() => findCollections(join(dir, 'absent'))).toThrow(/no relevance data at/);
    expect(() => findCollections(dir)).toThrow(/holds no collection/);
  });
});
