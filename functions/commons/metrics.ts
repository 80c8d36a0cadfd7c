/**
 * Every metric the functions emit. The CDK dashboard reads the same names, so renaming one here
 * renames it there.
 */
export const METRIC = {
  /** Ingest: an article was (re)indexed. */
  articlesIndexed: 'ArticlesIndexed',
  /** Ingest: an article left the index because its object was deleted. */
  articlesRemoved: 'ArticlesRemoved',
  /** Ingest: an event changed nothing (stale, or the object was already gone). */
  articlesSkipped: 'ArticlesSkipped',
  /** Ingest: a file could not become an article and was recorded as a failure. */
  articlesRejected: 'ArticlesRejected',
  /** Ingest: a message failed and was handed back to SQS for another try. */
  messagesFailed: 'MessagesFailed',
  /** Search: a `/search` request. */
  searches: 'Searches',
  /** Search: time to answer a `/search` request, in milliseconds. */
  searchLatency: 'SearchLatency',
  /** Search: an answer with a 4xx status. */
  clientErrors: 'ClientErrors',
  /** Search: an answer with a 5xx status. */
  serverErrors: 'ServerErrors',
} as const;

/** The name of a metric the functions emit. */
export type MetricName = (typeof METRIC)[keyof typeof METRIC];

/** The metrics port the handlers write to; EMF in Lambda, nothing locally and in tests. */
export interface Metrics {
  /** Adds `value` (default 1) to a count. */
  count(name: MetricName, value?: number): void;
  /** Records one duration in milliseconds. */
  milliseconds(name: MetricName, value: number): void;
}

/** Metrics that go nowhere: the default for handlers, so the local stack prints no EMF. */
export const noMetrics: Metrics = { count() {}, milliseconds() {} };
