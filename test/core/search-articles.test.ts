import { describe, expect, it } from 'vitest';
import { ArticleLanguageDetector } from '../../functions/adapters/language/article-language-detector.ts';
import type { ArticleIndex, QueryLanguageDetector } from '../../functions/core/ports.ts';
import { searchArticles } from '../../functions/core/search-articles.ts';
import type { SearchQuery } from '../../functions/core/search-query.ts';

/** An index that answers every search with nothing and remembers what it was asked. */
function recordingIndex(): { index: ArticleIndex; asked: SearchQuery[] } {
  const asked: SearchQuery[] = [];
  const unused = () => Promise.reject(new Error('not used by a search'));
  const index: ArticleIndex = {
    search: async (query) => {
      asked.push(query);
      return { total: 0, hits: [], facets: { language: {} } };
    },
    upsert: unused,
    remove: unused,
    get: unused,
    listObjects: unused,
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
    expect(asked[0]?.language).toBeUndefined();
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
