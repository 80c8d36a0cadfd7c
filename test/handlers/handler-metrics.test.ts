import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { silentLogger } from '../../functions/commons/logger.ts';
import type { MetricName, Metrics } from '../../functions/commons/metrics.ts';
import type {
  ArticleIndex,
  DocumentLanguageDetector,
  QueryLanguageDetector,
} from '../../functions/core/ports.ts';
import { createIngestHandler } from '../../functions/ingest/handler.ts';
import { createSearchHandler } from '../../functions/search/handler.ts';
import { httpGet, sqsEvent } from '../support/events.ts';
import { MemorySource, temporaryIndex } from '../support/fakes.ts';

/** Metrics that remember what the handler recorded. */
function recordingMetrics() {
  const counts: Partial<Record<MetricName, number>> = {};
  const durations: Partial<Record<MetricName, number[]>> = {};
  const metrics: Metrics = {
    count: (name, value = 1) => {
      counts[name] = (counts[name] ?? 0) + value;
    },
    milliseconds: (name, value) => {
      durations[name] = [...(durations[name] ?? []), value];
    },
  };
  return { metrics, counts, durations };
}

/** Says every text is English, so counting outcomes needs no language model. */
const english: DocumentLanguageDetector & QueryLanguageDetector = {
  detectDocument: () => ({
    language: 'en',
    confidence: 1,
    script: 'Latn',
    languages: [{ language: 'en', share: 1 }],
  }),
  detectQuery: () => ({ candidates: [{ language: 'en', weight: 1 }], script: 'Latn' }),
};

let index: ArticleIndex;
let cleanup: () => Promise<void>;

beforeAll(async () => {
  ({ index, cleanup } = await temporaryIndex());
});
afterAll(async () => cleanup());

describe('ingest handler metrics', () => {
  it('counts each outcome and each message handed back to SQS', async () => {
    // Prepare
    const source = new MemorySource();
    source.put('articles', 'good.txt', 'A title\n\nSome words about a meeting in London today.');
    source.put('articles', 'empty.txt', '');
    const { metrics, counts } = recordingMetrics();
    const handler = createIngestHandler({
      source,
      index,
      detector: english,
      clock: () => new Date('2026-02-27T10:00:00Z'),
      logger: silentLogger,
      metrics,
    });

    // Act
    await handler(
      sqsEvent(
        { id: 'm1', kind: 'created', key: 'good.txt', sequencer: '01' },
        { id: 'm2', kind: 'created', key: 'empty.txt', sequencer: '01' },
        { id: 'm3', kind: 'created', key: 'gone.txt', sequencer: '01' },
        { id: 'm4', kind: 'removed', key: 'good.txt', sequencer: '02' },
      ),
    );
    source.failWith = new Error('s3 is down');
    const result = await handler(
      sqsEvent({ id: 'm5', kind: 'created', key: 'x.txt', sequencer: '03' }),
    );

    // Assess
    expect(result.batchItemFailures).toEqual([{ itemIdentifier: 'm5' }]);
    expect(counts).toEqual({
      ArticlesIndexed: 1,
      ArticlesRejected: 1,
      ArticlesSkipped: 1,
      ArticlesRemoved: 1,
      MessagesFailed: 1,
    });
  });
});

describe('search handler metrics', () => {
  it('counts searches with their latency, and answers by status class', async () => {
    const { metrics, counts, durations } = recordingMetrics();
    const handler = createSearchHandler({
      index,
      detector: english,
      logger: silentLogger,
      metrics,
    });

    await handler(httpGet('/search?q=meeting'));
    await handler(httpGet('/search?size=0'));
    await handler(httpGet('/health'));
    await handler(httpGet('/nowhere'));

    expect(counts).toEqual({ Searches: 2, ClientErrors: 2 });
    expect(durations.SearchLatency).toHaveLength(2);
    for (const millis of durations.SearchLatency ?? []) expect(millis).toBeGreaterThanOrEqual(0);
  });

  it('counts an answer the service could not give as a server error', async () => {
    const { metrics, counts } = recordingMetrics();
    const broken = { ...index, search: () => Promise.reject(new Error('index unavailable')) };
    const handler = createSearchHandler({
      index: broken,
      detector: english,
      logger: silentLogger,
      metrics,
    });

    const response = await handler(httpGet('/search?q=meeting'));

    expect(response.statusCode).toBe(500);
    expect(counts).toEqual({ Searches: 1, ServerErrors: 1 });
  });
});
