import { describe, expect, it } from 'vitest';
import {
  articleDocument,
  articleFromDocument,
} from '../../functions/adapters/opensearch/documents.ts';
import { testArticle } from '../port/article-index-behaviour.ts';

describe('OpenSearch stored documents', () => {
  it('reads an article back exactly as it was stored, without the derived fields', () => {
    const article = testArticle('a.txt', {
      language: 'ru',
      languages: [
        { language: 'ru', share: 0.7 },
        { language: 'en', share: 0.3 },
      ],
      script: 'Cyrl',
    });

    expect(articleFromDocument(articleDocument(article))).toEqual(article);
  });

  it('reads a document from before per-paragraph detection as wholly in its one language', () => {
    const { languages, script, ...old } = articleDocument(
      testArticle('old.txt', { language: 'ru', title: 'Визит', body: 'Министр прибыл в Лондон.' }),
    );

    const article = articleFromDocument(old);

    expect(article.languages).toEqual([{ language: 'ru', share: 1 }]);
    expect(article.script).toBe('Cyrl');
  });

  it('refuses a document that lacks a field every build has written', () => {
    const { title, ...broken } = articleDocument(testArticle('b.txt'));

    expect(() => articleFromDocument(broken)).toThrow(/title/);
  });
});
