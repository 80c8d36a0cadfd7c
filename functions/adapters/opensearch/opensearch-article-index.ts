import type { API } from '@opensearch-project/opensearch';
import type { Article } from '../../core/article.ts';
import { InvalidRequestError } from '../../core/errors.ts';
import type { StoryCandidate, StoryIndex } from '../../core/ingest/story.ts';
import type {
  ArticleIndex,
  IndexedObject,
  IngestFailure,
  StoryArticle,
  WriteOutcome,
} from '../../core/ports.ts';
import {
  emptyFacets,
  type SearchHit,
  type SearchPage,
  type SearchQuery,
} from '../../core/search/search-query.ts';
import * as z from '../../core/zod.ts';
import { type BootstrapLog, type BootstrapMode, ensureIndices } from './bootstrap.ts';
import { BulkSender } from './bulk-sender.ts';
import { isIndexMissing, isIndexMissingBody, isTooManyClauses } from './cluster-errors.ts';
import type { RefreshPolicy } from './config.ts';
import {
  articleDocument,
  articleFromDocument,
  isTombstone,
  tombstoneDocument,
} from './documents.ts';
import { OpenSearchFailureLog } from './failure-log.ts';
import type { IndexClient } from './index-client.ts';
import { type IndexNames, indexNames, type ServiceKind } from './index-design.ts';
import { OrderedWriter } from './ordered-writer.ts';
import { RecentStories } from './recent-stories.ts';
import { DEFAULT_RETRY, type RetryPolicy, withRetry } from './retry.ts';
import { SEARCH_REQUEST_TIMEOUT_MS, searchRequestBody } from './search-request.ts';
import { searchPage } from './search-response.ts';
import {
  answeredPit,
  decodeSnapshot,
  encodeSnapshot,
  isSearchContextMissing,
  PIT_KEEP_ALIVE,
  type SearchSnapshot,
  withinSnapshot,
  withoutSnapshot,
  withShown,
} from './search-snapshot.ts';
import { findStoryCandidates } from './story-lookup.ts';

/** The production index; it also finds near-duplicates for the ingest's story grouping. */
export type OpenSearchIndex = ArticleIndex & StoryIndex;

/** How to open the OpenSearch index. */
export interface OpenSearchIndexOptions {
  client: IndexClient;
  /** Base name: the read alias (`articles`); see `indexNames`. */
  indexName: string;
  /** @default 'es' */
  service?: ServiceKind;
  /** @default 'false' */
  refresh?: RefreshPolicy;
  /** Overrides of `DEFAULT_RETRY` (tests shorten the waits). */
  retry?: Partial<RetryPolicy>;
  /** Bounds of one `_bulk` request. */
  bulk?: { maxBytes?: number; maxActions?: number };
  log?: BootstrapLog;
  /** Create missing indices, or only check for them (see `BootstrapMode`). @default 'create' */
  bootstrap?: BootstrapMode;
  /** Close the client with the index. @default true */
  closeClient?: boolean;
}

/** A search's answer. */
type Answer = API.Search_Response;

/** Page size of `listObjects`; it follows `search_after` to the end, past any result window. */
const LIST_PAGE_SIZE = 1_000;

const ObjectHit = z.object({
  sort: z.tuple([z.string()]),
  _source: z.object({
    id: z.string(),
    bucket: z.string(),
    key: z.string(),
    size: z.number(),
    sequencer: z.string(),
    eTag: z.optional(z.string()),
  }),
});
const ObjectPage = z.object({ hits: z.object({ hits: z.array(ObjectHit) }) });
const GetResponse = z.object({ found: z.boolean(), _source: z.optional(z.unknown()) });
const EMPTY_PAGE: SearchPage = { total: 0, hits: [], facets: emptyFacets() };

const StoryHit = z.object({
  sort: z.tuple([z.number(), z.string()]),
  _source: z.object({
    id: z.string(),
    key: z.string(),
    title: z.string(),
    language: z.string(),
    source: z._default(z.nullable(z.string()), null),
    publishedAt: z._default(z.nullable(z.string()), null),
  }),
});
const StoryPage = z.object({ hits: z.object({ hits: z.array(StoryHit) }) });
/** Page size of `listStory`; it follows `search_after` to the story's end. */
const STORY_PAGE_SIZE = 500;

/** The operation's answer, or `empty` when the index does not exist yet (see `isIndexMissing`). */
async function orEmpty<T>(operation: Promise<T>, empty: T): Promise<T> {
  try {
    return await operation;
  } catch (error) {
    if (isIndexMissing(error)) return empty;
    throw error;
  }
}

const silentLog: BootstrapLog = { info() {}, warn() {} };

/**
 * Opens the production index: makes sure its indices and aliases exist (see `ensureIndices`),
 * then serves the port over the given client.
 */
export async function openOpenSearchIndex(
  options: OpenSearchIndexOptions,
): Promise<OpenSearchIndex> {
  const names = indexNames(options.indexName);
  const retry = { ...DEFAULT_RETRY, ...options.retry };
  const log = options.log ?? silentLog;
  await ensureIndices(options.client, {
    names,
    service: options.service ?? 'es',
    retry,
    log,
    mode: options.bootstrap ?? 'create',
  });
  return new OpenSearchArticleIndex(options, names, retry, log);
}

class OpenSearchArticleIndex implements ArticleIndex, StoryIndex {
  private readonly writer: OrderedWriter;
  private readonly failures: OpenSearchFailureLog;
  private readonly client: IndexClient;
  private readonly recent = new RecentStories();
  private closed: Promise<void> | undefined;

  constructor(
    private readonly options: OpenSearchIndexOptions,
    private readonly names: IndexNames,
    private readonly retry: RetryPolicy,
    private readonly log: BootstrapLog,
  ) {
    this.client = options.client;
    const refresh = options.refresh ?? 'false';
    const sender = new BulkSender(this.client, {
      index: names.write,
      refresh,
      retry,
      ...options.bulk,
    });
    this.writer = new OrderedWriter(this.client, sender, { index: names.write, retry });
    this.failures = new OpenSearchFailureLog(this.client, {
      index: names.failures,
      refresh,
      retry,
    });
  }

  async upsert(article: Article): Promise<WriteOutcome> {
    const outcome = await this.writer.write({
      id: article.id,
      sequencer: article.sequencer,
      document: articleDocument(article),
    });
    if (outcome === 'applied') {
      const { id, storyId, fingerprint, indexedAt } = article;
      this.recent.remember({ id, storyId, fingerprint, indexedAt });
    }
    return outcome;
  }

  async remove(id: string, sequencer: string): Promise<WriteOutcome> {
    const outcome = await this.writer.write({
      id,
      sequencer,
      document: tombstoneDocument(id, sequencer),
    });
    if (outcome === 'applied') this.recent.forget(id);
    return outcome;
  }

  async get(id: string): Promise<Article | null> {
    // Real-time: a get sees the latest write without waiting for a refresh.
    const response = await withRetry(this.retry, () =>
      this.client.get({ index: this.names.read, id }, { ignore: [404] }),
    );
    if (isIndexMissingBody(response.body)) return null;
    const doc = GetResponse.parse(response.body);
    if (!doc.found || isTombstone(doc._source)) return null;
    return articleFromDocument(doc._source);
  }

  /**
   * Searches. A query plan holds at most `MAX_QUERY_CLAUSES` clauses, which keeps every query
   * the API takes under the cluster's limit of 1,024 nested clauses (the longest and the
   * costliest are searched on a real node in the cluster suite); should a cluster with a lower
   * limit refuse one all the same, that is the client's query to shorten: a 400 naming `q`,
   * never a 500.
   */
  async search(query: SearchQuery): Promise<SearchPage> {
    try {
      return await this.searchOnce(query);
    } catch (error) {
      if (!isTooManyClauses(error)) throw error;
      throw new InvalidRequestError(
        'q',
        `q has too many words (${query.clauses.length}) to search at once; use fewer`,
      );
    }
  }

  private async searchOnce(query: SearchQuery): Promise<SearchPage> {
    const snapshot =
      query.clauses.length > 0 && query.after !== undefined
        ? decodeSnapshot(query.after.snapshot)
        : null;
    if (snapshot !== null) return this.searchInSnapshot(query, snapshot);
    const body = searchRequestBody(query);
    if (body === null) return EMPTY_PAGE;
    const response = await this.send(body, this.names.read);
    if (response === null) return EMPTY_PAGE;
    const page = this.pageOf(response, query);
    // A first page of relevance: its cursor lists what it showed (see search-snapshot.ts).
    if (query.clauses.length === 0 || query.after !== undefined) return page;
    // A collapsed list's first page lists the stories it showed: a later page leaves out any
    // story whose best article in the snapshot is another one.
    const shownAs = query.collapse ? (hit: SearchHit) => hit.storyId : (hit: SearchHit) => hit.id;
    return { ...page, hits: page.hits.map((hit, i) => withShown(hit, page.hits, i, shownAs)) };
  }

  /** A later page of relevance, inside the point in time its second page opened. */
  private async searchInSnapshot(
    query: SearchQuery,
    snapshot: SearchSnapshot,
  ): Promise<SearchPage> {
    const { after: _after, ...fromStart } = query;
    const body = searchRequestBody(snapshot.pit === undefined ? fromStart : query);
    if (body === null) return EMPTY_PAGE;
    let pit = snapshot.pit ?? (await this.openPit(query));
    if (pit === null) return this.searchOnce(withoutSnapshot(query));
    let response: Answer | null;
    try {
      response = await this.send(withinSnapshot(body, pit, snapshot.shown.length), undefined);
    } catch (error) {
      if (!isSearchContextMissing(error) || snapshot.pit === undefined) throw error;
      // Kept past `PIT_KEEP_ALIVE`: a fresh snapshot, from where the cursor stands.
      this.log.warn('point in time expired; paging on from a new one', { text: query.text });
      const fresh = await this.openPit(query);
      if (fresh === null) return this.searchOnce(withoutSnapshot(query));
      pit = fresh;
      response = await this.send(withinSnapshot(body, pit, snapshot.shown.length), undefined);
    }
    if (response === null) return EMPTY_PAGE;
    // A collapsed page inside the snapshot goes by offset (OpenSearch cannot combine `collapse`
    // with `search_after`): the second page from the snapshot's start, later ones from where the
    // cursor's story count says, both stable while the snapshot lives.
    const page = this.pageOf(response, snapshot.pit === undefined ? fromStart : query);
    const shown = new Set(snapshot.shown);
    const next = encodeSnapshot({ pit: answeredPit(response.body) ?? pit, shown: snapshot.shown });
    const hits = page.hits
      .filter((hit) => !shown.has(query.collapse ? hit.storyId : hit.id))
      .slice(0, query.size)
      .map((hit) => ({ ...hit, sort: { ...hit.sort, snapshot: next } }));
    return { ...page, hits };
  }

  /**
   * Opens a point in time on the read alias, or null when the cluster refuses one (too many
   * open): the page is then searched as before points in time, which may shift under writes.
   */
  private async openPit(query: SearchQuery): Promise<string | null> {
    try {
      const response = await withRetry({ ...this.retry, attempts: 2 }, () =>
        this.client.createPit({ index: [this.names.read], keep_alive: PIT_KEEP_ALIVE }),
      );
      return response.body.pit_id;
    } catch (error) {
      if (isIndexMissing(error)) throw error;
      this.log.warn('could not open a point in time; paging without one', {
        text: query.text,
        error: error instanceof Error ? error.message : String(error),
      });
      return null;
    }
  }

  private async send(
    body: API.Search_RequestBody,
    index: string | undefined,
  ): Promise<Answer | null> {
    return orEmpty(
      withRetry({ ...this.retry, attempts: 2 }, () =>
        this.client.search(
          { ...(index !== undefined ? { index } : {}), body },
          { requestTimeout: SEARCH_REQUEST_TIMEOUT_MS },
        ),
      ),
      null,
    );
  }

  private pageOf(response: Answer, query: SearchQuery): SearchPage {
    const { page, timedOut } = searchPage(response.body, query);
    if (timedOut)
      this.log.warn('search timed out; the page may be incomplete', { text: query.text });
    return page;
  }

  async listObjects(): Promise<IndexedObject[]> {
    const objects: IndexedObject[] = [];
    let after: string | undefined;
    for (;;) {
      const response = await orEmpty(
        withRetry(this.retry, () =>
          this.client.search({
            index: this.names.read,
            body: {
              query: { bool: { must_not: [{ term: { deleted: true } }] } },
              sort: [{ id: { order: 'asc' } }],
              size: LIST_PAGE_SIZE,
              track_total_hits: false,
              _source: { includes: ['id', 'bucket', 'key', 'size', 'sequencer', 'eTag'] },
              ...(after !== undefined ? { search_after: [after] } : {}),
            },
          }),
        ),
        null,
      );
      if (response === null) return objects;
      const hits = ObjectPage.parse(response.body).hits.hits;
      objects.push(
        ...hits.map(({ _source: { eTag, ...object } }) => ({
          ...object,
          ...(eTag !== undefined ? { eTag } : {}),
        })),
      );
      const last = hits.at(-1);
      if (last === undefined || hits.length < LIST_PAGE_SIZE) return objects;
      [after] = last.sort;
    }
  }

  async listStory(storyId: string): Promise<StoryArticle[]> {
    const articles: StoryArticle[] = [];
    let after: [number, string] | undefined;
    for (;;) {
      const response = await orEmpty(
        withRetry(this.retry, () =>
          this.client.search({
            index: this.names.read,
            body: {
              query: {
                bool: {
                  filter: [{ term: { storyId } }],
                  must_not: [{ term: { deleted: true } }],
                },
              },
              // Oldest first, undated last, then by id.
              sort: [
                { publishedDay: { order: 'asc', missing: Number.MAX_SAFE_INTEGER } },
                { id: { order: 'asc' } },
              ],
              size: STORY_PAGE_SIZE,
              track_total_hits: false,
              _source: { includes: ['id', 'key', 'title', 'language', 'source', 'publishedAt'] },
              ...(after !== undefined ? { search_after: after } : {}),
            },
          }),
        ),
        null,
      );
      if (response === null) return articles;
      const hits = StoryPage.parse(response.body).hits.hits;
      articles.push(...hits.map((hit) => hit._source));
      const last = hits.at(-1);
      if (last === undefined || hits.length < STORY_PAGE_SIZE) return articles;
      after = last.sort;
    }
  }

  async findSimilar(fingerprint: string): Promise<StoryCandidate[]> {
    const found = await orEmpty(
      findStoryCandidates(this.client, this.names.read, this.retry, fingerprint),
      [],
    );
    return this.recent.withRecent(fingerprint, found);
  }

  recordFailure(failure: IngestFailure): Promise<void> {
    return this.failures.record(failure);
  }

  clearFailure(bucket: string, key: string): Promise<void> {
    return this.failures.clear(bucket, key);
  }

  listFailures(limit: number): Promise<IngestFailure[]> {
    return orEmpty(this.failures.list(limit), []);
  }

  close(): Promise<void> {
    // Pending writes are decided before the connections go; closing twice is harmless.
    this.closed ??= this.writer
      .flush()
      .then(() => (this.options.closeClient === false ? undefined : this.client.close()));
    return this.closed;
  }
}
