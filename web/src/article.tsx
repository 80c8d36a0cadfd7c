import { useEffect, useRef, useState } from 'preact/hooks';
import {
  type ApiError,
  type Article,
  articleShape,
  asApiError,
  getJson,
  type Story,
  storyShape,
} from './api.ts';
import type { Translator } from './i18n.ts';
import { type Navigate, ViewLink } from './link.tsx';
import { ArticleMeta, VersionList } from './results.tsx';
import type { ViewState } from './url-state.ts';

type Loaded =
  | { status: 'loading' }
  | { status: 'error'; error: ApiError }
  | { status: 'done'; article: Article; versions: Story['articles'] };

function useArticle(id: string, attempt: number): Loaded {
  const [loaded, setLoaded] = useState<Loaded>({ status: 'loading' });
  useEffect(() => {
    const abort = new AbortController();
    setLoaded({ status: 'loading' });
    (async () => {
      try {
        const article = await getJson(
          `/articles/${encodeURIComponent(id)}`,
          articleShape,
          abort.signal,
        );
        // The story's other copies: a page without them is still the article.
        const story = article.storyId
          ? await getJson(
              `/stories/${encodeURIComponent(article.storyId)}`,
              storyShape,
              abort.signal,
            ).catch(() => undefined)
          : undefined;
        const versions = (story?.articles ?? []).filter((other) => other.id !== id);
        if (!abort.signal.aborted) setLoaded({ status: 'done', article, versions });
      } catch (error) {
        if (!abort.signal.aborted) setLoaded({ status: 'error', error: asApiError(error) });
      }
    })();
    return () => abort.abort();
  }, [id, attempt]);
  return loaded;
}

/** The article's text: one paragraph per block, separated in the body by a blank line. */
function paragraphs(body: string): string[] {
  return body
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter((p) => p !== '');
}

/** One article in full, over the results it was opened from. */
export function ArticleView(props: {
  view: ViewState;
  navigate: Navigate;
  tr: Translator;
  /** Returns to the results the article was opened over. */
  onBack: (results: ViewState) => void;
  renderError: (error: ApiError, retry: () => void) => preact.JSX.Element;
}) {
  const { view, navigate, tr } = props;
  const [attempt, setAttempt] = useState(0);
  const loaded = useArticle(view.article, attempt);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (loaded.status === 'done') heading.current?.focus();
  }, [loaded.status]);
  const results: ViewState = { ...view, article: '' };
  return (
    <main id="main" class="article-view" aria-busy={loaded.status === 'loading'}>
      <ViewLink view={results} navigate={props.onBack} class="back">
        ← {tr.t.back}
      </ViewLink>
      {loaded.status === 'loading' ? <p class="status">{tr.t.loading}</p> : null}
      {loaded.status === 'error'
        ? props.renderError(loaded.error, () => setAttempt(attempt + 1))
        : null}
      {loaded.status === 'done' ? (
        <article lang={loaded.article.language}>
          <h1 ref={heading} tabIndex={-1}>
            {loaded.article.title || tr.t.untitled}
          </h1>
          <ArticleMeta article={loaded.article} tr={tr} />
          <Body article={loaded.article} tr={tr} />
          <Facts article={loaded.article} tr={tr} />
          {loaded.versions.length > 0 ? (
            <section class="story" lang={tr.locale}>
              <h2>{tr.t.storyVersions}</h2>
              <VersionList versions={loaded.versions} view={view} navigate={navigate} tr={tr} />
            </section>
          ) : null}
        </article>
      ) : null}
    </main>
  );
}

/**
 * The article's text. A very long body comes in parts (the API says where the next starts):
 * the rest is fetched when asked for, so nothing of the article is silently left out.
 */
function Body({ article, tr }: { article: Article; tr: Translator }) {
  const [more, setMore] = useState<{ text: string; next: number | null }>({
    text: '',
    next: article.bodyPart?.truncated ? (article.bodyPart.nextOffset ?? null) : null,
  });
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState<ApiError | undefined>(undefined);
  const loadRest = async () => {
    if (more.next === null) return;
    setLoading(true);
    try {
      const part = await getJson(
        `/articles/${encodeURIComponent(article.id)}?offset=${more.next}`,
        articleShape,
      );
      setMore({ text: more.text + part.body, next: part.bodyPart?.nextOffset ?? null });
      setError(undefined);
    } catch (failure) {
      setError(asApiError(failure));
    } finally {
      setLoading(false);
    }
  };
  return (
    <>
      {paragraphs(article.body + more.text).map((text, i) => (
        <p key={i}>{text}</p>
      ))}
      {more.next !== null ? (
        <button type="button" class="more" onClick={loadRest} disabled={loading} lang={tr.locale}>
          {loading ? tr.t.loading : tr.t.restOfArticle}
        </button>
      ) : null}
      {error ? (
        <p class="state error" role="alert" lang={tr.locale}>
          {error.message}
        </p>
      ) : null}
    </>
  );
}

function Facts({ article, tr }: { article: Article; tr: Translator }) {
  const languages = article.languages ?? [];
  const credits = article.credits ?? [];
  return (
    <section class="facts" lang={tr.locale}>
      <h2>{tr.t.articleFacts}</h2>
      <dl>
        {article.source ? (
          <>
            <dt>{tr.t.outlet}</dt>
            <dd>{article.source}</dd>
          </>
        ) : null}
        {article.place ? (
          <>
            <dt>{tr.t.place}</dt>
            <dd>{article.place}</dd>
          </>
        ) : null}
        <dt>{tr.t.date}</dt>
        <dd>
          {article.publishedAt ? (
            <time dateTime={article.publishedAt}>{tr.day(article.publishedAt)}</time>
          ) : (
            tr.t.undated
          )}
        </dd>
        {credits.length > 0 ? (
          <>
            <dt>{tr.t.credits}</dt>
            <dd>{credits.join('; ')}</dd>
          </>
        ) : null}
        {languages.length > 0 ? (
          <>
            <dt>{tr.t.languages}</dt>
            <dd>
              <ul class="shares">
                {languages.map(({ language, share }) => (
                  <li key={language}>
                    {tr.language(language)} {tr.percent(share)}
                  </li>
                ))}
              </ul>
            </dd>
          </>
        ) : null}
        <dt>{tr.t.objectKey}</dt>
        <dd>
          <code>{article.key}</code>
        </dd>
      </dl>
    </section>
  );
}
