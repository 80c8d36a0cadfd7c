import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parityCorpus } from '../../bench/opensearch/corpus.ts';
import { type BothIndices, openBoth } from '../../bench/opensearch/indices.ts';
import {
  KNOWN_DIFFERENCES,
  measureParity,
  PARITY_QUERIES,
  type ParityRow,
} from '../../bench/opensearch/parity.ts';
import { ArticleLanguageDetector } from '../../functions/adapters/language/article-language-detector.ts';
import { clusterConfig } from './cluster-support.ts';

// The two indices must find the same articles: the seeds and 150 generated articles in
// Russian, English and Kazakh, the parity table's queries paged to the end. Relevance order may
// differ (two BM25 implementations; functions/adapters/opensearch/README.md, "Parity with the embedded index"); browsing, which
// sorts by date then id, may not.
describe('parity of the embedded index and a real node', () => {
  let dir = '';
  let both: BothIndices | undefined;
  let rows: ParityRow[] = [];
  let known: ParityRow[] = [];

  beforeAll(async () => {
    expect(clusterConfig.node).toBeTruthy();
    dir = await mkdtemp(join(tmpdir(), 'parity-'));
    both = await openBoth(dir, 'parity');
    const corpus = await parityCorpus(150);
    await both.load(corpus);
    const detector = new ArticleLanguageDetector();
    rows = await measureParity(both.embedded, both.opensearch, detector);
    known = await measureParity(both.embedded, both.opensearch, detector, KNOWN_DIFFERENCES);
  }, 120_000);

  afterAll(async () => {
    await both?.close();
    await rm(dir, { recursive: true, force: true });
  });

  it.each(PARITY_QUERIES.map((q, i) => [q.what, i] as const))(
    'finds the same articles, counts the same facets and shows the same snippets: %s',
    (_, i) => {
      const row = rows[i];
      expect(row?.embedded).toBeGreaterThan(0);
      expect(row).toMatchObject({
        sameSet: true,
        sameFacets: true,
        noRepeats: true,
        onlyEmbedded: [],
        onlyOpenSearch: [],
        differentSnippets: [],
      });
    },
  );

  it('differs only as the OpenSearch README explains: in OpenSearch, теңге and тенге find each other', () => {
    const [russianSpelling, kazakhSpelling] = known;
    const both = [
      ...new Set([...(russianSpelling?.embeddedIds ?? []), ...(kazakhSpelling?.embeddedIds ?? [])]),
    ].sort();
    expect(russianSpelling?.embedded).toBeGreaterThan(0);
    expect(kazakhSpelling?.embedded).toBeGreaterThan(0);
    expect(russianSpelling?.opensearchIds).toEqual(both);
    expect(kazakhSpelling?.opensearchIds).toEqual(both);
  });

  it('browses in the same order', () => {
    const browsing = rows.filter((row) => row.query.startsWith('(empty)'));
    expect(browsing.length).toBeGreaterThan(0);
    for (const row of browsing) expect(row.sameOrder).toBe(true);
  });
});
