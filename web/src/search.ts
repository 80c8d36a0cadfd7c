import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { type ApiError, asApiError, getJson, type SearchResponse, searchShape } from './api.ts';
import { type SearchState, searchKey, searchRequest } from './url-state.ts';

/** Results per page. */
export const PAGE_SIZE = 20;

/** Where a search stands: the pages loaded so far, and what is happening now. */
export interface Results {
  key: string;
  pages: SearchResponse[];
  status: 'loading' | 'done' | 'error' | 'loading-more';
  error?: ApiError;
}

/**
 * Runs a search whenever it changes, keeping every search's loaded pages, so that Back shows
 * the results as they were, "More results" pages included. A newer search cancels an older
 * one still in flight: answers never arrive out of order.
 */
export function useSearch(search: SearchState, hint: string) {
  const key = searchKey(search);
  const cache = useRef(new Map<string, SearchResponse[]>());
  const [results, setResults] = useState<Results>({ key, pages: [], status: 'loading' });
  const [attempt, setAttempt] = useState(0);
  const inFlight = useRef<AbortController | undefined>(undefined);

  useEffect(() => {
    const cached = cache.current.get(key);
    if (cached) {
      setResults({ key, pages: cached, status: 'done' });
      return;
    }
    inFlight.current?.abort();
    const abort = new AbortController();
    inFlight.current = abort;
    setResults((previous) => ({ key, pages: previous.pages, status: 'loading' }));
    getJson(searchRequest(search, { hint, size: PAGE_SIZE }), searchShape, abort.signal).then(
      (page) => {
        if (abort.signal.aborted) return;
        cache.current.set(key, [page]);
        setResults({ key, pages: [page], status: 'done' });
      },
      (error: unknown) => {
        if (abort.signal.aborted) return;
        setResults({ key, pages: [], status: 'error', error: asApiError(error) });
      },
    );
    return () => abort.abort();
  }, [key, hint, attempt]);

  const loadMore = useCallback(() => {
    const pages = cache.current.get(key);
    const cursor = pages?.at(-1)?.nextCursor;
    if (!pages || !cursor) return;
    const abort = new AbortController();
    inFlight.current = abort;
    setResults({ key, pages, status: 'loading-more' });
    getJson(
      searchRequest(search, { hint, size: PAGE_SIZE, cursor }),
      searchShape,
      abort.signal,
    ).then(
      (page) => {
        if (abort.signal.aborted) return;
        const more = [...pages, page];
        cache.current.set(key, more);
        setResults({ key, pages: more, status: 'done' });
      },
      (error: unknown) => {
        if (abort.signal.aborted) return;
        setResults({ key, pages, status: 'error', error: asApiError(error) });
      },
    );
  }, [key, search, hint]);

  const retry = useCallback(() => setAttempt((n) => n + 1), []);
  // Until the effect above has run, the results are still the previous search's.
  const loading = results.key !== key || results.status === 'loading';
  return { results, loading, loadMore, retry };
}
