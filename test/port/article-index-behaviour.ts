import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Article } from '../../functions/core/article.ts';
import { articleId } from '../../functions/core/article-id.ts';
import type { ArticleIndex, IngestFailure } from '../../functions/core/ports.ts';
import { parseQuery } from '../../functions/core/search/query-parser.ts';
import type {
  SearchPage,
  SearchQuery,
  SortPosition,
} from '../../functions/core/search/search-query.ts';
import { propertyRuns } from '../support/property-runs.ts';
import { describeStorySearchBehaviour } from './story-search-behaviour.ts';

/** An index for one test, and how to dispose of it (close it and delete its data). */
export interface IndexUnderTest {
  index: ArticleIndex;
  cleanup: () => Promise<void>;
}

const BUCKET = 'news';

/** A complete article stored under `key`; every field is filled so round-trips mean something. */
export function testArticle(
  key: string,
  fields: Partial<Omit<Article, 'id' | 'key'>> = {},
): Article {
  const bucket = fields.bucket ?? BUCKET;
  const language = fields.language ?? 'en';
  return {
    id: articleId(bucket, key),
    bucket,
    key,
    title: `Article ${key}`,
    body: 'Nothing of note happened today.',
    language,
    languageConfidence: 0.93,
    languages: [{ language, share: 1 }],
    script: 'Latn',
    publishedAt: '2024-03-01',
    source: 'Test Wire',
    credits: ['Photo: A. Photographer'],
    encoding: 'utf-8',
    contentType: 'text/plain',
    wordCount: 5,
    contentHash: 'c'.repeat(64),
    place: 'Astana',
    decodeErrors: 0,
    fingerprint: '0123456789abcdef',
    storyId: articleId(bucket, key),
    size: 321,
    sequencer: '0A',
    indexedAt: '2024-03-01T10:00:00.000Z',
    ...fields,
  };
}

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

/** Runs `search` page by page from the first, following each page's last sort position. */
async function allPages(index: ArticleIndex, request: SearchQuery): Promise<SearchPage[]> {
  const pages: SearchPage[] = [];
  let after: SortPosition | undefined;
  for (;;) {
    const page = await index.search(after ? { ...request, after } : request);
    pages.push(page);
    const last = page.hits.at(-1);
    if (page.hits.length < request.size || last === undefined) return pages;
    after = last.sort;
    if (pages.length > 100) throw new Error('paging did not end');
  }
}

/** Ids in the order the index must use to break ties (ascending, byte-wise). */
function ascending(ids: string[]): string[] {
  return [...ids].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

/**
 * The behaviour every `ArticleIndex` must show, exercised only through the port, so that the
 * embedded and the OpenSearch implementations cannot drift apart.
 */
export function describeArticleIndexBehaviour(
  name: string,
  makeIndex: () => Promise<IndexUnderTest>,
): void {
  describe(`ArticleIndex behaviour: ${name}`, () => {
    let subject: IndexUnderTest;
    let index: ArticleIndex;

    beforeEach(async () => {
      subject = await makeIndex();
      index = subject.index;
    });

    afterEach(async () => {
      await subject.cleanup();
    });

    async function store(...articles: Article[]): Promise<void> {
      for (const article of articles) expect(await index.upsert(article)).toBe('applied');
    }

    describe('writes', () => {
      it('returns every field of a stored article unchanged', async () => {
        // Prepare
        const article = testArticle('2024/03/budget.txt', {
          title: 'Бюджет на 2024 год',
          body: 'Первый абзац.\n\nВторой абзац с «кавычками» и "quotes".',
          language: 'ru',
          languageConfidence: 0.71,
          languages: [
            { language: 'ru', share: 0.8125 },
            { language: 'en', share: 0.1875 },
          ],
          script: 'Cyrl',
          publishedAt: null,
          source: null,
          credits: ['Фото: Иван Петров', 'Photo: Jane Doe'],
          encoding: 'windows-1251',
          contentType: 'text/markdown',
          wordCount: 9,
          size: 4096,
          sequencer: '0062E2B7F3A1C9D000',
        });

        // Act
        const outcome = await index.upsert(article);

        // Assess
        expect(outcome).toBe('applied');
        expect(await index.get(article.id)).toEqual(article);
      });

      it('returns null for an article it never stored', async () => {
        expect(await index.get(articleId(BUCKET, 'missing.txt'))).toBeNull();
      });

      it('replaces an article with a newer version', async () => {
        await store(testArticle('a.txt', { title: 'Old headline', sequencer: '0A' }));

        const outcome = await index.upsert(
          testArticle('a.txt', { title: 'Fresh headline', sequencer: '0B' }),
        );

        expect(outcome).toBe('applied');
        expect((await index.get(articleId(BUCKET, 'a.txt')))?.title).toBe('Fresh headline');
        expect((await index.search(query('old'))).total).toBe(0);
        expect(keys(await index.search(query('fresh')))).toEqual(['a.txt']);
      });

      it('does not overwrite an article with an older version', async () => {
        const newer = testArticle('a.txt', { title: 'Newer', sequencer: '0C' });
        await store(newer);

        const outcome = await index.upsert(
          testArticle('a.txt', { title: 'Older', sequencer: '0B' }),
        );

        expect(outcome).toBe('stale');
        expect(await index.get(newer.id)).toEqual(newer);
        expect((await index.search(query('older'))).total).toBe(0);
      });

      it('orders sequencers as hex numbers, padding the shorter one', async () => {
        // As text 'A0' > '9F0', but as S3 orders them 0A0 < 9F0.
        await store(testArticle('a.txt', { title: 'First', sequencer: 'A0' }));

        expect(
          await index.upsert(testArticle('a.txt', { title: 'Second', sequencer: '9F0' })),
        ).toBe('applied');
        expect(await index.upsert(testArticle('a.txt', { title: 'Third', sequencer: 'FF' }))).toBe(
          'stale',
        );
        expect((await index.get(articleId(BUCKET, 'a.txt')))?.title).toBe('Second');
      });

      it('treats a redelivered create as a no-op', async () => {
        const article = testArticle('a.txt', { sequencer: '0A' });
        await store(article);

        const again = await index.upsert(article);
        const altered = await index.upsert({
          ...article,
          title: 'Altered',
          indexedAt: '2025-01-01T00:00:00.000Z',
        });

        expect(again).toBe('stale');
        expect(altered).toBe('stale');
        expect(await index.get(article.id)).toEqual(article);
        expect((await index.search(query('article'))).total).toBe(1);
      });

      it('removes an article so that it is neither found, fetched nor listed', async () => {
        const article = testArticle('a.txt', { title: 'Harbour closed', sequencer: '0A' });
        await store(article, testArticle('b.txt', { title: 'Harbour open', sequencer: '0A' }));

        const outcome = await index.remove(article.id, '0B');

        expect(outcome).toBe('applied');
        expect(await index.get(article.id)).toBeNull();
        expect(keys(await index.search(query('harbour')))).toEqual(['b.txt']);
        expect((await index.listObjects()).map((o) => o.key)).toEqual(['b.txt']);
      });

      it('ignores a delete older than the stored version', async () => {
        const article = testArticle('a.txt', { sequencer: '0C' });
        await store(article);

        expect(await index.remove(article.id, '0B')).toBe('stale');
        expect(await index.get(article.id)).toEqual(article);
      });

      it('does not resurrect a deleted article when an older create arrives late', async () => {
        const id = articleId(BUCKET, 'a.txt');
        await store(testArticle('a.txt', { title: 'Ghost', sequencer: '0A' }));
        expect(await index.remove(id, '0C')).toBe('applied');

        const outcome = await index.upsert(
          testArticle('a.txt', { title: 'Ghost', sequencer: '0B' }),
        );

        expect(outcome).toBe('stale');
        expect(await index.get(id)).toBeNull();
        expect((await index.search(query('ghost'))).total).toBe(0);
        expect(await index.listObjects()).toEqual([]);
      });

      it('remembers a delete of an article it never stored', async () => {
        const id = articleId(BUCKET, 'a.txt');

        expect(await index.remove(id, '0C')).toBe('applied');

        expect(await index.upsert(testArticle('a.txt', { sequencer: '0B' }))).toBe('stale');
        expect(await index.get(id)).toBeNull();
        expect(await index.upsert(testArticle('a.txt', { sequencer: '0D' }))).toBe('applied');
        expect((await index.get(id))?.sequencer).toBe('0D');
      });

      it('treats a redelivered delete as a no-op', async () => {
        const id = articleId(BUCKET, 'a.txt');
        await store(testArticle('a.txt', { sequencer: '0A' }));

        expect(await index.remove(id, '0B')).toBe('applied');
        expect(await index.remove(id, '0B')).toBe('stale');
      });

      it('ends in the state of the newest event, whatever order PUTs and DELETEs arrive in', async () => {
        // Events for a few keys with distinct sequencers, delivered shuffled and some twice.
        const event = fc.record({
          key: fc.constantFrom('p.txt', 'q.txt'),
          sequencer: fc.integer({ min: 1, max: 0xfff }),
          kind: fc.constantFrom('put', 'delete'),
          redelivered: fc.boolean(),
        });
        let run = 0;
        await fc.assert(
          fc.asyncProperty(
            fc.uniqueArray(event, { minLength: 1, maxLength: 6, selector: (e) => e.sequencer }),
            async (events) => {
              run++;
              const newest = new Map<string, string>();
              const deliveries = events.flatMap((e) => (e.redelivered ? [e, e] : [e]));
              for (const e of deliveries) {
                // Mixed lengths and case, as S3 sends them: '0A3' and 'a3' are the same point.
                const sequencer = e.sequencer.toString(16).padStart((e.sequencer % 3) + 1, '0');
                const key = `run-${run}/${e.key}`;
                const seen = newest.get(key);
                // The oracle compares the numbers, independently of compareSequencers.
                const expected =
                  seen === undefined || Number.parseInt(sequencer, 16) > Number.parseInt(seen, 16)
                    ? 'applied'
                    : 'stale';
                const outcome =
                  e.kind === 'put'
                    ? await index.upsert(testArticle(key, { sequencer, title: `v${e.sequencer}` }))
                    : await index.remove(articleId(BUCKET, key), sequencer.toUpperCase());
                expect(outcome).toBe(expected);
                if (expected === 'applied') newest.set(key, sequencer);
              }
              for (const key of new Set(events.map((e) => `run-${run}/${e.key}`))) {
                const last = events
                  .filter((e) => `run-${run}/${e.key}` === key)
                  .reduce((a, b) => (b.sequencer > a.sequencer ? b : a));
                const stored = await index.get(articleId(BUCKET, key));
                expect(stored?.title ?? null).toBe(
                  last.kind === 'put' ? `v${last.sequencer}` : null,
                );
              }
            },
          ),
          { numRuns: propertyRuns(25) },
        );
      });

      it('lists the object identity of every live article', async () => {
        const a = testArticle('a.txt', { size: 10, sequencer: '0A' });
        const b = testArticle('dir/b.md', { size: 20, sequencer: '1F' });
        const c = testArticle('c.txt', { bucket: 'other', size: 30, sequencer: '02' });
        await store(a, b, c);
        await index.remove(b.id, '20');

        const objects = await index.listObjects();

        const byKey = (x: { key: string }, y: { key: string }) => x.key.localeCompare(y.key);
        expect([...objects].sort(byKey)).toEqual([
          { id: a.id, bucket: 'news', key: 'a.txt', size: 10, sequencer: '0A' },
          { id: c.id, bucket: 'other', key: 'c.txt', size: 30, sequencer: '02' },
        ]);
      });
    });

    describe('search', () => {
      it('finds an inflected Russian form of an indexed word', async () => {
        await store(
          testArticle('ru.txt', {
            language: 'ru',
            title: 'Новости Астаны',
            body: 'Журналисты поговорили с Ерланом Кошербаевым о прошедших выборах.',
          }),
          testArticle('other.txt', { language: 'ru', title: 'Погода', body: 'Завтра снег.' }),
        );

        expect(keys(await index.search(query('Кошербаева')))).toEqual(['ru.txt']);
        expect(keys(await index.search(query('выборы')))).toEqual(['ru.txt']);
      });

      it('finds a Russian surname in any case from a query in any other case', async () => {
        await store(
          testArticle('nominative.txt', {
            language: 'ru',
            title: 'Визит',
            body: 'Министр Ермек Кошербаев прибыл в Лондон.',
          }),
          testArticle('instrumental.txt', {
            language: 'ru',
            title: 'Встреча',
            body: 'Встреча с Ермеком Кошербаевым прошла в МИД.',
          }),
          testArticle('other.txt', { language: 'ru', title: 'Погода', body: 'Завтра снег.' }),
        );

        const both = ['instrumental.txt', 'nominative.txt'];
        expect(keys(await index.search(query('Кошербаевым'))).sort()).toEqual(both);
        expect(keys(await index.search(query('Кошербаев'))).sort()).toEqual(both);
        expect(keys(await index.search(query('кошербаева'))).sort()).toEqual(both);
      });

      it('finds a name written in Cyrillic from its Latin spelling', async () => {
        await store(
          testArticle('nominative.txt', {
            language: 'ru',
            title: 'Визит',
            body: 'Министр Ермек Кошербаев прибыл в Лондон.',
          }),
          testArticle('instrumental.txt', {
            language: 'ru',
            title: 'Встреча',
            body: 'Встреча с Ермеком Кошербаевым прошла в МИД.',
          }),
          testArticle('other.txt', { language: 'ru', title: 'Погода', body: 'Завтра снег.' }),
        );

        const both = ['instrumental.txt', 'nominative.txt'];
        expect(keys(await index.search(query('Kosherbayev'))).sort()).toEqual(both);
        expect(keys(await index.search(query('yermek kosherbaev'))).sort()).toEqual(both);
        const [hit] = (await index.search(query('Kosherbayev'))).hits;
        expect(hit?.snippet).toMatch(/<mark>Кошербаев(ым)?<\/mark>/);
      });

      it('finds a name written in Latin from its Cyrillic spelling', async () => {
        await store(
          testArticle('en.txt', { body: 'Minister Yermek Kosherbayev arrived in London.' }),
          testArticle('other.txt', { body: 'The minister arrived in London.' }),
        );

        expect(keys(await index.search(query('Кошербаев')))).toEqual(['en.txt']);
        expect(keys(await index.search(query('Ермеком Кошербаевым')))).toEqual(['en.txt']);
      });

      it('ranks the spelling a query uses above a transliteration of it', async () => {
        await store(
          testArticle('latin.txt', { body: 'Minister Kosherbayev spoke.' }),
          testArticle('cyrillic.txt', { language: 'ru', body: 'Министр Кошербаев выступил.' }),
        );

        expect(keys(await index.search(query('Kosherbayev')))).toEqual([
          'latin.txt',
          'cyrillic.txt',
        ]);
        expect(keys(await index.search(query('Кошербаев')))).toEqual(['cyrillic.txt', 'latin.txt']);
      });

      it('finds an inflected English form of an indexed word', async () => {
        await store(
          testArticle('en.txt', { title: 'Markets', body: 'Two banks were running out of cash.' }),
          testArticle('other.txt', { title: 'Weather', body: 'Snow is expected tomorrow.' }),
        );

        expect(keys(await index.search(query('bank')))).toEqual(['en.txt']);
        expect(keys(await index.search(query('runs')))).toEqual(['en.txt']);
      });

      it('ranks a match in the title above a match only in the body', async () => {
        const body = 'The council met on Tuesday and discussed several matters at length.';
        await store(
          testArticle('body.txt', { title: 'Council notes', body: `${body} The harbour was one.` }),
          testArticle('title.txt', { title: 'Harbour notes', body: `${body} The budget was one.` }),
          testArticle('none-1.txt', { title: 'Council notes', body }),
          testArticle('none-2.txt', { title: 'Council notes', body }),
        );

        const page = await index.search(query('harbour'));

        expect(keys(page)).toEqual(['title.txt', 'body.txt']);
        expect(page.hits[0]?.score).toBeGreaterThan(
          page.hits[1]?.score ?? Number.POSITIVE_INFINITY,
        );
      });

      it('matches a quoted phrase only where its words stand together in order', async () => {
        await store(
          testArticle('together.txt', { body: 'The central bank raised rates.' }),
          testArticle('apart.txt', { body: 'The bank in the central square closed.' }),
          testArticle('reversed.txt', { body: 'A bank central to the economy.' }),
        );

        expect(keys(await index.search(query('"central bank"')))).toEqual(['together.txt']);
      });

      it('excludes articles that match a negated word or phrase', async () => {
        await store(
          testArticle('central.txt', { body: 'The central bank raised rates.' }),
          testArticle('river.txt', { body: 'The river bank flooded.' }),
          testArticle('savings.txt', { body: 'A savings bank opened; its central office too.' }),
        );

        expect(ascending(keys(await index.search(query('bank -central'))))).toEqual(['river.txt']);
        expect(ascending(keys(await index.search(query('bank -"central bank"'))))).toEqual([
          'river.txt',
          'savings.txt',
        ]);
      });

      it('filters by language while counting every language in the facets', async () => {
        await store(
          testArticle('ru-1.txt', { language: 'ru', body: 'Саммит в Astana завершился.' }),
          testArticle('ru-2.txt', { language: 'ru', body: 'Делегации прибыли в Astana.' }),
          testArticle('en-1.txt', { language: 'en', body: 'The Astana summit ended.' }),
          testArticle('en-2.txt', { language: 'en', body: 'Delegations arrived in Astana.' }),
          testArticle('en-3.txt', { language: 'en', body: 'Astana hosted the talks.' }),
          testArticle('kk-1.txt', { language: 'kk', body: 'Nothing about the capital.' }),
        );

        const page = await index.search(query('astana', { languages: ['ru'] }));

        expect(page.total).toBe(2);
        expect(ascending(keys(page))).toEqual(['ru-1.txt', 'ru-2.txt']);
        expect(page.facets.language).toEqual({ ru: 2, en: 3 });
      });

      it('ranks articles in the languages the query favours first, leaving none out', async () => {
        // The same words in a Russian and an English article: only the favour tells them apart.
        const text = { title: 'Astana summit', body: 'Delegations met in Astana on Monday.' };
        await store(
          testArticle('ru.txt', { ...text, language: 'ru', script: 'Cyrl' }),
          testArticle('en.txt', { ...text, language: 'en' }),
          testArticle('kk.txt', { language: 'kk', body: 'Nothing about the capital.' }),
        );
        const favouring = (ru: number, en: number) =>
          query('astana summit', {
            favouredLanguages: [
              { language: 'ru', weight: ru },
              { language: 'en', weight: en },
            ],
          });

        const russianFirst = await index.search(favouring(0.7, 0.3));
        const englishFirst = await index.search(favouring(0.2, 0.8));

        expect(keys(russianFirst)).toEqual(['ru.txt', 'en.txt']);
        expect(keys(englishFirst)).toEqual(['en.txt', 'ru.txt']);
        expect(russianFirst.total).toBe(2);
        expect(russianFirst.facets.language).toEqual({ ru: 1, en: 1 });
      });

      it('keeps a clearly better match in another language above a favoured one', async () => {
        await store(
          testArticle('ru-weak.txt', {
            language: 'ru',
            title: 'Talks',
            body: 'The harbour reopened after the storm, among other news of the week.',
          }),
          testArticle('en-strong.txt', {
            language: 'en',
            title: 'Harbour reopened',
            body: 'The harbour reopened. The harbour is busy.',
          }),
        );

        const page = await index.search(
          query('harbour', { favouredLanguages: [{ language: 'ru', weight: 1 }] }),
        );

        expect(keys(page)).toEqual(['en-strong.txt', 'ru-weak.txt']);
      });

      it('filters by source, ignoring case, and narrows the facets with it', async () => {
        await store(
          testArticle('wire-en.txt', { source: 'Kazinform', body: 'Talks in Astana.' }),
          testArticle('wire-ru.txt', {
            source: 'КАЗИНФОРМ',
            language: 'ru',
            body: 'Переговоры в Astana.',
          }),
          testArticle('other.txt', { source: 'Other Wire', body: 'Talks in Astana.' }),
          testArticle('none.txt', { source: null, body: 'Talks in Astana.' }),
        );

        const latin = await index.search(query('astana', { sources: ['kazinform'] }));
        const cyrillic = await index.search(query('astana', { sources: ['Казинформ'] }));

        expect(keys(latin)).toEqual(['wire-en.txt']);
        expect(latin.facets.language).toEqual({ en: 1 });
        expect(keys(cyrillic)).toEqual(['wire-ru.txt']);
        expect(keys(await index.search(query('', { sources: ['OTHER WIRE'] })))).toEqual([
          'other.txt',
        ]);
      });

      it('filters by publication day, both ends included, leaving undated articles out', async () => {
        await store(
          testArticle('feb.txt', { publishedAt: '2024-02-29' }),
          testArticle('mar-1.txt', { publishedAt: '2024-03-01' }),
          testArticle('mar-2.txt', { publishedAt: '2024-03-02' }),
          testArticle('apr.txt', { publishedAt: '2024-04-01', language: 'ru' }),
          testArticle('undated.txt', { publishedAt: null }),
        );
        const range = { publishedFrom: '2024-03-01', publishedTo: '2024-04-01' };

        const matched = await index.search(query('happened', range));
        const browsed = await index.search(query('', range));

        expect(ascending(keys(matched))).toEqual(['apr.txt', 'mar-1.txt', 'mar-2.txt']);
        expect(matched.facets.language).toEqual({ en: 2, ru: 1 });
        expect(keys(browsed)).toEqual(['apr.txt', 'mar-2.txt', 'mar-1.txt']);
        expect(keys(await index.search(query('', { publishedTo: '2024-02-29' })))).toEqual([
          'feb.txt',
        ]);
        expect(
          keys(await index.search(query('', { publishedFrom: '2024-03-02', languages: ['en'] }))),
        ).toEqual(['mar-2.txt']);
      });

      it('counts every match in the total, not only the returned page', async () => {
        await store(...Array.from({ length: 7 }, (_, i) => testArticle(`${i}.txt`)));

        const page = await index.search(query('happened', { size: 3 }));

        expect(page.hits).toHaveLength(3);
        expect(page.total).toBe(7);
        expect(page.facets.language).toEqual({ en: 7 });
      });

      it('returns nothing when no article matches', async () => {
        await store(testArticle('a.txt'));

        const page = await index.search(query('zeppelin'));

        expect(page).toEqual({
          total: 0,
          hits: [],
          facets: { language: {}, source: {}, month: {} },
        });
      });

      it('returns nothing when every searchable clause is an exclusion', async () => {
        await store(testArticle('a.txt'));

        const page = await index.search({
          text: '-happened',
          clauses: [{ words: ['happened'], occurrence: 'excluded', quoted: false }],
          size: 10,
        });

        expect(page.total).toBe(0);
        expect(page.hits).toEqual([]);
      });

      it('needs both words of a two-word query, and any one of three, more of them first', async () => {
        await store(
          testArticle('all.txt', { body: 'Kosherbayev met Cooper in London.' }),
          testArticle('two.txt', { body: 'Kosherbayev arrived in London.' }),
          testArticle('one.txt', { body: 'Cooper spoke in Paris.' }),
          testArticle('none.txt', { body: 'Snow is expected tomorrow.' }),
        );

        expect(keys(await index.search(query('Kosherbayev Cooper')))).toEqual(['all.txt']);
        const three = await index.search(query('Kosherbayev Cooper London'));
        expect(keys(three)).toEqual(['all.txt', 'two.txt', 'one.txt']);
        expect(three.total).toBe(3);
      });

      it('finds with any one word when asked to relax, more of the words ranking first', async () => {
        await store(
          testArticle('both.txt', { body: 'Kosherbayev met Cooper in London.' }),
          testArticle('one.txt', { body: 'Kosherbayev arrived in Paris.' }),
          testArticle('none.txt', { body: 'Snow is expected tomorrow.' }),
        );

        const page = await index.search(query('Kosherbayev Cooper', { relaxed: true }));

        expect(keys(page)).toEqual(['both.txt', 'one.txt']);
        expect(page.total).toBe(2);
      });

      it('needs a word marked with a plus, whatever the other words find', async () => {
        await store(
          testArticle('plus.txt', { body: 'The harbour reopened after the storm.' }),
          testArticle('words.txt', { body: 'The storm closed the port and the airport.' }),
        );

        expect(keys(await index.search(query('+harbour storm')))).toEqual(['plus.txt']);
        expect(keys(await index.search(query('+harbour storm', { relaxed: true })))).toEqual([
          'plus.txt',
          'words.txt',
        ]);
      });

      it('never lets a stop word decide whether an article matches', async () => {
        await store(
          testArticle('visit.txt', { body: "The minister's London visit ended." }),
          testArticle('flights.txt', { body: 'Flights to London were cancelled.' }),
          testArticle('визит.txt', { language: 'ru', body: 'Визит министра в Лондон завершился.' }),
          testArticle('рейсы.txt', { language: 'ru', body: 'Рейсы в Лондон отменены.' }),
        );
        const search = (text: string, language: string) =>
          index.search(query(text, { languages: [language] }));

        // `to` and `в` are left out, so both other words are needed, and found without them.
        expect(keys(await search('visit to London', 'en'))).toEqual(['visit.txt']);
        expect(keys(await search('визит в Лондон', 'ru'))).toEqual(['визит.txt']);
        // A query of stop words alone still searches for them.
        expect(keys(await search('to', 'en'))).toEqual(['flights.txt']);
      });

      it("ranks an article with more of the query's words above one with fewer", async () => {
        const filler = 'Officials discussed trade, transport and energy at length on the day.';
        await store(
          testArticle('three.txt', { body: `${filler} Railway, grain and port projects.` }),
          testArticle('two.txt', { body: `${filler} Railway and grain projects.` }),
          testArticle('none.txt', { body: filler }),
        );

        const page = await index.search(query('railway grain port', { relaxed: true }));

        expect(keys(page)).toEqual(['three.txt', 'two.txt']);
      });

      it("ranks the query's words close together above the same words far apart", async () => {
        const apart =
          'The foreign office issued a statement on trade. Later that week, a minister from the region spoke about water.';
        const together =
          'The foreign minister issued a statement on trade. Later that week, an office from the region spoke about water.';
        await store(
          testArticle('apart.txt', { body: apart }),
          testArticle('together.txt', { body: together }),
        );

        expect(keys(await index.search(query('foreign minister')))).toEqual([
          'together.txt',
          'apart.txt',
        ]);
      });

      it('finds English spellings of names in Cyrillic and back, below the spelling typed', async () => {
        await store(
          testArticle('en.txt', { body: 'Foreign Secretary Yvette Cooper opened the meeting.' }),
          testArticle('ru.txt', {
            language: 'ru',
            body: 'Министр иностранных дел Великобритании Иветт Купер открыла встречу.',
          }),
          testArticle('other.txt', { body: 'The meeting opened on time.' }),
        );

        expect(keys(await index.search(query('Yvette Cooper')))).toEqual(['en.txt', 'ru.txt']);
        expect(keys(await index.search(query('Иветт Купер')))).toEqual(['ru.txt', 'en.txt']);
        expect(keys(await index.search(query('Купером')))).toEqual(['ru.txt', 'en.txt']);
      });

      it('finds the subject in the other language by translation, below its own', async () => {
        await store(
          testArticle('en.txt', { title: 'Grain', body: 'Wheat exports to China rose again.' }),
          testArticle('ru.txt', {
            language: 'ru',
            title: 'Зерно',
            body: 'Экспорт пшеницы в Китай снова вырос.',
          }),
          testArticle('other.txt', { title: 'Weather', body: 'Snow is expected tomorrow.' }),
        );

        expect(keys(await index.search(query('wheat exports')))).toEqual(['en.txt', 'ru.txt']);
        expect(keys(await index.search(query('экспорта пшеницы')))).toEqual(['ru.txt', 'en.txt']);
        // A quoted phrase is exact: its words as typed, not their translations.
        expect(keys(await index.search(query('"wheat exports"')))).toEqual(['en.txt']);
      });

      it('reads search operators a user typed as plain words', async () => {
        await store(
          testArticle('ops.txt', { body: 'Cats AND dogs, OR birds; NOT fish NEAR water.' }),
          testArticle('other.txt', { body: 'Fish near water.' }),
        );

        expect(keys(await index.search(query('AND OR NOT')))).toEqual(['ops.txt']);
        expect(keys(await index.search(query('(cats* +dogs) ^birds: NEAR')))).toEqual(['ops.txt']);
      });

      it('describes each hit and marks the matched words in its snippet', async () => {
        const article = testArticle('a.txt', {
          title: 'Rates',
          body: 'Unrelated opening sentence.\n\nTwo banks raised their rates <sharply>.',
          language: 'en',
          publishedAt: '2024-02-29',
        });
        await store(article);

        const [hit] = (await index.search(query('bank'))).hits;

        expect(hit).toMatchObject({
          id: article.id,
          key: 'a.txt',
          title: 'Rates',
          language: 'en',
          publishedAt: '2024-02-29',
          sort: { id: article.id },
        });
        expect(hit?.score).toBeGreaterThan(0);
        expect(hit?.sort.primary).toBe(hit?.score);
        expect(hit?.snippet).toContain('<mark>banks</mark>');
        expect(hit?.snippet).toContain('&lt;sharply&gt;');
      });

      it('pages through tied hits with cursors, visiting every hit exactly once', async () => {
        // Identical texts tie on score, so the id tiebreak decides; a few stronger matches lead.
        const tied = Array.from({ length: 25 }, (_, i) =>
          testArticle(`tied-${i}.txt`, { body: 'The harbour reopened after the storm.' }),
        );
        const strong = Array.from({ length: 3 }, (_, i) =>
          testArticle(`strong-${i}.txt`, { title: 'Harbour', body: 'The harbour, the harbour.' }),
        );
        await store(...tied, ...strong, testArticle('unrelated.txt'));
        const request = query('harbour', { size: 4 });

        const pages = await allPages(index, request);

        const visited = pages.flatMap((page) => page.hits.map((hit) => hit.id));
        const oneShot = await index.search({ ...request, size: 100 });
        expect(visited).toHaveLength(28);
        expect(new Set(visited).size).toBe(28);
        expect(visited).toEqual(oneShot.hits.map((hit) => hit.id));
        expect(visited.slice(0, 3)).toEqual(ascending(strong.map((a) => a.id)));
        expect(visited.slice(3)).toEqual(ascending(tied.map((a) => a.id)));
        expect(pages.every((page) => page.total === 28)).toBe(true);
      });

      it('pages with cursors through hits ranked by the language favour', async () => {
        const languages = ['ru', 'en', 'kk'];
        const articles = Array.from({ length: 15 }, (_, i) =>
          testArticle(`harbour-${i}.txt`, {
            language: languages[i % 3] ?? 'en',
            body: 'The harbour reopened after the storm.',
          }),
        );
        await store(...articles);
        const request = query('harbour', {
          size: 4,
          favouredLanguages: [
            { language: 'ru', weight: 0.6 },
            { language: 'kk', weight: 0.3 },
          ],
        });

        const pages = await allPages(index, request);

        const visited = pages.flatMap((page) => page.hits.map((hit) => hit.id));
        const inLanguage = (language: string) =>
          ascending(articles.filter((a) => a.language === language).map((a) => a.id));
        expect(visited).toEqual([...inLanguage('ru'), ...inLanguage('kk'), ...inLanguage('en')]);
      });
    });

    describe('paging while the index changes', () => {
      // Relevance depends on the whole index (how many articles there are, how many have the
      // word, how long they are), so every write moves every score: a cursor must continue the
      // ranking its first page began, or articles shift across the page boundary.
      const stays = Array.from({ length: 24 }, (_, i) =>
        testArticle(`stays-${i}.txt`, {
          title: i % 5 === 0 ? 'Harbour news' : `Report ${i}`,
          body: `${'The harbour reopened. '.repeat((i % 4) + 1)}${'Ships waited offshore. '.repeat(i % 7)}`,
        }),
      );

      async function pageWhileWriting(text: string, collapse = false): Promise<string[]> {
        await store(...stays, testArticle('unrelated.txt'));
        const request = query(text, { size: 4, ...(collapse ? { collapse: true } : {}) });
        const seen: string[] = [];
        let after: SortPosition | undefined;
        for (let page = 0; page < 20; page++) {
          const result = await index.search(after ? { ...request, after } : request);
          seen.push(...result.hits.map((hit) => hit.key));
          const last = result.hits.at(-1);
          if (result.hits.length < request.size || last === undefined) return seen;
          after = last.sort;
          // Between pages: new articles with the words, strong and weak, others without them,
          // and one added earlier deleted again.
          await store(
            testArticle(`new-strong-${page}.txt`, {
              title: 'Harbour harbour',
              body: 'The harbour reopened, the harbour is busy. '.repeat(3),
            }),
            testArticle(`new-weak-${page}.txt`, {
              body: `The harbour reopened. ${'Crowds gathered to watch the ships. '.repeat(9)}`,
            }),
            testArticle(`new-other-${page}.txt`, {
              body: 'Markets rallied across the region. '.repeat(page + 1),
            }),
          );
          if (page > 0) {
            const gone = testArticle(`new-weak-${page - 1}.txt`);
            expect(await index.remove(gone.id, 'FF')).toBe('applied');
          }
        }
        throw new Error('paging did not end');
      }

      it('neither repeats nor skips an article that stays, while others come and go', async () => {
        const seen = await pageWhileWriting('harbour');

        const staying = seen.filter((key) => key.startsWith('stays-'));
        expect(new Set(seen).size).toBe(seen.length);
        expect([...staying].sort()).toEqual(stays.map((a) => a.key).sort());
      });

      it('keeps a query of several words and their proximity stable across writes', async () => {
        const seen = await pageWhileWriting('harbour reopened');

        const staying = seen.filter((key) => key.startsWith('stays-'));
        expect(new Set(seen).size).toBe(seen.length);
        expect([...staying].sort()).toEqual(stays.map((a) => a.key).sort());
      });

      it('keeps a list of stories (collapsed) stable across writes', async () => {
        const seen = await pageWhileWriting('harbour', true);

        const staying = seen.filter((key) => key.startsWith('stays-'));
        expect(new Set(seen).size).toBe(seen.length);
        expect([...staying].sort()).toEqual(stays.map((a) => a.key).sort());
      });
    });

    describe('browsing (no search words)', () => {
      it('lists every article newest first, undated last, ties by id', async () => {
        const old = testArticle('old.txt', { publishedAt: '2023-12-31' });
        const newA = testArticle('new-a.txt', { publishedAt: '2024-03-01' });
        const newB = testArticle('new-b.txt', { publishedAt: '2024-03-01' });
        const undatedA = testArticle('undated-a.txt', { publishedAt: null, language: 'ru' });
        const undatedB = testArticle('undated-b.txt', { publishedAt: null });
        await store(undatedA, old, newB, undatedB, newA);

        const page = await index.search(query(''));

        expect(page.hits.map((hit) => hit.id)).toEqual([
          ...ascending([newA.id, newB.id]),
          old.id,
          ...ascending([undatedA.id, undatedB.id]),
        ]);
        expect(page.total).toBe(5);
        expect(page.facets.language).toEqual({ en: 4, ru: 1 });
        expect(page.hits.every((hit) => hit.score === 0)).toBe(true);
        expect(page.hits[0]?.snippet).toBe('Nothing of note happened today.');
      });

      it('filters browsing by language while counting every language', async () => {
        await store(
          testArticle('ru.txt', { language: 'ru' }),
          testArticle('en-1.txt', { language: 'en' }),
          testArticle('en-2.txt', { language: 'en' }),
        );

        const page = await index.search(query('', { languages: ['ru'] }));

        expect(keys(page)).toEqual(['ru.txt']);
        expect(page.total).toBe(1);
        expect(page.facets.language).toEqual({ ru: 1, en: 2 });
      });

      it('pages through browsing with cursors, visiting every article exactly once', async () => {
        const articles = Array.from({ length: 23 }, (_, i) =>
          testArticle(`${i}.txt`, {
            publishedAt: [null, '2024-01-02', '2024-01-01'][i % 3] ?? null,
          }),
        );
        await store(...articles);
        const request = query('', { size: 5 });

        const pages = await allPages(index, request);

        const visited = pages.flatMap((page) => page.hits.map((hit) => hit.id));
        expect(visited).toHaveLength(23);
        expect(new Set(visited).size).toBe(23);
        expect(visited).toEqual(
          (await index.search({ ...request, size: 100 })).hits.map((h) => h.id),
        );
      });
    });

    describeStorySearchBehaviour(() => index, store, testArticle);

    describe('ingest failures', () => {
      function failure(key: string, failedAt: string, reason = 'binary'): IngestFailure {
        return { bucket: BUCKET, key, reason, message: `${key} is not text`, failedAt };
      }

      it('lists recorded failures newest first, up to the limit', async () => {
        await index.recordFailure(failure('a.bin', '2024-03-01T10:00:00.000Z'));
        await index.recordFailure(failure('c.bin', '2024-03-03T10:00:00.000Z'));
        await index.recordFailure(failure('b.bin', '2024-03-02T10:00:00.000Z'));

        expect(await index.listFailures(10)).toEqual([
          failure('c.bin', '2024-03-03T10:00:00.000Z'),
          failure('b.bin', '2024-03-02T10:00:00.000Z'),
          failure('a.bin', '2024-03-01T10:00:00.000Z'),
        ]);
        expect((await index.listFailures(2)).map((f) => f.key)).toEqual(['c.bin', 'b.bin']);
      });

      it('keeps only the latest failure of an object', async () => {
        await index.recordFailure(failure('a.bin', '2024-03-01T10:00:00.000Z', 'transient'));
        await index.recordFailure(failure('a.bin', '2024-03-02T10:00:00.000Z', 'binary'));

        expect(await index.listFailures(10)).toEqual([
          failure('a.bin', '2024-03-02T10:00:00.000Z', 'binary'),
        ]);
      });

      it('forgets a failure once it is cleared', async () => {
        await index.recordFailure(failure('a.bin', '2024-03-01T10:00:00.000Z'));
        await index.recordFailure(failure('b.bin', '2024-03-02T10:00:00.000Z'));

        await index.clearFailure(BUCKET, 'a.bin');
        await index.clearFailure(BUCKET, 'never-failed.bin');

        expect((await index.listFailures(10)).map((f) => f.key)).toEqual(['b.bin']);
      });
    });
  });
}
