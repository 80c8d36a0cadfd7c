import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ArticleLanguageDetector } from '../../functions/adapters/language/article-language-detector.ts';
import type { ArticleIndex, QueryLanguageDetector } from '../../functions/core/ports.ts';
import { searchArticles } from '../../functions/core/search/search-articles.ts';
import type { SearchQuery } from '../../functions/core/search/search-query.ts';
import { testArticle } from '../port/article-index-behaviour.ts';
import { temporaryIndex } from '../support/fakes.ts';

/** An index that answers every search with nothing and remembers what it was asked. */
function recordingIndex(): { index: ArticleIndex; asked: SearchQuery[] } {
  const asked: SearchQuery[] = [];
  const unused = () => Promise.reject(new Error('not used by a search'));
  const index: ArticleIndex = {
    search: async (query) => {
      asked.push(query);
      return { total: 0, hits: [], facets: { language: {}, source: {}, month: {} } };
    },
    upsert: unused,
    remove: unused,
    get: unused,
    listObjects: unused,
    listStory: unused,
    recordFailure: unused,
    clearFailure: unused,
    listFailures: unused,
    close: async () => {},
  };
  return { index, asked };
}

describe('searchArticles', () => {
  it('asks the index to favour the languages the query is probably written in', async () => {
    const { index, asked } = recordingIndex();

    await searchArticles({ index, detector: new ArticleLanguageDetector() }, { q: 'Тоқаев' });

    const favoured = asked[0]?.favouredLanguages ?? [];
    expect(favoured[0]?.language).toBe('kk');
    expect(favoured.reduce((sum, l) => sum + l.weight, 0)).toBeCloseTo(1, 2);
    // Favoured, not filtered: the language filter stays unset.
    expect(asked[0]?.languages).toBeUndefined();
  });

  it('favours no language when browsing, and does not run the detector', async () => {
    const { index, asked } = recordingIndex();
    const detector: QueryLanguageDetector = {
      detectQuery: () => {
        throw new Error('browsing needs no query language');
      },
    };

    await searchArticles({ index, detector }, { q: '  ' });

    expect(asked[0]).not.toHaveProperty('favouredLanguages');
  });

  it('favours no language for a query without letters', async () => {
    const { index, asked } = recordingIndex();

    await searchArticles({ index, detector: new ArticleLanguageDetector() }, { q: '2024' });

    expect(asked[0]).not.toHaveProperty('favouredLanguages');
  });
});

describe('searchArticles over an index', () => {
  const detector = new ArticleLanguageDetector();
  let subject: Awaited<ReturnType<typeof temporaryIndex>>;

  beforeEach(async () => {
    subject = await temporaryIndex();
    const store = (key: string, body: string) =>
      subject.index.upsert(testArticle(key, { title: key, body }));
    await store('london.txt', 'Minister Kosherbayev arrived in London on Tuesday.');
    await store('paris.txt', 'Yvette Cooper spoke in Paris on Wednesday.');
    await store('rome.txt', 'The talks in Rome ended on Friday.');
  });

  afterEach(async () => {
    await subject.cleanup();
  });

  const keys = (page: { hits: { key: string }[] }) => page.hits.map((hit) => hit.key).sort();

  it('finds the articles with enough of the words, and says it did not relax', async () => {
    const page = await searchArticles(
      { index: subject.index, detector },
      { q: 'Kosherbayev London' },
    );

    expect(keys(page)).toEqual(['london.txt']);
    expect(page.relaxed).toBe(false);
  });

  it('asks again for any one of the words when no article has enough of them, and says so', async () => {
    const page = await searchArticles(
      { index: subject.index, detector },
      { q: 'Kosherbayev Cooper' },
    );

    expect(keys(page)).toEqual(['london.txt', 'paris.txt']);
    expect(page.total).toBe(2);
    expect(page.relaxed).toBe(true);
  });

  it('relaxes a required word too, but never an exclusion', async () => {
    const page = await searchArticles(
      { index: subject.index, detector },
      { q: '+Kosherbayev Cooper -Rome' },
    );

    expect(keys(page)).toEqual(['london.txt', 'paris.txt']);
    expect(page.relaxed).toBe(true);
  });

  it('pages a relaxed search on, relaxed, through its cursor', async () => {
    const first = await searchArticles(
      { index: subject.index, detector },
      { q: 'Kosherbayev Cooper', size: '1' },
    );
    const second = await searchArticles(
      { index: subject.index, detector },
      { q: 'Kosherbayev Cooper', size: '1', cursor: first.nextCursor ?? '' },
    );

    expect([...keys(first), ...keys(second)].sort()).toEqual(['london.txt', 'paris.txt']);
    expect(second.relaxed).toBe(true);
    expect(second.nextCursor).toBeNull();
  });

  it('answers nothing, unrelaxed, when no article shares a word with the query', async () => {
    const page = await searchArticles(
      { index: subject.index, detector },
      { q: 'zeppelin airship' },
    );

    expect(page).toMatchObject({ total: 0, hits: [], relaxed: false, nextCursor: null });
  });

  it('never fails a query of stop words alone', async () => {
    const page = await searchArticles({ index: subject.index, detector }, { q: 'on the' });

    expect(keys(page)).toEqual(['rome.txt']);
  });
});
