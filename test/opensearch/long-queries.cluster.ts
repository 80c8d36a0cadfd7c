import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ArticleLanguageDetector } from '../../functions/adapters/language/article-language-detector.ts';
import {
  type OpenSearchIndex,
  openOpenSearchIndex,
} from '../../functions/adapters/opensearch/opensearch-article-index.ts';
import { InvalidRequestError } from '../../functions/core/errors.ts';
import { searchArticles } from '../../functions/core/search-articles.ts';
import { testArticle } from '../port/article-index-behaviour.ts';
import { clusterClient, deleteIndices, freshIndexName } from './cluster-support.ts';

// Found on the real node: a pasted sentence of about 30 Russian words (254 characters, far
// within the API's 1,000) exceeded the cluster's 1,024 nested clauses, because each word is
// searched several ways and the language favour repeats them per favoured language. The search
// failed with a 500 where the embedded index answered.
const SENTENCE =
  'Министр иностранных дел Казахстана Ермек Кошербаев провёл переговоры с британскими коллегами в Лондоне стороны обсудили вопросы торгово экономического сотрудничества привлечения инвестиций и расширения транспортных связей между странами а также подписали несколько соглашений';

describe('long queries, on a real node', () => {
  const indexName = freshIndexName('long');
  const detector = new ArticleLanguageDetector();
  let index: OpenSearchIndex;
  const article = testArticle('talks.txt', { language: 'ru', body: `${SENTENCE}.` });

  beforeAll(async () => {
    index = await openOpenSearchIndex({ client: clusterClient(), indexName, refresh: 'true' });
    await index.upsert(article);
  });

  afterAll(async () => {
    await index.close();
    await deleteIndices(indexName);
  });

  it('finds the article a pasted 30-word sentence comes from', async () => {
    expect(SENTENCE.split(' ')).toHaveLength(32);

    const page = await searchArticles({ index, detector }, { q: SENTENCE });

    expect(page.hits.map((hit) => hit.id)).toEqual([article.id]);
  });

  it('answers, never fails, for the longest query the API takes: 1,000 characters of real words', async () => {
    const words = SENTENCE.split(' ');
    const parts: string[] = [];
    for (let i = 0; parts.join(' ').length + (words[i % words.length]?.length ?? 0) < 1_000; i++) {
      // Each pass through the sentence in another case ending, so the words stay distinct.
      parts.push(`${words[i % words.length]}${'аеиоу'[Math.floor(i / words.length)] ?? ''}`);
    }
    const q = parts.join(' ');
    expect(q.length).toBeGreaterThan(950);

    const outcome = await searchArticles({ index, detector }, { q }).then(
      (page) => page.total,
      (error: unknown) => error,
    );

    // A page, or a 400 naming q: either way not the cluster's refusal.
    if (typeof outcome !== 'number') {
      expect(outcome).toBeInstanceOf(InvalidRequestError);
      expect(outcome).toMatchObject({ parameter: 'q' });
    }
  });
});
