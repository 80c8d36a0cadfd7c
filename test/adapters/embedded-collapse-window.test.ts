import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { EmbeddedIndex } from '../../functions/adapters/embedded-index/sqlite-article-index.ts';
import { articleId } from '../../functions/core/article-id.ts';
import { parseQuery } from '../../functions/core/search/query-parser.ts';
import type { SearchQuery } from '../../functions/core/search/search-query.ts';
import { testArticle } from '../port/article-index-behaviour.ts';
import { temporaryIndex } from '../support/fakes.ts';

// A collapsed list is first looked for among the best hundred hits, and that answer stands only
// when no story on its page can have another article further down (article-search.ts,
// `FIRST_COLLAPSE_WINDOW`): these lists are longer than that window, with a story's copy ranked
// beyond it, so each must show what ranking the first thousand shows.

const FILLERS = 150;

function filler(i: number) {
  return testArticle(`filler-${i}.txt`, {
    title: `Bulletin ${i}`,
    body: `The harbour report number ${i} for today.`,
  });
}

// Ranks first: the word in its title and again and again in a short body.
const head = testArticle('head.txt', {
  title: 'Harbour harbour',
  body: 'Harbour harbour harbour news.',
});
// The same story ranked last: the word once in a long body.
function copy(fields: Parameters<typeof testArticle>[1] = {}) {
  return testArticle('copy.txt', {
    title: 'A long wire',
    body: `${'Nothing else of note was said by anyone at all today. '.repeat(12)} The harbour.`,
    storyId: articleId('news', 'head.txt'),
    ...fields,
  });
}

function query(text: string, options: Partial<SearchQuery> = {}): SearchQuery {
  return { text, clauses: parseQuery(text), size: 10, collapse: true, ...options };
}

describe('a collapsed list longer than its first window', () => {
  let index: EmbeddedIndex;
  let cleanup: () => Promise<void>;

  beforeEach(async () => {
    ({ index, cleanup } = await temporaryIndex());
    for (let i = 0; i < FILLERS; i++) await index.upsert(filler(i));
    await index.upsert(head);
  });

  afterEach(async () => cleanup());

  it("counts a story's copy ranked beyond the first hundred hits", async () => {
    await index.upsert(copy());

    const page = await index.search(query('harbour'));
    const all = await index.search(query('harbour', { collapse: false, size: 200 }));

    expect(all.hits.at(-1)?.key).toBe('copy.txt');
    expect(page.hits[0]).toMatchObject({ key: 'head.txt', storySize: 2 });
    expect(page.hits[0]?.otherVersions.map((v) => v.id)).toEqual([copy().id]);
    expect(page.totalStories).toBe(FILLERS + 1);
  });

  it('leaves out a copy that does not match, or that the filters leave out', async () => {
    await index.upsert(copy({ body: 'Nothing else of note.' }));
    await index.upsert(
      testArticle('translation.txt', {
        language: 'de',
        body: 'Der harbour heute.',
        storyId: articleId('news', 'head.txt'),
      }),
    );

    const page = await index.search(query('harbour', { languages: ['en'] }));

    expect(page.hits[0]).toMatchObject({ key: 'head.txt', storySize: 1, otherVersions: [] });
  });

  it('pages through the stories as the whole ranking does', async () => {
    await index.upsert(copy());
    const seen: string[] = [];
    let request = query('harbour');
    for (let pages = 0; pages < 20; pages++) {
      const page = await index.search(request);
      seen.push(...page.hits.map((h) => h.key));
      const last = page.hits.at(-1);
      if (page.hits.length < request.size || last === undefined) break;
      request = { ...request, after: last.sort };
    }

    expect(seen).toHaveLength(FILLERS + 1);
    expect(new Set(seen).size).toBe(FILLERS + 1);
    expect(seen).not.toContain('copy.txt');
  });
});
