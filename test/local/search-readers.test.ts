import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { ArticleLengths } from '../../functions/adapters/embedded-index/form-scores.ts';
import {
  DEFAULT_INDEX_FILE,
  type EmbeddedIndex,
  openEmbeddedIndex,
} from '../../functions/adapters/embedded-index/sqlite-article-index.ts';
import { silentLogger } from '../../functions/commons/logger.ts';
import { parseQuery } from '../../functions/core/search/query-parser.ts';
import type { SearchQuery } from '../../functions/core/search/search-query.ts';
import { type ThreadedIndex, withSearchReaders } from '../../local/readers/search-readers.ts';
import { openSelfHealingIndex } from '../../local/self-healing-index.ts';
import { testArticle } from '../port/article-index-behaviour.ts';

const query = (text: string): SearchQuery => ({ text, clauses: parseQuery(text), size: 10 });

describe('search readers', () => {
  let dataDir: string;
  let index: EmbeddedIndex;
  let readers: ThreadedIndex;

  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'search-readers-'));
    index = await openEmbeddedIndex({ dataDir });
    await index.upsert(
      testArticle('wheat.txt', {
        title: 'Wheat exports rise',
        body: 'Kazakh wheat exports rose in March.',
      }),
    );
    readers = withSearchReaders(index, join(dataDir, DEFAULT_INDEX_FILE), 2);
  });

  afterAll(async () => {
    await readers?.close();
    if (dataDir) await rm(dataDir, { recursive: true, force: true });
  });

  it('answers on the index’s own connection until its threads are ready', async () => {
    const page = await readers.search(query('wheat'));

    expect(page.hits.map((h) => h.key)).toEqual(['wheat.txt']);
    await readers.readersReady();
  });

  it('answers as the index itself answers, snippets included', async () => {
    const direct = await index.search(query('wheat'));

    const threaded = await readers.search(query('wheat'));

    expect(threaded).toEqual(JSON.parse(JSON.stringify(direct)));
    expect(threaded.hits[0]?.snippet).toContain('<mark>wheat</mark>');
  });

  it('sees an article as soon as the index has written it', async () => {
    await readers.upsert(
      testArticle('barley.txt', {
        title: 'Barley harvest',
        body: 'The barley harvest ended early.',
      }),
    );

    const page = await readers.search(query('barley'));

    expect(page.hits.map((h) => h.key)).toEqual(['barley.txt']);
  });

  it('answers many searches at once, each with its own page', async () => {
    const pages = await Promise.all(
      Array.from({ length: 20 }, (_, i) => readers.search(query(i % 2 ? 'wheat' : 'barley'))),
    );

    expect(pages.map((p) => p.hits[0]?.key)).toEqual(
      Array.from({ length: 20 }, (_, i) => (i % 2 ? 'wheat.txt' : 'barley.txt')),
    );
  });
});

describe('search readers, before the first search', () => {
  it('answer a search on the index’s own connection without starting a thread', async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'search-readers-here-'));
    const index = await openEmbeddedIndex({ dataDir });
    const readers = withSearchReaders(index, join(dataDir, DEFAULT_INDEX_FILE), 2);
    try {
      await readers.upsert(
        testArticle('wheat.txt', { title: 'Wheat exports rise', body: 'Wheat rose.' }),
      );

      const page = await readers.searchHere(query('wheat'));

      expect(page.hits.map((h) => h.key)).toEqual(['wheat.txt']);
      expect(readers.readersStarted).toBe(false);
      await readers.search(query('wheat'));
      expect(readers.readersStarted).toBe(true);
    } finally {
      await readers.close();
      await rm(dataDir, { recursive: true, force: true });
    }
  });

  it('warm the index’s own connection as a reader warms its own, so its first common word does not read every article’s length', async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'search-readers-warm-'));
    const file = join(dataDir, DEFAULT_INDEX_FILE);
    const index = await openSelfHealingIndex({
      file,
      log: silentLogger,
      open: async () => withSearchReaders(await openEmbeddedIndex({ dataDir }), file, 2),
    });
    const loads = vi.spyOn(ArticleLengths.prototype as unknown as { load: () => void }, 'load');
    try {
      await index.upsert(
        testArticle('wheat.txt', { title: 'Wheat exports rise', body: 'Wheat rose.' }),
      );

      await index.warmUpHere();
      const loadedByWarmUp = loads.mock.calls.length;
      const page = await index.searchHere(query('wheat'));

      expect(loadedByWarmUp).toBe(1);
      expect(loads.mock.calls.length).toBe(1);
      expect(page.hits.map((h) => h.key)).toEqual(['wheat.txt']);
    } finally {
      loads.mockRestore();
      await index.close();
      await rm(dataDir, { recursive: true, force: true });
    }
  });
});
