import { session } from './auth/session.ts';

/** One version of a story, as the search API lists a hit's other versions. */
export interface ArticleSummary {
  id: string;
  key?: string;
  title: string;
  language: string;
  source?: string | null;
  publishedAt: string | null;
}

/** One result: the best-scoring article of its story. */
export interface SearchHit extends ArticleSummary {
  key: string;
  score: number;
  /** HTML-escaped text with the matched words in `<mark>`. */
  snippet: string;
  storyId?: string;
  storySize?: number;
  otherVersions?: ArticleSummary[];
}

/** The answer of `GET /search`. */
export interface SearchResponse {
  total: number;
  totalStories?: number;
  relaxed: boolean;
  hits: SearchHit[];
  facets: {
    language?: Record<string, number>;
    source?: Record<string, number>;
    month?: Record<string, number>;
  };
  nextCursor: string | null;
}

/** The answer of `GET /articles/{id}`: the whole normalised article. */
export interface Article {
  id: string;
  key: string;
  title: string;
  body: string;
  language: string;
  languages?: { language: string; share: number }[];
  publishedAt: string | null;
  source?: string | null;
  place?: string | null;
  credits?: string[];
  storyId?: string;
  /** Where the body in this answer lies, when a long body comes in parts. */
  bodyPart?: { nextOffset: number | null; truncated: boolean };
}

/** The answer of `GET /stories/{storyId}`: every article of a story, oldest first. */
export interface Story {
  storyId: string;
  articles: ArticleSummary[];
}

/** Why a request failed: the API's own answer, or none when it could not be reached. */
export class ApiError extends Error {
  override readonly name = 'ApiError';
  constructor(
    /** HTTP status, or 0 when no answer came. */
    readonly status: number,
    message: string,
    /** The request parameter the API named as wrong. */
    readonly parameter?: string,
  ) {
    super(message);
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

/** Checks that an answer has the shape the page reads, before any of it is rendered. */
export type Shape<T> = (body: Record<string, unknown>) => body is Record<string, unknown> & T;

const isList = (value: unknown) => Array.isArray(value);

/** A `/search` answer: a count, a list of hits and the facets. */
export const searchShape: Shape<SearchResponse> = (
  body,
): body is Record<string, unknown> & SearchResponse =>
  typeof body.total === 'number' &&
  isList(body.hits) &&
  isRecord(body.facets) &&
  (body.nextCursor === null || typeof body.nextCursor === 'string');

/** An `/articles/{id}` answer: at least the title, body, language and key. */
export const articleShape: Shape<Article> = (body): body is Record<string, unknown> & Article =>
  typeof body.id === 'string' &&
  typeof body.title === 'string' &&
  typeof body.body === 'string' &&
  typeof body.key === 'string';

/** A `/stories/{storyId}` answer: the story's articles. */
export const storyShape: Shape<Story> = (body): body is Record<string, unknown> & Story =>
  isList(body.articles);

/**
 * GETs a path of the API (same origin) and returns its JSON body once it has the expected
 * shape, or throws an {@link ApiError}.
 */
export async function getJson<T>(
  path: string,
  shape: Shape<T>,
  signal?: AbortSignal,
  retried = false,
): Promise<T> {
  let response: Response;
  const token = await session.bearer();
  try {
    response = await fetch(path, {
      headers: token
        ? { accept: 'application/json', authorization: `Bearer ${token}` }
        : { accept: 'application/json' },
      signal: signal ?? null,
    });
  } catch (error) {
    if (signal?.aborted) throw error;
    throw new ApiError(0, error instanceof Error ? error.message : String(error));
  }
  // A token the API refuses (expired early, revoked) is renewed once, if it can be.
  if (response.status === 401 && token && session.refused(token) && !retried) {
    return getJson(path, shape, signal, true);
  }
  const body: unknown = await response.json().catch(() => undefined);
  if (!response.ok) {
    const message =
      isRecord(body) && typeof body.message === 'string' ? body.message : response.statusText;
    const parameter =
      isRecord(body) && typeof body.parameter === 'string' ? body.parameter : undefined;
    throw new ApiError(response.status, message, parameter);
  }
  if (!isRecord(body) || !shape(body)) {
    throw new ApiError(
      response.status,
      `the API answered ${path.split('?')[0]} with something else`,
    );
  }
  return body;
}

/** Any failure of a request as an {@link ApiError}, for the error state to explain. */
export function asApiError(error: unknown): ApiError {
  if (error instanceof ApiError) return error;
  return new ApiError(0, error instanceof Error ? error.message : String(error));
}
