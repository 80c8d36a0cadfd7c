import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { articleDocument } from '../../functions/adapters/opensearch/documents.ts';
import { openOpenSearchIndex } from '../../functions/adapters/opensearch/opensearch-article-index.ts';
import type { RetryPolicy } from '../../functions/adapters/opensearch/retry.ts';
import { RejectedArticleError } from '../../functions/core/errors.ts';
import type { ArticleIndex } from '../../functions/core/ports.ts';
import {
  errorReply,
  json,
  MockCluster,
  type MockCluster as MockClusterType,
  ndjson,
  type SentRequest,
} from '../opensearch-standin/mock-connection.ts';
import { testArticle } from '../port/article-index-behaviour.ts';
import { propertyRuns } from '../support/property-runs.ts';

interface StoredDoc {
  seqNo: number;
  primaryTerm: number;
  source: Record<string, unknown>;
}

/**
 * A cluster whose aliases exist and whose `_mget` and `_bulk` behave like OpenSearch's for the
 * conditional writes the adapter makes: `create` fails with 409 if the id exists, `index` with
 * `if_seq_no` fails with 409 if the document changed since.
 */
function clusterWithStore(): { cluster: MockClusterType; stored: Map<string, StoredDoc> } {
  const stored = new Map<string, StoredDoc>();
  let seqNo = 0;
  const cluster = new MockCluster()
    .withExistingIndices()
    .when('*', '/articles-write/_mget', (r) => {
      const { ids } = json(r.body) as { ids: string[] };
      return {
        status: 200,
        body: {
          docs: ids.map((id) => {
            const doc = stored.get(id);
            return doc
              ? {
                  _id: id,
                  _index: 'articles-v1',
                  found: true,
                  _seq_no: doc.seqNo,
                  _primary_term: doc.primaryTerm,
                  _source: { sequencer: doc.source.sequencer, deleted: doc.source.deleted },
                }
              : { _id: id, _index: 'articles-v1', found: false };
          }),
        },
      };
    })
    .when('*', '/articles-write/_bulk', (r) => {
      const lines = ndjson(r.body) as Record<string, unknown>[];
      const items: unknown[] = [];
      for (let i = 0; i < lines.length; i += 2) {
        const [op, meta] = Object.entries(lines[i] ?? {})[0] as [
          string,
          { _id: string; if_seq_no?: number },
        ];
        const current = stored.get(meta._id);
        const conflict =
          op === 'create' ? current !== undefined : current?.seqNo !== meta.if_seq_no;
        if (conflict) {
          items.push({
            [op]: {
              _id: meta._id,
              status: 409,
              error: { type: 'version_conflict_engine_exception', reason: 'conflict' },
            },
          });
          continue;
        }
        seqNo++;
        stored.set(meta._id, {
          seqNo,
          primaryTerm: 1,
          source: lines[i + 1] as Record<string, unknown>,
        });
        items.push({
          [op]: { _id: meta._id, status: op === 'create' ? 201 : 200, result: 'created' },
        });
      }
      return {
        status: 200,
        body: {
          took: 1,
          errors: items.some((it) => JSON.stringify(it).includes('"error"')),
          items,
        },
      };
    });
  return { cluster, stored };
}

function bulkLines(request: SentRequest | undefined): unknown[] {
  return ndjson(request?.body ?? '');
}

describe('OpenSearch writes', () => {
  let cluster: MockClusterType;
  let stored: Map<string, StoredDoc>;
  let index: ArticleIndex;
  let sleeps: number[];
  const open = async (
    extra: { bulk?: { maxBytes?: number; maxActions?: number }; retry?: Partial<RetryPolicy> } = {},
  ) => {
    index = await openOpenSearchIndex({
      client: cluster.client(),
      indexName: 'articles',
      retry: { random: () => 0.5, sleep: async (ms) => void sleeps.push(ms), ...extra.retry },
      ...(extra.bulk ? { bulk: extra.bulk } : {}),
    });
  };

  beforeEach(() => {
    ({ cluster, stored } = clusterWithStore());
    sleeps = [];
  });

  afterEach(async () => {
    await index?.close();
  });

  it('creates a new article with an explicit id through _bulk, refusing to create an index', async () => {
    // Prepare
    await open();
    const article = testArticle('2024/03/a.txt', {
      title: 'Визит',
      body: 'Министр Ермек Кошербаев прибыл в Лондон.',
      language: 'ru',
      source: 'Kazinform',
      sequencer: '0A',
    });

    // Act
    const outcome = await index.upsert(article);

    // Assess
    expect(outcome).toBe('applied');
    const [mget] = cluster.sent('*', '/articles-write/_mget');
    expect(json(mget?.body ?? '')).toEqual({ ids: [article.id] });
    expect(mget?.query).toEqual({ _source_includes: 'sequencer,deleted' });
    const [bulk] = cluster.sent('*', '/articles-write/_bulk');
    expect(bulk?.query).toEqual({ require_alias: 'true' });
    expect(bulkLines(bulk)).toEqual([
      { create: { _id: article.id } },
      {
        ...article,
        names: 'кошербаев',
        translit: 'vizit viz ministr ermek kosherbaev kosherba london',
        sounds: 'c:fst c:fs c:mnstr c:armk c:kxrpf c:kxrp c:lntn',
        publishedDay: 19783,
        sourceKey: 'kazinform',
        storyBands: ['0:01', '1:23', '2:45', '3:67', '4:89', '5:ab', '6:cd', '7:ef'],
        deleted: false,
      },
    ]);
    expect(articleDocument(article).publishedDay).toBe(Date.UTC(2024, 2, 1) / 86_400_000);
  });

  it('replaces a stored article only if it is still the version read', async () => {
    await open();
    await index.upsert(testArticle('a.txt', { sequencer: '0A' }));
    const newer = testArticle('a.txt', { title: 'Newer', sequencer: '0B' });

    expect(await index.upsert(newer)).toBe('applied');

    const second = cluster.sent('*', '/articles-write/_bulk')[1];
    expect(bulkLines(second)[0]).toEqual({
      index: { _id: newer.id, if_seq_no: 1, if_primary_term: 1 },
    });
  });

  it('answers stale without writing when the stored sequencer is at least as new', async () => {
    await open();
    await index.upsert(testArticle('a.txt', { sequencer: '0B' }));

    expect(await index.upsert(testArticle('a.txt', { sequencer: '0A' }))).toBe('stale');
    expect(await index.upsert(testArticle('a.txt', { sequencer: '0b' }))).toBe('stale');
    expect(cluster.sent('*', '/articles-write/_bulk')).toHaveLength(1);
  });

  it('writes a tombstone for a delete, so a later, older create stays stale', async () => {
    await open();
    const article = testArticle('a.txt', { sequencer: '0A' });
    await index.upsert(article);

    expect(await index.remove(article.id, '0C')).toBe('applied');
    expect(await index.upsert({ ...article, sequencer: '0B' })).toBe('stale');

    const tombstone = cluster.sent('*', '/articles-write/_bulk')[1];
    expect(bulkLines(tombstone)).toEqual([
      { index: { _id: article.id, if_seq_no: 1, if_primary_term: 1 } },
      { id: article.id, sequencer: '0C', deleted: true },
    ]);
  });

  it('reads again and decides again when a concurrent writer got there first (409)', async () => {
    await open();
    const article = testArticle('a.txt', { sequencer: '0A' });
    // Another process stores a newer version between our read and our write.
    let raced = false;
    cluster.on((r) => {
      if (raced || r.path !== '/articles-write/_bulk') return undefined;
      raced = true;
      stored.set(article.id, {
        seqNo: 7,
        primaryTerm: 1,
        source: { sequencer: '0F', deleted: false },
      });
      return undefined;
    });

    expect(await index.upsert(article)).toBe('stale');
    expect(cluster.sent('*', '/articles-write/_mget')).toHaveLength(2);
  });

  it('coalesces writes made together into one _mget and one _bulk of mixed creates and deletes', async () => {
    await open();
    const a = testArticle('a.txt', { sequencer: '0A' });
    const b = testArticle('b.txt', { sequencer: '0A' });
    await index.upsert(b);

    const outcomes = await Promise.all([
      index.upsert(a),
      index.remove(b.id, '0B'),
      index.remove(testArticle('never.txt').id, '01'),
    ]);

    expect(outcomes).toEqual(['applied', 'applied', 'applied']);
    const bulks = cluster.sent('*', '/articles-write/_bulk');
    expect(bulks).toHaveLength(2);
    expect(bulkLines(bulks[1]).filter((_, i) => i % 2 === 0)).toEqual([
      { create: { _id: a.id } },
      { index: { _id: b.id, if_seq_no: 1, if_primary_term: 1 } },
      { create: { _id: testArticle('never.txt').id } },
    ]);
  });

  it('reports each failed item of a 200 _bulk to its own write, and the rest as applied', async () => {
    await open();
    const good = testArticle('good.txt');
    const bad = testArticle('bad.txt');
    const gone = testArticle('gone.txt');
    cluster.when('*', '/articles-write/_bulk', (r) => {
      const ids = ndjson(r.body)
        .filter((_, i) => i % 2 === 0)
        .map((line) => Object.values(line as Record<string, { _id: string }>)[0]?._id);
      return {
        status: 200,
        body: {
          took: 3,
          errors: true,
          items: ids.map((id) =>
            id === bad.id
              ? {
                  create: {
                    _id: id,
                    status: 400,
                    error: {
                      type: 'mapper_parsing_exception',
                      reason: 'failed to parse field [publishedAt]',
                    },
                  },
                }
              : { create: { _id: id, status: 201, result: 'created' } },
          ),
        },
      };
    });

    const [g, b, d] = await Promise.allSettled([
      index.upsert(good),
      index.upsert(bad),
      index.remove(gone.id, '0B'),
    ]);

    expect(g).toEqual({ status: 'fulfilled', value: 'applied' });
    expect(d).toEqual({ status: 'fulfilled', value: 'applied' });
    expect(b.status).toBe('rejected');
    expect(b.status === 'rejected' && String(b.reason)).toMatch(
      /refused the write of [0-9a-f]{64} with status 400: mapper_parsing_exception/,
    );
    expect(cluster.sent('*', '/articles-write/_bulk')).toHaveLength(1);
  });

  it('retries a _bulk refused with 429 as a whole, with exponential backoff and full jitter', async () => {
    await open();
    let refusals = 2;
    cluster.when('*', '/articles-write/_bulk', () =>
      refusals-- > 0
        ? errorReply(429, 'rejected_execution_exception', 'write queue full')
        : undefined,
    );

    expect(await index.upsert(testArticle('a.txt'))).toBe('applied');

    expect(cluster.sent('*', '/articles-write/_bulk')).toHaveLength(3);
    // random() = 0.5 of a ceiling of 100 ms, then 200 ms.
    expect(sleeps).toEqual([50, 100]);
  });

  it('retries only the items refused with 429 inside a 200 _bulk', async () => {
    await open();
    const a = testArticle('a.txt');
    const b = testArticle('b.txt');
    let throttled = false;
    cluster.on((r) => {
      if (throttled || r.path !== '/articles-write/_bulk') return undefined;
      throttled = true;
      // b is stored; a is refused, as a busy shard refuses some items of a bulk.
      stored.set(b.id, {
        seqNo: 1,
        primaryTerm: 1,
        source: { sequencer: b.sequencer, deleted: false },
      });
      return {
        status: 200,
        body: {
          took: 1,
          errors: true,
          items: [
            {
              create: {
                _id: a.id,
                status: 429,
                error: { type: 'rejected_execution_exception', reason: 'queue full' },
              },
            },
            { create: { _id: b.id, status: 201, result: 'created' } },
          ],
        },
      };
    });

    expect(await Promise.all([index.upsert(a), index.upsert(b)])).toEqual(['applied', 'applied']);

    const bulks = cluster.sent('*', '/articles-write/_bulk');
    expect(bulks).toHaveLength(2);
    expect(bulkLines(bulks[1]).filter((_, i) => i % 2 === 0)).toEqual([{ create: { _id: a.id } }]);
    expect(sleeps).toEqual([50]);
  });

  it.each([502, 503, 504])(
    'retries a _bulk answered %i, then gives up with the error',
    async (status) => {
      await open({ retry: { attempts: 3 } });
      cluster.when('*', '/articles-write/_bulk', errorReply(status, 'unavailable', 'try later'));

      await expect(index.upsert(testArticle('a.txt'))).rejects.toMatchObject({
        statusCode: status,
      });

      expect(cluster.sent('*', '/articles-write/_bulk')).toHaveLength(3);
      expect(sleeps).toEqual([50, 100]);
    },
  );

  it('does not retry a _bulk refused for a reason retrying cannot change', async () => {
    await open();
    cluster.when('*', '/articles-write/_bulk', errorReply(400, 'illegal_argument_exception', 'no'));

    await expect(index.upsert(testArticle('a.txt'))).rejects.toMatchObject({ statusCode: 400 });

    expect(cluster.sent('*', '/articles-write/_bulk')).toHaveLength(1);
  });

  it('bounds a _bulk by bytes and by count', async () => {
    const articles = Array.from({ length: 5 }, (_, i) =>
      testArticle(`${i}.txt`, { body: 'x'.repeat(1_000) }),
    );
    // Every action has the same size: room for two and a half in a request.
    const actionBytes = (a: (typeof articles)[number]) =>
      Buffer.byteLength(JSON.stringify({ create: { _id: a.id } })) +
      Buffer.byteLength(JSON.stringify(articleDocument(a))) +
      2;
    const maxBytes = Math.floor(2.5 * actionBytes(articles[0] ?? testArticle('x')));

    await open({ bulk: { maxBytes } });
    await Promise.all(articles.map((a) => index.upsert(a)));
    const bulks = cluster.sent('*', '/articles-write/_bulk');
    await index.close();
    ({ cluster, stored } = clusterWithStore());
    await open({ bulk: { maxActions: 2 } });
    await Promise.all(articles.map((a) => index.upsert(a)));
    const byCount = cluster.sent('*', '/articles-write/_bulk');

    expect(bulks.map((r) => bulkLines(r).length / 2)).toEqual([2, 2, 1]);
    expect(bulks.every((r) => Buffer.byteLength(r.body) <= maxBytes)).toBe(true);
    expect(byCount.map((r) => bulkLines(r).length / 2)).toEqual([2, 2, 1]);
  });

  it('rejects an article the cluster finds too large as a rejected file, not a retryable failure', async () => {
    await open();
    const big = testArticle('big.txt', { body: 'y'.repeat(10_000) });
    const small = testArticle('small.txt');
    cluster.when('*', '/articles-write/_bulk', (r) =>
      r.body.includes('yyyy') ? { status: 413, body: 'Request Entity Too Large' } : undefined,
    );

    const [b, s] = await Promise.allSettled([index.upsert(big), index.upsert(small)]);

    expect(b.status === 'rejected' && b.reason).toBeInstanceOf(RejectedArticleError);
    expect(b.status === 'rejected' && b.reason).toMatchObject({ reason: 'too-large' });
    expect(s).toEqual({ status: 'fulfilled', value: 'applied' });
  });

  it('applies random interleavings of PUTs and DELETEs, made together or apart, in sequencer order', async () => {
    await open();
    const event = fc.record({
      key: fc.constantFrom('p.txt', 'q.txt'),
      // Few values, so redeliveries and mixed lengths ('f' < '1a') come up often.
      sequencer: fc.integer({ min: 1, max: 40 }).map((n) => n.toString(16)),
      kind: fc.constantFrom('put', 'delete'),
      // Writes in one group are made in the same turn, so they share one _mget and _bulk.
      group: fc.integer({ min: 0, max: 2 }),
    });
    await fc.assert(
      fc.asyncProperty(fc.array(event, { minLength: 1, maxLength: 8 }), async (events) => {
        stored.clear();
        const newest = new Map<string, { sequencer: string; kind: string }>();
        const expected = events.map((e) => {
          const seen = newest.get(e.key);
          // The oracle compares the numbers, independently of compareSequencers.
          if (seen && Number.parseInt(e.sequencer, 16) <= Number.parseInt(seen.sequencer, 16)) {
            return 'stale';
          }
          newest.set(e.key, e);
          return 'applied';
        });
        const outcomes: string[] = [];
        for (let group = 0, i = 0; i < events.length; group++) {
          const batch: Promise<string>[] = [];
          for (; i < events.length && (events[i]?.group ?? 0) <= group; i++) {
            const e = events[i];
            if (!e) continue;
            const article = testArticle(e.key, { sequencer: e.sequencer });
            batch.push(
              e.kind === 'put' ? index.upsert(article) : index.remove(article.id, e.sequencer),
            );
          }
          outcomes.push(...(await Promise.all(batch)));
        }
        expect(outcomes).toEqual(expected);
        for (const [key, { sequencer, kind }] of newest) {
          const doc = stored.get(testArticle(key).id)?.source;
          expect(doc).toMatchObject({ sequencer, deleted: kind === 'delete' });
        }
      }),
      { numRuns: propertyRuns(150) },
    );
  });

  it('decides pending writes before closing', async () => {
    await open();
    const write = index.upsert(testArticle('a.txt'));

    await index.close();

    await expect(write).resolves.toBe('applied');
  });
});
