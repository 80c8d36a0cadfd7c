import { describe, expect, it } from 'vitest';
import {
  EMPTY_SEARCH,
  monthRange,
  queryFromView,
  searchKey,
  searchRequest,
  toggled,
  viewFromQuery,
} from '../../web/src/url-state.ts';

describe('the page state in the URL', () => {
  it('reproduces a view from its own link, filters and open article included', () => {
    const view = {
      search: {
        q: 'Кошербаевым "Central Asia" -visa',
        lang: ['ru', 'en'],
        source: ['Kazinform', 'Astana Times'],
        from: '2026-02-01',
        to: '2026-02-28',
      },
      article: 'cbae32faee3f2c8e',
    };
    expect(viewFromQuery(queryFromView(view))).toEqual(view);
  });

  it('links the empty search to the bare page', () => {
    expect(queryFromView({ search: EMPTY_SEARCH, article: '' })).toBe('');
  });

  it('drops what the API would refuse, so a mangled link still opens a working page', () => {
    const view = viewFromQuery(
      '?q=x&lang=russian&lang=ru&lang=ru&from=2026-13&to=yesterday&article=<script>&source=%20',
    );
    expect(view).toEqual({
      search: { q: 'x', lang: ['ru'], source: [], from: '', to: '' },
      article: '',
    });
  });

  it('accepts languages joined by commas, as the API does', () => {
    expect(viewFromQuery('?lang=ru,kk').search.lang).toEqual(['ru', 'kk']);
  });
});

describe('the search request', () => {
  it('repeats lang and source, and passes the interface language as a hint', () => {
    const search = {
      ...EMPTY_SEARCH,
      q: ' Kosherbayev ',
      lang: ['ru', 'en'],
      source: ['Kazinform'],
    };
    expect(searchRequest(search, { hint: 'ru', size: 20, cursor: 'abc' })).toBe(
      '/search?q=Kosherbayev&lang=ru&lang=en&source=Kazinform&hint=ru&size=20&cursor=abc',
    );
  });

  it('treats searches that differ only in surrounding spaces as one', () => {
    expect(searchKey({ ...EMPTY_SEARCH, q: 'London ' })).toBe(
      searchKey({ ...EMPTY_SEARCH, q: 'London' }),
    );
  });
});

describe('filter helpers', () => {
  it('adds a facet value on the first click and removes it on the second', () => {
    expect(toggled(['ru'], 'en')).toEqual(['ru', 'en']);
    expect(toggled(['ru', 'en'], 'ru')).toEqual(['en']);
  });

  it('spans a month from its first to its last day, leap years included', () => {
    expect(monthRange('2024-02')).toEqual({ from: '2024-02-01', to: '2024-02-29' });
    expect(monthRange('2026-12')).toEqual({ from: '2026-12-01', to: '2026-12-31' });
  });
});
