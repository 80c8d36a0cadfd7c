import type * as z from 'zod';
import type { Article } from '../article.ts';
import { InvalidRequestError, NotFoundError } from '../errors.ts';
import type { ArticleIndex, QueryLanguageDetector } from '../ports.ts';
import {
  ARTICLE_ID_PATTERN,
  DEFAULT_PAGE_SIZE,
  type SearchParameters,
  SearchParametersSchema,
  type SearchResponseSchema,
  type StoryResponseSchema,
} from './api-schema.ts';
import { type Cursor, decodeCursor, encodeCursor } from './cursor.ts';
import { favouredLanguages } from './query-favour.ts';
import { parseQuery } from './query-parser.ts';
import { planQuery } from './query-plan.ts';
import type { SearchQuery } from './search-query.ts';

export type { SearchParameters } from './api-schema.ts';
export { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from './api-schema.ts';

/** The search API's answer. */
export type SearchResponse = z.output<typeof SearchResponseSchema>;

/** A search request, validated, and the language hint that goes with it. */
export interface ParsedSearch {
  query: SearchQuery;
  /** The reader's language, a weak hint for the query favour. */
  hint?: string;
}

/** Validates client parameters into a search query; throws InvalidRequestError naming the bad one. */
export function parseSearchParameters(params: SearchParameters): SearchQuery {
  return parseSearch(params).query;
}

/** As `parseSearchParameters`, keeping the language hint. */
export function parseSearch(params: SearchParameters): ParsedSearch {
  const defined = Object.fromEntries(Object.entries(params).filter(([, v]) => v !== undefined));
  const result = SearchParametersSchema.safeParse(defined);
  if (!result.success) {
    const issue = result.error.issues[0];
    const parameter = String(issue?.path[0] ?? 'query');
    throw new InvalidRequestError(parameter, issue?.message ?? `${parameter} is invalid`);
  }
  const { q, lang, source, from, to, size, cursor, collapse, hint } = result.data;
  const text = q.trim();
  const collapsed = collapse === 'story';
  const query: SearchQuery = {
    text,
    clauses: parseQuery(text),
    size: size ?? DEFAULT_PAGE_SIZE,
    ...(lang && lang.length > 0 ? { languages: lang } : {}),
    ...(source && source.length > 0 ? { sources: source } : {}),
    ...(from ? { publishedFrom: from } : {}),
    ...(to ? { publishedTo: to } : {}),
    ...(collapsed ? { collapse: true } : {}),
    ...(cursor ? cursorQuery(decodeCursor(cursor), collapsed) : {}),
  };
  return { query, ...(hint ? { hint } : {}) };
}

/**
 * A cursor continues where its page ended, matching as loosely as that page did. A collapsed
 * list is paged by stories, so its cursor counts them; one made by the other kind of list
 * would start the page in the wrong place.
 */
function cursorQuery(cursor: Cursor, collapsed: boolean): Pick<SearchQuery, 'after' | 'relaxed'> {
  if ((cursor.after.stories !== undefined) !== collapsed) {
    throw new InvalidRequestError(
      'cursor',
      `cursor belongs to a search with collapse=${collapsed ? 'none' : 'story'}; pass the same parameters as for its page`,
    );
  }
  return { after: cursor.after, ...(cursor.relaxed ? { relaxed: true } : {}) };
}

/** What a search needs from outside the core. */
export interface SearchDependencies {
  index: ArticleIndex;
  /** Names the languages a query is written in, so articles in them rank higher. */
  detector: QueryLanguageDetector;
}

/**
 * Runs a search and shapes the page for the API, with a cursor when more hits follow. Articles
 * in the language the query is written in rank higher (a Cyrillic name finds Russian, Kazakh
 * and Kyrgyz articles first); articles in other languages are still found.
 */
export async function searchArticles(
  { index, detector }: SearchDependencies,
  params: SearchParameters,
): Promise<SearchResponse> {
  const { query, hint } = parseSearch(params);
  const favoured = favouredLanguages(query.text, detector, hint);
  // One hit more than asked for tells whether another page exists without counting offsets.
  const request: SearchQuery = {
    ...query,
    size: query.size + 1,
    ...(favoured.length > 0 ? { favouredLanguages: favoured } : {}),
  };
  let page = await index.search(request);
  let relaxed = query.relaxed === true;
  // Most of the words found nothing: rather than an empty page, the articles with any of them.
  if (page.total === 0 && !relaxed && query.after === undefined && canRelax(query)) {
    const loose = await index.search({ ...request, relaxed: true });
    if (loose.total > 0) {
      page = loose;
      relaxed = true;
    }
  }
  const hits = page.hits.slice(0, query.size);
  const last = hits.at(-1);
  const more = last !== undefined && page.hits.length > query.size;
  return {
    total: page.total,
    ...(query.collapse && page.totalStories !== undefined
      ? { totalStories: page.totalStories }
      : {}),
    relaxed,
    hits: hits.map(({ sort: _sort, ...hit }) => hit),
    facets: page.facets,
    nextCursor: more ? encodeCursor(last.sort, relaxed) : null,
  };
}

/** Whether asking for any one of the words would match more than the query as typed. */
function canRelax(query: SearchQuery): boolean {
  const strict = planQuery(query.clauses);
  if (strict === null) return false;
  const needed = strict.required.length + strict.minimumShouldMatch;
  return needed > 1;
}

/** The whole stored article; throws NotFoundError when there is none with that id. */
export async function getArticle(index: ArticleIndex, id: string): Promise<Article> {
  if (!ARTICLE_ID_PATTERN.test(id)) {
    throw new InvalidRequestError('id', 'id must be the 64-character hex id a search returned');
  }
  const article = await index.get(id);
  if (!article) throw new NotFoundError(`no article with id ${id}`, 'id');
  return article;
}

/** The answer to `GET /stories/{storyId}`. */
export type StoryResponse = z.output<typeof StoryResponseSchema>;

/**
 * Every article of a story, oldest first; throws NotFoundError when no live article has that
 * story (a story's id is its first article's id, which may since have been deleted).
 */
export async function getStory(index: ArticleIndex, storyId: string): Promise<StoryResponse> {
  if (!ARTICLE_ID_PATTERN.test(storyId)) {
    throw new InvalidRequestError(
      'storyId',
      'storyId must be the 64-character hex storyId a search returned',
    );
  }
  const articles = await index.listStory(storyId);
  if (articles.length === 0) throw new NotFoundError(`no story with id ${storyId}`, 'storyId');
  return { storyId, articles };
}
