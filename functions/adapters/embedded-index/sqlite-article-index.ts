import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type Database from 'better-sqlite3';
import type { Article } from '../../core/article.ts';
import type { StoryCandidate, StoryIndex } from '../../core/ingest/story.ts';
import type {
  ArticleIndex,
  IndexedObject,
  IngestFailure,
  StoryArticle,
  WriteOutcome,
} from '../../core/ports.ts';
import type { SearchPage, SearchQuery } from '../../core/search/search-query.ts';
import { applyFacetChangesSchema } from './article-changes.ts';
import { ArticleSearch } from './article-search.ts';
import { openDatabase } from './connection.ts';
import { FailureLog } from './failure-log.ts';
import type { FrequentTermsBudget } from './frequent-terms.ts';
import { applyObjectETagSchema, eTagOfRow } from './object-etags.ts';
import { OrderedWrites } from './ordered-writer.ts';
import { articleFromRow, indexedObjectFromRow, storyArticleFromRow } from './rows.ts';
import { applySchema, SCHEMA_VERSION } from './schema.ts';
import { StoryLookup } from './story-bands.ts';

/** File name of the index inside its data directory when none is given. */
export const DEFAULT_INDEX_FILE = 'articles.sqlite';

/** Where the embedded index keeps its file. */
export interface EmbeddedIndexOptions {
  /** Directory of the index file; created when missing. */
  dataDir: string;
  /** @default 'articles.sqlite' */
  fileName?: string;
  /**
   * Told when the file had another schema version and was emptied to be built again from the
   * bucket; the local stack logs it.
   */
  onSchemaReplaced?: (replacedVersion: number, currentVersion: number) => void;
}

/** The embedded index: the search index port, and the near-duplicate lookup on the same file. */
export type EmbeddedIndex = ArticleIndex &
  StoryIndex & {
    /**
     * Reads on this connection now what its first searches would otherwise read (the articles'
     * lengths: about 41 ms of CPU at 100,000 articles), so no user's search pays for it; with a
     * budget, the frequent terms' postings too (frequent-terms.ts: a reader thread's warm-up).
     */
    warmUp?(frequentTerms?: FrequentTermsBudget | null): void;
  };

/**
 * Opens (creating when missing) the durable, single-file search index used locally. It is also
 * the ingest's `StoryIndex`: pass it as both `index` and `stories`.
 */
export async function openEmbeddedIndex(options: EmbeddedIndexOptions): Promise<EmbeddedIndex> {
  await mkdir(options.dataDir, { recursive: true });
  const db = openDatabase(join(options.dataDir, options.fileName ?? DEFAULT_INDEX_FILE));
  try {
    const { replacedVersion } = applySchema(db);
    applyObjectETagSchema(db);
    applyFacetChangesSchema(db);
    if (replacedVersion !== null) options.onSchemaReplaced?.(replacedVersion, SCHEMA_VERSION);
    return new SqliteArticleIndex(db);
  } catch (error) {
    db.close();
    throw error;
  }
}

// better-sqlite3 is synchronous; the methods are async only because the port is.
class SqliteArticleIndex implements ArticleIndex, StoryIndex {
  private readonly writes: OrderedWrites;
  private readonly searcher: ArticleSearch;
  private readonly failures: FailureLog;
  private readonly stories: StoryLookup;
  private readonly selectArticle: Database.Statement<[string]>;
  private readonly selectObjects: Database.Statement<[]>;
  private readonly selectObjectsPage: Database.Statement<[string, string, number]>;
  private readonly selectStory: Database.Statement<[string]>;

  constructor(private readonly db: Database.Database) {
    this.writes = new OrderedWrites(db);
    this.searcher = new ArticleSearch(db);
    this.failures = new FailureLog(db);
    this.stories = new StoryLookup(db);
    this.selectArticle = db.prepare('SELECT * FROM articles WHERE id = ?');
    const withETag = `LEFT JOIN object_etags e
       ON e.bucket = a.bucket AND e.key = a.key AND e.kind = 'indexed'`;
    this.selectObjects = db.prepare(
      `SELECT a.id, a.bucket, a.key, a.size, a.sequencer, e.etag FROM articles a ${withETag}
       ORDER BY a.bucket, a.key`,
    );
    // TEXT compares as UTF-8 bytes here (BINARY), as S3 orders keys.
    this.selectObjectsPage = db.prepare(
      `SELECT a.id, a.bucket, a.key, a.size, a.sequencer, e.etag
       FROM articles a INDEXED BY articles_by_key ${withETag}
       WHERE a.bucket = ? AND a.key > ? ORDER BY a.key LIMIT ?`,
    );
    // Oldest first, undated last (their day is below every real one), then by id.
    this.selectStory = db.prepare(
      `SELECT a.id, a.key, a.title, a.language, a.source, a.published_at
       FROM article_facts f JOIN articles a ON a.doc = f.doc WHERE f.story_id = ?
       ORDER BY f.published_at IS NULL, f.day, f.id`,
    );
  }

  async upsert(article: Article): Promise<WriteOutcome> {
    this.searcher.changed();
    return this.writes.upsert(article);
  }

  async upsertAll(articles: readonly Article[]): Promise<WriteOutcome[]> {
    this.searcher.changed();
    return this.writes.upsertAll(articles, (article) =>
      this.failures.clear(article.bucket, article.key),
    );
  }

  async remove(id: string, sequencer: string): Promise<WriteOutcome> {
    this.searcher.changed();
    return this.writes.remove(id, sequencer);
  }

  async get(id: string): Promise<Article | null> {
    const row = this.selectArticle.get(id);
    return row === undefined ? null : articleFromRow(row);
  }

  async search(query: SearchQuery): Promise<SearchPage> {
    return this.searcher.search(query);
  }

  warmUp(frequentTerms: FrequentTermsBudget | null = null): void {
    this.searcher.warmUp(frequentTerms);
  }

  async listStory(storyId: string): Promise<StoryArticle[]> {
    return this.selectStory.all(storyId).map(storyArticleFromRow);
  }

  async findSimilar(fingerprint: string): Promise<StoryCandidate[]> {
    return this.stories.findSimilar(fingerprint);
  }

  async listObjects(): Promise<IndexedObject[]> {
    return this.selectObjects.all().map(withIndexedETag);
  }

  async listObjectsPage(bucket: string, after: string, limit: number): Promise<IndexedObject[]> {
    return this.selectObjectsPage.all(bucket, after, limit).map(withIndexedETag);
  }

  async recordFailure(failure: IngestFailure): Promise<void> {
    this.failures.record(failure);
  }

  async clearFailure(bucket: string, key: string): Promise<void> {
    this.failures.clear(bucket, key);
  }

  async listFailures(limit: number): Promise<IngestFailure[]> {
    return this.failures.list(limit);
  }

  async close(): Promise<void> {
    // Closing twice is harmless, so a shutdown path need not track whether it already ran.
    if (this.db.open) this.db.close();
  }
}

function withIndexedETag(row: unknown): IndexedObject {
  return { ...indexedObjectFromRow(row), ...eTagOfRow(row) };
}
