import type { API } from '@opensearch-project/opensearch';
import { articleId } from '../../core/article-id.ts';
import type { IngestFailure } from '../../core/ports.ts';
import * as z from '../../core/zod.ts';
import type { RefreshPolicy } from './config.ts';
import type { IndexClient } from './index-client.ts';
import { type RetryPolicy, withRetry } from './retry.ts';

/** Page size when reading failures back; any `limit` is reached by following `search_after`. */
const PAGE_SIZE = 1_000;

const FailureHit = z.object({
  sort: z.tuple([z.number(), z.string(), z.string()]),
  _source: z.object({
    bucket: z.string(),
    key: z.string(),
    reason: z.string(),
    message: z.string(),
    failedAt: z.string(),
  }),
});
const FailurePage = z.object({ hits: z.object({ hits: z.array(FailureHit) }) });

/** Keeps the latest ingest failure per object in its own index, where an operator can list them. */
export class OpenSearchFailureLog {
  constructor(
    private readonly client: IndexClient,
    private readonly options: { index: string; refresh: RefreshPolicy; retry: RetryPolicy },
  ) {}

  private get refresh(): { refresh?: RefreshPolicy } {
    return this.options.refresh === 'false' ? {} : { refresh: this.options.refresh };
  }

  /** Records a failure, replacing any earlier one for the same object (one id per object). */
  async record(failure: IngestFailure): Promise<void> {
    // The failure index's strict mapping has no ETag (it takes no fields in place); a deployed
    // stage's reconciliation compares a rejected object by its time.
    const { eTag: _version, ...body } = failure;
    await withRetry(this.options.retry, () =>
      this.client.index({
        index: this.options.index,
        id: articleId(failure.bucket, failure.key),
        body,
        require_alias: true,
        ...this.refresh,
      }),
    );
  }

  /** Forgets the failure of an object; nothing to forget is fine. */
  async clear(bucket: string, key: string): Promise<void> {
    await withRetry(this.options.retry, () =>
      this.client.delete(
        { index: this.options.index, id: articleId(bucket, key), ...this.refresh },
        { ignore: [404] },
      ),
    );
  }

  /** Up to `limit` failures, most recent first (ties by bucket and key). */
  async list(limit: number): Promise<IngestFailure[]> {
    const wanted = Math.max(0, Math.trunc(limit));
    const failures: IngestFailure[] = [];
    let after: API.Search_RequestBody['search_after'];
    while (failures.length < wanted) {
      const size = Math.min(PAGE_SIZE, wanted - failures.length);
      const response = await withRetry(this.options.retry, () =>
        this.client.search({
          index: this.options.index,
          body: {
            size,
            sort: [
              { failedAt: { order: 'desc' } },
              { bucket: { order: 'asc' } },
              { key: { order: 'asc' } },
            ],
            track_total_hits: false,
            ...(after ? { search_after: after } : {}),
          },
        }),
      );
      const hits = FailurePage.parse(response.body).hits.hits;
      failures.push(...hits.map((hit) => hit._source));
      const last = hits.at(-1);
      if (last === undefined || hits.length < size) break;
      after = last.sort;
    }
    return failures;
  }
}
