import * as z from 'zod';
import type { Article } from '../../core/article.ts';
import type { IndexedObject, IngestFailure, StoryArticle } from '../../core/ports.ts';

// Rows are parsed rather than cast: the file may have been written by another build or edited
// by hand, and a wrong type should fail here with the column's name, not later in a handler.

const Credits = z.array(z.string());
const Languages = z.array(z.object({ language: z.string(), share: z.number() }));

const ArticleRow = z.object({
  id: z.string(),
  bucket: z.string(),
  key: z.string(),
  title: z.string(),
  body: z.string(),
  language: z.string(),
  language_confidence: z.number(),
  published_at: z.string().nullable(),
  source: z.string().nullable(),
  credits: z.string(),
  encoding: z.string(),
  content_type: z.string(),
  word_count: z.number(),
  content_hash: z.string(),
  size: z.number(),
  sequencer: z.string(),
  indexed_at: z.string(),
  place: z.string().nullable(),
  decode_errors: z.number(),
  fingerprint: z.string(),
  story_id: z.string(),
  languages: z.string(),
  script: z.string(),
});

/** The named parameters of a statement that writes a whole article row. */
export type ArticleParameters = z.input<typeof ArticleRow>;

/** Columns of `articles` in the order the statements list them. */
export const ARTICLE_COLUMNS = Object.keys(ArticleRow.shape);

/** An article as the named parameters of an `articles` row. */
export function articleToRow(article: Article): ArticleParameters {
  return {
    id: article.id,
    bucket: article.bucket,
    key: article.key,
    title: article.title,
    body: article.body,
    language: article.language,
    language_confidence: article.languageConfidence,
    published_at: article.publishedAt,
    source: article.source,
    credits: JSON.stringify(article.credits),
    encoding: article.encoding,
    content_type: article.contentType,
    word_count: article.wordCount,
    content_hash: article.contentHash,
    size: article.size,
    sequencer: article.sequencer,
    indexed_at: article.indexedAt,
    place: article.place,
    decode_errors: article.decodeErrors,
    fingerprint: article.fingerprint,
    story_id: article.storyId,
    languages: JSON.stringify(article.languages),
    script: article.script,
  };
}

/** Reads an `articles` row back into an article. */
export function articleFromRow(row: unknown): Article {
  const r = ArticleRow.parse(row);
  const credits: unknown = JSON.parse(r.credits);
  const languages: unknown = JSON.parse(r.languages);
  return {
    id: r.id,
    bucket: r.bucket,
    key: r.key,
    title: r.title,
    body: r.body,
    language: r.language,
    languageConfidence: r.language_confidence,
    languages: Languages.parse(languages),
    script: r.script,
    publishedAt: r.published_at,
    source: r.source,
    credits: Credits.parse(credits),
    encoding: r.encoding,
    contentType: r.content_type,
    wordCount: r.word_count,
    contentHash: r.content_hash,
    size: r.size,
    sequencer: r.sequencer,
    indexedAt: r.indexed_at,
    place: r.place,
    decodeErrors: r.decode_errors,
    fingerprint: r.fingerprint,
    storyId: r.story_id,
  };
}

const IndexedObjectRow = z.object({
  id: z.string(),
  bucket: z.string(),
  key: z.string(),
  size: z.number(),
  sequencer: z.string(),
});

/**
 * Reads the object identity columns of an `articles` row. Reconciliation reads every article's
 * at start-up, so a row of the expected shape is taken as it is and only another one parsed
 * (which fails with the column's name).
 */
export function indexedObjectFromRow(row: unknown): IndexedObject {
  const r = row as Partial<IndexedObject> | null;
  if (
    typeof r?.id === 'string' &&
    typeof r.bucket === 'string' &&
    typeof r.key === 'string' &&
    typeof r.size === 'number' &&
    typeof r.sequencer === 'string'
  ) {
    return { id: r.id, bucket: r.bucket, key: r.key, size: r.size, sequencer: r.sequencer };
  }
  return IndexedObjectRow.parse(row);
}

const DocRow = z.object({ doc: z.number() });

/** Reads the full-text row number (`articles.doc`) returned by a write. */
export function docFromRow(row: unknown): number {
  return DocRow.parse(row).doc;
}

const StoredSequencerRow = z.object({ sequencer: z.string() });

/** Reads the sequencer of the last applied event for an id, if there was one. */
export function storedSequencerFromRow(row: unknown): string | null {
  return row === undefined ? null : StoredSequencerRow.parse(row).sequencer;
}

const FailureRow = z.object({
  bucket: z.string(),
  key: z.string(),
  reason: z.string(),
  message: z.string(),
  failed_at: z.string(),
});

/** Reads a `failures` row. */
export function failureFromRow(row: unknown): IngestFailure {
  const r = FailureRow.parse(row);
  return {
    bucket: r.bucket,
    key: r.key,
    reason: r.reason,
    message: r.message,
    failedAt: r.failed_at,
  };
}

const HitRow = z.object({
  id: z.string(),
  key: z.string(),
  title: z.string(),
  language: z.string(),
  source: z.string().nullable(),
  story_id: z.string(),
  published_at: z.string().nullable(),
  body: z.string(),
  rank_value: z.number(),
});

/** The columns a search hit is made from; `rank_value` is its primary sort value. */
export type HitRow = z.output<typeof HitRow>;

/** Reads a row of a hits query. */
export function hitFromRow(row: unknown): HitRow {
  return HitRow.parse(row);
}

const StoryArticleRow = z.object({
  id: z.string(),
  key: z.string(),
  title: z.string(),
  language: z.string(),
  source: z.string().nullable(),
  published_at: z.string().nullable(),
});

/** Reads a row of a story's articles. */
export function storyArticleFromRow(row: unknown): StoryArticle {
  const r = StoryArticleRow.parse(row);
  return {
    id: r.id,
    key: r.key,
    title: r.title,
    language: r.language,
    source: r.source,
    publishedAt: r.published_at,
  };
}
