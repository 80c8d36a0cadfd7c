import type { Article } from '../../core/article.ts';
import { foldSource } from '../../core/search/search-query.ts';
import { indexedNames } from '../../core/text/indexed-names.ts';
import * as z from '../../core/zod.ts';
import { bandTerms } from './story-lookup.ts';

/**
 * Fields computed in our code rather than by the cluster's analysers, so the cluster needs no
 * plugin and both index implementations index exactly the same terms.
 */
export interface DerivedFields {
  /** Surname base forms of the names in the text (`Кошербаевым` → `кошербаев`). */
  names: string;
  /** Latin transliteration keys of the names (`Кошербаев` → `kosherbaev`). */
  translit: string;
  /** Sound keys of the names, tagged with their script (`Купер` → `c:kpr`). */
  sounds: string;
  /** `publishedAt` as days since 1970-01-01, the browse order; null when undated. */
  publishedDay: number | null;
  /** `source` in comparison form, for the case-insensitive source filter. */
  sourceKey: string | null;
  /** The fingerprint's near-duplicate bands (`3:af`), which story lookup searches. */
  storyBands: string[];
  deleted: false;
}

/** An article as stored in the index: every field of the article, plus the derived ones. */
export type ArticleDocument = Article & DerivedFields;

/**
 * What is left of a deleted article: its id and the sequencer of the delete, so a late, older
 * create cannot bring it back. OpenSearch forgets a real delete after `index.gc_deletes`.
 */
export interface TombstoneDocument {
  id: string;
  sequencer: string;
  deleted: true;
}

/** The days-since-epoch of a `YYYY-MM-DD` day. */
export function epochDay(day: string): number {
  return Math.floor(Date.parse(`${day}T00:00:00Z`) / 86_400_000);
}

/** The document that stores an article. */
export function articleDocument(article: Article): ArticleDocument {
  return {
    ...article,
    ...indexedNames(article.title, article.body),
    publishedDay: article.publishedAt === null ? null : epochDay(article.publishedAt),
    sourceKey: article.source === null ? null : foldSource(article.source),
    storyBands: bandTerms(article.fingerprint),
    deleted: false,
  };
}

/** The document that stands for a deleted article. */
export function tombstoneDocument(id: string, sequencer: string): TombstoneDocument {
  return { id, sequencer, deleted: true };
}

// Documents are parsed rather than cast: the index may hold documents of another build.
// `articleFromDocument` returns an `Article`, so a field added to it and forgotten here fails
// to compile.
const StoredArticle = z.object({
  id: z.string(),
  bucket: z.string(),
  key: z.string(),
  title: z.string(),
  body: z.string(),
  language: z.string(),
  languageConfidence: z.number(),
  languages: z.array(z.object({ language: z.string(), share: z.number() })),
  script: z.string(),
  publishedAt: z.nullable(z.string()),
  source: z.nullable(z.string()),
  place: z.nullable(z.string()),
  credits: z.array(z.string()),
  encoding: z.string(),
  decodeErrors: z.number(),
  contentType: z.string(),
  wordCount: z.number(),
  contentHash: z.string(),
  fingerprint: z.string(),
  storyId: z.string(),
  size: z.number(),
  sequencer: z.string(),
  indexedAt: z.string(),
  eTag: z.optional(z.string()),
});

/**
 * Reads an article back from a stored document, dropping the derived fields (the schema keeps
 * only the article's). A document that lacks one of them is refused, naming the field: no
 * stage holds documents written before a field existed, so none is guessed at.
 */
export function articleFromDocument(source: unknown): Article {
  const { eTag, ...stored } = StoredArticle.parse(source);
  return { ...stored, ...(eTag !== undefined ? { eTag } : {}) };
}

/** What ordering needs to know about the document stored for an id. */
export const StoredVersion = z.object({ sequencer: z.string(), deleted: z.boolean() });

/** Whether a stored document is a tombstone (an article's documents say `deleted: false`). */
export function isTombstone(source: unknown): boolean {
  return z.object({ deleted: z.literal(true) }).safeParse(source).success;
}
