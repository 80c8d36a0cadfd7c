import { describe, expect, it } from 'vitest';
import { articleTerms } from '../../functions/adapters/embedded-index/article-terms.ts';
import { articleDocument } from '../../functions/adapters/opensearch/documents.ts';
import { searchRequestBody } from '../../functions/adapters/opensearch/search-request.ts';
import { parseQuery } from '../../functions/core/search/query-parser.ts';
import { languageFavourFactor, UNDATED_DAY } from '../../functions/core/search/ranking.ts';
import { indexedNames } from '../../functions/core/text/indexed-names.ts';
import { testArticle } from '../port/article-index-behaviour.ts';

// The rules both indices follow are defined once in the core (ranking.ts, indexed-names.ts);
// these show each adapter takes them from there rather than keeping a copy.
describe('index rules shared by both indices', () => {
  const article = testArticle('names.txt', {
    language: 'ru',
    title: 'Визит Кошербаева',
    body: 'Министр Кошербаев встретился с Иветт Купер в Лондоне.',
  });

  it('index an article under the same name, transliteration and sound terms', () => {
    const names = indexedNames(article.title, article.body);
    const embedded = articleTerms(article.title, article.body);
    const document = articleDocument(article);

    expect(names.translit.split(' ')).toContain('kosherbaev');
    expect(names.sounds).not.toBe('');
    expect({ names: embedded.names, translit: embedded.translit, sounds: embedded.sounds }).toEqual(
      names,
    );
    expect({ names: document.names, translit: document.translit, sounds: document.sounds }).toEqual(
      names,
    );
  });

  it('multiply a favoured language by 1 + a fifth of its weight, and any other by 1', () => {
    expect(languageFavourFactor(0)).toBe(1);
    expect(languageFavourFactor(1)).toBe(1.2);
    expect(languageFavourFactor(0.8)).toBe(1.16);
    expect(languageFavourFactor(1 / 3)).toBe(1.0667);
  });

  it('give OpenSearch the core factor for each favoured language', () => {
    const request = JSON.stringify(
      searchRequestBody({
        text: 'министр',
        clauses: parseQuery('министр'),
        size: 10,
        favouredLanguages: [
          { language: 'ru', weight: 0.8 },
          { language: 'uk', weight: 0.2 },
        ],
      }),
    );

    expect(request).toContain(`"weight":${languageFavourFactor(0.8)}`);
    expect(request).toContain(`"weight":${languageFavourFactor(0.2)}`);
  });

  it('sort undated articles below every real day when browsing', () => {
    const request = JSON.stringify(searchRequestBody({ text: '', clauses: [], size: 10 }));

    expect(UNDATED_DAY).toBeLessThan(-1e9);
    expect(request).toContain(`"missing":${UNDATED_DAY}`);
  });
});
