/** What is searched for: the query and the filters, everything a shared link reproduces. */
export interface SearchState {
  q: string;
  /** ISO 639-1 codes (or `und`), any of which an article may be in. */
  lang: string[];
  /** Outlets, any of which an article may come from. */
  source: string[];
  /** `YYYY-MM-DD` or empty. */
  from: string;
  /** `YYYY-MM-DD` or empty. */
  to: string;
}

/** The whole state of the page: a search, and the article open over it, if any. */
export interface ViewState {
  search: SearchState;
  /** Id of the article shown, or empty for the result list. */
  article: string;
}

/** A search with nothing typed and no filter: browses every article, newest first. */
export const EMPTY_SEARCH: SearchState = { q: '', lang: [], source: [], from: '', to: '' };

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const LANGUAGE = /^(?:[a-z]{2}|und)$/;
const ARTICLE_ID = /^[0-9a-f]{1,128}$/;
/** More would make a URL no one can share; the API takes fewer anyway. */
const MAX_VALUES = 20;

function distinct(values: string[], keep: (value: string) => boolean): string[] {
  return [
    ...new Set(values.map((value) => value.trim()).filter((value) => value && keep(value))),
  ].slice(0, MAX_VALUES);
}

/**
 * Reads the page's state from its query string. Values the API would refuse (a malformed day,
 * an unknown language code) are dropped, so a mangled link still opens a working page.
 */
export function viewFromQuery(query: string): ViewState {
  const params = new URLSearchParams(query);
  const day = (name: string) => {
    const value = params.get(name)?.trim() ?? '';
    return DAY.test(value) ? value : '';
  };
  const article = params.get('article')?.trim() ?? '';
  return {
    search: {
      q: params.get('q') ?? '',
      lang: distinct(
        params.getAll('lang').flatMap((value) => value.split(',')),
        (value) => LANGUAGE.test(value),
      ),
      source: distinct(params.getAll('source'), () => true),
      from: day('from'),
      to: day('to'),
    },
    article: ARTICLE_ID.test(article) ? article : '',
  };
}

function searchParams(search: SearchState): URLSearchParams {
  const params = new URLSearchParams();
  if (search.q.trim() !== '') params.set('q', search.q);
  for (const lang of search.lang) params.append('lang', lang);
  for (const source of search.source) params.append('source', source);
  if (search.from) params.set('from', search.from);
  if (search.to) params.set('to', search.to);
  return params;
}

/** The query string (with its `?`, or empty) that reproduces a view. */
export function queryFromView(view: ViewState): string {
  const params = searchParams(view.search);
  if (view.article) params.set('article', view.article);
  const query = params.toString();
  return query === '' ? '' : `?${query}`;
}

/** What the API needs besides the search itself. */
export interface RequestOptions {
  /** The interface's language: a weak hint for which language the query is written in. */
  hint: string;
  size: number;
  cursor?: string | null | undefined;
}

/** The `/search` query string for a search, one page of it. */
export function searchRequest(search: SearchState, options: RequestOptions): string {
  const params = searchParams({ ...search, q: search.q.trim() });
  params.set('hint', options.hint);
  params.set('size', String(options.size));
  if (options.cursor) params.set('cursor', options.cursor);
  return `/search?${params.toString()}`;
}

/** Identifies a search: two states with the same key show the same results. */
export function searchKey(search: SearchState): string {
  return searchParams({ ...search, q: search.q.trim() }).toString();
}

/** Whether any filter (not the query) narrows the search. */
export function hasFilters(search: SearchState): boolean {
  return (
    search.lang.length > 0 || search.source.length > 0 || search.from !== '' || search.to !== ''
  );
}

/** Adds a value to a multi-valued filter, or removes it when it is there: a facet click. */
export function toggled(values: readonly string[], value: string): string[] {
  return values.includes(value) ? values.filter((v) => v !== value) : [...values, value];
}

/** The first and last day of a `YYYY-MM` month. */
export function monthRange(month: string): { from: string; to: string } {
  const [year, monthNumber] = month.split('-').map(Number);
  const last = new Date(Date.UTC(year ?? 1970, monthNumber ?? 1, 0)).getUTCDate();
  return { from: `${month}-01`, to: `${month}-${String(last).padStart(2, '0')}` };
}
