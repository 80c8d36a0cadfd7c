import { describe, expect, it } from 'vitest';
import { METRIC } from '../../functions/commons/metrics.ts';
import { countingMetrics, readyReport, type StackActivity } from '../../local/activity.ts';

const FILE = '.data/dead-letter.jsonl';
const none: StackActivity = { indexed: 0, removed: 0, skipped: 0, rejected: 0, deadLettered: 0 };

describe('the ready line', () => {
  it('says every event was ingested only when every one was', () => {
    expect(readyReport({ ...none, indexed: 5 }, FILE)).toEqual({
      level: 'info',
      text: 'ready: every queued event has been ingested (5 indexed)',
    });
  });

  it('says where rejected files are listed', () => {
    const report = readyReport({ ...none, indexed: 4, rejected: 1 }, FILE);

    expect(report.level).toBe('info');
    expect(report.text).not.toContain('ingested');
    expect(report.text).toContain('4 indexed, 1 file rejected (see GET /failures for why)');
  });

  it('warns, with the count and the file, when events were dead-lettered', () => {
    const report = readyReport({ ...none, indexed: 3, deadLettered: 2 }, FILE);

    expect(report.level).toBe('warn');
    expect(report.text).not.toContain('every queued event');
    expect(report.text).toContain(
      '2 events failed every attempt and went to .data/dead-letter.jsonl',
    );
    expect(report.text).toContain('articles redrive');
    expect(report.text).toContain('3 indexed');
  });

  it('says so when nothing was waiting', () => {
    expect(readyReport(none, FILE).text).toBe(
      'ready: every queued event has been ingested (nothing was waiting)',
    );
  });
});

describe('counting metrics', () => {
  it('counts the ingest outcomes and ignores the rest', () => {
    const { metrics, counts } = countingMetrics();

    metrics.count(METRIC.articlesIndexed);
    metrics.count(METRIC.articlesIndexed, 2);
    metrics.count(METRIC.articlesRejected);
    metrics.count(METRIC.searches);
    metrics.milliseconds(METRIC.searchLatency, 12);

    expect(counts()).toEqual({ indexed: 3, removed: 0, skipped: 0, rejected: 1 });
  });
});
