import { useState } from 'preact/hooks';
import type { ArticleSummary, SearchHit, SearchResponse } from './api.ts';
import type { Translator } from './i18n.ts';
import { type Navigate, ViewLink } from './link.tsx';
import { SnippetText } from './snippet-text.tsx';
import type { ViewState } from './url-state.ts';

/** Language, outlet and date of an article, each only when known. */
export function ArticleMeta({ article, tr }: { article: ArticleSummary; tr: Translator }) {
  return (
    <p class="meta">
      <span class="lang" lang={tr.locale}>
        {tr.language(article.language)}
      </span>
      {article.source ? <span class="source">{article.source}</span> : null}
      <span class="date">
        {article.publishedAt ? (
          <time dateTime={article.publishedAt}>{tr.day(article.publishedAt)}</time>
        ) : (
          tr.t.undated
        )}
      </span>
    </p>
  );
}

function articleView(view: ViewState, id: string): ViewState {
  return { ...view, article: id };
}

/** The copies of one story, each a link to its article. */
export function VersionList(props: {
  versions: ArticleSummary[];
  view: ViewState;
  navigate: Navigate;
  tr: Translator;
  id?: string;
}) {
  const { versions, view, navigate, tr } = props;
  return (
    <ul class="versions" id={props.id}>
      {versions.map((version) => (
        <li key={version.id}>
          <ViewLink view={articleView(view, version.id)} navigate={navigate}>
            <span lang={version.language}>{version.title || tr.t.untitled}</span>
          </ViewLink>
          <ArticleMeta article={version} tr={tr} />
        </li>
      ))}
    </ul>
  );
}

function Hit(props: { hit: SearchHit; view: ViewState; navigate: Navigate; tr: Translator }) {
  const { hit, view, navigate, tr } = props;
  const [expanded, setExpanded] = useState(false);
  const others = hit.otherVersions ?? [];
  // The API lists at most 20 other versions; the story's size counts them all.
  const otherCount = Math.max(others.length, (hit.storySize ?? 1) - 1);
  const listId = `versions-${hit.id}`;
  return (
    <li class="hit">
      <article aria-labelledby={`title-${hit.id}`}>
        <h2 id={`title-${hit.id}`} lang={hit.language}>
          <ViewLink view={articleView(view, hit.id)} navigate={navigate} data-id={hit.id}>
            {hit.title || tr.t.untitled}
          </ViewLink>
        </h2>
        <ArticleMeta article={hit} tr={tr} />
        <p class="snippet" lang={hit.language}>
          <SnippetText snippet={hit.snippet} />
        </p>
        {others.length > 0 ? (
          <>
            <button
              type="button"
              class="versions-toggle"
              aria-expanded={expanded}
              aria-controls={listId}
              onClick={() => setExpanded(!expanded)}
            >
              {tr.count(tr.t.otherVersions, otherCount)}
            </button>
            {expanded ? (
              <VersionList versions={others} view={view} navigate={navigate} tr={tr} id={listId} />
            ) : null}
          </>
        ) : null}
      </article>
    </li>
  );
}

/** How many results there are, in stories when the API counted them. */
export function resultCount(response: SearchResponse, tr: Translator): string {
  const articles = tr.count(tr.t.articles, response.total);
  return response.totalStories === undefined
    ? tr.t.countArticles(articles)
    : tr.t.countStories(tr.count(tr.t.stories, response.totalStories), articles);
}

/** The hits of every page loaded so far, and the button that loads the next. */
export function HitList(props: {
  pages: SearchResponse[];
  view: ViewState;
  navigate: Navigate;
  tr: Translator;
  loadingMore: boolean;
  onMore: () => void;
}) {
  const { pages, view, navigate, tr } = props;
  const last = pages.at(-1);
  return (
    <>
      <ol class="hits">
        {pages.flatMap((page) =>
          page.hits.map((hit) => (
            <Hit key={hit.id} hit={hit} view={view} navigate={navigate} tr={tr} />
          )),
        )}
      </ol>
      {last?.nextCursor ? (
        <button
          type="button"
          class="more"
          onClick={props.onMore}
          disabled={props.loadingMore}
          aria-busy={props.loadingMore}
        >
          {props.loadingMore ? tr.t.loading : tr.t.moreResults}
        </button>
      ) : null}
    </>
  );
}
