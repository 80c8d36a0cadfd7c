import { z } from 'zod';
import type { Article } from '../article.ts';
import { InvalidRequestError, NotFoundError } from '../errors.ts';
import type { ArticleIndex, QueryLanguageDetector } from '../ports.ts';
import { type Cursor, decodeCursor, encodeCursor } from './cursor.ts';
import { parseQuery } from './query-parser.ts';
import { planQuery } from './query-plan.ts';
import type { SearchHit, SearchQuery } from './search-query.ts';

/** Largest page a client may ask for. */
export const MAX_PAGE_SIZE = 100;
/** Page size when the client does not say. */
export const DEFAULT_PAGE_SIZE = 10;
/** Longest query text: room for a pasted paragraph ("articles like this"). */
const MAX_QUERY_LENGTH = 4000;
const MAX_SOURCE_LENGTH = 200;

/** A calendar day as `YYYY-MM-DD` that really exists (no 2024-02-30). */
function isCalendarDay(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const day = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(day.getTime()) && day.toISOString().startsWith(value);
}

function day(name: string) {
  return z
    .string()
    .refine(isCalendarDay, `${name} must be a day written YYYY-MM-DD, e.g. 2024-03-01`);
}

/** Search parameters exactly as a client sent them (strings or absent). */
export interface SearchParameters {
  q?: string | undefined;
  lang?: string | undefined;
  source?: string | undefined;
  from?: string | undefined;
  to?: string | undefined;
  size?: string | undefined;
  cursor?: string | undefined;
}

/** The search API's answer. */
export interface SearchResponse {
  total: number;
  /**
   * True when no article had enough of the query's words, so the hits have at least one of
   * them: a client can say "no article has all of these words; showing some".
   */
  relaxed: boolean;
  hits: SearchHit[];
  facets: { language: Record<string, number> };
  nextCursor: string | null;
}

const ParametersSchema = z
  .object({
    q: z
      .string()
      .max(MAX_QUERY_LENGTH, `q must be at most ${MAX_QUERY_LENGTH} characters`)
      .default(''),
    lang: z
      .string()
      .regex(/^(?:[a-z]{2}|und)$/, 'lang must be a two-letter ISO 639-1 code such as ru or en')
      .optional(),
    source: z
      .string()
      .trim()
      .min(1, 'source must name a source, e.g. Kazinform')
      .max(MAX_SOURCE_LENGTH, `source must be at most ${MAX_SOURCE_LENGTH} characters`)
      .optional(),
    from: day('from').optional(),
    to: day('to').optional(),
    size: z
      .string()
      .regex(/^\d+$/, `size must be a whole number from 1 to ${MAX_PAGE_SIZE}`)
      .transform(Number)
      .pipe(
        z
          .number()
          .min(1, `size must be a whole number from 1 to ${MAX_PAGE_SIZE}`)
          .max(MAX_PAGE_SIZE, `size must be a whole number from 1 to ${MAX_PAGE_SIZE}`),
      )
      .default(DEFAULT_PAGE_SIZE),
    cursor: z.string().max(512, 'cursor is not a cursor this API returned').optional(),
  })
  // Days as YYYY-MM-DD compare correctly as text.
  .refine((p) => p.from === undefined || p.to === undefined || p.from <= p.to, {
    path: ['to'],
    message: 'to must not be before from',
  });

/** Validates client parameters into a search query; throws InvalidRequestError naming the bad one. */
export function parseSearchParameters(params: SearchParameters): SearchQuery {
  const defined = Object.fromEntries(Object.entries(params).filter(([, v]) => v !== undefined));
  const result = ParametersSchema.safeParse(defined);
  if (!result.success) {
    const issue = result.error.issues[0];
    const parameter = String(issue?.path[0] ?? 'query');
    throw new InvalidRequestError(parameter, issue?.message ?? `${parameter} is invalid`);
  }
  const { q, lang, source, from, to, size, cursor } = result.data;
  const text = q.trim();
  return {
    text,
    clauses: parseQuery(text),
    size,
    ...(lang ? { language: lang } : {}),
    ...(source ? { source } : {}),
    ...(from ? { publishedFrom: from } : {}),
    ...(to ? { publishedTo: to } : {}),
    ...(cursor ? cursorQuery(decodeCursor(cursor)) : {}),
  };
}

/** A cursor continues where its page ended, matching as loosely as that page did. */
function cursorQuery(cursor: Cursor): Pick<SearchQuery, 'after' | 'relaxed'> {
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
  const query = parseSearchParameters(params);
  const favoured = query.text === '' ? [] : detector.detectQuery(query.text).candidates;
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
  if (!/^[0-9a-f]{64}$/.test(id)) {
    throw new InvalidRequestError('id', 'id must be the 64-character hex id a search returned');
  }
  const article = await index.get(id);
  if (!article) throw new NotFoundError(`no article with id ${id}`);
  return article;
}
