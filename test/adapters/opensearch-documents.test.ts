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

  it('refuses a document without per-paragraph languages or a script, naming the field', () => {
    const { languages, script, ...withoutBoth } = articleDocument(testArticle('old.txt'));

    expect(() => articleFromDocument({ ...withoutBoth, script })).toThrow(/languages/);
    expect(() => articleFromDocument({ ...withoutBoth, languages })).toThrow(/script/);
  });

  it('refuses a document that lacks a field every build has written', () => {
    const { title, ...broken } = articleDocument(testArticle('b.txt'));

    expect(() => articleFromDocument(broken)).toThrow(/title/);
  });
});
