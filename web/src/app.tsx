import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { ApiError } from './api.ts';
import { ArticleView } from './article.tsx';
import { session } from './auth/session.ts';
import { SignInControl, unauthorisedMessage, useSession } from './auth/sign-in-control.tsx';
import { Chips, Filters } from './filters.tsx';
import { type Locale, type Translator, translator } from './i18n.ts';
import type { EntryState, Navigate } from './link.tsx';
import { hrefFor } from './link.tsx';
import { HitList, resultCount } from './results.tsx';
import { useSearch } from './search.ts';
import { hasFilters, type SearchState, type ViewState, viewFromQuery } from './url-state.ts';

/** Typing waits this long for the next key before it searches. */
const DEBOUNCE_MS = 150;

function ErrorState(props: {
  error: ApiError;
  retry: () => void;
  tr: Translator;
  /** What a 404 means here. */
  notFound?: string;
}) {
  const { error, tr } = props;
  const signIn = useSession();
  const unauthorised = error.status === 401 || error.status === 403;
  const why = unauthorised
    ? unauthorisedMessage(signIn, tr)
    : error.status === 404 && props.notFound
      ? props.notFound
      : error.status === 0
        ? tr.t.errorNetwork
        : error.message;
  return (
    <div class="state error" role="alert">
      <h2>{tr.t.errorTitle}</h2>
      <p>{why}</p>
      {unauthorised && signIn.canSignIn ? (
        <button type="button" onClick={() => void session.signIn()}>
          {tr.t.signIn}
        </button>
      ) : (
        <button type="button" onClick={props.retry}>
          {tr.t.retry}
        </button>
      )}
    </div>
  );
}

function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

/** The search page: a search box, filters, results and the article view, all in the URL. */
export function App({ locale }: { locale: Locale }) {
  const tr = useMemo(() => translator(locale), [locale]);
  const [view, setView] = useState<ViewState>(() => viewFromQuery(location.search));
  const [draft, setDraft] = useState(view.search.q);
  const input = useRef<HTMLInputElement>(null);
  // The result last opened, to return the focus to it when the list is shown again.
  const opened = useRef('');

  // Shows `next` and puts it in the history, leaving the search box as it is.
  const show: Navigate = useCallback((next, mode = 'push', state = {}) => {
    const href = hrefFor(next);
    if (mode === 'push') history.pushState(state, '', href);
    else history.replaceState(state, '', href);
    setView(next);
  }, []);
  const navigate: Navigate = useCallback(
    (next, mode = 'push', state = {}) => {
      show(next, mode, state);
      setDraft(next.search.q);
    },
    [show],
  );

  useEffect(() => {
    const onPop = () => {
      const next = viewFromQuery(location.search);
      setView(next);
      setDraft(next.search.q);
    };
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey) return;
      if (isTyping(event.target)) return;
      event.preventDefault();
      input.current?.focus();
      input.current?.select();
    };
    addEventListener('popstate', onPop);
    addEventListener('keydown', onKey);
    return () => {
      removeEventListener('popstate', onPop);
      removeEventListener('keydown', onKey);
    };
  }, []);

  // Typing searches once the keys pause; it replaces the current history entry, so Back
  // skips the half-typed words. Typing over an article goes back to the results. The box is
  // left as it is: a key pressed as the pause ended is shown before this timer is cancelled
  // (effects run after the next frame), and writing the paused text back into the box lost it.
  useEffect(() => {
    if (draft === view.search.q) return;
    const timer = setTimeout(
      () =>
        show(
          { search: { ...view.search, q: draft }, article: '' },
          view.article ? 'push' : 'replace',
        ),
      DEBOUNCE_MS,
    );
    return () => clearTimeout(timer);
  }, [draft, view, show]);

  useEffect(() => {
    document.title = view.search.q.trim() ? `${view.search.q.trim()} – ${tr.t.title}` : tr.t.title;
  }, [view.search.q, tr]);

  const { results, loading, loadMore, retry } = useSearch(view.search, locale);
  const changeSearch = (search: SearchState) => navigate({ search, article: '' });
  const first = results.pages[0];

  useEffect(() => {
    if (view.article || !opened.current || results.status !== 'done') return;
    const link = document.querySelector<HTMLElement>(`a[data-id="${opened.current}"]`);
    opened.current = '';
    link?.focus();
  }, [view.article, results.status]);

  return (
    <>
      <a class="skip" href="#main">
        {tr.t.results}
      </a>
      <header>
        <h1 class="brand">
          <a
            href={location.pathname}
            onClick={(event) => {
              event.preventDefault();
              navigate({ search: { q: '', lang: [], source: [], from: '', to: '' }, article: '' });
            }}
          >
            {tr.t.title}
          </a>
        </h1>
        <SignInControl tr={tr} />
        <search>
          <form
            onSubmit={(event) => {
              event.preventDefault();
              navigate({ search: { ...view.search, q: draft }, article: '' });
            }}
          >
            <label for="q" class="visually-hidden">
              {tr.t.searchLabel}
            </label>
            <input
              ref={input}
              id="q"
              name="q"
              type="search"
              autocomplete="off"
              spellcheck={false}
              placeholder={tr.t.searchPlaceholder}
              aria-describedby="q-hint"
              value={draft}
              onInput={(event) => setDraft(event.currentTarget.value)}
            />
            <button type="submit">{tr.t.searchButton}</button>
            <p id="q-hint" class="hint">
              {tr.t.searchHint}
            </p>
          </form>
        </search>
      </header>
      {view.article ? (
        <ArticleView
          key={view.article}
          view={view}
          navigate={navigate}
          tr={tr}
          onBack={(results) => {
            opened.current = view.article;
            // Opened from the list: going back is Back, so history does not grow a loop.
            const entry: EntryState | null = history.state;
            if (entry?.fromResults) history.back();
            else navigate(results);
          }}
          renderError={(error, again) => (
            <ErrorState error={error} retry={again} tr={tr} notFound={tr.t.notFound} />
          )}
        />
      ) : (
        <div class="layout">
          <Filters response={first} search={view.search} onChange={changeSearch} tr={tr} />
          <main id="main" aria-busy={loading}>
            <Chips search={view.search} onChange={changeSearch} tr={tr} />
            <p class="count" role="status" aria-live="polite">
              {loading && !first ? tr.t.loading : first ? resultCount(first, tr) : ''}
            </p>
            {first?.relaxed ? <p class="relaxed">{tr.t.relaxed}</p> : null}
            {!loading && results.status === 'error' && results.error ? (
              <ErrorState error={results.error} retry={retry} tr={tr} />
            ) : null}
            {first && first.total === 0 && !loading ? (
              <div class="state empty">
                <h2>{tr.t.emptyTitle}</h2>
                {view.search.q.trim() ? <p>{tr.t.emptyQuery(view.search.q.trim())}</p> : null}
                {hasFilters(view.search) || view.search.q.trim() ? (
                  <p>{tr.t.emptyFilters}</p>
                ) : null}
              </div>
            ) : null}
            {first ? (
              <div class={loading ? 'stale' : undefined}>
                <HitList
                  pages={results.pages}
                  view={view}
                  navigate={(next) => {
                    opened.current = next.article;
                    navigate(next, 'push', { fromResults: true });
                  }}
                  tr={tr}
                  loadingMore={results.status === 'loading-more'}
                  onMore={loadMore}
                />
              </div>
            ) : null}
          </main>
        </div>
      )}
    </>
  );
}
