import { readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { openEmbeddedIndex } from '../../functions/adapters/embedded-index/sqlite-article-index.ts';
import { ArticleLanguageDetector } from '../../functions/adapters/language/article-language-detector.ts';
import { QueryLetterDetector } from '../../functions/adapters/language/query-language-detector.ts';
import { createOpenSearchClient } from '../../functions/adapters/opensearch/client.ts';
import { openSearchConfigFromEnv } from '../../functions/adapters/opensearch/config.ts';
import { indexNames } from '../../functions/adapters/opensearch/index-design.ts';
import { openOpenSearchIndex } from '../../functions/adapters/opensearch/opensearch-article-index.ts';
import { InvalidRequestError } from '../../functions/core/errors.ts';
import { ingestObject } from '../../functions/core/ingest/ingest-object.ts';
import type { StoryIndex } from '../../functions/core/ingest/story.ts';
import type { ArticleIndex, ArticleSource, StoredObject } from '../../functions/core/ports.ts';
import { searchArticles } from '../../functions/core/search/search-articles.ts';
import { PlainBm25 } from './bm25.ts';
import type { CollectionDoc } from './collection.ts';

/** A ranking system under measurement: it indexes a collection, then answers its queries. */
export interface RankingSystem {
  readonly name: string;
  index(docs: readonly CollectionDoc[]): Promise<void>;
  /** Document ids, best first, at most `depth` of them. */
  search(text: string, depth: number): Promise<string[]>;
  close(): Promise<void>;
}

/** Plain BM25 (k1 0.9, b 0.4) in memory: the baseline of every comparison. */
export class Bm25System implements RankingSystem {
  readonly name = 'plain BM25';
  private readonly bm25 = new PlainBm25(
    Number(process.env.K1 ?? 0.9),
    Number(process.env.B ?? 0.4),
  );

  async index(docs: readonly CollectionDoc[]): Promise<void> {
    for (const doc of docs) {
      // A real article file (our seeds, all UTF-8) is read as the text it is.
      const text =
        doc.file === undefined ? `${doc.title}\n${doc.text}` : readFileSync(doc.file, 'utf8');
      this.bm25.add(doc.id, text);
    }
  }

  async search(text: string, depth: number): Promise<string[]> {
    return this.bm25.search(text, depth);
  }

  async close(): Promise<void> {}
}

const BUCKET = 'bench';

class MemoryBucket implements ArticleSource {
  readonly objects = new Map<string, StoredObject>();
  async get(_bucket: string, key: string): Promise<StoredObject | null> {
    return this.objects.get(key) ?? null;
  }
}

/** The object a collection document becomes: its own file, or a JSON article. */
function objectOf(doc: CollectionDoc): { key: string; bytes: Uint8Array; contentType: string } {
  if (doc.file !== undefined) {
    return { key: basename(doc.file), bytes: readFileSync(doc.file), contentType: 'text/plain' };
  }
  const json = JSON.stringify({ title: doc.title, body: doc.text });
  return {
    key: `${doc.id}.json`,
    bytes: new TextEncoder().encode(json),
    contentType: 'application/json',
  };
}

/**
 * The product as a user meets it: every document goes through the ingest use case
 * (normalisation, language identification, story grouping, the index's write) and every query
 * through the search use case (parsing, the query's languages, the index's ranking), paged with
 * cursors as a client would.
 */
export class ProductSystem implements RankingSystem {
  private readonly detector = new ArticleLanguageDetector();
  // Queries are identified as the search function identifies them: by script and letters.
  private readonly queryDetector = new QueryLetterDetector();
  private readonly docByKey = new Map<string, string>();
  /** Documents the pipeline refused, with why: they cannot be found, which costs recall. */
  readonly rejected: { id: string; reason: string }[] = [];
  /** Queries the search API refused (400), with why. */
  readonly refused: { text: string; reason: string }[] = [];

  constructor(
    readonly name: string,
    private readonly target: ArticleIndex & Partial<StoryIndex>,
    private readonly dispose: () => Promise<void>,
    /** Makes what was indexed searchable, where the index needs to be told. */
    private readonly settle: () => Promise<void> = async () => {},
  ) {}

  async index(docs: readonly CollectionDoc[]): Promise<void> {
    const source = new MemoryBucket();
    let sequence = 0;
    for (const doc of docs) {
      const object = objectOf(doc);
      this.docByKey.set(object.key, doc.id);
      source.objects.set(object.key, {
        bytes: object.bytes,
        contentType: object.contentType,
        size: object.bytes.length,
        lastModified: new Date('2026-03-01T00:00:00Z'),
      });
      const outcome = await ingestObject(
        {
          kind: 'created',
          bucket: BUCKET,
          key: object.key,
          sequencer: (++sequence).toString(16).padStart(16, '0'),
          size: object.bytes.length,
          eventTime: '2026-03-01T00:00:00Z',
        },
        {
          source,
          index: this.target,
          detector: this.detector,
          clock: () => new Date('2026-03-01T00:00:00Z'),
          ...(isStoryIndex(this.target) ? { stories: this.target } : {}),
        },
      );
      if (outcome.status === 'rejected') this.rejected.push({ id: doc.id, reason: outcome.reason });
    }
    await this.settle();
  }

  async search(text: string, depth: number): Promise<string[]> {
    try {
      return await this.pages(text, depth);
    } catch (error) {
      // A query the API refuses (too long, say) is a query without results, and reported.
      if (!(error instanceof InvalidRequestError)) throw error;
      this.refused.push({ text, reason: error.message });
      return [];
    }
  }

  private async pages(text: string, depth: number): Promise<string[]> {
    const ids: string[] = [];
    let cursor: string | undefined;
    while (ids.length < depth) {
      const page = await searchArticles(
        { index: this.target, detector: this.queryDetector },
        // The judgements grade articles, so the list is not collapsed into stories.
        {
          q: text,
          collapse: 'none',
          size: String(Math.min(100, depth - ids.length)),
          ...(cursor ? { cursor } : {}),
        },
      );
      for (const hit of page.hits) ids.push(this.docByKey.get(hit.key) ?? hit.key);
      if (page.nextCursor === null) break;
      cursor = page.nextCursor;
    }
    return ids;
  }

  async close(): Promise<void> {
    await this.dispose();
  }
}

function isStoryIndex(
  index: ArticleIndex & Partial<StoryIndex>,
): index is ArticleIndex & StoryIndex {
  return typeof index.findSimilar === 'function';
}

/**
 * The product over OpenSearch (`OPENSEARCH_URL`), in fresh indices under a name unique to the
 * run, deleted afterwards. Writes are not refreshed one by one; the index is refreshed once
 * before the queries.
 */
export async function openSearchSystem(): Promise<ProductSystem> {
  const config = openSearchConfigFromEnv();
  const admin = createOpenSearchClient(config);
  const indexName = `relevance-bench-${Date.now().toString(36)}`;
  const names = indexNames(indexName);
  const index = await openOpenSearchIndex({ client: createOpenSearchClient(config), indexName });
  return new ProductSystem(
    'article-search (OpenSearch)',
    index,
    async () => {
      await index.close();
      await admin.indices.delete(
        { index: [names.versioned, names.failuresVersioned] },
        { ignore: [404] },
      );
      await admin.close();
    },
    async () => {
      await admin.indices.refresh({ index: names.read });
    },
  );
}

/** The product over the embedded index (the local stack's), in a fresh temporary folder. */
export async function embeddedSystem(): Promise<ProductSystem> {
  const dataDir = await mkdtemp(join(tmpdir(), 'relevance-'));
  const index = await openEmbeddedIndex({ dataDir });
  return new ProductSystem('article-search (embedded)', index, async () => {
    await index.close();
    await rm(dataDir, { recursive: true, force: true });
  });
}
