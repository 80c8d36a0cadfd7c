import { describe, expect, it } from 'vitest';
import type { Article } from '../../functions/core/article.ts';
import { articleId } from '../../functions/core/article-id.ts';
import type { ArticleIndex } from '../../functions/core/ports.ts';
import { parseQuery } from '../../functions/core/search/query-parser.ts';
import type {
  SearchPage,
  SearchQuery,
  SortPosition,
} from '../../functions/core/search/search-query.ts';

/** A search request as the API would build it from typed text. */
function query(
  text: string,
  options: Partial<Omit<SearchQuery, 'text' | 'clauses'>> = {},
): SearchQuery {
  return { text, clauses: parseQuery(text), size: 10, ...options };
}

function keys(page: SearchPage): string[] {
  return page.hits.map((hit) => hit.key);
}

const sorted = (values: string[]) => [...values].sort();

/** Every page of a search, following each page's last sort position. */
async function allPages(index: ArticleIndex, request: SearchQuery): Promise<SearchPage[]> {
  const pages: SearchPage[] = [];
  let after: SortPosition | undefined;
  for (;;) {
    const page = await index.search(after ? { ...request, after } : request);
    pages.push(page);
    const last = page.hits.at(-1);
    if (page.hits.length < request.size || last === undefined) return pages;
    after = last.sort;
    if (pages.length > 50) throw new Error('paging did not end');
  }
}

/**
 * Stories, facets and filters of several values, as every `ArticleIndex` must show them:
 * called inside `describeArticleIndexBehaviour`, with its index and its way to store articles.
 */
export function describeStorySearchBehaviour(
  subject: () => ArticleIndex,
  store: (...articles: Article[]) => Promise<void>,
  testArticle: (key: string, fields?: Partial<Omit<Article, 'id' | 'key'>>) => Article,
): void {
  const story = (first: string) => articleId('news', first);

  describe('stories', () => {
    it('shows copies of one story once, its best copy with the others oldest first', async () => {
      await store(
        testArticle('wire.txt', {
          title: 'Astana summit opens',
          body: 'The Astana summit opened today.',
          source: 'Kazinform',
          publishedAt: '2024-03-02',
        }),
        testArticle('copy.txt', {
          body: 'The Astana summit opened today in the capital.',
          source: 'Tengri',
          publishedAt: '2024-03-03',
          storyId: story('wire.txt'),
        }),
        testArticle('перевод.txt', {
          language: 'ru',
          body: 'Саммит в Astana открылся.',
          source: 'Kazinform',
          publishedAt: '2024-03-01',
          storyId: story('wire.txt'),
        }),
        testArticle('other.txt', { body: 'Astana weather is cold.', publishedAt: '2024-03-01' }),
      );

      const page = await subject().search(query('astana', { collapse: true }));

      expect(keys(page)).toEqual(['wire.txt', 'other.txt']);
      expect(page.total).toBe(4);
      expect(page.totalStories).toBe(2);
      const [best, other] = page.hits;
      expect(best).toMatchObject({
        storyId: story('wire.txt'),
        storySize: 3,
        source: 'Kazinform',
        publishedAt: '2024-03-02',
      });
      expect(best?.otherVersions).toEqual([
        {
          id: story('перевод.txt'),
          title: 'Article перевод.txt',
          language: 'ru',
          source: 'Kazinform',
          publishedAt: '2024-03-01',
        },
        {
          id: story('copy.txt'),
          title: 'Article copy.txt',
          language: 'en',
          source: 'Tengri',
          publishedAt: '2024-03-03',
        },
      ]);
      expect(other).toMatchObject({ storySize: 1, otherVersions: [] });
    });

    it('lists every copy when not collapsed, each with its story', async () => {
      await store(
        testArticle('wire.txt', { body: 'Astana summit.' }),
        testArticle('copy.txt', { body: 'Astana summit.', storyId: story('wire.txt') }),
      );

      const page = await subject().search(query('astana'));

      expect(sorted(keys(page))).toEqual(['copy.txt', 'wire.txt']);
      expect(page.totalStories).toBeUndefined();
      for (const hit of page.hits) {
        expect(hit).toMatchObject({ storyId: story('wire.txt'), storySize: 1, otherVersions: [] });
      }
    });

    it('collapses browsing too, newest story first', async () => {
      await store(
        testArticle('old.txt', { publishedAt: '2024-01-01' }),
        testArticle('wire.txt', { publishedAt: '2024-03-01' }),
        testArticle('copy.txt', { publishedAt: '2024-03-02', storyId: story('wire.txt') }),
      );

      const page = await subject().search(query('', { collapse: true }));

      expect(keys(page)).toEqual(['copy.txt', 'old.txt']);
      expect(page.hits[0]?.otherVersions.map((v) => v.id)).toEqual([story('wire.txt')]);
      expect(page.totalStories).toBe(2);
    });

    it('pages through stories with cursors, showing each story exactly once', async () => {
      const articles: Article[] = [];
      for (let s = 0; s < 7; s++) {
        for (let copy = 0; copy < 1 + (s % 3); copy++) {
          articles.push(
            testArticle(`s${s}-c${copy}.txt`, {
              body: `Harvest report ${'grain '.repeat(1 + s)}`,
              storyId: story(`s${s}-c0.txt`),
            }),
          );
        }
      }
      await store(...articles);

      const pages = await allPages(subject(), query('grain', { collapse: true, size: 3 }));
      const stories = pages.flatMap((page) => page.hits.map((hit) => hit.storyId));

      expect(sorted(stories)).toEqual(
        sorted(Array.from({ length: 7 }, (_, s) => story(`s${s}-c0.txt`))),
      );
      expect(pages.map((page) => page.hits.length)).toEqual([3, 3, 1]);
      expect(pages.flatMap((p) => p.hits.map((h) => h.storySize))).toHaveLength(7);
      expect(pages[0]?.totalStories).toBe(7);
      expect(pages[0]?.total).toBe(articles.length);
    });

    it("lists a story's articles oldest first, undated last, and nothing for an unknown story", async () => {
      await store(
        testArticle('first.txt', { publishedAt: '2024-03-01' }),
        testArticle('later.txt', { publishedAt: '2024-03-05', storyId: story('first.txt') }),
        testArticle('undated.txt', { publishedAt: null, storyId: story('first.txt') }),
        testArticle('earlier.txt', {
          publishedAt: '2024-02-28',
          source: null,
          storyId: story('first.txt'),
        }),
        testArticle('unrelated.txt'),
      );

      const articles = await subject().listStory(story('first.txt'));

      expect(articles.map((a) => a.key)).toEqual([
        'earlier.txt',
        'first.txt',
        'later.txt',
        'undated.txt',
      ]);
      expect(articles[0]).toEqual({
        id: story('earlier.txt'),
        key: 'earlier.txt',
        title: 'Article earlier.txt',
        language: 'en',
        source: null,
        publishedAt: '2024-02-28',
      });
      expect(await subject().listStory(story('nothing.txt'))).toEqual([]);
    });
  });

  describe('facets and filters of several values', () => {
    async function storeWires(): Promise<void> {
      await store(
        testArticle('kz-en-mar.txt', { source: 'Kazinform', publishedAt: '2024-03-04' }),
        testArticle('kz-ru-mar.txt', {
          source: 'KAZINFORM',
          language: 'ru',
          publishedAt: '2024-03-20',
        }),
        testArticle('rt-en-apr.txt', { source: 'Reuters', publishedAt: '2024-04-02' }),
        testArticle('tg-kk-apr.txt', {
          source: 'Tengri',
          language: 'kk',
          publishedAt: '2024-04-09',
        }),
        testArticle('none-en.txt', { source: null, publishedAt: null }),
      );
    }

    it('counts matches by source (spellings that fold alike together) and by month', async () => {
      await storeWires();

      for (const text of ['happened', '']) {
        const page = await subject().search(query(text));

        expect(page.facets.source).toEqual({ KAZINFORM: 2, Reuters: 1, Tengri: 1 });
        expect(page.facets.month).toEqual({ '2024-03': 2, '2024-04': 2 });
        expect(page.facets.language).toEqual({ en: 3, ru: 1, kk: 1 });
      }
    });

    it('counts each facet as if its own filter were off, and every other one on', async () => {
      await storeWires();

      for (const text of ['happened', '']) {
        const page = await subject().search(
          query(text, {
            languages: ['en'],
            sources: ['kazinform', 'reuters'],
            publishedFrom: '2024-04-01',
          }),
        );

        expect(keys(page)).toEqual(['rt-en-apr.txt']);
        expect(page.total).toBe(1);
        // Other languages of April's Kazinform and Reuters articles: none but English.
        expect(page.facets.language).toEqual({ en: 1 });
        // Every source of April's English articles.
        expect(page.facets.source).toEqual({ Reuters: 1 });
        // Every month of the English Kazinform and Reuters articles.
        expect(page.facets.month).toEqual({ '2024-03': 1, '2024-04': 1 });
      }
    });

    it('takes several languages or sources at once, any of which matches', async () => {
      await storeWires();

      const languages = await subject().search(query('happened', { languages: ['ru', 'kk'] }));
      const sources = await subject().search(
        query('', { sources: ['Tengri', 'kazinform'], languages: ['en', 'kk'] }),
      );

      expect(sorted(keys(languages))).toEqual(['kz-ru-mar.txt', 'tg-kk-apr.txt']);
      expect(languages.total).toBe(2);
      expect(languages.facets.language).toEqual({ en: 3, ru: 1, kk: 1 });
      expect(keys(sources)).toEqual(['tg-kk-apr.txt', 'kz-en-mar.txt']);
      expect(sources.facets.language).toEqual({ en: 1, ru: 1, kk: 1 });
    });
  });
}
