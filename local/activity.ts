import { METRIC, type MetricName, type Metrics } from '../functions/commons/metrics.ts';

/** What the local stack has done with the events it queued since it started. */
export interface StackActivity {
  indexed: number;
  removed: number;
  /** Events that changed nothing: stale, or the object already gone. */
  skipped: number;
  /** Files that could not become articles; listed in `GET /failures`. */
  rejected: number;
  /** Messages that failed every attempt; written to the dead-letter file. */
  deadLettered: number;
}

const COUNTED: Partial<Record<MetricName, keyof StackActivity>> = {
  [METRIC.articlesIndexed]: 'indexed',
  [METRIC.articlesRemoved]: 'removed',
  [METRIC.articlesSkipped]: 'skipped',
  [METRIC.articlesRejected]: 'rejected',
};

/** Metrics that count the ingest handler's outcomes, for the local stack's own report. */
export function countingMetrics(): {
  metrics: Metrics;
  counts(): Omit<StackActivity, 'deadLettered'>;
} {
  const counts = { indexed: 0, removed: 0, skipped: 0, rejected: 0 };
  return {
    metrics: {
      count(name, value = 1) {
        const field = COUNTED[name];
        if (field && field !== 'deadLettered') counts[field] += value;
      },
      milliseconds() {},
    },
    counts: () => ({ ...counts }),
  };
}

/** A log line, and how loud it should be. */
export interface ReportLine {
  level: 'info' | 'warn';
  text: string;
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/**
 * The line printed once the queue is first empty: what became of the queued events and where
 * each kind went, so a dead-lettered event is never reported as ingested.
 */
export function readyReport(activity: StackActivity, deadLetterFile: string): ReportLine {
  const parts = [
    activity.indexed > 0 ? `${activity.indexed} indexed` : '',
    activity.removed > 0 ? `${activity.removed} removed from the index` : '',
    activity.skipped > 0 ? `${activity.skipped} already up to date` : '',
    activity.rejected > 0
      ? `${plural(activity.rejected, 'file')} rejected (see GET /failures for why)`
      : '',
  ].filter((part) => part !== '');
  const done = parts.length > 0 ? parts.join(', ') : 'nothing was waiting';
  if (activity.deadLettered > 0) {
    return {
      level: 'warn',
      text:
        `ready, but ${plural(activity.deadLettered, 'event')} failed every attempt and went to ` +
        `${deadLetterFile} (\`npx articles redrive\` retries them once the cause is fixed); ${done}`,
    };
  }
  if (activity.rejected > 0) {
    return { level: 'info', text: `ready: every queued event has been handled: ${done}` };
  }
  return { level: 'info', text: `ready: every queued event has been ingested (${done})` };
}
