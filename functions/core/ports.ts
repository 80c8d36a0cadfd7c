// Every port of the core in one place: the interfaces the adapters implement (the article and
// story indices, the article source, the language model and detectors) and the clock. The use
// cases take them as parameters; `functions/*/index.ts`, the local stack and the tests pass in
// the implementations.
import type { Article } from './article.ts';
import type {
  DocumentLanguage,
  LabelProbabilities,
  LanguageDetection,
  LineReading,
  QueryLanguages,
} from './language/types.ts';
import type { SearchPage, SearchQuery, StoryVersion } from './search/search-query.ts';

/** Whether a write changed the index or lost to a newer event for the same key. */
export type WriteOutcome = 'applied' | 'stale';

/** A record that a file could not become an article, kept where an operator will see it. */
export interface IngestFailure {
  bucket: string;
  key: string;
  /** Short machine-readable reason, e.g. `binary`, `empty`, `transient`. */
  reason: string;
  message: string;
  /** ISO-8601 instant. */
  failedAt: string;
  /** ETag (without quotes) of the object version that failed, when known. */
  eTag?: string;
}

/** What the index knows about one stored object, used to reconcile it with the bucket. */
export interface IndexedObject {
  id: string;
  bucket: string;
  key: string;
  size: number;
  sequencer: string;
  /** ETag (without quotes) of the object version indexed, when the index recorded one. */
  eTag?: string;
}

/** The search index: stores articles, orders writes per key, answers queries. */
export interface ArticleIndex {
  /**
   * Stores the article unless a newer event (by `sequencer`) for the same id was already
   * applied, including a delete. Returns `stale` when it lost.
   */
  upsert(article: Article): Promise<WriteOutcome>;
  /**
   * Stores several articles, each as `upsert` would (a stale one loses alone) and with its
   * failure record cleared as `clearFailure` would, in one durable commit: an index that can
   * offers this so that a batch of events costs one commit, not one per article. All or none
   * are written when it throws.
   */
  upsertAll?(articles: readonly Article[]): Promise<WriteOutcome[]>;
  /** Removes the article unless a newer create was already applied; remembers the delete. */
  remove(id: string, sequencer: string): Promise<WriteOutcome>;
  get(id: string): Promise<Article | null>;
  search(query: SearchQuery): Promise<SearchPage>;
  /** Every live article of a story (`storyId`), oldest first: by day, undated last, then id. */
  listStory(storyId: string): Promise<StoryArticle[]>;
  /** Every live article's object identity, for reconciling the index with the bucket. */
  listObjects(): Promise<IndexedObject[]>;
  /**
   * One page of a bucket's live articles, keys after `after` in the byte order of their UTF-8
   * (the order S3 lists keys in), so that reconciliation can walk the index beside the bucket
   * without holding either whole. An index that cannot offers only `listObjects`.
   */
  listObjectsPage?(bucket: string, after: string, limit: number): Promise<IndexedObject[]>;
  recordFailure(failure: IngestFailure): Promise<void>;
  /** Clears the failure record of an object that has since been indexed or deleted. */
  clearFailure(bucket: string, key: string): Promise<void>;
  /** Most recent failures first. */
  listFailures(limit: number): Promise<IngestFailure[]>;
  close(): Promise<void>;
}

/** An article of a story, as a list of the story's versions shows it. */
export interface StoryArticle extends StoryVersion {
  key: string;
}

/** The bytes of a stored object and what the store says about them. */
export interface StoredObject {
  bytes: Uint8Array;
  contentType: string | null;
  size: number;
  lastModified: Date | null;
  /** The version's ETag, without quotes, when the store gives one. */
  eTag?: string;
}

/** Where article files live (S3, or the local S3-compatible server). */
export interface ArticleSource {
  /** Returns null when the object no longer exists (deleted after the event was sent). */
  get(bucket: string, key: string): Promise<StoredObject | null>;
}

/** An indexed article that shares at least one band with a fingerprint. */
export interface StoryCandidate {
  id: string;
  storyId: string;
  fingerprint: string;
  /** ISO-8601 instant the candidate was indexed; the earliest one's story wins. */
  indexedAt: string;
}

/** Finds indexed articles whose fingerprints share a band with a given one. */
export interface StoryIndex {
  findSimilar(fingerprint: string): Promise<StoryCandidate[]>;
}

/**
 * A statistical language model: the probability of each language it knows for one text.
 * Labels are the model's own (ISO 639-1 where one exists); the caller restricts them.
 */
export interface LanguageModel {
  predict(text: string): LabelProbabilities;
  /**
   * What the model read in one line, in a form that adds up: a model that averages its tokens'
   * vectors (fastText) can then predict several lines joined (`predictJoined`) without reading
   * them again. Optional: a model without it is asked `predict` of the joined text. The text
   * is read as one line, each run of white space (`\s+`) as one space: as `predict` of
   * `text.replace(/\s+/g, ' ')`, without the caller making that string.
   */
  read?(text: string): LineReading;
  /** Probabilities of the lines read, joined by spaces: equal to `predict` of the joined line. */
  predictJoined?(readings: readonly LineReading[]): LabelProbabilities;
  /**
   * Each label's share of the model's training data: its built-in prior, which reflects how
   * much Wikipedia each language has, not how often our press uses it.
   */
  readonly trainingShares: LabelProbabilities;
}

/**
 * Everything the pipeline and the search path ask of language identification; a superset of
 * the `LanguageDetector` port, so one object serves both.
 */
export interface LanguageIdentifier {
  /** Language of one text (a title, a paragraph, an article's opening). */
  detect(text: string): LanguageDetection;
  /** Languages of a document from its paragraphs: majority by letters, with shares. */
  detectDocument(paragraphs: readonly string[]): DocumentLanguage;
  /** Weighted candidate languages of a search query, to favour (never to filter). */
  detectQuery(text: string): QueryLanguages;
}

/** Identifies an article's languages from its paragraphs: what normalisation needs. */
export type DocumentLanguageDetector = Pick<LanguageIdentifier, 'detectDocument'>;

/** Names the languages a search query is probably written in: what the search needs. */
export type QueryLanguageDetector = Pick<LanguageIdentifier, 'detectQuery'>;

/** Wall clock, injected so tests are deterministic. */
export type Clock = () => Date;
